package org.trialbench.repository;

import java.util.Set;

/** Told about commits, from this and other workbenches, on a background thread. */
@FunctionalInterface
public interface RepositoryListener {
	/** A commit changed the given subjects (empty when only trial-level data changed). */
	void committed(CommitInfo commit, Set<String> subjectIds);
}
