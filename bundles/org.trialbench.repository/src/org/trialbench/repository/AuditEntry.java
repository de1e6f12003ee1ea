package org.trialbench.repository;

import java.time.Instant;

/**
 * One audited change of one value: which commit, who, when, why, which object and feature, old and new value as
 * text (null when absent), the subject it belongs to (if any), and the entry's hash in the chain.
 */
public record AuditEntry(long sequence, long commitId, String username, Instant at, String reason, String objectId,
		String objectType, String feature, String oldValue, String newValue, String subjectId, String hash) {
}
