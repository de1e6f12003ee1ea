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
	private record Seen(int line, int column, int times) {
	}

	private final Map<String, Seen> notes = new LinkedHashMap<>();

	/** Notes a mapping that applies to the whole file. */
	public void note(String text) {
		note(text, 0, 0);
	}

	/** Notes a mapping at a place in the file; the same text again only counts. */
	public void note(String text, int line, int column) {
		notes.merge(text, new Seen(line, column, 1), (a, b) -> new Seen(a.line(), a.column(), a.times() + 1));
	}

	public void note(String text, OdmCursor cursor) {
		note(text, cursor.line(), cursor.column());
	}

	public boolean isEmpty() {
		return notes.isEmpty();
	}

	/** The notes as report lines, in the order they first applied. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		notes.forEach((text, seen) -> lines.add(text + (seen.line() == 0 ? ""
				: seen.times() == 1 ? " (line " + seen.line() + ", column " + seen.column() + ")"
						: " (" + seen.times() + " times, first at line " + seen.line() + ", column " + seen.column()
								+ ")")));
		return lines;
	}
}
