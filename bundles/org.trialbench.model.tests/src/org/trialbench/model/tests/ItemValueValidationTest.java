package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertAbout;
import static org.trialbench.model.tests.Findings.assertExactly;
import static org.trialbench.model.tests.Findings.assertNone;
import static org.trialbench.model.tests.Findings.assertOnly;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/** Each entered value against its item: type, Eckardt grade, range, decimal places, code list, missing code. */
class ItemValueValidationTest {
	private TrialFixture fixture;
	private TrialFixture.CleanSubject clean;

	@BeforeEach
	void cleanSubject() {
		fixture = new TrialFixture();
		clean = fixture.cleanSubject("01-003");
	}

	@Test
	void aCleanSubjectHasNoFindings() {
		assertNone(Findings.of(clean.subject()));
	}

	// ------------------------------------------------------------------ type

	@ParameterizedTest
	@ValueSource(strings = { "175.5", "one hundred", "1,75" })
	void aHeightThatIsNotAWholeNumberIsATypeError(String height) {
		ItemValue value = fixture.value(clean.demographicsForm(), fixture.height, height);
		new Derivations().apply(clean.subject()); // as saving the form does; BMI then has no value
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_TYPE);
		assertAbout(finding, value);
		assertEquals("Subject 01-003, Screening (1), Demographics form, IT.DM.HEIGHT (Height): value '" + height
				+ "' is not a whole number", finding.message());
	}

	@Test
	void aDecimalWithACommaIsATypeError() {
		fixture.value(clean.demographicsForm(), fixture.weight, "70,0");
		new Derivations().apply(clean.subject());
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_TYPE);
	}

	@Test
	void anImpossibleDateIsATypeError() {
		ItemValue discharge = fixture.value(clean.procedureForm(), fixture.dischargeDate, "2025-02-30");
		new Derivations().apply(clean.subject());
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_TYPE);
		assertAbout(finding, discharge);
	}

	@Test
	void aBooleanIsTrueOrFalseNotYes() {
		fixture.value(clean.month3Reintervention(), fixture.reinterventionDone, "yes");
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_TYPE);
	}

	@Test
	void aDateTimeIsAnIsoInstant() {
		ItemDefinition start = fixture.addItem(fixture.procedure, "IT.PROC.START", "Start", ItemDataType.DATETIME);
		fixture.value(clean.procedureForm(), start, "2025-02-03T09:30:00Z");
		assertNone(Findings.of(clean.subject()));
		fixture.value(clean.procedureForm(), start, "2025-02-03 09:30");
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_TYPE);
	}

	// ------------------------------------------------------------------ Eckardt grade

	@Test
	void dysphagiaFourIsOutsideZeroToThree() {
		ItemValue dysphagia = fixture.value(clean.month3Eckardt(), fixture.dysphagia, "4");
		new Derivations().apply(clean.subject()); // total, success and change lose their values
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_ECKARDT_GRADE);
		assertAbout(finding, dysphagia);
		assertEquals("Subject 01-003, Month 3 (1), Eckardt form, IT.ECK.DYSPHAGIA (Dysphagia): value 4 is outside 0–3",
				finding.message());
	}

	@Test
	void aStaleTotalNextToAWrongGradeIsReportedAsStaleToo() {
		fixture.value(clean.month3Eckardt(), fixture.dysphagia, "4");
		List<Finding> findings = assertExactly(Findings.of(clean.subject()), TrialConstraint.ITEM_ECKARDT_GRADE,
				TrialConstraint.ITEM_DERIVED_VALUE, TrialConstraint.ITEM_DERIVED_VALUE,
				TrialConstraint.ITEM_DERIVED_VALUE);
		assertEquals("Subject 01-003, Month 3 (1), Eckardt form, IT.ECK.TOTAL (Eckardt total): stored value 3 cannot be "
				+ "derived (IT.ECK.DYSPHAGIA (Dysphagia) value 4 is outside 0–3); recompute the form",
				findings.get(1).message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1", "2", "3" })
	void gradesZeroToThreeAreAccepted(String grade) {
		fixture.value(clean.month6Eckardt(), fixture.weightLoss, grade);
		new Derivations().apply(clean.subject());
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void anEckardtItemIsCheckedEvenWithoutACodeList() {
		fixture.weightLoss.setCodeList(null);
		fixture.weightLoss.setDataType(ItemDataType.INTEGER);
		fixture.value(clean.month6Eckardt(), fixture.weightLoss, "-1");
		new Derivations().apply(clean.subject());
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_ECKARDT_GRADE);
	}

	// ------------------------------------------------------------------ range

	@Test
	void aMyotomyShorterThanTheMinimumIsOutOfRange() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "1.5");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_RANGE);
		assertEquals("Subject 01-003, Procedure (1), Procedure form, IT.PROC.MYOTOMY (Myotomy length): value 1.5 is "
				+ "outside 2–30 cm", finding.message());
	}

	@Test
	void aMyotomyLongerThanTheMaximumIsOutOfRangeAndAlsoUnusual() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "30.5");
		assertExactly(Findings.of(clean.subject()), TrialConstraint.ITEM_RANGE, TrialConstraint.EDIT_CHECK_COMPARISON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "2.0", "19.9", "20.0" })
	void aMyotomyWithinTheRangeIsAccepted(String length) {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, length);
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void onlyAMinimumMeansNoUpperLimit() {
		fixture.myotomyLength.unsetMax();
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "1.0");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_RANGE);
		assertTrue(finding.message().endsWith("value 1.0 is below the minimum 2 cm"), finding.message());
	}

	// ------------------------------------------------------------------ decimal places

	@Test
	void aMyotomyWithTwoDecimalsHasTooMany() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "12.55");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DECIMAL_PLACES);
		assertTrue(finding.message().endsWith("value 12.55 has 2 decimal places; at most 1 allowed"),
				finding.message());
	}

	@Test
	void aWholeMyotomyLengthNeedsNoDecimals() {
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "12");
		assertNone(Findings.of(clean.subject()));
	}

	// ------------------------------------------------------------------ code list

	@ParameterizedTest
	@ValueSource(strings = { "ACHALASIA", "type3", "TYPE3 " })
	void aDiagnosisNotInTheCodeListIsRejected(String diagnosis) {
		fixture.value(clean.demographicsForm(), fixture.diagnosis, diagnosis);
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_CODE_LIST);
		assertTrue(finding.message().endsWith(
				"value '" + diagnosis + "' is not in code list CL.DIAG (TYPE3, DES, JACKHAMMER)"), finding.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "TYPE3", "DES", "JACKHAMMER" })
	void everyDiagnosisOfTheCodeListIsAccepted(String diagnosis) {
		fixture.value(clean.demographicsForm(), fixture.diagnosis, diagnosis);
		assertNone(Findings.of(clean.subject()));
	}

	// ------------------------------------------------------------------ value and missing code

	@Test
	void aValueWithAMissingCodeIsAWarning() {
		ItemValue weight = fixture.value(clean.demographicsForm(), fixture.weight, "70.0");
		weight.setMissingCode(MissingCode.NOT_DONE);
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_VALUE_WITH_MISSING_CODE);
		assertEquals(Finding.Severity.WARNING, finding.severity());
	}
}
