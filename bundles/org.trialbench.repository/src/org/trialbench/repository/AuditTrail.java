package org.trialbench.repository;

import java.time.Instant;
import java.util.List;

/** Append-only, item-level audit trail (21 CFR Part 11): queryable per object, subject, user and time. */
public interface AuditTrail {

	/** Entries about one clinical object (e.g. one item value), oldest first. */
	List<AuditEntry> forObject(String objectId) throws StoreException;

	/** Entries about any object of one subject's record, oldest first. */
	List<AuditEntry> forSubject(String subjectId) throws StoreException;

	/** Entries made by one user, in a time range (either bound may be null), oldest first. */
	List<AuditEntry> byUser(String username, Instant from, Instant to) throws StoreException;

	/** The newest entries of the trial, newest first. */
	List<AuditEntry> latest(int limit) throws StoreException;
}
