package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.internal.InstantText;

/** Reading a stored instant gives exactly what Instant.parse gives, for every text. */
class InstantTextTest {

	@Test
	void storedInstantsReadBackAsTheyWereWritten() {
		Random random = new Random(2026);
		for (int i = 0; i < 20_000; i++) {
			long second = random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
			int nanos = switch (i % 4) {
			case 0 -> 0;
			case 1 -> random.nextInt(1000) * 1_000_000; // milliseconds
			case 2 -> random.nextInt(1_000_000) * 1000; // microseconds, as Instant.now() gives
			default -> random.nextInt(1_000_000_000);
			};
			Instant instant = Instant.ofEpochSecond(second, nanos);
			assertEquals(instant, InstantText.parse(instant.toString()), instant.toString());
		}
	}

	@Test
	void otherTextsAreReadAsInstantParseReadsThem() {
		for (String text : List.of("2026-05-20T09:00:00Z", "2026-05-20T09:00:00.5Z", "2026-05-20T09:00:00.12Z",
				"2026-05-20T09:00:00.1234Z", "2026-05-20T09:00:00.123456789Z", "2024-02-29T12:00:00Z",
				"2026-06-30T23:59:60Z", "2026-05-20T09:00:00+02:00", "2026-05-20t09:00:00z", "+10000-01-01T00:00:00Z",
				"2026-05-20T09:00:00.Z", "0000-01-01T00:00:00Z")) {
			assertEquals(Instant.parse(text), InstantText.parse(text), text);
		}
		for (String text : List.of("", "2026-02-30T09:00:00Z", "2026-13-01T09:00:00Z", "2026-05-20T25:00:00Z",
				"2026-05-20T09:00:00.1234567890Z", "2026-05-20 09:00:00Z",
				"2026-05-2xT09:00:00Z", "yesterday")) {
			assertThrows(DateTimeException.class, () -> Instant.parse(text), text);
			assertThrows(DateTimeException.class, () -> InstantText.parse(text), text);
		}
	}
}
