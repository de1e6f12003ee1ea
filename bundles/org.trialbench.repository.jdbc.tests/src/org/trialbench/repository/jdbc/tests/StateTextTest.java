package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.internal.StateText;

/** The feature texts of a stored object read back as they were written, whatever the values hold. */
class StateTextTest {

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
