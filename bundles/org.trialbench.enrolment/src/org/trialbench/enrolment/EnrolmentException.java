package org.trialbench.enrolment;

import org.trialbench.repository.StoreException;

/** An enrolment step refused by the protocol's rules (not eligible, no consent); nothing was stored. */
public class EnrolmentException extends StoreException {
	private static final long serialVersionUID = 1L;

	public EnrolmentException(String message) {
		super(message);
	}
}
