package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Relationship;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportKind;
import org.trialbench.safety.clock.ReportObligation;
import org.trialbench.safety.clock.ReportingClock;

/**
 * Regulatory clocks: 24 hours for the SAE report; 7 (fatal or life-threatening) or 15 calendar days for a SUSAR, day 0
 * being the sponsor's day of receipt in the sponsor's time zone. Expected dates are counted by hand on a calendar.
 */
class ReportingClockTest {
	private static final ZoneId UTC = ZoneOffset.UTC;
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static ReportingClock clock(ZoneId zone, String now) {
		return new ReportingClock(24, 7, 15, zone, Clock.fixed(Instant.parse(now), UTC));
	}

	private static AdverseEvent sae(String aware, SeriousnessCriterion... criteria) {
		AdverseEvent event = ClinicalFactory.eINSTANCE.createAdverseEvent();
		event.setVerbatimTerm("Esophageal perforation");
		event.setSerious(true);
		event.getSeriousnessCriteria().addAll(List.of(criteria));
		event.setAwareAt(Instant.parse(aware));
		event.setRelationship(Relationship.PROBABLY_RELATED);
		event.setExpected(Boolean.TRUE);
		event.setOutcome(AeOutcome.RECOVERED);
		return event;
	}

	private static ReportObligation only(List<ReportObligation> obligations, ReportKind kind) {
		return obligations.stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void saeReportIsDue24HoursAfterAwarenessAcrossTheMonthEnd() {
		AdverseEvent event = sae("2026-01-31T22:30:00Z", SeriousnessCriterion.HOSPITALIZATION);
		List<ReportObligation> due = clock(BERLIN, "2026-02-01T10:00:00Z").obligations(event);
		assertEquals(1, due.size(), "an expected SAE owes only the sponsor report");
		ReportObligation sae = due.get(0);
		assertEquals(Instant.parse("2026-02-01T22:30:00Z"), sae.deadline());
		assertEquals(ClockState.DUE, sae.state());
		assertEquals(ClockState.OVERDUE,
				clock(BERLIN, "2026-02-01T22:30:00Z").obligations(event).get(0).state(), "late from the 24th hour on");
	}

	@Test
	void saeReportSentWithinTheHourClockIsOnTimeWhateverTheZone() {
		AdverseEvent event = sae("2026-03-28T23:00:00Z", SeriousnessCriterion.HOSPITALIZATION);
		// 24 hours across the spring daylight-saving change in Europe are still 24 hours
		event.setReportedToSponsorAt(Instant.parse("2026-03-29T22:59:00Z"));
		assertEquals(ClockState.SUBMITTED, clock(BERLIN, "2026-04-10T00:00:00Z").obligations(event).get(0).state());
		event.setReportedToSponsorAt(Instant.parse("2026-03-29T23:01:00Z"));
		assertEquals(ClockState.SUBMITTED_LATE, clock(NEW_YORK, "2026-04-10T00:00:00Z").obligations(event).get(0).state());
	}

	@Test
	void nonFatalSusarIsDueByTheEndOfCalendarDay15InTheNextMonth() {
		AdverseEvent event = sae("2026-01-19T09:00:00Z", SeriousnessCriterion.HOSPITALIZATION);
		event.setExpected(Boolean.FALSE);
		event.setReportedToSponsorAt(Instant.parse("2026-01-20T09:00:00Z")); // 10:00 in Berlin: day 0 = 20 January
		ReportObligation susar = only(clock(BERLIN, "2026-02-01T00:00:00Z").obligations(event), ReportKind.SUSAR_INITIAL);
		// 20 Jan + 15 days: 11 days to 31 Jan, 4 more: 4 February
		assertEquals(LocalDate.of(2026, 2, 4), susar.lastDay());
		assertEquals(Instant.parse("2026-02-04T23:00:00Z"), susar.deadline(), "midnight at the end of 4 Feb in Berlin (CET)");
		assertEquals(Instant.parse("2026-01-20T09:00:00Z"), susar.clockStart(), "the sponsor's receipt starts the clock");
		assertEquals(ClockState.DUE, susar.state());
	}

	@Test
	void fatalSusarIsDueOnDay7IncludingALeapDay() {
		AdverseEvent event = sae("2024-02-22T08:00:00Z", SeriousnessCriterion.DEATH);
		event.setOutcome(AeOutcome.FATAL);
		event.setExpected(Boolean.FALSE);
		ReportObligation susar = only(clock(UTC, "2024-02-23T00:00:00Z").obligations(event), ReportKind.SUSAR_INITIAL);
		assertEquals(LocalDate.of(2024, 2, 29), susar.lastDay(), "22 Feb + 7 in a leap year");
		AdverseEvent next = sae("2025-02-22T08:00:00Z", SeriousnessCriterion.LIFE_THREATENING);
		next.setExpected(Boolean.FALSE);
		assertEquals(LocalDate.of(2025, 3, 1),
				only(clock(UTC, "2025-02-23T00:00:00Z").obligations(next), ReportKind.SUSAR_INITIAL).lastDay(),
				"22 Feb + 7 in a common year is 1 March");
	}

	@Test
	void theSameInstantFallsOnDifferentDaysInDifferentZones() {
		// 31 March 2026 23:30 UTC is 1 April 01:30 in Berlin (CEST) and 31 March 19:30 in New York (EDT)
		AdverseEvent event = sae("2026-03-31T23:30:00Z", SeriousnessCriterion.LIFE_THREATENING);
		event.setExpected(Boolean.FALSE);
		String now = "2026-04-02T00:00:00Z";
		ReportObligation utc = only(clock(UTC, now).obligations(event), ReportKind.SUSAR_INITIAL);
		ReportObligation berlin = only(clock(BERLIN, now).obligations(event), ReportKind.SUSAR_INITIAL);
		ReportObligation newYork = only(clock(NEW_YORK, now).obligations(event), ReportKind.SUSAR_INITIAL);
		assertEquals(LocalDate.of(2026, 4, 7), utc.lastDay());
		assertEquals(LocalDate.of(2026, 4, 8), berlin.lastDay());
		assertEquals(LocalDate.of(2026, 4, 7), newYork.lastDay());
		assertEquals(Instant.parse("2026-04-08T00:00:00Z"), utc.deadline());
		assertEquals(Instant.parse("2026-04-08T22:00:00Z"), berlin.deadline(), "end of 8 April at UTC+2");
		assertEquals(Instant.parse("2026-04-08T04:00:00Z"), newYork.deadline(), "end of 7 April at UTC-4");
	}

	@Test
	void calendarDaysAreNotMultiplesOf24HoursAcrossDaylightSaving() {
		// day 0 = Sunday 22 March 2026 in Berlin (CET); clocks go forward on 29 March
		AdverseEvent event = sae("2026-03-22T07:00:00Z", SeriousnessCriterion.DEATH);
		event.setOutcome(AeOutcome.FATAL);
		event.setExpected(Boolean.FALSE);
		ReportObligation susar = only(clock(BERLIN, "2026-03-23T00:00:00Z").obligations(event), ReportKind.SUSAR_INITIAL);
		assertEquals(LocalDate.of(2026, 3, 29), susar.lastDay());
		// midnight after 29 March is 22:00 UTC (CEST), not 23:00 as 8 x 24 h from CET midnight would give
		assertEquals(Instant.parse("2026-03-29T22:00:00Z"), susar.deadline());
		event.setReportedToAuthorityAt(Instant.parse("2026-03-29T22:30:00Z"));
		assertEquals(ClockState.SUBMITTED_LATE,
				only(clock(BERLIN, "2026-04-01T00:00:00Z").obligations(event), ReportKind.SUSAR_INITIAL).state());
	}

	@Test
	void fatalSusarStillOpenOwesAFollowUp8DaysAfterTheInitialReport() {
		AdverseEvent event = sae("2026-05-28T12:00:00Z", SeriousnessCriterion.LIFE_THREATENING);
		event.setExpected(Boolean.FALSE);
		event.setOutcome(AeOutcome.RECOVERING);
		event.setReportedToSponsorAt(Instant.parse("2026-05-28T18:00:00Z"));
		event.setReportedToAuthorityAt(Instant.parse("2026-06-02T10:00:00Z"));
		List<ReportObligation> due = clock(UTC, "2026-06-05T00:00:00Z").obligations(event);
		assertEquals(List.of(ReportKind.SAE_INITIAL, ReportKind.SUSAR_INITIAL, ReportKind.SUSAR_FOLLOW_UP),
				due.stream().map(ReportObligation::kind).toList());
		assertEquals(LocalDate.of(2026, 6, 10), due.get(2).lastDay(), "2 June + 8");
		assertEquals(ClockState.DUE, due.get(2).state());
		event.setOutcome(AeOutcome.RECOVERED);
		assertEquals(2, clock(UTC, "2026-06-05T00:00:00Z").obligations(event).size(), "a closed case owes no follow-up");
	}

	@Test
	void onlyUnexpectedRelatedSeriousEventsAreSusars() {
		AdverseEvent event = sae("2026-05-01T12:00:00Z", SeriousnessCriterion.HOSPITALIZATION);
		event.setExpected(Boolean.FALSE);
		event.setRelationship(Relationship.UNLIKELY_RELATED);
		assertTrue(clock(UTC, "2026-05-02T00:00:00Z").obligations(event).stream()
				.noneMatch(o -> o.kind() == ReportKind.SUSAR_INITIAL), "unlikely related is not a suspected reaction");
		event.setRelationship(Relationship.POSSIBLY_RELATED);
		assertEquals(2, clock(UTC, "2026-05-02T00:00:00Z").obligations(event).size());
		event.setExpected(null);
		assertEquals(1, clock(UTC, "2026-05-02T00:00:00Z").obligations(event).size(), "not yet assessed: no SUSAR clock");
		event.setSerious(false);
		assertTrue(clock(UTC, "2026-05-02T00:00:00Z").obligations(event).isEmpty(), "non-serious events owe no report");
	}

	@Test
	void timeLeftInHoursThenDaysAndNothingOnceSent() {
		Instant deadline = Instant.parse("2026-10-31T11:20:00Z");
		ReportObligation open = new ReportObligation(ReportKind.SAE_INITIAL, deadline.minusSeconds(24 * 3600), deadline,
				null, null, ClockState.DUE);
		// 12:20 on the 30th: 23 hours before the deadline
		assertEquals("23 h left", open.timeLeft(Instant.parse("2026-10-30T12:20:00Z")));
		// five minutes late still reads one hour, never "0 h"
		assertEquals("1 h overdue", open.timeLeft(deadline.plusSeconds(300)));
		// 25 November 12:00 is 25 days and 40 minutes after 31 October 11:20
		assertEquals("25 days overdue", open.timeLeft(Instant.parse("2026-11-25T12:00:00Z")));
		ReportObligation sent = new ReportObligation(ReportKind.SAE_INITIAL, deadline.minusSeconds(24 * 3600), deadline,
				null, deadline.minusSeconds(3600), ClockState.SUBMITTED);
		assertEquals("", sent.timeLeft(Instant.parse("2026-11-25T12:00:00Z")));
	}
}
