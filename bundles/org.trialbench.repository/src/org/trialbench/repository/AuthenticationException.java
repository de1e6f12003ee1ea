package org.trialbench.repository;

/** Wrong user name or password, or an inactive user. */
public class AuthenticationException extends StoreException {
	private static final long serialVersionUID = 1L;

	public AuthenticationException(String message) {
		super(message);
	}

	public AuthenticationException(String message, Throwable cause) {
		super(message, cause);
	}
}
