package org.trialbench.publication.tables;

import java.util.List;

/** A body row: a label, its cells, an indent level, and whether it is a heading of the rows below it. */
public record Row(String label, List<Cell> cells, int indent, boolean heading) {

	public static Row heading(String label) {
		return new Row(label, List.of(), 0, true);
	}

	public static Row of(String label, int indent, List<Cell> cells) {
		return new Row(label, List.copyOf(cells), indent, false);
	}
}
