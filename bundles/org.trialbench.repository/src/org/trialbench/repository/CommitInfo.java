package org.trialbench.repository;

import java.time.Instant;

/** A successful commit: its number in the store's sequence, who, when, why, and how many values changed. */
public record CommitInfo(long commitId, String username, Instant at, String reason, int changedValues) {
}
