package org.trialbench.publication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.trialbench.repository.AuditAnchor;

/**
 * Which data the tables come from: a data lock (its id, the commit it froze, when and by whom), or, before any
 * lock, the live data at a commit, marked as not locked so that nobody mistakes a draft for the paper's numbers.
 * The anchor is the audit trail's head the data belong to (the lock's, or the head when live data were read), so
 * that {@code ./trialbench audit --verify --anchor FILE} can later prove the trail up to it unchanged; null when
 * there is none (a lock made before anchors were recorded, data not read from a store). The scope says which sites'
 * subjects a reader who sees only some sites got (null: the whole trial), so that no such table passes for the
 * trial's results.
 */
public record Snapshot(String id, long commitId, Instant lockedAt, String lockedBy, boolean locked,
		AuditAnchor anchor, SiteScope scope) {

	/** The snapshot of the whole trial. */
	public Snapshot(String id, long commitId, Instant lockedAt, String lockedBy, boolean locked, AuditAnchor anchor) {
		this(id, commitId, lockedAt, lockedBy, locked, anchor, null);
	}

	/** The same snapshot as a reader who sees only the scope's sites reads it (null: the whole trial). */
	public Snapshot within(SiteScope sites) {
		return new Snapshot(id, commitId, lockedAt, lockedBy, locked, anchor, sites);
	}

	public static Snapshot live(long commitId, Instant readAt, AuditAnchor anchor) {
		return new Snapshot("live", commitId, readAt, null, false, anchor);
	}

	public String describe() {
		return (locked ? "data lock " + id + " (commit " + commitId + ", locked " + time(lockedAt) + " by " + lockedBy
				+ ")" : "NOT LOCKED: live data read " + time(lockedAt) + (commitId > 0 ? " (commit " + commitId + ")" : ""))
				+ (scope == null ? "" : "; " + scope.describe());
	}

	/** A time as a reader of a table's footnote reads it: to the second, in UTC, said so. */
	static String time(Instant at) {
		return at == null ? "(unknown time)"
				: DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(at);
	}
}
