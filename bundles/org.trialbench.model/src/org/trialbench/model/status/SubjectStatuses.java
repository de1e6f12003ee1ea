package org.trialbench.model.status;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.trialbench.clinical.SubjectStatus;

/**
 * What a subject's status says about the subject's course, for counts that read statuses only (headers, flows).
 * A screened subject who leaves before randomization is {@link SubjectStatus#SCREEN_FAILED} (with the CONSORT
 * category), so {@link SubjectStatus#WITHDRAWN} only ever follows randomization.
 */
public final class SubjectStatuses {

	/** Statuses a subject can only have once randomized. */
	public static final Set<SubjectStatus> EVER_RANDOMIZED = Collections.unmodifiableSet(EnumSet.of(
			SubjectStatus.RANDOMIZED, SubjectStatus.WITHDRAWN, SubjectStatus.COMPLETED,
			SubjectStatus.LOST_TO_FOLLOW_UP));

	private SubjectStatuses() {
	}

	/** Whether a subject with this status was randomized (false for none). */
	public static boolean everRandomized(SubjectStatus status) {
		return status != null && EVER_RANDOMIZED.contains(status);
	}
}
