package org.trialbench.repository.jdbc.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * One compact record of a data lock (schemas 16 and 20): the objects of one subject that share a visibility class
 * (site, allocation-revealing, review seal), frozen as a JSON array of {@code [id, object_type, parent_id,
 * container_feature, ordinal, state]}. The database builds the array (H2's JSON_ARRAYAGG, PostgreSQL's json_agg);
 * this reads it back into the rows it was made of.
 * <p>
 * The text comes as the store hands it: characters streaming from H2's CLOB, read with Gson's streaming reader,
 * or PostgreSQL's UTF-8 bytes as they arrived, read by {@link Utf8Parser} without decoding them to characters
 * first: a 10,000-subject lock is about 400 MB of JSON, and decoding, copying and tokenizing it character by
 * character was most of the time a lock read took. Both readers accept any JSON text of that shape (any
 * whitespace, every escape of RFC 8259) and refuse anything else as a damaged record, naming it.
 */
public final class LockRecord {

	/** A record's JSON text as the store handed it. */
	public sealed interface Text permits Chars, Utf8 {
	}

	/** The text as characters (H2's CLOB stream, or a string). */
	public record Chars(Reader reader) implements Text {
	}

	/** The text as UTF-8 bytes (PostgreSQL's text value). */
	public record Utf8(byte[] bytes) implements Text {
	}

	private LockRecord() {
	}

