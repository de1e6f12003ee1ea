package org.trialbench.repository;

/** The user's role or site does not allow this read or change; the message names the object and the rule. */
public class AccessDeniedException extends StoreException {
	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}

	public AccessDeniedException(String message, Throwable cause) {
		super(message, cause);
	}
}
