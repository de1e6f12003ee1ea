package org.trialbench.model.derivation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/**
 * The canonical text of item values (see {@link ItemDataType}): integers and decimals with '.' and no grouping,
 * dates as ISO yyyy-MM-dd, date-times as ISO-8601 instants, booleans as true/false, codes as the code.
 * <p>
 * Parsing is strict on purpose: "3.0" is not an integer and "1,5" is not a decimal, so a value that reached the store
 * by another path than the form is caught instead of being reinterpreted.
 */
public final class CanonicalText {
	private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");
	private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private CanonicalText() {
	}

	/**
	 * The type a value of the item is compared and checked as: a code item whose code list has numeric codes (such as
	 * the Eckardt grades 0–3) behaves as a number.
	 */
	public static ItemDataType effectiveType(ItemDefinition item) {
		ItemDataType type = item.getDataType();
		CodeList codeList = item.getCodeList();
		if (type == ItemDataType.CODE && codeList != null
				&& (codeList.getDataType() == ItemDataType.INTEGER || codeList.getDataType() == ItemDataType.DECIMAL)) {
			return codeList.getDataType();
		}
		return type;
	}

	/** Whether values of the item are numbers (integer, decimal or numeric code). */
	public static boolean isNumeric(ItemDefinition item) {
		ItemDataType type = effectiveType(item);
		return type == ItemDataType.INTEGER || type == ItemDataType.DECIMAL;
	}

	/**
	 * Parses canonical text as the given type.
	 *
	 * @return a {@link BigDecimal} for integer and decimal, {@link LocalDate}, {@link Instant}, {@link Boolean}, or the
	 *         text itself for text and code
	 * @throws IllegalArgumentException naming what the text should have looked like
	 */
	public static Comparable<?> parse(ItemDataType type, String text) {
		if (text == null) {
			throw new IllegalArgumentException("no value");
		}
		return switch (type) {
		case INTEGER -> integer(text);
		case DECIMAL -> decimal(text);
		case DATE -> date(text);
		case DATETIME -> dateTime(text);
		case BOOLEAN -> bool(text);
		case CODE, TEXT -> text;
		};
	}

	/** Parses a whole number such as "3" or "-12". */
	public static BigDecimal integer(String text) {
		if (text == null || !INTEGER.matcher(text).matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a whole number");
		}
		return new BigDecimal(text);
	}

	/** Parses a decimal such as "23.4"; a whole number is a decimal too. */
	public static BigDecimal decimal(String text) {
		if (text == null || !DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a decimal number (use '.' and no grouping)");
		}
		return new BigDecimal(text);
	}

	/** Parses any number, whole or decimal. */
	public static BigDecimal number(String text) {
		return decimal(text);
	}

	/** Parses an ISO date yyyy-MM-dd. */
	public static LocalDate date(String text) {
		if (text == null || !DATE.matcher(text).matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-MM-dd)");
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a calendar date", e);
		}
	}

	/** Parses an ISO-8601 instant such as 2025-03-01T09:30:00Z. */
	public static Instant dateTime(String text) {
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException | NullPointerException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date and time (ISO-8601 with Z)", e);
		}
	}

	/** Parses true or false, nothing else. */
	public static Boolean bool(String text) {
		if ("true".equals(text)) {
			return Boolean.TRUE;
		}
		if ("false".equals(text)) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException("'" + text + "' is not true or false");
	}

	/** Formats a whole number. */
	public static String integer(long value) {
		return Long.toString(value);
	}

	/** Formats a decimal with exactly the given number of decimal places, rounding half up. */
	public static String decimal(BigDecimal value, int decimalPlaces) {
		return value.setScale(decimalPlaces, RoundingMode.HALF_UP).toPlainString();
	}

	/** Formats a date as yyyy-MM-dd. */
	public static String date(LocalDate value) {
		return value.toString();
	}

	/** Formats a boolean as true or false. */
	public static String bool(boolean value) {
		return Boolean.toString(value);
	}

	/**
	 * Whether two canonical texts mean the same value of the item: numbers compare by value (so "23.40" equals
	 * "23.4"), everything else by text.
	 */
	public static boolean sameValue(ItemDefinition item, String a, String b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (isNumeric(item)) {
			try {
				return number(a).compareTo(number(b)) == 0;
			} catch (IllegalArgumentException e) {
				return a.equals(b);
			}
		}
		return a.equals(b);
	}
}
