package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.model.derivation.EckardtScore;
import org.trialbench.model.derivation.EckardtScore.InvalidItemException;
import org.trialbench.model.derivation.EckardtScore.Item;

class EckardtScoreTest {

	@ParameterizedTest(name = "given Eckardt items {0},{1},{2},{3} the total is {4} and the outcome is success: {5}")
	@CsvSource({ //
			"1, 1, 0, 1, 3, true", //
			"2, 1, 1, 0, 4, false", //
			"0, 0, 0, 0, 0, true", //
			"3, 0, 0, 0, 3, true", //
			"0, 0, 0, 3, 3, true", //
			"3, 2, 2, 1, 8, false", //
			"3, 3, 3, 3, 12, false" })
	void totalIsTheSumOfTheFourItemsAndSuccessIsAtMostThree(int dysphagia, int regurgitation, int pain, int weightLoss,
			int total, boolean success) {
		EckardtScore score = EckardtScore.of(dysphagia, regurgitation, pain, weightLoss);
		assertEquals(OptionalInt.of(total), score.total());
		assertEquals(Optional.of(success), score.success());
	}

	@ParameterizedTest(name = "an item of {1} in position {0} is invalid input")
	@CsvSource({ "0, 4", "1, 4", "2, -1", "3, 7" })
	void anItemOutsideZeroToThreeIsInvalidAndNamed(int position, int grade) {
		Integer[] grades = { 1, 1, 1, 1 };
		grades[position] = grade;
		InvalidItemException invalid = assertThrows(InvalidItemException.class,
				() -> EckardtScore.of(grades[0], grades[1], grades[2], grades[3]));
		assertEquals(Item.values()[position], invalid.item());
		assertEquals(grade, invalid.grade());
		assertTrue(invalid.getMessage().contains(Item.values()[position].label() + " " + grade + " is outside 0–3"),
				invalid.getMessage());
	}

	@Test
	void dysphagiaFourIsNamedInTheMessage() {
		InvalidItemException invalid = assertThrows(InvalidItemException.class, () -> EckardtScore.of(4, 0, 0, 0));
		assertEquals("dysphagia 4 is outside 0–3", invalid.getMessage());
	}

	@Test
	void anInvalidItemIsRejectedEvenWhenAnotherIsMissing() {
		assertThrows(InvalidItemException.class, () -> EckardtScore.of(null, 0, 5, 0));
	}

	@Test
	void aMissingItemLeavesNoTotalNotZero() {
		EckardtScore score = EckardtScore.of(1, null, 0, 1);
		assertFalse(score.isComplete());
		assertEquals(OptionalInt.empty(), score.total());
		assertEquals(Optional.empty(), score.success());
		assertEquals(Optional.of(Item.REGURGITATION), score.firstMissing());
		assertEquals(OptionalInt.of(1), score.grade(Item.DYSPHAGIA));
		assertEquals(OptionalInt.empty(), score.grade(Item.REGURGITATION));
	}

	@Test
	void noItemAnsweredHasNoTotal() {
		assertEquals(OptionalInt.empty(), EckardtScore.of(null, null, null, null).total());
	}

	@ParameterizedTest(name = "total {0} at threshold {1}: success {2}")
	@CsvSource({ "4, 4, true", "5, 4, false", "3, 2, false", "2, 2, true", "0, 0, true", "1, 0, false" })
	void theThresholdIsAProtocolChoice(int total, int threshold, boolean success) {
		assertEquals(success, EckardtScore.isSuccess(total, threshold));
	}

	@Test
	void aScoreOfFourIsASuccessAtThresholdFour() {
		// 2 + 1 + 1 + 0 = 4
		assertEquals(Optional.of(true), EckardtScore.of(2, 1, 1, 0).success(4));
		assertEquals(Optional.of(false), EckardtScore.of(2, 1, 1, 0).success(3));
	}

	@Test
	void gradesZeroToThreeAreValidOthersNot() {
		assertTrue(EckardtScore.isValidGrade(0));
		assertTrue(EckardtScore.isValidGrade(3));
		assertFalse(EckardtScore.isValidGrade(-1));
		assertFalse(EckardtScore.isValidGrade(4));
	}
}
