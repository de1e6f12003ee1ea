package org.trialbench.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The fixed calendar of the demo trial. It never reads the clock: the same seed must give the same trial on any day.
 * Sites open during the first half year, recruit until the end of February 2026, and the data are as of the end of
 * October 2026, so most subjects have reached 12 months, everyone randomized has reached the primary time point,
 * and a few are still in screening.
 */
final class DemoCalendar {
	static final LocalDate FIRST_ACTIVATION = LocalDate.of(2024, 3, 4);
	static final int ACTIVATION_SPREAD_DAYS = 180;
	static final LocalDate RECRUITMENT_END = LocalDate.of(2026, 2, 27);
	/** The protocol amendment after which subjects sign consent version 1.1. */
	static final LocalDate AMENDMENT = LocalDate.of(2024, 9, 2);
	static final LocalDate DATA_CUTOFF = LocalDate.of(2026, 10, 30);

	private DemoCalendar() {
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** A moment in working hours (UTC) of the given day. */
	static Instant during(LocalDate date, Chance chance) {
		return date.atTime(LocalTime.of(chance.between(8, 17), chance.between(0, 59), chance.between(0, 59)))
				.toInstant(ZoneOffset.UTC);
	}

	/** A moment some days after the date, never after the data cutoff; null when the date is already past it. */
	static Instant after(LocalDate date, int minDays, int maxDays, Chance chance) {
		if (date.isAfter(DATA_CUTOFF)) {
			return null;
		}
		LocalDate day = min(date.plusDays(chance.between(minDays, maxDays)), DATA_CUTOFF);
		return during(day, chance);
	}

	static boolean isPast(LocalDate date) {
		return !date.isAfter(DATA_CUTOFF);
	}
}
