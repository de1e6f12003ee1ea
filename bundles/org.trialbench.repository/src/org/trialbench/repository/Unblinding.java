package org.trialbench.repository;

import java.time.Instant;

/** An emergency unblinding as the data manager sees it: which subject, who, when and why; never the arm. */
public record Unblinding(String subjectId, String username, Instant at, String reason) {
}
