package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.internal.LockRecord;
import org.trialbench.repository.jdbc.internal.ObjectRow;
import org.trialbench.repository.jdbc.internal.StateText;

import com.google.gson.stream.JsonWriter;

/**
 * A lock record's JSON read from PostgreSQL's UTF-8 bytes gives exactly what Gson gives from its characters, for
 * records written as PostgreSQL's json_agg writes them, as Gson writes them, and with every character escaped as
 * \\u (as other JSON writers do): ids, texts and feature values with quotes, backslashes, control characters,
 * non-ASCII letters and characters outside the BMP, nulls, negative and large ordinals. Damaged records are refused
 * by both, naming the record.
 */
class LockRecordTest {

	/** One object of a record as generated. */
	private record Element(String id, String type, String parent, String feature, int ordinal,
			Map<String, String> state) {
	}

	private static final String[] TEXTS = { "", "plain", "with \"quotes\" and \\backslashes\\", "tab\there",
			"line\nbreak\r\nand return", "\u0001\u0008\u000c\u001f control", "Übelkeit, Schluckstörung (Ösophagus)",
			"日本語の食道", "emoji 😀 and 𝄞 outside the BMP", "</script> & <b>", "slash / and \\/", "\u007f\u0080\u00ff",
			"ends with a backslash \\", "\u2028\u2029 separators" };

	@Test
	void bothReadersGiveTheSameRowsForEveryWayOfWritingTheRecord() throws Exception {
		Random random = new Random(2026);
		for (int round = 0; round < 300; round++) {
			List<Element> elements = new ArrayList<>();
			int count = random.nextInt(12);
			for (int i = 0; i < count; i++) {
				Map<String, String> state = new LinkedHashMap<>();
				for (int f = random.nextInt(5); f > 0; f--) {
					state.put("feature" + f, text(random));
				}
				elements.add(new Element(text(random) + "-" + i, random.nextBoolean() ? "ItemValue" : "Form Record \"x\"",
						random.nextInt(3) == 0 ? null : text(random), random.nextInt(3) == 0 ? null : "itemValues",
						switch (random.nextInt(4)) {
						case 0 -> 0;
						case 1 -> -random.nextInt(1000);
						case 2 -> Integer.MAX_VALUE;
						default -> random.nextInt();
						}, state));
			}
			for (Function<List<Element>, String> writer : List.<Function<List<Element>, String>>of(
					LockRecordTest::asPostgreSql, LockRecordTest::asGson, LockRecordTest::allEscaped)) {
				String json = writer.apply(elements);
				List<ObjectRow> expected = expected(elements);
				assertEquals(expected, LockRecord.rows(chars(json), "S", "site-1", true, "test"), json);
				assertEquals(expected, LockRecord.rows(utf8(json), "S", "site-1", true, "test"), json);
				Set<String> types = Set.of("ItemValue");
				assertEquals(LockRecord.objects(chars(json), "S", null, false, types, "test"),
						LockRecord.objects(utf8(json), "S", null, false, types, "test"), json);
				assertEquals(elements.stream().filter(e -> e.type().equals("ItemValue")).count(),
						LockRecord.objects(utf8(json), "S", null, false, types, "test").size());
			}
		}
	}

