package org.trialbench.enrolment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.enrolment.VisitSchedule;
import org.trialbench.enrolment.VisitSchedule.Entry;
import org.trialbench.enrolment.VisitSchedule.State;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/**
 * The schedule of a subject randomized on 2026-01-05 with the procedure on 2026-01-19: windows come from the
 * protocol's target day and window of each visit, counted from its anchor.
 */
class VisitScheduleTest {

	private final Study study = PoemBtxProtocol.load();
	private static final LocalDate RANDOMIZED = LocalDate.of(2026, 1, 5);
	private static final LocalDate PROCEDURE = LocalDate.of(2026, 1, 19);

	private VisitDefinition definition(String oid) {
		return study.getVisits().stream().filter(v -> v.getOid().equals(oid)).findFirst().orElseThrow();
	}

	private Subject subject() {
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		subject.setScreeningNumber("01-V001");
		visit(subject, PoemBtxOids.VISIT_RANDOMIZATION, RANDOMIZED, VisitStatus.DONE);
		visit(subject, PoemBtxOids.VISIT_PROCEDURE, PROCEDURE, VisitStatus.DONE);
		return subject;
	}

	private Visit visit(Subject subject, String oid, LocalDate date, VisitStatus status) {
		Visit visit = ClinicalFactory.eINSTANCE.createVisit();
		visit.setDefinition(definition(oid));
		visit.setDate(date);
		visit.setStatus(status);
		subject.getVisits().add(visit);
		return visit;
	}

	private static Entry entry(List<Entry> schedule, String oid) {
		return schedule.stream().filter(e -> e.definition().getOid().equals(oid)).findFirst().orElseThrow();
	}

	@Test
	void theMonthOneWindowIsCountedFromTheProcedure() {
		VisitDefinition month1 = definition(PoemBtxOids.VISIT_MONTH_1);
		LocalDate target = PROCEDURE.plusDays(month1.getTargetDay());
		Entry entry = entry(VisitSchedule.of(study, subject(), target), PoemBtxOids.VISIT_MONTH_1);
		assertEquals(target, entry.target());
		assertEquals(target.minusDays(month1.getWindowBeforeDays()), entry.from());
		assertEquals(target.plusDays(month1.getWindowAfterDays()), entry.to());
		assertEquals(State.DUE, entry.state());
	}

	@Test
	void beforeTheWindowUpcomingAfterItOverdueAndARecordedMissMissed() {
		Subject subject = subject();
		Entry month1 = entry(VisitSchedule.of(study, subject, PROCEDURE), PoemBtxOids.VISIT_MONTH_1);
		assertEquals(State.UPCOMING, month1.state());
		assertEquals(State.OVERDUE,
				entry(VisitSchedule.of(study, subject, month1.to().plusDays(1)), PoemBtxOids.VISIT_MONTH_1).state());
		assertEquals(State.DUE,
				entry(VisitSchedule.of(study, subject, month1.to()), PoemBtxOids.VISIT_MONTH_1).state(),
				"the window's last day is still within it");
		visit(subject, PoemBtxOids.VISIT_MONTH_1, null, VisitStatus.MISSED);
		assertEquals(State.MISSED,
				entry(VisitSchedule.of(study, subject, month1.to().plusDays(1)), PoemBtxOids.VISIT_MONTH_1).state());
	}

	@Test
	void aVisitDoneOutsideItsWindowIsMarkedSo() {
		Subject subject = subject();
		Entry month3 = entry(VisitSchedule.of(study, subject, PROCEDURE), PoemBtxOids.VISIT_MONTH_3);
		visit(subject, PoemBtxOids.VISIT_MONTH_3, month3.to().plusDays(1), VisitStatus.DONE);
		assertEquals(State.OUT_OF_WINDOW,
				entry(VisitSchedule.of(study, subject, month3.to().plusDays(5)), PoemBtxOids.VISIT_MONTH_3).state());
		Subject onTime = subject();
		visit(onTime, PoemBtxOids.VISIT_MONTH_3, month3.from(), VisitStatus.DONE);
		assertEquals(State.DONE, entry(VisitSchedule.of(study, onTime, month3.to()), PoemBtxOids.VISIT_MONTH_3).state());
	}

	@Test
	void followUpIsNotScheduledBeforeTheProcedure() {
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		visit(subject, PoemBtxOids.VISIT_RANDOMIZATION, RANDOMIZED, VisitStatus.DONE);
		List<Entry> schedule = VisitSchedule.of(study, subject, RANDOMIZED.plusDays(3));
		assertEquals(State.NOT_SCHEDULED, entry(schedule, PoemBtxOids.VISIT_MONTH_6).state());
		assertEquals(State.DUE, entry(schedule, PoemBtxOids.VISIT_PROCEDURE).state(),
				"the procedure window opens the day after randomization (target 14, 13 days before)");
	}
}
