package org.trialbench.publication.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.ImageUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.trialbench.publication.tables.Cell;
import org.trialbench.publication.tables.HeaderCell;
import org.trialbench.publication.tables.Picture;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.Row;

/**
 * Writes the publication tables as one .xlsx workbook: an "About" sheet with the provenance, then one sheet per
 * table in publication layout (title, merged header cells, indented row labels, footnotes, column widths, frozen
 * header) with its pictures below, each sheet set to print one page wide with its header rows repeated; a figure
 * with a vector form is also written as SVG beside the workbook. Written to a temporary file and moved into place, so a cancelled or failed
 * export never leaves half a workbook under the requested name.
 */
public final class TablesWorkbook implements AutoCloseable {

	private static final int PIXELS_PER_ROW = 20;

	private final XSSFWorkbook workbook = new XSSFWorkbook();
	private final Map<String, CellStyle> styles = new HashMap<>();

	private TablesWorkbook() {
	}

	public static void write(List<PublicationTable> tables, WorkbookProvenance provenance, Path out,
			IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing " + out.getFileName(), tables.size() + 2);
		Path absolute = out.toAbsolutePath();
		Path parent = absolute.getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path temporary = Files.createTempFile(parent, ".tables-", ".xlsx.part");
		try {
			try (TablesWorkbook writer = new TablesWorkbook()) {
				writer.about(provenance);
				progress.worked(1);
				for (PublicationTable table : tables) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					progress.subTask(table.title());
					writer.sheet(table, provenance);
					progress.worked(1);
				}
				writer.workbook.getProperties().getCoreProperties().setTitle(provenance.study() + " publication tables");
				writer.workbook.getProperties().getCoreProperties()
						.setDescription(provenance.snapshot().describe() + "; population " + provenance.population());
				try (OutputStream stream = Files.newOutputStream(temporary)) {
					writer.workbook.write(stream);
				}
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			for (PublicationTable table : tables) {
				for (int i = 0; i < table.pictures().size(); i++) {
					Picture picture = table.pictures().get(i);
					if (picture.svg() != null) {
						writeBeside(vectorFile(absolute, table, i), picture.svg());
					}
				}
			}
			progress.worked(1);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Where a figure's vector form goes: beside the workbook, named after it and the table,
	 * e.g. tables.xlsx gives tables-table-6-figure-1.svg.
	 */
	public static Path vectorFile(Path workbook, PublicationTable table, int index) {
		String name = workbook.getFileName().toString();
		String base = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
		String sheet = table.sheetName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return workbook.resolveSibling(base + "-" + sheet + "-figure-" + (index + 1) + ".svg");
	}

	private static void writeBeside(Path file, String content) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".figure-", ".svg.part");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void about(WorkbookProvenance provenance) {
		XSSFSheet sheet = workbook.createSheet("About");
		text(sheet.createRow(0), 0, "Publication tables", style("title"));
		int r = 2;
		for (String[] line : provenance.lines()) {
			XSSFRow row = sheet.createRow(r++);
			text(row, 0, line[0], style("bold"));
			text(row, 1, line[1], style("plain"));
		}
		r++;
		text(sheet.createRow(r), 0, "Numbers are computed from the snapshot named above; re-running the export on the "
				+ "same snapshot reproduces them.", style("note"));
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		printOnePageWide(sheet, false, -1);
	}

	/**
	 * Print setup: fit to one page wide (as many pages down as needed), landscape when asked, the rows up to
	 * {@code lastHeaderRow} repeated on every page (-1: none).
	 */
	static void printOnePageWide(org.apache.poi.ss.usermodel.Sheet sheet, boolean landscape, int lastHeaderRow) {
		sheet.getPrintSetup().setLandscape(landscape);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setAutobreaks(true);
		if (lastHeaderRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
		}
	}

	private void sheet(PublicationTable table, WorkbookProvenance provenance) {
		XSSFSheet sheet = workbook.createSheet(table.sheetName());
		int columns = table.columns();
		int r = 0;
		XSSFRow titleRow = sheet.createRow(r);
		text(titleRow, 0, table.title(), style("title"));
		merge(sheet, r, 0, columns - 1);
		r++;
		XSSFRow subtitle = sheet.createRow(r);
		text(subtitle, 0, provenance.snapshot().describe() + " · population " + provenance.population().label(),
				style("note"));
		merge(sheet, r, 0, columns - 1);
		r += 2;
		int[] widths = new int[columns];
		for (int h = 0; h < table.header().size(); h++) {
			boolean last = h == table.header().size() - 1;
			XSSFRow row = sheet.createRow(r);
			int c = 0;
			for (HeaderCell cell : table.header().get(h)) {
				for (int k = 0; k < cell.span(); k++) {
					text(row, c + k, k == 0 ? cell.text() : "", style(last ? "header-last" : "header"));
				}
				if (cell.span() > 1) {
					merge(sheet, r, c, c + cell.span() - 1);
				} else {
					widths[c] = Math.max(widths[c], cell.text().length());
				}
				c += cell.span();
			}
			r++;
		}
		int firstBody = r;
		for (Row row : table.rows()) {
			XSSFRow sheetRow = sheet.createRow(r++);
			CellStyle labelStyle = row.heading() ? style("heading") : style("label-" + Math.min(row.indent(), 3));
			text(sheetRow, 0, row.label(), labelStyle);
			widths[0] = Math.max(widths[0], row.label().length() + 2 * row.indent());
			for (int c = 0; c < row.cells().size(); c++) {
				Cell cell = row.cells().get(c);
				if (cell.numeric()) {
					org.apache.poi.ss.usermodel.Cell out = sheetRow.createCell(c + 1);
					out.setCellValue(cell.number());
					out.setCellStyle(style("number-" + cell.decimals()));
				} else {
					text(sheetRow, c + 1, cell.text(), style("value"));
				}
				widths[c + 1] = Math.max(widths[c + 1], cell.text().length());
			}
		}
		r++;
		for (String note : table.footnotes()) {
			XSSFRow row = sheet.createRow(r);
			text(row, 0, note, style("footnote"));
			merge(sheet, r, 0, columns - 1);
			int totalWidth = 0;
			for (int w : widths) {
				totalWidth += Math.min(60, Math.max(12, w + 2));
			}
			int lines = Math.max(1, (int) Math.ceil(note.length() * 1.1 / Math.max(40, totalWidth)));
			row.setHeightInPoints(lines * 15f);
			r++;
		}
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.min(60, Math.max(12, widths[c] + 2)) * 256);
		}
		// the header stays in view, and the row labels, while scrolling a long harms table
		sheet.createFreezePane(1, firstBody);
		r++;
		XSSFDrawing drawing = null;
		for (Picture picture : table.pictures()) {
			if (drawing == null) {
				drawing = sheet.createDrawingPatriarch();
			}
			int index = workbook.addPicture(picture.png(), Workbook.PICTURE_TYPE_PNG);
			XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
			anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
			XSSFPicture shape = drawing.createPicture(anchor, index);
			// a figure starts a printed page of its own: split over two, the second half would print under the
			// repeated header rows
			sheet.setRowBreak(r - 1);
			place(sheet, shape, r, picture.width(), picture.height());
			r += picture.height() / PIXELS_PER_ROW + 2;
		}
		// portrait holds about 100 characters of columns at a readable size; wider tables print landscape
		int printedWidth = 0;
		for (int c = 0; c < columns; c++) {
			printedWidth += Math.min(60, Math.max(12, widths[c] + 2));
		}
		int widestPicture = table.pictures().stream().mapToInt(Picture::width).max().orElse(0);
		printOnePageWide(sheet, printedWidth > 100 || widestPicture > 700, firstBody - 1);
	}

	/**
	 * Anchors a picture at column 0 of a row at its own size, 1 image pixel to 1 screen pixel, as
	 * {@link XSSFPicture#resize()} does; resize() decodes the whole PNG again only to learn a size the picture knows.
	 */
	static void place(XSSFSheet sheet, XSSFPicture picture, int row, int width, int height) {
		XSSFClientAnchor anchor = picture.getClientAnchor();
		anchor.setCol1(0);
		anchor.setDx1(0);
		anchor.setRow1(row);
		anchor.setDy1(0);
		int column = 0;
		double columnsWidth = 0;
		while (width - columnsWidth >= sheet.getColumnWidthInPixels(column)) {
			columnsWidth += sheet.getColumnWidthInPixels(column++);
		}
		anchor.setCol2(column);
		anchor.setDx2((int) Math.rint((width - columnsWidth) * Units.EMU_PER_PIXEL));
		int lastRow = row;
		double rowsHeight = 0;
		while (height - rowsHeight >= ImageUtils.getRowHeightInPixels(sheet, lastRow)) {
			rowsHeight += ImageUtils.getRowHeightInPixels(sheet, lastRow++);
		}
		anchor.setRow2(lastRow);
		anchor.setDy2((int) Math.rint((height - rowsHeight) * Units.EMU_PER_PIXEL));
		CTPositiveSize2D size = picture.getCTPicture().getSpPr().getXfrm().getExt();
		size.setCx((long) width * Units.EMU_PER_PIXEL);
		size.setCy((long) height * Units.EMU_PER_PIXEL);
	}

	private void text(XSSFRow row, int column, String text, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(text);
		if (SpreadsheetText.dangerous(text)) {
			CellStyle quoted = styles.computeIfAbsent(style.getIndex() + "-quoted", key -> {
				CellStyle copy = workbook.createCellStyle();
				copy.cloneStyleFrom(style);
				copy.setQuotePrefixed(true);
				return copy;
			});
			cell.setCellStyle(quoted);
		} else {
			cell.setCellStyle(style);
		}
	}

	private static void merge(XSSFSheet sheet, int row, int from, int to) {
		if (to > from) {
			sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
		}
	}

	private CellStyle style(String name) {
		return styles.computeIfAbsent(name, this::create);
	}

	private CellStyle create(String name) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName("Calibri");
		font.setFontHeightInPoints((short) 11);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		switch (name) {
		case "title" -> {
			font.setBold(true);
			font.setFontHeightInPoints((short) 13);
		}
		case "bold", "heading" -> font.setBold(true);
		case "note" -> {
			font.setItalic(true);
			font.setFontHeightInPoints((short) 9);
		}
		case "footnote" -> {
			font.setFontHeightInPoints((short) 9);
			style.setWrapText(true);
		}
		case "header", "header-last" -> {
			font.setBold(true);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setWrapText(true);
			style.setBorderTop(name.equals("header") ? BorderStyle.THIN : BorderStyle.NONE);
			if (name.equals("header-last")) {
				style.setBorderBottom(BorderStyle.THIN);
			}
		}
		case "value" -> style.setAlignment(HorizontalAlignment.CENTER);
		default -> {
			if (name.startsWith("label-")) {
				style.setIndention((short) Integer.parseInt(name.substring(6)));
			} else if (name.startsWith("number-")) {
				int decimals = Integer.parseInt(name.substring(7));
				style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
				style.setAlignment(HorizontalAlignment.CENTER);
			}
		}
		}
		style.setFont(font);
		return style;
	}

	@Override
	public void close() {
		// discards the package: close() would save a new workbook's package a second time, into memory
		workbook.getPackage().revert();
	}
}
