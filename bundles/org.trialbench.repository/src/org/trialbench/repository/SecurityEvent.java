package org.trialbench.repository;

import java.time.Instant;

/**
 * One entry of the store's security log: what happened around an account rather than to clinical data (a wrong
 * password at an e-signature, signing locked after too many of them, signing unlocked). Kept apart from the audit
 * trail, which records changes of values, and never holds a password.
 *
 * @param event {@link #SIGNATURE_FAILED}, {@link #SIGNATURE_REFUSED}, {@link #SIGNING_LOCKED} or
 *            {@link #SIGNING_UNLOCKED}
 * @param recordId the record that was to be signed (an adjudication case), null for an unlock
 * @param detail who unlocked and how, or the count of consecutive failures
 */
public record SecurityEvent(long id, String username, Instant at, String event, String recordId, String detail) {

	/** A wrong password was given to sign. */
	public static final String SIGNATURE_FAILED = "signature-failed";
	/** A signature was attempted while signing was locked; the password was not even checked. */
	public static final String SIGNATURE_REFUSED = "signature-refused";
	/** Signing was locked after consecutive wrong passwords. */
	public static final String SIGNING_LOCKED = "signing-locked";
	/** Signing was unlocked by an administrator or by a login with the password. */
	public static final String SIGNING_UNLOCKED = "signing-unlocked";
}
