package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.model.status.SubjectStatuses;

class SubjectStatusesTest {

	@Test
	void onlyStatusesAfterRandomizationCountAsRandomized() {
		Map<SubjectStatus, Boolean> expected = Map.of(SubjectStatus.SCREENING, false, SubjectStatus.SCREEN_FAILED,
				false, SubjectStatus.RANDOMIZED, true, SubjectStatus.WITHDRAWN, true, SubjectStatus.COMPLETED, true,
				SubjectStatus.LOST_TO_FOLLOW_UP, true);
		assertEquals(SubjectStatus.VALUES.size(), expected.size(), "every status is decided here");
		expected.forEach((status, randomized) -> assertEquals(randomized, SubjectStatuses.everRandomized(status),
				status.getLiteral()));
		assertFalse(SubjectStatuses.everRandomized(null));
	}
}
