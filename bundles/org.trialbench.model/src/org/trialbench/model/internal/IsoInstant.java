package org.trialbench.model.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads an instant as {@link Instant#toString()} writes it ({@code 2025-03-01T09:30:00Z}, with 0 to 9 digits of a
 * second's fraction) without the general ISO parser, which is slow enough to show when a data import or a store read
 * turns a million of them back into instants. Every other text, and any value out of range, goes to
 * {@link Instant#parse}, so the results and the errors are the same as {@code Instant.parse}'s.
 */
public final class IsoInstant {

	private IsoInstant() {
	}

	public static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
				|| text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return Instant.parse(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int nano = 0;
		if (length > 20) {
			int fraction = length - 21; // digits between '.' and 'Z'
			if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
				return Instant.parse(text);
			}
			nano = digits(text, 20, length - 1);
			for (int i = fraction; i < 9 && nano >= 0; i++) {
				nano *= 10;
			}
		}
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || nano < 0
				|| day > Month.of(month).length(Year.isLeap(year))) {
			return Instant.parse(text); // leap seconds, 24:00 and every mistake: the general parser's answer
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nano);
	}

	/** The decimal number of text[from, to), or -1 when any of it is not an ASCII digit. */
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
