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
		if (text.indexOf('\\', from, to) < 0) {
			return text.substring(from, to); // most values escape nothing
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