	/**
	 * The rows of one record, carrying the record's subject, site and allocation-revealing flag.
	 *
	 * @param where names the record in an error message (lock and subject)
	 * @throws IllegalStateException when the record is not such an array (the lock's record is damaged)
	 */
	public static List<ObjectRow> rows(Text json, String subjectId, String siteId, boolean revealsAllocation,
			String where) {
		List<ObjectRow> rows = new ArrayList<>();
		read(json, where, (id, type, parent, feature, ordinal, state) -> {
			String text = state.text();
			rows.add(new ObjectRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
					StateText.decode(text == null ? "" : text)));
		});
		return rows;
	}

	/**
	 * The objects of one record whose types are among {@code types}, their feature texts as stored; the texts of
	 * the others are skipped unread. Damage is refused as by {@link #rows}.
	 */
	public static List<StoredRow> objects(Text json, String subjectId, String siteId, boolean revealsAllocation,
			Set<String> types, String where) {
		List<StoredRow> objects = new ArrayList<>();
		read(json, where, (id, type, parent, feature, ordinal, state) -> {
			if (types.contains(type)) {
				String text = state.text();
				objects.add(new StoredRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
						text == null ? "" : text));
			} else {
				state.skip();
			}
		});
		return objects;
	}

	/** An object's feature text, which its element either reads or skips. */
	private interface State {
		String text() throws IOException;

		void skip() throws IOException;
	}

	/** One object of a record, read up to its feature text, which it reads or skips. */
	@FunctionalInterface
	private interface Element {
		void read(String id, String type, String parent, String feature, int ordinal, State state) throws IOException;
	}

	private static void read(Text json, String where, Element element) {
		if (json instanceof Utf8 utf8 && utf8.bytes() != null) {
			new Utf8Parser(utf8.bytes(), where).read(element);
			return;
		}
		// a missing record reads as JSON null, which is refused as damaged like any other text that is no array
		Reader chars = json instanceof Chars c && c.reader() != null ? c.reader() : new StringReader("null");
		try (JsonReader reader = new JsonReader(chars)) {
			State state = new State() {
				@Override
				public String text() throws IOException {
					return LockRecord.text(reader);
				}

				@Override
				public void skip() throws IOException {
					reader.skipValue();
				}
			};
			reader.beginArray();
			while (reader.hasNext()) {
				reader.beginArray();
				String id = text(reader);
				String type = text(reader);
				String parent = text(reader);
				String feature = text(reader);
				int ordinal = reader.nextInt();
				if (id == null || type == null) {
					throw new MalformedJsonException("an object without id or type at " + reader.getPath());
				}
				element.read(id, type, parent, feature, ordinal, state);
				reader.endArray();
			}
			reader.endArray();
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new MalformedJsonException("text after the array");
			}
		} catch (MalformedJsonException | java.io.EOFException | IllegalStateException | NumberFormatException e) {
			// Gson names what it expected and where (for example "Expected BEGIN_ARRAY but was STRING at $[3]")
			throw damaged(where, e.getMessage(), e);
		} catch (IOException e) {
			throw new IllegalStateException("The data lock record of " + where + " cannot be read from the store: "
					+ e.getMessage(), e);
		}
	}

	/** A JSON string or null. */
	private static String text(JsonReader reader) throws IOException {
		if (reader.peek() == JsonToken.NULL) {
			reader.nextNull();
			return null;
		}
		return reader.nextString();
	}

	private static IllegalStateException damaged(String where, String what, Throwable cause) {
		return new IllegalStateException("The data lock record of " + where + " is damaged: " + what, cause);
	}

	/**
	 * A reader of the record's JSON straight from its UTF-8 bytes: strict JSON for the record's shape (an array of
	 * arrays of four strings or nulls, an integer, a string or null), whitespace anywhere between tokens. A string
	 * without escapes becomes a String in one step (ASCII as Latin-1, which Java stores as it is); one with escapes
	 * is unescaped into a byte buffer first. A skipped string is only scanned for its end.
	 */
	static final class Utf8Parser implements State {
		private final byte[] in;
		private final String where;
		private int at;
		private byte[] buffer = new byte[256];
		private final Repeats names = new Repeats(32);
		private final Repeats parents = new Repeats(8);

		/** The strings last read for each of a few hash slots, with their bytes (see {@link #repeated}). */
		private static final class Repeats {
			final String[] strings;
			final int[] lengths;
			final byte[][] bytes;

			Repeats(int slots) {
				strings = new String[slots];
				lengths = new int[slots];
				bytes = new byte[slots][];
			}
		}

		Utf8Parser(byte[] in, String where) {
			this.in = in;
			this.where = where;
		}

		void read(Element element) {
			try {
				expect('[');
				if (!next(']')) {
					do {
						expect('[');
						String id = string();
						comma();
						String type = repeated(names);
						comma();
						String parent = repeated(parents);
						comma();
						String feature = repeated(names);
						comma();
						int ordinal = integer();
						comma();
						if (id == null || type == null) {
							throw problem("an object without id or type");
						}
						element.read(id, type, parent, feature, ordinal, this);
						expect(']');
					} while (next(','));
					expect(']');
				}
				space();
				if (at < in.length) {
					throw problem("text after the array");
				}
			} catch (IOException e) {
				throw damaged(where, e.getMessage(), e);
			}
		}

		@Override
		public String text() throws IOException {
			return string();
		}

		@Override
		public void skip() throws IOException {
			space();
			if (literalNull()) {
				return;
			}
			if (at >= in.length || in[at] != '"') {
				throw problem("expected a string");
			}
			at++;
			while (at < in.length) {
				byte c = in[at++];
				if (c == '"') {
					return;
				}
				if (c == '\\') {
					at++; // the escaped character (a \\u's digits are plain characters)
				} else if (c >= 0 && c < 0x20) {
					throw problem("a control character in a string");
				}
			}
			throw problem("a string without its end");
		}

		/**
		 * A string that repeats within the record (a type or a containment's name, the parent of the objects
		 * that follow), taken from the cache when its bytes are there: one String for every repetition, so that
		 * neither the reader nor the maps the rows go into work on copies.
		 */
		private String repeated(Repeats cache) throws IOException {
			space();
			if (at < in.length && in[at] == '"') {
				int start = at + 1;
				int end = start;
				int hash = 0;
				while (end < in.length && in[end] != '"' && in[end] != '\\' && in[end] >= 0x20) {
					hash = 31 * hash + in[end];
					end++;
				}
				if (end < in.length && in[end] == '"') {
					int slot = hash & (cache.strings.length - 1);
					String known = cache.strings[slot];
					int length = end - start;
					if (known != null && cache.lengths[slot] == length
							&& java.util.Arrays.equals(cache.bytes[slot], 0, length, in, start, end)) {
						at = end + 1;
						return known;
					}
					String text = string();
					cache.strings[slot] = text;
					cache.lengths[slot] = length;
					cache.bytes[slot] = java.util.Arrays.copyOfRange(in, start, end);
					return text;
				}
			}
			return string();
		}

		private String string() throws IOException {
			space();
			if (literalNull()) {
				return null;
			}
			if (at >= in.length || in[at] != '"') {
				throw problem("expected a string or null");
			}
			int start = ++at;
			boolean ascii = true;
			while (at < in.length) {
				byte c = in[at];
				if (c == '"') {
					at++;
					return new String(in, start, at - 1 - start,
							ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
				}
				if (c == '\\') {
					return escaped(start, ascii);
				}
				if (c < 0) {
					ascii = false;
				} else if (c < 0x20) {
					throw problem("a control character in a string");
				}
				at++;
			}
			throw problem("a string without its end");
		}

		/** The rest of a string from its first escape on (at), its text so far from start. */
		private String escaped(int start, boolean ascii) throws IOException {
			int length = at - start;
			ensure(length + 16);
			System.arraycopy(in, start, buffer, 0, length);
			while (at < in.length) {
				byte c = in[at++];
				if (c == '"') {
					return new String(buffer, 0, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
				}
				ensure(length + 4);
				if (c != '\\') {
					if (c < 0) {
						ascii = false;
					} else if (c < 0x20) {
						throw problem("a control character in a string");
					}
					buffer[length++] = c;
					continue;
				}
				if (at >= in.length) {
					break;
				}
				byte e = in[at++];
				switch (e) {
				case '"', '\\', '/' -> buffer[length++] = e;
				case 'b' -> buffer[length++] = '\b';
				case 'f' -> buffer[length++] = '\f';
				case 'n' -> buffer[length++] = '\n';
				case 'r' -> buffer[length++] = '\r';
				case 't' -> buffer[length++] = '\t';
				case 'u' -> {
					int unit = hex4();
					int codePoint = unit;
					if (Character.isHighSurrogate((char) unit)) {
						if (at + 1 < in.length && in[at] == '\\' && in[at + 1] == 'u') {
							at += 2;
							int low = hex4();
							if (!Character.isLowSurrogate((char) low)) {
								throw problem("a \\u escape of a lone surrogate");
							}
							codePoint = Character.toCodePoint((char) unit, (char) low);
						} else {
							throw problem("a \\u escape of a lone surrogate");
						}
					} else if (Character.isLowSurrogate((char) unit)) {
						throw problem("a \\u escape of a lone surrogate");
					}
					if (codePoint >= 0x80) {
						ascii = false;
					}
					length = utf8(codePoint, length);
				}
				default -> throw problem("an unknown escape \\" + (char) e);
				}
			}
			throw problem("a string without its end");
		}

		private int hex4() throws IOException {
			if (at + 4 > in.length) {
				throw problem("a \\u escape without its four digits");
			}
			int value = 0;
			for (int i = 0; i < 4; i++) {
				int digit = Character.digit(in[at++], 16);
				if (digit < 0) {
					throw problem("a \\u escape without its four digits");
				}
				value = value * 16 + digit;
			}
			return value;
		}

		private int utf8(int codePoint, int length) {
			if (codePoint < 0x80) {
				buffer[length++] = (byte) codePoint;
			} else if (codePoint < 0x800) {
				buffer[length++] = (byte) (0xC0 | codePoint >> 6);
				buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
			} else if (codePoint < 0x10000) {
				buffer[length++] = (byte) (0xE0 | codePoint >> 12);
				buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
			} else {
				buffer[length++] = (byte) (0xF0 | codePoint >> 18);
				buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
				buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
			}
			return length;
		}

		private void ensure(int size) {
			if (buffer.length < size) {
				buffer = java.util.Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
			}
		}

		private int integer() throws IOException {
			space();
			int start = at;
			boolean negative = at < in.length && in[at] == '-';
			if (negative) {
				at++;
			}
			long value = 0;
			int digits = 0;
			while (at < in.length && in[at] >= '0' && in[at] <= '9') {
				value = value * 10 + (in[at++] - '0');
				if (++digits > 10) {
					break;
				}
			}
			if (digits == 0 || digits > 10 || (digits > 1 && in[start + (negative ? 1 : 0)] == '0')
					|| (at < in.length && (in[at] == '.' || in[at] == 'e' || in[at] == 'E'))) {
				throw problem("expected an ordinal (an integer)");
			}
			value = negative ? -value : value;
			if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
				throw problem("expected an ordinal (an integer)");
			}
			return (int) value;
		}

		private boolean literalNull() {
			if (at + 4 <= in.length && in[at] == 'n' && in[at + 1] == 'u' && in[at + 2] == 'l' && in[at + 3] == 'l') {
				at += 4;
				return true;
			}
			return false;
		}

		private void comma() throws IOException {
			expect(',');
		}

		private void expect(char c) throws IOException {
			space();
			if (at >= in.length || in[at] != c) {
				throw problem("expected '" + c + "'");
			}
			at++;
		}

		/** Takes c when it comes next. */
		private boolean next(char c) {
			space();
			if (at < in.length && in[at] == c) {
				at++;
				return true;
			}
			return false;
		}

		private void space() {
			while (at < in.length) {
				byte c = in[at];
				if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
					return;
				}
				at++;
			}
		}

		private IOException problem(String what) {
			return new IOException(what + " at byte " + at + (at >= in.length ? " (the end)" : ""));
		}
	}
}
