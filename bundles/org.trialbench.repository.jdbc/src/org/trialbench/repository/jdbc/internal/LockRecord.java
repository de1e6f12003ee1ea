package org.trialbench.repository.jdbc.internal;

import java.io.IOException;
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
 * when the data are locked; this reads it back, with Gson's streaming reader, into the rows it was made of.
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
	static List<ObjectRow> rows(String json, String subjectId, String siteId, boolean revealsAllocation,
			String where) {
		List<ObjectRow> rows = new ArrayList<>();
		try (JsonReader reader = new JsonReader(new StringReader(json))) {
			reader.beginArray();
			while (reader.hasNext()) {
				reader.beginArray();
				String id = text(reader);
				String type = text(reader);
				String parent = text(reader);
				String feature = text(reader);
				int ordinal = reader.nextInt();
				String state = text(reader);
				reader.endArray();
				if (id == null || type == null) {
					throw new MalformedJsonException("an object without id or type at " + reader.getPath());
				}
				rows.add(new ObjectRow(id, type, parent, feature, ordinal, subjectId, siteId, revealsAllocation,
						StateText.decode(state == null ? "" : state)));
			}
			reader.endArray();
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new MalformedJsonException("text after the array");
			}
		} catch (IOException | IllegalStateException | NumberFormatException e) {
			// Gson names what it expected and where (for example "Expected BEGIN_ARRAY but was STRING at $[3]")
			throw new IllegalStateException("The data lock record of " + where + " is damaged: " + e.getMessage(), e);
		}
		return rows;
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
