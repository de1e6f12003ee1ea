package org.trialbench.publication.tables;

/** A header cell spanning one or more columns (merged in the workbook). */
public record HeaderCell(String text, int span) {
	public static HeaderCell of(String text) {
		return new HeaderCell(text, 1);
	}
}
