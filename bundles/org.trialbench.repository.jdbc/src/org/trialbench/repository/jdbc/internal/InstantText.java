package org.trialbench.repository.jdbc.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads an instant as stored ({@link Instant#toString()}: {@code 2026-05-20T09:00:00Z}, with 0-9 fraction digits)
 * without the general ISO formatter, which costs more than the rest of a worklist row; any other text goes to
 * {@link Instant#parse}, so the result (and the failure for a bad text) is always what {@code Instant.parse} gives.
 */
public final class InstantText {

	private InstantText() {
	}

	public static Instant parse(String text) {
		Instant instant = plain(text);
		return instant != null ? instant : Instant.parse(text);
	}

	/** The instant of a text of the plain form yyyy-MM-ddTHH:mm:ss[.fraction]Z, or null for any other text. */
	private static Instant plain(String text) {
		int length = text.length();
		if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || second < 0 || second > 59
				|| fraction < 0) {
			return null; // leap seconds, 24:00 and the like: Instant.parse decides
		}
		for (int i = length - 1; i < 20 + 9; i++) {
			fraction *= 10; // fraction digits to nanoseconds
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC)
					.plusNanos(length > 20 ? fraction : 0);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The decimal number of text[from, to), or -1 when it holds anything but ASCII digits. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
