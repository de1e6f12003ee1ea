package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.BodyMassIndex;
import org.trialbench.model.derivation.DerivationResult;
import org.trialbench.model.derivation.Derivations;

/** BMI, sums and change from baseline. */
class MeasurementDerivationsTest {
	private final Derivations derivations = new Derivations();
	private TrialFixture fixture;
	private Subject subject;

	@BeforeEach
	void newSubject() {
		fixture = new TrialFixture();
		subject = fixture.subject("01-011");
	}

	// ------------------------------------------------------------------ BMI

	@ParameterizedTest(name = "{0} kg and {1} cm: BMI {2}")
	@CsvSource({ //
			"70.0, 175, 22.9", // 70 / 1.75² = 22.857
			"85.5, 180, 26.4", // 85.5 / 3.24 = 26.389
			"50, 160, 19.5", // 50 / 2.56 = 19.531
			"90.6, 200, 22.7", // 90.6 / 4 = 22.65, half up
			"81.0, 180, 25.0" }) // 81 / 3.24 = 25 exactly, one decimal place kept
	void bmiIsWeightOverHeightInMetresSquaredToOneDecimal(String weight, String height, String bmi) {
		assertEquals(new DerivationResult.Value(bmi), derivations.derive(fixture.bmi, demographics(weight, height)));
	}

	@Test
	void bmiHasTheDecimalPlacesOfTheItem() {
		fixture.bmi.setDecimalPlaces(2);
		// 70 / 3.0625 = 22.857142...
		assertEquals(new DerivationResult.Value("22.86"), derivations.derive(fixture.bmi, demographics("70.0", "175")));
	}

	@Test
	void noHeightNoBmi() {
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(fixture.bmi, demographics("70.0", null)));
	}

	@Test
	void aHeightOfZeroIsInvalidAndNamed() {
		DerivationResult.Invalid bmi = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.bmi, demographics("70.0", "0")));
		assertEquals(fixture.height, bmi.item());
		assertTrue(bmi.reason().contains("height 0 cm is not positive"), bmi.reason());
	}

	@Test
	void bodyMassIndexByItself() {
		assertEquals(new BigDecimal("22.9"), BodyMassIndex.of(new BigDecimal("70"), new BigDecimal("175"), 1));
		assertEquals(new BigDecimal("23"), BodyMassIndex.of(new BigDecimal("70"), new BigDecimal("175"), 0));
		assertThrows(IllegalArgumentException.class,
				() -> BodyMassIndex.of(new BigDecimal("-1"), new BigDecimal("175"), 1));
	}

	// ------------------------------------------------------------------ sum

	@Test
	void injectionSitesAreTheSitesAtTheLesPlusThoseInTheBody() {
		FormRecord btx = injection("4", "2");
		assertEquals(new DerivationResult.Value("6"), derivations.derive(fixture.sitesTotal, btx));
	}

	@Test
	void aSumWithAMissingTermHasNoValueRatherThanAPartialOne() {
		DerivationResult.Missing sum = assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(fixture.sitesTotal, injection("4", null)));
		assertTrue(sum.reason().contains("IT.BTX.SITES_BODY"), sum.reason());
	}

	@Test
	void aTermThatIsNotANumberIsInvalid() {
		DerivationResult.Invalid sum = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.sitesTotal, injection("four", "2")));
		assertEquals(fixture.sitesAtLes, sum.item());
	}

	@Test
	void aFractionalSumIsNotRoundedIntoAWholeNumberItem() {
		DerivationResult.Invalid sum = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.sitesTotal, injection("4.5", "2")));
		assertEquals(fixture.sitesTotal, sum.item());
	}

	// ------------------------------------------------------------------ change from baseline

	@Test
	void changeFromScreeningIsTheTotalNowMinusTheTotalAtScreening() {
		Visit screening = fixture.visit(subject, fixture.screening, "2025-01-12");
		fixture.eckardt(screening, 3, 2, 2, 1); // baseline total 8
		FormRecord month3 = fixture.eckardt(fixture.visit(subject, fixture.month3, "2025-05-04"), 1, 1, 0, 1); // 3
		FormRecord month6 = fixture.eckardt(fixture.visit(subject, fixture.month6, "2025-08-02"), 3, 3, 3, 0); // 9
		assertEquals(new DerivationResult.Value("-5"), derivations.derive(fixture.eckardtChange, month3));
		assertEquals(new DerivationResult.Value("1"), derivations.derive(fixture.eckardtChange, month6));
	}

	@Test
	void thereIsNoChangeAtTheBaselineVisitItself() {
		FormRecord screening = fixture.eckardt(fixture.visit(subject, fixture.screening, "2025-01-12"), 3, 2, 2, 1);
		DerivationResult.Missing change = assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(fixture.eckardtChange, screening));
		assertTrue(change.reason().contains("baseline visit"), change.reason());
	}

	@Test
	void withoutABaselineRecordThereIsNoChange() {
		FormRecord month3 = fixture.eckardt(fixture.visit(subject, fixture.month3, "2025-05-04"), 1, 1, 0, 1);
		DerivationResult.Missing change = assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(fixture.eckardtChange, month3));
		assertTrue(change.reason().startsWith("no baseline value"), change.reason());
	}

	@Test
	void anIncompleteBaselineGivesNoChange() {
		fixture.eckardt(fixture.visit(subject, fixture.screening, "2025-01-12"), 3, 2, null, 1);
		FormRecord month3 = fixture.eckardt(fixture.visit(subject, fixture.month3, "2025-05-04"), 1, 1, 0, 1);
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(fixture.eckardtChange, month3));
	}

	@Test
	void anInvalidBaselineItemMakesTheChangeInvalid() {
		fixture.eckardt(fixture.visit(subject, fixture.screening, "2025-01-12"), 4, 2, 2, 1);
		FormRecord month3 = fixture.eckardt(fixture.visit(subject, fixture.month3, "2025-05-04"), 1, 1, 0, 1);
		DerivationResult.Invalid change = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtChange, month3));
		assertEquals(fixture.dysphagia, change.item());
	}

	@Test
	void anUnknownBaselineVisitIsInvalid() {
		fixture.changeDerivation.getParameters().put("baselineVisit", "V.NOPE");
		FormRecord month3 = fixture.eckardt(fixture.visit(subject, fixture.month3, "2025-05-04"), 1, 1, 0, 1);
		DerivationResult.Invalid change = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtChange, month3));
		assertTrue(change.reason().contains("V.NOPE"), change.reason());
	}

	// ------------------------------------------------------------------ records

	private FormRecord demographics(String weight, String height) {
		FormRecord dm = fixture.form(fixture.visit(subject, fixture.screening, "2025-01-12"), fixture.demographics);
		fixture.value(dm, fixture.weight, weight);
		if (height != null) {
			fixture.value(dm, fixture.height, height);
		}
		return dm;
	}

	private FormRecord injection(String atLes, String inBody) {
		FormRecord btx = fixture.form(fixture.visit(subject, fixture.procedureVisit, "2025-02-03"), fixture.injection);
		fixture.value(btx, fixture.btxDose, "100");
		fixture.value(btx, fixture.sitesAtLes, atLes);
		if (inBody != null) {
			fixture.value(btx, fixture.sitesInBody, inBody);
		}
		return btx;
	}
}
