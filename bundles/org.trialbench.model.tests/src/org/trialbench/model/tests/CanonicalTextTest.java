package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.model.derivation.CanonicalText;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;

class CanonicalTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "0", "3", "-12", "250" })
	void wholeNumbersAreIntegers(String text) {
		assertEquals(new BigDecimal(text), CanonicalText.parse(ItemDataType.INTEGER, text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "3.0", "03", "+3", "1,5", "", " 3", "abc", "1e3", "-0" })
	void otherTextIsNotAnInteger(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CanonicalText.parse(ItemDataType.INTEGER, text));
		assertTrue(e.getMessage().contains("is not a whole number"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "23.4", "23", "0.5", "-0.5", "12.50" })
	void decimalsUseAPointAndNoGrouping(String text) {
		assertEquals(new BigDecimal(text), CanonicalText.parse(ItemDataType.DECIMAL, text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "23,4", "1e3", ".5", "5.", "1 000", "1,000.5" })
	void otherTextIsNotADecimal(String text) {
		assertThrows(IllegalArgumentException.class, () -> CanonicalText.parse(ItemDataType.DECIMAL, text));
	}

	@Test
	void datesAreIsoCalendarDates() {
		assertEquals(LocalDate.of(2025, 1, 10), CanonicalText.parse(ItemDataType.DATE, "2025-01-10"));
		assertEquals(LocalDate.of(2024, 2, 29), CanonicalText.parse(ItemDataType.DATE, "2024-02-29"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-02-29", "10.01.2025", "2025-1-10", "2025-01-10T00:00:00Z", "" })
	void otherTextIsNotADate(String text) {
		assertThrows(IllegalArgumentException.class, () -> CanonicalText.parse(ItemDataType.DATE, text));
	}

	@Test
	void dateTimesAreIsoInstants() {
		assertEquals(Instant.parse("2025-03-01T09:30:00Z"),
				CanonicalText.parse(ItemDataType.DATETIME, "2025-03-01T09:30:00Z"));
		assertThrows(IllegalArgumentException.class,
				() -> CanonicalText.parse(ItemDataType.DATETIME, "2025-03-01 09:30"));
	}

	@Test
	void booleansAreTrueOrFalseOnly() {
		assertEquals(Boolean.TRUE, CanonicalText.parse(ItemDataType.BOOLEAN, "true"));
		assertEquals(Boolean.FALSE, CanonicalText.parse(ItemDataType.BOOLEAN, "false"));
		for (String text : new String[] { "TRUE", "yes", "1", "Y" }) {
			assertThrows(IllegalArgumentException.class, () -> CanonicalText.parse(ItemDataType.BOOLEAN, text), text);
		}
	}

	@Test
	void codesAndTextAreTakenAsTheyAre() {
		assertEquals("TYPE3", CanonicalText.parse(ItemDataType.CODE, "TYPE3"));
		assertEquals("free text, 1,5", CanonicalText.parse(ItemDataType.TEXT, "free text, 1,5"));
	}

	@ParameterizedTest(name = "{0} with {1} places is {2}")
	@CsvSource({ "22.857142, 1, 22.9", "22.65, 1, 22.7", "22.75, 1, 22.8", "1, 2, 1.00", "-5.25, 1, -5.3",
			"2.449, 1, 2.4" })
	void decimalsAreFormattedWithTheItemsPlacesRoundingHalfUp(String value, int places, String text) {
		assertEquals(text, CanonicalText.decimal(new BigDecimal(value), places));
	}

	@Test
	void aCodeItemWithIntegerCodesIsANumber() {
		ItemDefinition grade = ProtocolFactory.eINSTANCE.createItemDefinition();
		grade.setDataType(ItemDataType.CODE);
		assertEquals(ItemDataType.CODE, CanonicalText.effectiveType(grade));
		CodeList grades = ProtocolFactory.eINSTANCE.createCodeList();
		grades.setDataType(ItemDataType.INTEGER);
		grade.setCodeList(grades);
		assertEquals(ItemDataType.INTEGER, CanonicalText.effectiveType(grade));
		assertTrue(CanonicalText.isNumeric(grade));
	}

	@Test
	void numbersAreTheSameValueWhateverTheirScale() {
		ItemDefinition bmi = ProtocolFactory.eINSTANCE.createItemDefinition();
		bmi.setDataType(ItemDataType.DECIMAL);
		assertTrue(CanonicalText.sameValue(bmi, "22.9", "22.90"));
		assertFalse(CanonicalText.sameValue(bmi, "22.9", "22.8"));
		assertFalse(CanonicalText.sameValue(bmi, "22.9", null));
		ItemDefinition code = ProtocolFactory.eINSTANCE.createItemDefinition();
		code.setDataType(ItemDataType.CODE);
		assertFalse(CanonicalText.sameValue(code, "DES", "des"));
	}
}
