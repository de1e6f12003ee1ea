package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertAbout;
import static org.trialbench.model.tests.Findings.assertNone;
import static org.trialbench.model.tests.Findings.assertOnly;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.ComparisonOperator;

/** The protocol's own edit checks, evaluated on the form they are about, with the severity the protocol gives. */
class EditCheckValidationTest {
	private TrialFixture fixture;
	private TrialFixture.CleanSubject clean;

	@BeforeEach
	void cleanSubject() {
		fixture = new TrialFixture();
		clean = fixture.cleanSubject("01-009");
	}

	// ------------------------------------------------------------------ comparisons

	@Test
	void aDischargeBeforeTheProcedureFiresTheChecksMessage() {
		ItemValue discharge = fixture.value(clean.procedureForm(), fixture.dischargeDate, "2025-02-02");
		fixture.value(clean.procedureForm(), fixture.lengthOfStay, "-1"); // 3 Feb to 2 Feb
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_COMPARISON);
		assertEquals(Finding.Severity.ERROR, finding.severity());
		assertAbout(finding, discharge);
		assertEquals("Subject 01-009, Procedure (1), Procedure form, IT.PROC.DISCHARGE (Discharge date): discharge "
				+ "must not be before the procedure (IT.PROC.DISCHARGE = 2025-02-02, IT.PROC.DATE = 2025-02-03) "
				+ "[EC.PROC.DISCHARGE]", finding.message());
	}

	@Test
	void aDischargeOnTheDayOfTheProcedureSatisfiesTheCheck() {
		fixture.value(clean.procedureForm(), fixture.dischargeDate, "2025-02-03");
		fixture.value(clean.procedureForm(), fixture.lengthOfStay, "0");
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void aCheckWithAMissingSideDoesNotFire() {
		fixture.value(clean.procedureForm(), fixture.dischargeDate, null);
		fixture.value(clean.procedureForm(), fixture.lengthOfStay, null);
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void aCheckReadsAnItemOfAnotherFormOfTheSameSubject() {
		// the procedure form at the procedure visit against the consent date on the screening demographics
		fixture.value(clean.procedureForm(), fixture.procedureDate, "2025-01-09");
		new Derivations().apply(clean.subject()); // stay and time to re-intervention follow the new date
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_COMPARISON);
		assertEquals("Subject 01-009, Procedure (1), Procedure form, IT.PROC.DATE (Procedure date): IT.PROC.DATE "
				+ "(Procedure date) must be >= IT.DM.CONSDTC (Consent date) (IT.PROC.DATE = 2025-01-09, "
				+ "IT.DM.CONSDTC = 2025-01-10) [EC.PROC.CONSENT]", finding.message());
	}

	@Test
	void aDoseAboveTheUsualIsAWarningAsTheProtocolSays() {
		FormRecord btx = injection("150");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_COMPARISON);
		assertEquals(Finding.Severity.WARNING, finding.severity());
		assertAbout(finding, btx.getItemValues().get(0));
		assertTrue(finding.message().contains("dose above the usual 100 U (IT.BTX.DOSE = 150) [EC.BTX.DOSE]"),
				finding.message());
	}

	@Test
	void theUsualDoseRaisesNothing() {
		injection("100");
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void aLongMyotomyIsOnlyInformation() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "24.0");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_COMPARISON);
		assertEquals(Finding.Severity.INFO, finding.severity());
	}

	@Test
	void theDiagnosticCarriesTheCheckAndItsSeverity() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "24.0");
		Diagnostic diagnostic = leaf(new TrialDiagnostics(java.time.ZoneOffset.UTC).diagnose(clean.subject()));
		assertEquals(Diagnostic.INFO, diagnostic.getSeverity());
		assertEquals(TrialConstraint.EDIT_CHECK_COMPARISON.code(), diagnostic.getCode());
		assertTrue(diagnostic.getData().contains(fixture.myotomyUsualLength));
	}

	@ParameterizedTest(name = "dose {1} {0} 100 holds: {2}")
	@CsvSource({ "LESS_THAN, 99, true", "LESS_THAN, 100, false", "LESS_OR_EQUAL, 100, true",
			"LESS_OR_EQUAL, 101, false", "EQUAL, 100, true", "EQUAL, 99, false", "NOT_EQUAL, 99, true",
			"NOT_EQUAL, 100, false", "GREATER_OR_EQUAL, 100, true", "GREATER_OR_EQUAL, 99, false",
			"GREATER_THAN, 101, true", "GREATER_THAN, 100, false" })
	void everyOperatorComparesNumbersByValue(ComparisonOperator operator, String dose, boolean holds) {
		fixture.usualDose.getAssertion().setOperator(operator);
		injection(dose);
		List<Finding> findings = Findings.of(clean.subject());
		if (holds) {
			assertNone(findings);
		} else {
			assertOnly(findings, TrialConstraint.EDIT_CHECK_COMPARISON);
		}
	}

	@Test
	void numbersCompareAsNumbersNotText() {
		// as text "95" > "100"; as numbers it is below
		fixture.usualDose.getAssertion().setOperator(ComparisonOperator.LESS_OR_EQUAL);
		injection("95");
		assertNone(Findings.of(clean.subject()));
	}

	// ------------------------------------------------------------------ conditional requirements

	@Test
	void aReinterventionWithoutItsDateFiresTheConditionalCheck() {
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDone, "true");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_CONDITIONAL_REQUIRED);
		assertAbout(finding, clean.month3Reintervention());
		assertEquals("IT.REINT.DATE (Re-intervention date)", finding.item());
		assertEquals("Subject 01-009, Month 3 (1), Re-intervention form (1), IT.REINT.DATE (Re-intervention date): "
				+ "a re-intervention needs its date (IT.REINT.DONE = true) [EC.REINT.DATE]", finding.message());
	}

	@Test
	void aReinterventionWithItsDateIsComplete() {
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDone, "true");
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDate, "2025-04-15");
		// the outcome now counts 71 days to re-intervention, not censored
		fixture.value(clean.outcomeForm(), fixture.daysToReintervention, "71");
		fixture.value(clean.outcomeForm(), fixture.reinterventionCensored, "false");
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void anUnknownReinterventionDateSatisfiesTheCheck() {
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDone, "true");
		fixture.missing(clean.month3Reintervention(), fixture.reinterventionDate, MissingCode.UNKNOWN);
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void withoutReinterventionNoDateIsRequired() {
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void eachOccurrenceOfARepeatingFormIsCheckedOnItsOwn() {
		FormRecord second = fixture.form(clean.month3Visit(), fixture.reintervention);
		fixture.value(second, fixture.reinterventionDone, "true");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_CONDITIONAL_REQUIRED);
		assertAbout(finding, second);
		assertEquals("Re-intervention form (2)", finding.form());
	}

	@Test
	void theSeverityOfAConditionalCheckComesFromTheProtocol() {
		fixture.reinterventionNeedsDate.setSeverity(CheckSeverity.WARNING);
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDone, "true");
		assertEquals(Finding.Severity.WARNING,
				assertOnly(Findings.of(clean.subject()), TrialConstraint.EDIT_CHECK_CONDITIONAL_REQUIRED).severity());
	}

	private FormRecord injection(String dose) {
		FormRecord btx = fixture.form(clean.procedureVisit(), fixture.injection);
		fixture.value(btx, fixture.btxDose, dose);
		fixture.value(btx, fixture.sitesAtLes, "4");
		fixture.value(btx, fixture.sitesInBody, "2");
		fixture.value(btx, fixture.sitesTotal, "6");
		return btx;
	}

	private static Diagnostic leaf(Diagnostic diagnostic) {
		return diagnostic.getChildren().isEmpty() ? diagnostic : leaf(diagnostic.getChildren().get(0));
	}
}
