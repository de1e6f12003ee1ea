package org.trialbench.repository.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.List;
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
		String[] keys = KEYS.get();
		eachFeature(text, (start, eq, end) -> features.put(key(keys, text, start, eq), unescape(text, eq + 1, end)));
		return features;
	}

	/**
	 * The feature names each thread decoded last, one per slot of its hash: a read of the whole trial decodes
	 * millions of names from a few hundred, and sharing them spares a copy of each. One table per thread, since the
	 * lock read's four threads decode every object, and a table they shared slowed them (every miss a write to a
	 * line the others read).
	 */
	private static final ThreadLocal<String[]> KEYS = ThreadLocal.withInitial(() -> new String[256]);

	private static String key(String[] keys, String text, int from, int to) {
		int length = to - from;
		int hash = length;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		int slot = (hash ^ (hash >>> 8)) & (keys.length - 1);
		String known = keys[slot];
		if (known != null && known.length() == length && text.regionMatches(from, known, 0, length)) {
			return known;
		}
		String name = text.substring(from, to);
		keys[slot] = name;
		return name;
	}

	/** Where a {@code feature=value} line's key starts, where its '=' is and where the line ends. */
	@FunctionalInterface
	private interface FeatureLine {
		void at(int start, int eq, int end);
	}

	/**
	 * Walks the text's feature lines in order: the key runs to a line's first '='; lines without a key are skipped;
	 * a later line of the same key comes later (so for readers that keep the last, it wins).
	 */
	private static void eachFeature(String text, FeatureLine line) {
		if (text == null) {
			return;
		}
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int eq = text.indexOf('=', start);
			if (eq > start && eq < end) {
				line.at(start, eq, end);
			}
			start = end + 1;
		}
	}

	/** One feature's value, as {@link #decode} would map it; null when the text has no such feature. */
	public static String value(String text, String feature) {
		return values(text, List.of(feature))[0];
	}

	/**
	 * The values of the given features, as {@link #decode} would map them (null for a feature the text lacks), in
	 * one pass that unescapes only these: for readers that need a few features of many rows.
	 */
	public static String[] values(String text, List<String> features) {
		String[] values = new String[features.size()];
		eachFeature(text, (start, eq, end) -> {
			int index = indexOf(features, text, start, eq);
			if (index >= 0) {
				values[index] = unescape(text, eq + 1, end);
			}
		});
		return values;
	}

	/** The index of the feature named by text[from, to), or -1. */
	private static int indexOf(List<String> features, String text, int from, int to) {
		int length = to - from;
		for (int i = 0; i < features.size(); i++) {
			String feature = features.get(i);
			if (feature.length() == length && text.regionMatches(from, feature, 0, length)) {
				return i;
			}
		}
		return -1;
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
