package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertAbout;
import static org.trialbench.model.tests.Findings.assertExactly;
import static org.trialbench.model.tests.Findings.assertNone;
import static org.trialbench.model.tests.Findings.assertOnly;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.model.validation.TrialDiagnostics;

/**
 * Birth, consent, randomization, procedure and follow-up in that order; adverse events end after they start; visits
 * in their windows. Subjects here have visits without forms, so only dates are checked.
 */
class DateOrderValidationTest {
	private TrialFixture fixture;
	private Subject subject;

	/** Born 1970-05-01, consented 2025-01-10, randomized to POEM on 2025-01-20 at noon UTC. */
	@BeforeEach
	void consentedAndRandomized() {
		fixture = new TrialFixture();
		subject = fixture.subject("02-001");
		fixture.consent(subject, "1970-05-01", "2025-01-10");
		fixture.randomize(subject, fixture.poem, "2025-01-20T12:00:00Z");
	}

	@Test
	void aScheduleInOrderAndInWindowHasNoFindings() {
		fixture.visit(subject, fixture.screening, "2025-01-12");
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		fixture.visit(subject, fixture.month3, "2025-05-04");
		fixture.visit(subject, fixture.month6, "2025-08-02");
		assertNone(Findings.of(subject));
	}

	// ------------------------------------------------------------------ birth and consent

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-11", "2025-01-10" })
	void birthMustBeBeforeConsent(String birth) {
		subject.setBirthDate(LocalDate.parse(birth));
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_BIRTH_AFTER_CONSENT);
		assertAbout(finding, subject);
		assertEquals("Subject 02-001: birth date " + birth + " is not before consent date 2025-01-10",
				finding.message());
	}

	// ------------------------------------------------------------------ consent and randomization

	@Test
	void consentAfterRandomizationIsAnError() {
		subject.setConsentDate(LocalDate.of(2025, 1, 21));
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_CONSENT_AFTER_RANDOMIZATION);
		assertEquals("Subject 02-001: consent date 2025-01-21 is after randomization on 2025-01-20", finding.message());
	}

	@Test
	void consentOnTheDayOfRandomizationIsFine() {
		subject.setConsentDate(LocalDate.of(2025, 1, 20));
		assertNone(Findings.of(subject));
	}

	@Test
	void randomizationWithoutConsentIsAnError() {
		subject.setConsentDate(null);
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_CONSENT_AFTER_RANDOMIZATION);
		assertTrue(finding.message().endsWith("randomized on 2025-01-20 but no consent date is recorded"),
				finding.message());
	}

	@Test
	void theRandomizationDateIsTheSitesCalendarDate() {
		// 23:30 UTC on the 19th is 00:30 on the 20th in Berlin
		subject.getAllocation().setAllocatedAt(java.time.Instant.parse("2025-01-19T23:30:00Z"));
		subject.setConsentDate(LocalDate.of(2025, 1, 20));
		assertOnly(new TrialDiagnostics(ZoneOffset.UTC).validate(subject),
				TrialConstraint.DATE_CONSENT_AFTER_RANDOMIZATION);
		assertNone(new TrialDiagnostics(ZoneId.of("Europe/Berlin")).validate(subject));
	}

	@Test
	void aSubjectNotYetRandomizedHasNoRandomizationDateToCheck() {
		subject.setAllocation(null);
		subject.setConsentDate(null);
		assertNone(Findings.of(subject));
	}

	// ------------------------------------------------------------------ procedure and follow-up

	@Test
	void aProcedureBeforeRandomizationIsAnErrorAndOutOfWindow() {
		Visit procedure = fixture.visit(subject, fixture.procedureVisit, "2025-01-19");
		Finding finding = assertExactly(Findings.of(subject), TrialConstraint.DATE_PROCEDURE_BEFORE_RANDOMIZATION,
				TrialConstraint.DATE_VISIT_OUT_OF_WINDOW).get(0);
		assertAbout(finding, procedure);
		assertEquals("Subject 02-001, Procedure (1): procedure date 2025-01-19 is before randomization on 2025-01-20",
				finding.message());
	}

	@Test
	void aProcedureOnTheDayOfRandomizationIsInOrder() {
		fixture.visit(subject, fixture.procedureVisit, "2025-01-20"); // day 0, first day of the window
		assertNone(Findings.of(subject));
	}

	@Test
	void aFollowUpOnTheDayOfTheProcedureIsAnError() {
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		Visit month3 = fixture.visit(subject, fixture.month3, "2025-02-03");
		Finding finding = assertExactly(Findings.of(subject), TrialConstraint.DATE_FOLLOW_UP_BEFORE_PROCEDURE,
				TrialConstraint.DATE_VISIT_OUT_OF_WINDOW).get(0);
		assertAbout(finding, month3);
		assertEquals("Subject 02-001, Month 3 (1): follow-up date 2025-02-03 is not after the procedure on 2025-02-03",
				finding.message());
	}

	@Test
	void aMissedProcedureVisitDoesNotDateTheProcedure() {
		Visit missed = fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		missed.setStatus(org.trialbench.clinical.VisitStatus.MISSED);
		fixture.visit(subject, fixture.month3, "2025-02-04"); // would be far out of a procedure-anchored window
		assertNone(Findings.of(subject));
	}

	@Test
	void aVisitBeforeConsentIsAnError() {
		Visit screening = fixture.visit(subject, fixture.screening, "2025-01-09");
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_VISIT_BEFORE_CONSENT);
		assertAbout(finding, screening);
		assertEquals("Subject 02-001, Screening (1): visit date 2025-01-09 is before consent date 2025-01-10",
				finding.message());
	}

	@Test
	void aScreeningOnTheDayOfConsentIsFine() {
		fixture.visit(subject, fixture.screening, "2025-01-10");
		assertNone(Findings.of(subject));
	}

	// ------------------------------------------------------------------ windows

	@ParameterizedTest
	@ValueSource(strings = { "2025-04-20", "2025-05-04", "2025-05-18" })
	void monthThreeWithin90PlusMinus14DaysOfTheProcedureIsInWindow(String date) {
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		fixture.visit(subject, fixture.month3, date);
		assertNone(Findings.of(subject));
	}

	@Test
	void monthThreeOneDayLateIsAWarning() {
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		Visit month3 = fixture.visit(subject, fixture.month3, "2025-05-19");
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_VISIT_OUT_OF_WINDOW);
		assertEquals(Finding.Severity.WARNING, finding.severity());
		assertAbout(finding, month3);
		assertEquals("Subject 02-001, Month 3 (1): visit date 2025-05-19 (day 105 after procedure) is outside the "
				+ "window 2025-04-20 to 2025-05-18 (day 90 -14/+14)", finding.message());
	}

	@Test
	void monthThreeOneDayEarlyIsAWarning() {
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		fixture.visit(subject, fixture.month3, "2025-04-19");
		assertOnly(Findings.of(subject), TrialConstraint.DATE_VISIT_OUT_OF_WINDOW);
	}

	@Test
	void theProcedureVisitIsWindowedFromRandomization() {
		fixture.visit(subject, fixture.procedureVisit, "2025-02-17"); // day 28, last day
		assertNone(Findings.of(subject));
		subject.getVisits().get(0).setDate(LocalDate.of(2025, 2, 18));
		assertOnly(Findings.of(subject), TrialConstraint.DATE_VISIT_OUT_OF_WINDOW);
	}

	@Test
	void withoutAnAnchorDateThereIsNoWindow() {
		subject.setAllocation(null);
		fixture.visit(subject, fixture.procedureVisit, "2025-06-01");
		fixture.visit(subject, fixture.screening, "2025-03-01");
		assertNone(Findings.of(subject));
	}

	// ------------------------------------------------------------------ adverse events

	@Test
	void anAdverseEventResolvedBeforeItsOnsetIsAnError() {
		AdverseEvent event = fixture.adverseEvent(subject, "chest pain", "2025-02-04", "2025-02-03");
		Finding finding = assertOnly(Findings.of(subject), TrialConstraint.DATE_AE_RESOLUTION_BEFORE_ONSET);
		assertAbout(finding, event);
		assertEquals("Subject 02-001, Adverse event 'chest pain' from 2025-02-04: resolution date 2025-02-03 is before "
				+ "onset date 2025-02-04", finding.message());
	}

	@Test
	void anAdverseEventResolvedOnItsOnsetDayOrOngoingIsFine() {
		fixture.adverseEvent(subject, "chest pain", "2025-02-04", "2025-02-04");
		AdverseEvent ongoing = fixture.adverseEvent(subject, "reflux", "2025-02-10", null);
		ongoing.setOngoing(true);
		assertNone(Findings.of(subject));
	}
}
