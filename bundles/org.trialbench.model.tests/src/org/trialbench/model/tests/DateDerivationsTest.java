package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.model.derivation.AgeAtConsent;
import org.trialbench.model.derivation.DerivationResult;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.derivation.TimeToEvent;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/** Age at consent, days between two dates, and time to re-intervention. */
class DateDerivationsTest {
	private final Derivations derivations = new Derivations();
	private TrialFixture fixture;
	private Subject subject;

	@BeforeEach
	void newSubject() {
		fixture = new TrialFixture();
		subject = fixture.subject("01-007");
	}

	// ------------------------------------------------------------------ age at consent

	@ParameterizedTest(name = "born {0}, consent {1}: {2} years")
	@CsvSource({ "1970-05-01, 2025-01-10, 54", "1971-01-10, 2025-01-10, 54", "1971-01-11, 2025-01-10, 53",
			"2000-02-29, 2018-02-28, 17", "2000-02-29, 2018-03-01, 18", "2007-01-10, 2025-01-10, 18",
			"2025-01-10, 2025-01-10, 0" })
	void ageIsInCompletedYearsOnTheDayOfConsent(String birth, String consent, String years) {
		FormRecord dm = demographics(birth, consent);
		assertEquals(new DerivationResult.Value(years), derivations.derive(fixture.age, dm));
		assertEquals(OptionalInt.of(Integer.parseInt(years)),
				AgeAtConsent.years(LocalDate.parse(birth), LocalDate.parse(consent)));
	}

