package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.ui.labels.ValueText;

/** Canonical value text as a reader sees it. */
class ValueTextTest {
	private final ValueText text = new ValueText("dd.MM.yyyy", ZoneOffset.UTC);
	private final PoemTrial data = new PoemTrial();

	private static ItemDefinition item(ItemDataType type) {
		ItemDefinition item = ProtocolFactory.eINSTANCE.createItemDefinition();
		item.setDataType(type);
		return item;
	}

	@Test
	void codesShowTheirDecode() {
		assertEquals("each meal (3)", text.format(data.dysphagia, "3"));
		assertEquals("9", text.format(data.dysphagia, "9"), "an unknown code as stored");
	}

	@Test
	void datesAndTimesInTheConfiguredFormat() {
		assertEquals("08.01.2026", text.format(item(ItemDataType.DATE), "2026-01-08"));
		assertEquals("01.03.2026 09:30", text.format(item(ItemDataType.DATETIME), "2026-03-01T09:30:00Z"));
		assertEquals("2026-13-45", text.format(item(ItemDataType.DATE), "2026-13-45"), "an invalid date as stored");
	}

	@Test
	void decimalsToTheItemsPlacesWithoutRounding() {
		assertEquals("72.0", text.format(data.weight, "72"));
		assertEquals("72.55", text.format(data.weight, "72.55"), "more places than defined are not rounded away");
		assertEquals("7x", text.format(data.weight, "7x"));
	}

	@Test
	void booleansAsYesAndNo() {
		assertEquals("yes", text.format(item(ItemDataType.BOOLEAN), "true"));
		assertEquals("no", text.format(item(ItemDataType.BOOLEAN), "false"));
	}

	@Test
	void nothingForNoValue() {
		assertEquals("", text.format(data.weight, null));
	}
}
