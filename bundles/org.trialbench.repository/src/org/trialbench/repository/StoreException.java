package org.trialbench.repository;

/** The store cannot do what was asked: unreachable, full, corrupt, or a schema it does not know. The message names the store and what to do. */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
