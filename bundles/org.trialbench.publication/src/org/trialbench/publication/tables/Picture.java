package org.trialbench.publication.tables;

/**
 * A figure rendered to PNG (by Java2D, without a display), with its title and the size it is shown at, in screen
 * pixels; a print-quality PNG has more pixels than that (its resolution is in the file). A figure drawn for print
 * also carries the same drawing as SVG, which the workbook writer saves beside the workbook.
 *
 * @param svg null when the figure has no vector form
 */
public record Picture(String title, byte[] png, int width, int height, String svg) {

	public Picture(String title, byte[] png, int width, int height) {
		this(title, png, width, height, null);
	}
}