	@Test
	void consentBeforeBirthIsInvalidNotNegative() {
		DerivationResult.Invalid age = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.age, demographics("1970-05-01", "1969-12-31")));
		assertEquals(fixture.consentDate, age.item());
		assertFalse(age.enteredValue(), "each date is fine on its own");
		assertTrue(age.reason().contains("1969-12-31 is before"), age.reason());
	}

	@Test
	void noBirthDateNoAge() {
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(fixture.age, demographics(null, "2025-01-10")));
		assertEquals(OptionalInt.empty(), AgeAtConsent.years(null, LocalDate.of(2025, 1, 10)));
	}

	@Test
	void ageCanComeFromTheSubjectsOwnDatesAndAgreesWithTheDerivedFeature() {
		ItemDefinition subjectAge = fixture.addItem(fixture.demographics, "IT.DM.AGE2", "Age (subject)",
				ItemDataType.INTEGER);
		fixture.derivation("D.AGE2", DerivationKind.AGE_AT_CONSENT, subjectAge);
		fixture.consent(subject, "1980-06-15", "2025-06-14"); // one day short of 45
		FormRecord dm = fixture.form(fixture.visit(subject, fixture.screening, "2025-06-14"), fixture.demographics);
		assertEquals(new DerivationResult.Value("44"), derivations.derive(subjectAge, dm));
		assertEquals(44, subject.getAgeAtConsent());
		assertEquals(OptionalInt.of(44), AgeAtConsent.of(subject));

		fixture.consent(subject, "1980-06-15", null);
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(subjectAge, dm));
	}

	// ------------------------------------------------------------------ days between

	@ParameterizedTest(name = "procedure {0}, discharge {1}: stay {2}")
	@CsvSource({ "2025-02-03, 2025-02-05, 2", "2025-02-03, 2025-02-03, 0", "2025-02-27, 2025-03-02, 3",
			"2024-02-27, 2024-03-02, 4", "2025-02-03, 2025-02-02, -1" })
	void lengthOfStayIsDaysFromProcedureToDischarge(String procedureDate, String discharge, String days) {
		FormRecord proc = procedure(procedureDate, discharge);
		assertEquals(new DerivationResult.Value(days), derivations.derive(fixture.lengthOfStay, proc));
	}

	@Test
	void noDischargeNoStay() {
		assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(fixture.lengthOfStay, procedure("2025-02-03", null)));
	}

	@Test
	void anImpossibleDateIsInvalidInput() {
		DerivationResult.Invalid stay = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.lengthOfStay, procedure("2025-02-03", "2025-02-30")));
		assertEquals(fixture.dischargeDate, stay.item());
		assertTrue(stay.enteredValue());
	}

	// ------------------------------------------------------------------ time to event

	@Test
	void reinterventionAtMonthThreeIs71DaysAfterTheProcedure() {
		procedure("2025-02-03", "2025-02-05");
		Visit m3 = fixture.visit(subject, fixture.month3, "2025-05-04");
		reintervention(m3, "2025-04-15");
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		// 25 days of February after the 3rd, 31 of March, 15 of April
		assertEquals(new DerivationResult.Value("71"), derivations.derive(fixture.daysToReintervention, outcome));
		assertEquals(new DerivationResult.Value("false"), derivations.derive(fixture.reinterventionCensored, outcome));
	}

	@Test
	void withoutReinterventionTheTimeIsCensoredAtTheLastCompletedVisit() {
		procedure("2025-02-03", "2025-02-05");
		fixture.form(fixture.visit(subject, fixture.month3, "2025-05-04"), fixture.reintervention);
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		Visit planned = fixture.visit(subject, fixture.month6, "2025-12-01");
		planned.setStatus(VisitStatus.PLANNED); // not yet done, so not event-free evidence
		assertEquals(new DerivationResult.Value("180"), derivations.derive(fixture.daysToReintervention, outcome));
		assertEquals(new DerivationResult.Value("true"), derivations.derive(fixture.reinterventionCensored, outcome));
	}

	@Test
	void theFirstOfTwoReinterventionsCounts() {
		procedure("2025-02-03", "2025-02-05");
		reintervention(fixture.visit(subject, fixture.month3, "2025-05-04"), "2025-04-15");
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		reintervention(outcome.getVisit(), "2025-07-01");
		assertEquals(new DerivationResult.Value("71"), derivations.derive(fixture.daysToReintervention, outcome));
	}

	@Test
	void anExplicitCensoringDateIsUsedWhenGiven() {
		ItemDefinition lastContact = fixture.addItem(fixture.outcome, "IT.OUT.LAST", "Last contact", ItemDataType.DATE);
		ItemDefinition days = fixture.addItem(fixture.outcome, "IT.OUT.TTR2", "Days to re-intervention",
				ItemDataType.INTEGER);
		fixture.derivation("D.OUT.TTR2", DerivationKind.TIME_TO_EVENT, days, fixture.procedureDate,
				fixture.reinterventionDate, lastContact);
		procedure("2025-02-03", "2025-02-05");
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		fixture.value(outcome, lastContact, "2025-09-01");
		// 180 days to 2 August, 30 more to 1 September
		assertEquals(new DerivationResult.Value("210"), derivations.derive(days, outcome));
	}

	@Test
	void withoutAProcedureDateThereIsNoTime() {
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(fixture.daysToReintervention, outcome));
	}

	@Test
	void aReinterventionBeforeTheProcedureIsInvalid() {
		procedure("2025-02-03", "2025-02-05");
		reintervention(fixture.visit(subject, fixture.month3, "2025-05-04"), "2025-01-30");
		DerivationResult.Invalid time = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.daysToReintervention, outcomeAtMonthSix("2025-08-02")));
		assertEquals(fixture.reinterventionDate, time.item());
		assertTrue(time.reason().contains("event date 2025-01-30 is before the anchor date 2025-02-03"), time.reason());
	}

	@Test
	void anchoredAtTheProcedureVisitTheTimeRunsFromThatVisitsDate() {
		ItemDefinition days = visitAnchoredTimeToReintervention();
		// the procedure record is left without its date item: the visit date alone anchors the time
		fixture.form(fixture.visit(subject, fixture.procedureVisit, "2025-02-03"), fixture.procedure);
		reintervention(fixture.visit(subject, fixture.month3, "2025-05-04"), "2025-04-15");
		assertEquals(new DerivationResult.Value("71"), derivations.derive(days, outcomeAtMonthSix("2025-08-02")));
	}

	@Test
	void anchoredAtAVisitNotYetDoneThereIsNoTime() {
		ItemDefinition days = visitAnchoredTimeToReintervention();
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03").setStatus(VisitStatus.PLANNED);
		DerivationResult.Missing missing = assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(days, outcomeAtMonthSix("2025-08-02")));
		assertTrue(missing.reason().contains("no completed Procedure visit"), missing.reason());
	}

	@Test
	void anchoredAtAVisitTheOptionalCensoringDateIsTheSecondInput() {
		ItemDefinition lastContact = fixture.addItem(fixture.outcome, "IT.OUT.LAST", "Last contact", ItemDataType.DATE);
		ItemDefinition censored = fixture.addItem(fixture.outcome, "IT.OUT.CENS3", "Censored", ItemDataType.BOOLEAN);
		fixture.derivation("D.OUT.CENS3", DerivationKind.TIME_TO_EVENT, censored, fixture.reinterventionDate,
				lastContact).getParameters().put("anchorVisit", fixture.procedureVisit.getOid());
		censored.getDerivation().getParameters().put("result", "censored");
		ItemDefinition days = visitAnchoredTimeToReintervention();
		days.getDerivation().getInputs().add(lastContact);
		fixture.visit(subject, fixture.procedureVisit, "2025-02-03");
		FormRecord outcome = outcomeAtMonthSix("2025-08-02");
		fixture.value(outcome, lastContact, "2025-09-01");
		assertEquals(new DerivationResult.Value("210"), derivations.derive(days, outcome));
		assertEquals(new DerivationResult.Value("true"), derivations.derive(censored, outcome));
	}

	private ItemDefinition visitAnchoredTimeToReintervention() {
		ItemDefinition days = fixture.addItem(fixture.outcome, "IT.OUT.TTR3", "Days to re-intervention",
				ItemDataType.INTEGER);
		fixture.derivation("D.OUT.TTR3", DerivationKind.TIME_TO_EVENT, days, fixture.reinterventionDate)
				.getParameters().put("anchorVisit", fixture.procedureVisit.getOid());
		return days;
	}

	@Test
	void timeToEventByItself() {
		LocalDate procedure = LocalDate.of(2025, 2, 3);
		assertEquals(Optional.of(new TimeToEvent(71, false)),
				TimeToEvent.of(procedure, LocalDate.of(2025, 4, 15), LocalDate.of(2025, 8, 2)));
		assertEquals(Optional.of(new TimeToEvent(180, true)), TimeToEvent.of(procedure, null, LocalDate.of(2025, 8, 2)));
		assertEquals(Optional.of(new TimeToEvent(0, false)), TimeToEvent.of(procedure, procedure, null));
		assertEquals(Optional.empty(), TimeToEvent.of(procedure, null, null));
		assertEquals(Optional.empty(), TimeToEvent.of(null, procedure, procedure));
		assertThrows(IllegalArgumentException.class, () -> TimeToEvent.of(procedure, null, LocalDate.of(2025, 2, 2)));
	}

	// ------------------------------------------------------------------ records

	private FormRecord demographics(String birth, String consent) {
		FormRecord dm = fixture.form(fixture.visit(subject, fixture.screening, "2025-01-12"), fixture.demographics);
		if (birth != null) {
			fixture.value(dm, fixture.birthDate, birth);
		}
		if (consent != null) {
			fixture.value(dm, fixture.consentDate, consent);
		}
		return dm;
	}

	private FormRecord procedure(String date, String discharge) {
		FormRecord proc = fixture.form(fixture.visit(subject, fixture.procedureVisit, date), fixture.procedure);
		fixture.value(proc, fixture.procedureDate, date);
		if (discharge != null) {
			fixture.value(proc, fixture.dischargeDate, discharge);
		}
		return proc;
	}

	private void reintervention(Visit visit, String date) {
		FormRecord record = fixture.form(visit, fixture.reintervention);
		fixture.value(record, fixture.reinterventionDone, "true");
		fixture.value(record, fixture.reinterventionDate, date);
	}

	private FormRecord outcomeAtMonthSix(String date) {
		return fixture.form(fixture.visit(subject, fixture.month6, date), fixture.outcome);
	}
}
