package org.trialbench.repository;

import java.time.Instant;

/**
 * Who last changed an object, when, why, in which commit and audit entry: the newest entry about it that a session
 * may see, without the feature and values it changed ({@link AuditTrail#lastChanges(String)}).
 */
public record LastChange(long sequence, long commitId, String username, Instant at, String reason) {

	/** The change an entry records. */
	public static LastChange of(AuditEntry entry) {
		return new LastChange(entry.sequence(), entry.commitId(), entry.username(), entry.at(), entry.reason());
	}
}
