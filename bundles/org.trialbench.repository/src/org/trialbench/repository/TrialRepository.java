package org.trialbench.repository;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;

/**
 * A trial store: the embedded H2 file or a shared PostgreSQL server. It is the one way into clinical data; views
 * and services never talk to the database directly. Designed so that a CDO-backed implementation can fill it
 * later: sessions, transactions with commit comments, audit, change notification.
 *
 * <p>Thread-safe. Obtain from a {@link RepositoryProvider} service.</p>
 */
public interface TrialRepository extends AutoCloseable {

	StoreDescription description();

	/** True when the store holds no trial yet (a fresh embedded store). */
	boolean isEmpty() throws StoreException;

	/**
	 * Creates the trial in an empty store: protocol, sites, users (with their initial passwords) and any subjects
	 * the given trial already contains, as one audited commit by the named system user. Used by the demo
	 * generator, imports and {@code server-init}. Reports progress and honours cancellation (nothing is stored
	 * then).
	 */
	void initialize(Trial trial, InitialCredentials credentials, String reason, IProgressMonitor monitor)
			throws StoreException;

	/**
	 * Undoes a set-up that nothing followed: for a trial set up from a file whose data then could not be stored
	 * ({@code import-odm --new-trial}), so that a refused import leaves the store empty as it was. Refused, with
	 * nothing changed, unless the store holds exactly this trial and its one set-up commit (no subjects, no other
	 * commit). A store whose audit trail is append-only for everyone (a server store) refuses it always.
	 */
	default void discardSetUp(String trialId) throws StoreException {
		throw new StoreException("This store cannot undo a trial's set-up; the trial " + trialId + " stays");
	}

	/** Logs in. The session sees only what the user's roles and sites allow. */
	TrialSession login(String username, char[] password) throws AuthenticationException, StoreException;

	/**
	 * A session for a trusted local process (headless commands on the embedded store, tests): acts as the named
	 * user without a password. Refused on a shared server store.
	 */
	TrialSession localSession(String username) throws AuthenticationException, StoreException;

	/**
	 * The trial's users (names and roles, never credentials), so that a trusted local process can choose whom to
	 * act as before it has a session: the workbench on the embedded store logs in as the first administrator
	 * unless told otherwise. Empty on a shared server store, and by default.
	 */
	default List<User> localUsers() throws StoreException {
		return List.of();
	}

	/** Verifies the audit trail's hash chain from the first entry to the last. */
	AuditVerification verifyAudit(IProgressMonitor monitor) throws StoreException;

	/**
	 * Verifies the audit trail from its first entry up to the anchor's: the entries are gapless and the chain
	 * recomputes exactly to the anchor's hash. Entries after the anchor are not looked at.
	 */
	default AuditVerification verifyAudit(IProgressMonitor monitor, AuditAnchor anchor) throws StoreException {
		throw new StoreException("This trial store cannot verify its audit trail against an anchor");
	}

	/**
	 * The anchor a data lock recorded (the audit trail's head at the lock). Throws when there is no such lock, or
	 * when the lock was made before the store recorded anchors.
	 */
	default AuditAnchor lockAnchor(String lockId) throws StoreException {
		throw new StoreException("This trial store keeps no data locks; there is no lock " + lockId);
	}

	@Override
	void close();
}
