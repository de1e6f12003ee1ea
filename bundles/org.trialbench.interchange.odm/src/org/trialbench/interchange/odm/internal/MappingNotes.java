package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import mapped leniently or left out on purpose, for the report: each kind of mapping once, with how often
 * it applied and where it first did. Whatever the importer does not place and does not note here is an error.
 */
public final class MappingNotes {
	/** Where a note first applied and how often it did (counted in place: a note may apply millions of times). */
	private static final class Seen {
		final int line;
		final int column;
		int times = 1;

		Seen(int line, int column) {
			this.line = line;
			this.column = column;
		}
	}

	private final Map<String, Seen> notes = new LinkedHashMap<>();

	/** Notes a mapping that applies to the whole file. */
	public void note(String text) {
		note(text, 0, 0);
	}

	/** Notes a mapping at a place in the file; the same text again only counts. */
	public void note(String text, int line, int column) {
		Seen seen = notes.get(text);
		if (seen == null) {
			notes.put(text, new Seen(line, column));
		} else {
			seen.times++;
		}
	}

	/** As {@link #note(String, int, int)} at the cursor's place, which is asked for only the first time. */
	public void note(String text, OdmCursor cursor) {
		Seen seen = notes.get(text);
		if (seen == null) {
			notes.put(text, new Seen(cursor.line(), cursor.column()));
		} else {
			seen.times++;
		}
	}

	public boolean isEmpty() {
		return notes.isEmpty();
	}

	/** The notes as report lines, in the order they first applied. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		notes.forEach((text, seen) -> lines.add(text + (seen.line == 0 ? ""
				: seen.times == 1 ? " (line " + seen.line + ", column " + seen.column + ")"
						: " (" + seen.times + " times, first at line " + seen.line + ", column " + seen.column
								+ ")")));
		return lines;
	}
}
