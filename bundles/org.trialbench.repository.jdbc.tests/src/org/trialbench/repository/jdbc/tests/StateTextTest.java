package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.internal.StateText;

/**
 * The feature texts of a stored object read back as they were written, whatever the values hold; one feature read from
 * a stored state text is what decoding the whole text says of it.
 */
class StateTextTest {

	@Test
	void oneFeatureIsWhatTheDecodedTextSays() {
		Map<String, String> features = new LinkedHashMap<>();
		features.put("definition", "IT.ECK.DYSPHAGIA");
		features.put("value", "line one\nline two\\ with a backslash\r");
		features.put("valueUnit", "mg"); // a key that starts with another key
		features.put("missingCode", "none");
		features.put("note", "a=b"); // '=' inside a value
		features.put("empty", "");
		features.put("verifiedAt", "2026-05-20T09:00:00Z");
		String text = StateText.encode(features);
		for (String feature : List.of("definition", "value", "valueUnit", "missingCode", "note", "empty", "verifiedAt",
				"val", "valueUnitX", "absent", "")) {
			assertEquals(StateText.decode(text).get(feature), StateText.value(text, feature), feature);
		}
		assertEquals("line one\nline two\\ with a backslash\r", StateText.value(text, "value"));
		assertEquals("mg", StateText.value(text, "valueUnit"));
		assertNull(StateText.value(text, "val"));
	}

	/** 20,000 texts of repeating, colliding and escaped values are decoded as they were encoded. */
	@Test
	void manyTextsOfRepeatingValuesReadBackAsWritten() {
		java.util.Random random = new java.util.Random(2026);
		String[] words = { "IT.ECK.DYSPHAGIA", "IT.ECK.REGURG", "verified", "open", "true", "false", "0", "1", "2",
				"2026-01-05", "Aa", "BB" /* same hash as Aa */, "", "mg", "x".repeat(24), "x".repeat(25) };
		for (int t = 0; t < 20_000; t++) {
			Map<String, String> features = new LinkedHashMap<>();
			for (String name : List.of("definition", "value", "sdvState", "unit", "visitDate")) {
				if (random.nextInt(5) > 0) {
					String value = random.nextInt(8) == 0 ? Integer.toString(random.nextInt(100_000))
							: words[random.nextInt(words.length)];
					features.put(name, random.nextInt(20) == 0 ? value + "\n\\" + value : value);
				}
			}
			assertEquals(features, StateText.decode(StateText.encode(features)));
		}
	}

	@Test
	void severalFeaturesAreReadInOnePassAsDecodeReadsThem() {
		String text = "definition=IT.DM.SEX\nvalue=a\\nb\nmissingCode=none\nsdvState=verified\nverifiedAt=2024-07-10T13:30:00Z\n";
		List<String> features = List.of("verifiedAt", "value", "verifiedBy", "definition");
		String[] values = StateText.values(text, features);
		for (int i = 0; i < features.size(); i++) {
			assertEquals(StateText.decode(text).get(features.get(i)), values[i], features.get(i));
		}
		assertEquals("a\nb", values[1], "unescaped");
		assertNull(values[2], "absent");
		assertEquals(4, StateText.values(null, features).length);
	}

	@Test
	void oddTextsAreReadAsDecodeReadsThem() {
		// no final newline, a line without '=', a line starting with '=', a repeated key (the last one wins)
		String text = "a=1\nnoEquals\n=orphan\nb=2\na=3";
		for (String feature : List.of("a", "b", "noEquals", "", "orphan")) {
			assertEquals(StateText.decode(text).get(feature), StateText.value(text, feature), feature);
		}
		assertEquals("3", StateText.value(text, "a"));
		assertNull(StateText.value("", "a"));
		assertNull(StateText.value(null, "a"));
	}

	@Test
	void valuesWithAndWithoutEscapesReadBackUnchanged() {
		Map<String, String> features = new LinkedHashMap<>();
		features.put("value", "12.5");
		features.put("comment", "line one\nline two\r\nC:\\temp\\n is not a newline");
		features.put("reason", "a=b, c\\");
		features.put("empty", "");
		features.put("plain", "after an escaped one");
		String text = StateText.encode(features);
		assertEquals(5, text.chars().filter(c -> c == '\n').count(), "one line per feature: " + text);
		assertEquals(features, StateText.decode(text));
	}
}
