package org.trialbench.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Append-only, item-level audit trail (21 CFR Part 11): queryable per object, subject, user and time. */
public interface AuditTrail {

	/** Entries about one clinical object (e.g. one item value), oldest first. */
	List<AuditEntry> forObject(String objectId) throws StoreException;

	/** Entries about any object of one subject's record, oldest first. */
	List<AuditEntry> forSubject(String subjectId) throws StoreException;

	/**
	 * The newest entry about each object of one subject's record, as {@link #forSubject(String)} would give them,
	 * by object id (an object with no entry the session may see is missing). A store may read only what the
	 * result holds, not every entry's values.
	 */
	default Map<String, LastChange> lastChanges(String subjectId) throws StoreException {
		Map<String, LastChange> last = new HashMap<>();
		for (AuditEntry entry : forSubject(subjectId)) {
			last.put(entry.objectId(), LastChange.of(entry));
		}
		return last;
	}

	/** Entries made by one user, in a time range (either bound may be null), oldest first. */
	List<AuditEntry> byUser(String username, Instant from, Instant to) throws StoreException;

	/** The newest entries of the trial, newest first. */
	List<AuditEntry> latest(int limit) throws StoreException;
}
