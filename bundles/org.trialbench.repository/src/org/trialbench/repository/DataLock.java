package org.trialbench.repository;

import java.time.Instant;

/**
 * A data lock: the trial's clinical data frozen as of one commit, so that analyses of the lock give the same
 * numbers whatever is committed later. Locking unblinds the writing committee (the lock is the point at which the
 * committee may see results by arm).
 *
 * @param id the lock's name, e.g. {@code LOCK-1}
 * @param commitId the last commit the lock contains
 * @param subjects how many subject records were frozen
 * @param anchor the audit trail's head at the lock (its last entry and hash), which later proves the trail up to
 *            the lock unchanged; null for a lock made before the store recorded anchors (schema 12)
 */
public record DataLock(String id, long commitId, Instant lockedAt, String lockedBy, String reason, int subjects,
		AuditAnchor anchor) {
}
