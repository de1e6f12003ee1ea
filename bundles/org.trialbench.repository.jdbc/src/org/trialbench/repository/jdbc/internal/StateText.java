package org.trialbench.repository.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text form of an object's persistent features: one {@code feature=value} line each, in the order of the
 * EClass, with backslash, newline and carriage return escaped. Readable in SQL, stable for hashing and diffing.
 */
public final class StateText {

	private StateText() {
	}

	public static String encode(Map<String, String> features) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, String> entry : features.entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			text.append(entry.getKey()).append('=');
			escape(entry.getValue(), text);
			text.append('\n');
		}
		return text.toString();
	}

	public static Map<String, String> decode(String text) {
		Map<String, String> features = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return features;
		}
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int eq = text.indexOf('=', start);
			if (eq > start && eq < end) {
				features.put(text.substring(start, eq), unescape(text, eq + 1, end));
			}
			start = end + 1;
		}
		return features;
	}

	/**
	 * One feature's value, as {@link #decode} would map it, without decoding the others: for readers that need a
	 * few features of many rows. Null when the text has no such feature.
	 */
	public static String value(String text, String feature) {
		if (text == null) {
			return null;
		}
		String found = null;
		int length = feature.length();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			// as decode: the key runs to the line's first '=', and a later line of the same key wins
			if (length > 0 && start + length < end && text.charAt(start + length) == '='
					&& keyAt(text, start, feature)) {
				found = unescape(text, start + length + 1, end);
			}
			start = end + 1;
		}
		return found;
	}

	/** Whether the text holds the feature's name at the index (a plain loop: keys are short). */
	private static boolean keyAt(String text, int index, String feature) {
		for (int i = 0; i < feature.length(); i++) {
			if (text.charAt(index + i) != feature.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static void escape(String value, StringBuilder out) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			default -> out.append(c);
			}
		}
	}

	private static String unescape(String text, int from, int to) {
		int escape = from;
		while (escape < to && text.charAt(escape) != '\\') {
			escape++;
		}
		if (escape == to) {
			return text.substring(from, to);
		}
		StringBuilder out = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < to) {
				char next = text.charAt(++i);
				out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
