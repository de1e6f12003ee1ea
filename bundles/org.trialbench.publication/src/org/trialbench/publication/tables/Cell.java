package org.trialbench.publication.tables;

/**
 * One body cell: text as the paper prints it ("12 (34.5%)", "0.2 (0.05 to 0.33)"), or a plain number with its
 * decimals, which the workbook stores as a number so that readers can compute with it.
 */
public record Cell(String text, Double number, int decimals) {

	public static Cell text(String text) {
		return new Cell(text == null ? "" : text, null, 0);
	}

	public static Cell number(double value, int decimals) {
		return new Cell(Formats.fixed(value, decimals), value, decimals);
	}

	public static Cell empty() {
		return new Cell("", null, 0);
	}

	public boolean numeric() {
		return number != null;
	}
}
