package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.model.internal.IsoInstant;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.ProtocolPackage;

class IsoInstantTest {

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-01T09:30:00Z", "2026-02-03T10:15:30.5Z", "2026-02-03T10:15:30.123Z",
			"2026-02-03T10:15:30.123456Z", "2026-02-03T10:15:30.123456789Z", "2024-02-29T23:59:59.9Z",
			"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
			"2016-12-31T23:59:60Z", "2025-03-01T09:30:00+01:00", "+12025-03-01T09:30:00Z", "2025-03-01t09:30:00z",
			"2025-03-01T24:00:00Z", "2025-03-01T09:30:00.Z" })
	void readsWhatTheIsoParserReads(String text) {
		Instant expected;
		try {
			expected = Instant.parse(text);
		} catch (DateTimeParseException e) {
			assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text), text);
			return;
		}
		assertEquals(expected, IsoInstant.parse(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-29T09:30:00Z", "2025-13-01T09:30:00Z", "2025-00-10T09:30:00Z",
			"2025-04-31T09:30:00Z", "2025-03-01T09:60:00Z", "2025-03-01T09:30:00.1234567890Z",
			"2025-03-01T09:3a:00Z", "2025-03-01 09:30:00Z", "2025-03-01T09:30:00", "", "yesterday",
			"2025-03-01T09:30:00.-1Z" })
	void refusesWhatTheIsoParserRefuses(String text) {
		assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
		assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text), text);
	}

	@Test
	void readsBackEveryInstantAsItIsWritten() {
		Random random = new Random(2026);
		for (int i = 0; i < 100_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
					switch (i % 4) {
					case 0 -> 0;
					case 1 -> random.nextInt(1000) * 1_000_000;
					case 2 -> random.nextInt(1_000_000) * 1_000;
					default -> random.nextInt(1_000_000_000);
					});
			String text = instant.toString();
			assertEquals(Instant.parse(text), IsoInstant.parse(text), text);
		}
	}

	@Test
	void theModelReadsInstantsThisWay() {
		Object read = ProtocolFactory.eINSTANCE.createFromString(ProtocolPackage.Literals.INSTANT,
				"2026-02-03T10:15:30.25Z");
		assertEquals(Instant.parse("2026-02-03T10:15:30.25Z"), read);
	}
}
