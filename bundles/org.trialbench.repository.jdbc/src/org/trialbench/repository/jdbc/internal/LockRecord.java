package org.trialbench.repository.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One compact record of a data lock (schema 16): the objects of one subject that share a visibility class (site,
 * allocation-revealing, review seal), frozen as a JSON array of {@code [id, object_type, parent_id,
 * container_feature, ordinal, state]}. The database builds the array (H2's JSON_ARRAYAGG, PostgreSQL's json_agg)
 * when the data are locked; this reads it back into the rows it was made of.
 */
final class LockRecord {

	private final String json;
	private final String where;
	private int at;

	private LockRecord(String json, String where) {
		this.json = json;
		this.where = where;
	}

	/**
	 * The rows of one record, carrying the record's subject, site and allocation-revealing flag.
	 *
	 * @param where names the record in an error message (lock and subject)
	 * @throws IllegalStateException when the record is not such an array (the lock's record is damaged)
	 */
	static List<ObjectRow> rows(String json, String subjectId, String siteId, boolean revealsAllocation,
			String where) {
		return new LockRecord(json, where).parse(subjectId, siteId, revealsAllocation);
	}

	private List<ObjectRow> parse(String subjectId, String siteId, boolean revealsAllocation) {
		List<ObjectRow> rows = new ArrayList<>();
		expect('[');
		if (peek() == ']') {
			at++;
			return rows;
		}
		while (true) {
			expect('[');
			String id = text();
			expect(',');
			String type = text();
			expect(',');
			String parent = text();
			expect(',');
			String feature = text();
			expect(',');
			int ordinal = number();
			expect(',');
			String state = text();
			expect(']');
			if (id == null || type == null) {
				throw damaged("an object without id or type");
			}
			rows.add(new ObjectRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
					StateText.decode(state == null ? "" : state)));
			char next = peek();
			at++;
			if (next == ']') {
				break;
			}
			if (next != ',') {
				throw damaged("',' or ']' expected");
			}
		}
		if (peek() != 0) {
			throw damaged("text after the array");
		}
		return rows;
	}

	/** The next character that is not white space, 0 at the end; the position stays on it. */
	private char peek() {
		while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
			at++;
		}
		return at < json.length() ? json.charAt(at) : 0;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw damaged("'" + c + "' expected");
		}
		at++;
	}

	/** A JSON string or null. */
	private String text() {
		char first = peek();
		if (first == 'n' && json.startsWith("null", at)) {
			at += 4;
			return null;
		}
		if (first != '"') {
			throw damaged("a string expected");
		}
		int start = ++at;
		int end = start;
		while (end < json.length() && json.charAt(end) != '"' && json.charAt(end) != '\\') {
			end++;
		}
		if (end < json.length() && json.charAt(end) == '"') {
			at = end + 1;
			return json.substring(start, end); // most strings escape nothing
		}
		StringBuilder out = new StringBuilder(end - start + 16).append(json, start, end);
		at = end;
		while (at < json.length()) {
			char c = json.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (at >= json.length()) {
				break;
			}
			char escaped = json.charAt(at++);
			switch (escaped) {
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				if (at + 4 > json.length()) {
					throw damaged("a short \\u escape");
				}
				out.append((char) Integer.parseInt(json, at, at + 4, 16));
				at += 4;
			}
			default -> out.append(escaped); // '"', '\\', '/'
			}
		}
		throw damaged("an unterminated string");
	}

	private int number() {
		peek();
		int start = at;
		if (at < json.length() && json.charAt(at) == '-') {
			at++;
		}
		while (at < json.length() && Character.isDigit(json.charAt(at))) {
			at++;
		}
		if (start == at) {
			throw damaged("an ordinal expected");
		}
		return Integer.parseInt(json, start, at, 10);
	}

	private IllegalStateException damaged(String what) {
		return new IllegalStateException("The data lock record of " + where + " is damaged: " + what + " at character "
				+ at);
	}
}