	@Test
	void bothReadersRefuseADamagedRecordAndNameIt() {
		String good = "[[\"a\", \"ItemValue\", null, null, 1, \"value=1\\n\"]]";
		assertEquals(1, LockRecord.rows(utf8(good), "S", null, false, "lock L, subject S").size());
		List<String> damaged = List.of("", "null", "{}", "[", "[[", "[[\"a\"]]", good + "x", good + "]",
				"[[\"a\", \"T\", null, null, 1.5, \"\"]]", "[[\"a\", \"T\", null, null, 99999999999, \"\"]]",
				"[[null, \"T\", null, null, 1, \"\"]]", "[[\"a\", null, null, null, 1, \"\"]]",
				"[[\"a\", \"T\", null, null, 1, \"unended]]", "[[\"a\", \"T\", null, null, 1, \"bad \\x escape\"]]",
				"[[\"a\", \"T\", null, null, 1, \"short \\u12\"]]",
				"[[\"a\", \"T\", null, null, 1, \"\"] [\"b\", \"T\", null, null, 2, \"\"]]",
				"[[\"a\", \"T\", null, null, 1, \"\", 7]]", "[[\"a\", \"T\", nul, null, 1, \"\"]]");
		for (String json : damaged) {
			for (LockRecord.Text text : List.of(chars(json), utf8(json))) {
				IllegalStateException refused = assertThrows(IllegalStateException.class,
						() -> LockRecord.rows(text, "S", null, false, "lock L, subject S"),
						text.getClass().getSimpleName() + " took " + json);
				assertTrue(refused.getMessage().startsWith("The data lock record of lock L, subject S is damaged: "),
						refused.getMessage());
			}
		}
		// stricter than Gson, which takes these: a quoted or exponent ordinal, a raw line break in a string, half a
		// surrogate pair (no database writes them)
		for (String json : List.of("[[\"a\", \"T\", null, null, 1, \"lone \\ud800 surrogate\"]]",
				"[[\"a\", \"T\", null, null, \"1\", \"\"]]", "[[\"a\", \"T\", null, null, 1e3, \"\"]]",
				"[[\"a\", \"T\", null, null, 1, \"raw \n line\"]]")) {
			assertThrows(IllegalStateException.class, () -> LockRecord.rows(utf8(json), "S", null, false, "x"), json);
		}
		IllegalStateException missing = assertThrows(IllegalStateException.class,
				() -> LockRecord.rows(new LockRecord.Utf8(null), "S", null, false, "lock L, subject S"));
		assertTrue(missing.getMessage().contains("is damaged"), missing.getMessage());
	}

	private static String text(Random random) {
		String text = TEXTS[random.nextInt(TEXTS.length)];
		return random.nextBoolean() ? text : text + random.nextInt(100);
	}

	private static List<ObjectRow> expected(List<Element> elements) {
		List<ObjectRow> rows = new ArrayList<>();
		for (Element e : elements) {
			rows.add(new ObjectRow(e.id(), e.type(), e.parent(), e.feature(), e.ordinal(), "S", "site-1", true,
					StateText.decode(StateText.encode(e.state()))));
		}
		return rows;
	}

	private static LockRecord.Text chars(String json) {
		return new LockRecord.Chars(new StringReader(json));
	}

	private static LockRecord.Text utf8(String json) {
		return new LockRecord.Utf8(json.getBytes(StandardCharsets.UTF_8));
	}

	/** As PostgreSQL's json_agg(json_build_array(...)) writes it: ", " between values, escape_json's escapes. */
	private static String asPostgreSql(List<Element> elements) {
		return written(elements, LockRecordTest::pg, "[", ", \n ", ", ", "]");
	}

	/** The record with each string written by {@code string}, and the given punctuation and whitespace. */
	private static String written(List<Element> elements, Function<String, String> string, String open,
			String betweenObjects, String betweenValues, String close) {
		StringBuilder json = new StringBuilder(open);
		for (int i = 0; i < elements.size(); i++) {
			Element e = elements.get(i);
			json.append(i == 0 ? "" : betweenObjects).append(open).append(string.apply(e.id())).append(betweenValues)
					.append(string.apply(e.type())).append(betweenValues).append(string.apply(e.parent()))
					.append(betweenValues).append(string.apply(e.feature())).append(betweenValues).append(e.ordinal())
					.append(betweenValues).append(string.apply(StateText.encode(e.state()))).append(close);
		}
		return json.append(close).toString();
	}

	private static String pg(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\b' -> json.append("\\b");
			case '\f' -> json.append("\\f");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			default -> {
				if (c < ' ') {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"').toString();
	}

	/** As Gson writes it (compact; its own choice of escapes). */
	private static String asGson(List<Element> elements) {
		StringWriter out = new StringWriter();
		try (JsonWriter writer = new JsonWriter(out)) {
			writer.setHtmlSafe(true);
			writer.beginArray();
			for (Element e : elements) {
				writer.beginArray().value(e.id()).value(e.type()).value(e.parent()).value(e.feature())
						.value(e.ordinal()).value(StateText.encode(e.state())).endArray();
			}
			writer.endArray();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	/**
	 * Every character but letters and digits as a \\u escape (surrogate pairs as two), "/" as "\/", and other
	 * whitespace between the tokens.
	 */
	private static String allEscaped(List<Element> elements) {
		return written(elements, LockRecordTest::escaped, "[ ", " ,\t", " ,\r\n", " ]");
	}

	private static String escaped(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '/') {
				json.append("\\/");
			} else if (c < 0x80 && Character.isLetterOrDigit(c)) {
				json.append(c);
			} else {
				json.append(String.format("\\u%04X", (int) c));
			}
		}
		return json.append('"').toString();
	}
}
