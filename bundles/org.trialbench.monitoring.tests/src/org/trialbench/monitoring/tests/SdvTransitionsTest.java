package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.monitoring.QueryLifecycle;
import org.trialbench.monitoring.SdvTransitions;

import java.util.Set;

/** The state machines of verification and of queries, step by step. */
class SdvTransitionsTest {

	@Test
	void aMonitorVerifiesWhatWaitsAndNotTwice() {
		assertEquals(SdvState.VERIFIED, SdvTransitions.verify(SdvState.PENDING));
		assertEquals(SdvState.VERIFIED, SdvTransitions.verify(SdvState.CHANGED_SINCE_VERIFICATION));
		assertEquals(SdvState.VERIFIED, SdvTransitions.verify(SdvState.NOT_REQUIRED));
		assertThrows(IllegalStateException.class, () -> SdvTransitions.verify(SdvState.VERIFIED));
	}

	@Test
	void onlyAVerifiedValueIsReopenedByAChange() {
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, SdvTransitions.afterValueChange(SdvState.VERIFIED));
		assertEquals(SdvState.PENDING, SdvTransitions.afterValueChange(SdvState.PENDING));
		assertEquals(SdvState.NOT_REQUIRED, SdvTransitions.afterValueChange(SdvState.NOT_REQUIRED));
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION,
				SdvTransitions.afterValueChange(SdvState.CHANGED_SINCE_VERIFICATION));
	}

	@Test
	void aQueryIsRaisedAnsweredClosedAndReopened() {
		QueryStatus status = QueryLifecycle.next(null, QueryMessageKind.RAISE);
		assertEquals(QueryStatus.OPEN, status);
		status = QueryLifecycle.next(status, QueryMessageKind.ANSWER);
		assertEquals(QueryStatus.ANSWERED, status);
		status = QueryLifecycle.next(status, QueryMessageKind.REOPEN);
		assertEquals(QueryStatus.REOPENED, status);
		status = QueryLifecycle.next(status, QueryMessageKind.ANSWER);
		assertEquals(QueryStatus.ANSWERED, status);
		status = QueryLifecycle.next(status, QueryMessageKind.CLOSE);
		assertEquals(QueryStatus.CLOSED, status);
		assertEquals(QueryStatus.REOPENED, QueryLifecycle.next(status, QueryMessageKind.REOPEN));
		assertEquals(QueryStatus.CLOSED, QueryLifecycle.next(QueryStatus.OPEN, QueryMessageKind.CLOSE),
				"a query raised in error may be closed unanswered");
	}

	@Test
	void stepsTheStatusDoesNotAllowAreRefused() {
		assertThrows(IllegalStateException.class, () -> QueryLifecycle.next(QueryStatus.CLOSED, QueryMessageKind.ANSWER));
		assertThrows(IllegalStateException.class, () -> QueryLifecycle.next(QueryStatus.CLOSED, QueryMessageKind.CLOSE));
		assertThrows(IllegalStateException.class, () -> QueryLifecycle.next(QueryStatus.OPEN, QueryMessageKind.REOPEN));
		assertThrows(IllegalStateException.class, () -> QueryLifecycle.next(QueryStatus.OPEN, QueryMessageKind.RAISE));
	}

	@Test
	void sitesAnswerAndMonitorsDecide() {
		Set<Role> investigator = Set.of(Role.INVESTIGATOR);
		Set<Role> monitor = Set.of(Role.MONITOR);
		assertEquals(true, QueryLifecycle.allows(investigator, QueryMessageKind.ANSWER));
		assertEquals(false, QueryLifecycle.allows(investigator, QueryMessageKind.CLOSE));
		assertEquals(false, QueryLifecycle.allows(investigator, QueryMessageKind.REOPEN));
		assertEquals(false, QueryLifecycle.allows(investigator, QueryMessageKind.RAISE));
		assertEquals(true, QueryLifecycle.allows(monitor, QueryMessageKind.RAISE));
		assertEquals(true, QueryLifecycle.allows(monitor, QueryMessageKind.CLOSE));
		assertEquals(false, QueryLifecycle.allows(monitor, QueryMessageKind.ANSWER));
	}
}
