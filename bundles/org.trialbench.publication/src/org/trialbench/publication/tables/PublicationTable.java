package org.trialbench.publication.tables;

import java.util.List;

/**
 * A table as the paper prints it: a short sheet name, a title, header rows (cells may span columns), body rows,
 * footnotes (methods, population, snapshot) and pictures that belong with it. The workbook writer and the workbench
 * both show exactly this, so the numbers a reader sees on screen are the ones in the file.
 *
 * @param columns number of columns including the row-label column
 */
public record PublicationTable(String sheetName, String title, int columns, List<List<HeaderCell>> header,
		List<Row> rows, List<String> footnotes, List<Picture> pictures) {

	public PublicationTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
		footnotes = List.copyOf(footnotes);
		pictures = List.copyOf(pictures);
		for (List<HeaderCell> line : header) {
			int width = line.stream().mapToInt(HeaderCell::span).sum();
			if (width != columns) {
				throw new IllegalArgumentException(title + ": a header row spans " + width + " columns, not " + columns);
			}
		}
		for (Row row : rows) {
			if (!row.heading() && row.cells().size() != columns - 1) {
				throw new IllegalArgumentException(title + ": row '" + row.label() + "' has " + row.cells().size()
						+ " cells, not " + (columns - 1));
			}
		}
	}

	/** The row with this label (the first one), for tests and the workbench. */
	public Row row(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(title + " has no row '" + label + "'"));
	}
}
