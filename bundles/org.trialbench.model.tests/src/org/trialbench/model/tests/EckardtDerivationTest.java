package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.DerivationResult;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/** The Eckardt total and success as the protocol derives them from the Eckardt form. */
class EckardtDerivationTest {
	private final Derivations derivations = new Derivations();
	private TrialFixture fixture;
	private Visit month3;

	@BeforeEach
	void subjectAtMonthThree() {
		fixture = new TrialFixture();
		Subject subject = fixture.subject("01-003");
		month3 = fixture.visit(subject, fixture.month3, "2025-05-04");
	}

	@ParameterizedTest(name = "given Eckardt items {0},{1},{2},{3} the total is {4} and success is {5}")
	@CsvSource({ "1, 1, 0, 1, 3, true", "2, 1, 1, 0, 4, false", "0, 0, 0, 0, 0, true", "3, 3, 3, 3, 12, false",
			"0, 3, 0, 0, 3, true", "1, 1, 1, 1, 4, false" })
	void totalAndSuccessFollowTheItems(int dysphagia, int regurgitation, int pain, int weightLoss, String total,
			String success) {
		FormRecord form = fixture.eckardt(month3, dysphagia, regurgitation, pain, weightLoss);
		assertEquals(value(total), derivations.derive(fixture.eckardtTotal, form));
		assertEquals(value(success), derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void givenItems1101TheTotalIs3AndTheOutcomeIsSuccess() {
		FormRecord form = fixture.eckardt(month3, 1, 1, 0, 1);
		assertEquals(value("3"), derivations.derive(fixture.eckardtTotal, form));
		assertEquals(value("true"), derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void givenItems2110TheTotalIs4AndTheOutcomeIsFailure() {
		FormRecord form = fixture.eckardt(month3, 2, 1, 1, 0);
		assertEquals(value("4"), derivations.derive(fixture.eckardtTotal, form));
		assertEquals(value("false"), derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void dysphagiaFourIsInvalidAndNamesTheItem() {
		FormRecord form = fixture.eckardt(month3, 4, 1, 0, 1);
		DerivationResult.Invalid total = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtTotal, form));
		assertEquals(fixture.dysphagia, total.item());
		assertEquals("IT.ECK.DYSPHAGIA (Dysphagia) value 4 is outside 0–3", total.reason());
		assertTrue(total.enteredValue(), "the item's own value is wrong");
		// success depends on the total and so cannot be had either
		assertEquals(total, derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void weightLossOfMinusOneIsInvalid() {
		FormRecord form = fixture.eckardt(month3, 0, 0, 0, -1);
		DerivationResult.Invalid total = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtTotal, form));
		assertEquals(fixture.weightLoss, total.item());
	}

	@Test
	void aGradeThatIsNotAWholeNumberIsInvalid() {
		FormRecord form = fixture.eckardt(month3, 1, 1, 0, 1);
		fixture.value(form, fixture.retrosternalPain, "1.5");
		DerivationResult.Invalid total = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtTotal, form));
		assertEquals(fixture.retrosternalPain, total.item());
		assertTrue(total.reason().contains("'1.5' is not an Eckardt grade 0–3"), total.reason());
	}

	@Test
	void aMissingItemGivesNoTotalRatherThanZero() {
		FormRecord form = fixture.eckardt(month3, 1, null, 0, 1);
		DerivationResult.Missing total = assertInstanceOf(DerivationResult.Missing.class,
				derivations.derive(fixture.eckardtTotal, form));
		assertEquals("IT.ECK.REGURG (Regurgitation) has no value", total.reason());
		assertInstanceOf(DerivationResult.Missing.class, derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void anInvalidItemOutweighsAMissingOne() {
		FormRecord form = fixture.eckardt(month3, null, 1, 9, 1);
		DerivationResult.Invalid total = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtTotal, form));
		assertEquals(fixture.retrosternalPain, total.item());
	}

	@Test
	void successUsesTheProtocolsThreshold() {
		fixture.successDerivation.getParameters().put("successThreshold", "4");
		FormRecord form = fixture.eckardt(month3, 2, 1, 1, 0); // total 4
		assertEquals(value("true"), derivations.derive(fixture.eckardtSuccess, form));
	}

	@Test
	void withoutAThresholdParameterSuccessIsAtMostThree() {
		fixture.successDerivation.getParameters().removeKey("successThreshold");
		assertEquals(value("true"), derivations.derive(fixture.eckardtSuccess, fixture.eckardt(month3, 1, 1, 0, 1)));
		assertEquals(value("false"), derivations.derive(fixture.eckardtSuccess, fixture.eckardt(month3, 2, 1, 1, 0)));
	}

	@Test
	void anUnreadableThresholdIsInvalidNotDefaulted() {
		fixture.successDerivation.getParameters().put("successThreshold", "three");
		DerivationResult.Invalid success = assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.eckardtSuccess, fixture.eckardt(month3, 1, 1, 0, 1)));
		assertTrue(success.reason().contains("successThreshold"), success.reason());
	}

	@Test
	void successCanBeDerivedFromTheFourItemsDirectly() {
		ItemDefinition strictSuccess = fixture.addItem(fixture.eckardt, "IT.ECK.SUCCESS2", "Success at 2",
				ItemDataType.BOOLEAN);
		fixture.derivation("D.ECK.SUCCESS2", DerivationKind.ECKARDT_SUCCESS, strictSuccess, fixture.dysphagia,
				fixture.regurgitation, fixture.retrosternalPain, fixture.weightLoss).getParameters()
				.put("successThreshold", "2");
		// 1 + 1 + 0 + 1 = 3, above 2
		assertEquals(value("false"), derivations.derive(strictSuccess, fixture.eckardt(month3, 1, 1, 0, 1)));
		// 1 + 0 + 0 + 1 = 2
		assertEquals(value("true"), derivations.derive(strictSuccess, fixture.eckardt(month3, 1, 0, 0, 1)));
	}

	@Test
	void successFollowsTheDerivedTotalNotAStaleTypedOne() {
		FormRecord form = fixture.eckardt(month3, 2, 1, 1, 0);
		fixture.value(form, fixture.eckardtTotal, "0");
		assertEquals(value("false"), derivations.derive(fixture.eckardtSuccess, form));
	}

	private static DerivationResult value(String text) {
		return new DerivationResult.Value(text);
	}
}
