package org.trialbench.publication;

import java.time.Instant;

/**
 * Which data the tables come from: a data lock (its id, the commit it froze, when and by whom), or, before any
 * lock, the live data at a commit, marked as not locked so that nobody mistakes a draft for the paper's numbers.
 */
public record Snapshot(String id, long commitId, Instant lockedAt, String lockedBy, boolean locked) {

	public static Snapshot live(long commitId, Instant readAt) {
		return new Snapshot("live", commitId, readAt, null, false);
	}

	public String describe() {
		return locked ? "data lock " + id + " (commit " + commitId + ", locked " + lockedAt + " by " + lockedBy + ")"
				: "NOT LOCKED: live data read " + lockedAt + (commitId > 0 ? " (commit " + commitId + ")" : "");
	}
}
