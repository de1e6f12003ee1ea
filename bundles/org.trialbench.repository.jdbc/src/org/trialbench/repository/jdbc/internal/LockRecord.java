package org.trialbench.repository.jdbc.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * One compact record of a data lock (schema 16): the objects of one subject that share a visibility class (site,
 * allocation-revealing, review seal), frozen as a JSON array of {@code [id, object_type, parent_id,
 * container_feature, ordinal, state]}. The database builds the array (H2's JSON_ARRAYAGG, PostgreSQL's json_agg)
 * when the data are locked; this reads it back, with Gson's streaming reader, into the rows it was made of. The
 * record is read as it streams from the store, so that the whole text is never held as one string.
 */
final class LockRecord {

	private LockRecord() {
	}

	/**
	 * The rows of one record, carrying the record's subject, site and allocation-revealing flag.
	 *
	 * @param where names the record in an error message (lock and subject)
	 * @throws IllegalStateException when the record is not such an array (the lock's record is damaged)
	 */
	static List<ObjectRow> rows(Reader json, String subjectId, String siteId, boolean revealsAllocation,
			String where) {
		List<ObjectRow> rows = new ArrayList<>();
		read(json, where, (id, type, parent, feature, ordinal, reader) -> {
			String state = text(reader);
			rows.add(new ObjectRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
					StateText.decode(state == null ? "" : state)));
		});
		return rows;
	}

	/**
	 * The objects of one record whose types are among {@code types}, their feature texts as stored; the texts of
	 * the others are skipped unread. Damage is refused as by {@link #rows}.
	 */
	static List<StoredRow> objects(Reader json, String subjectId, String siteId, boolean revealsAllocation,
			java.util.Set<String> types, String where) {
		List<StoredRow> objects = new ArrayList<>();
		read(json, where, (id, type, parent, feature, ordinal, reader) -> {
			if (types.contains(type)) {
				String state = text(reader);
				objects.add(new StoredRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
						state == null ? "" : state));
			} else {
				reader.skipValue();
			}
		});
		return objects;
	}

	/** One object of a record, read up to its feature text, which it reads or skips. */
	@FunctionalInterface
	private interface Element {
		void read(String id, String type, String parent, String feature, int ordinal, JsonReader state)
				throws IOException;
	}

	private static void read(Reader json, String where, Element element) {
		// a missing record reads as JSON null, which is refused as damaged like any other text that is no array
		try (JsonReader reader = new JsonReader(json == null ? new StringReader("null") : json)) {
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
				element.read(id, type, parent, feature, ordinal, reader);
				reader.endArray();
			}
			reader.endArray();
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new MalformedJsonException("text after the array");
			}
		} catch (MalformedJsonException | java.io.EOFException | IllegalStateException | NumberFormatException e) {
			// Gson names what it expected and where (for example "Expected BEGIN_ARRAY but was STRING at $[3]")
			throw new IllegalStateException("The data lock record of " + where + " is damaged: " + e.getMessage(), e);
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
}
