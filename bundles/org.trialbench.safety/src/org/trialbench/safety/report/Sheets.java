package org.trialbench.safety.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers shared by the safety workbooks: bold headers, text cells, and a write that never leaves half a file. */
final class Sheets {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private final XSSFWorkbook workbook;
	private final CellStyle bold;
	private final ZoneId zone;

	Sheets(XSSFWorkbook workbook, ZoneId zone) {
		this.workbook = workbook;
		this.zone = zone;
		Font font = workbook.createFont();
		font.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(font);
	}

	void header(Sheet sheet, int rowIndex, String... titles) {
		Row row = sheet.createRow(rowIndex);
		for (int i = 0; i < titles.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(bold);
		}
	}

	Row row(Sheet sheet, int rowIndex, Object... values) {
		Row row = sheet.createRow(rowIndex);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			} else if (value != null) {
				cell.setCellValue(text(value));
			}
		}
		return row;
	}

	void label(Sheet sheet, int rowIndex, String label, Object value) {
		Row row = sheet.createRow(rowIndex);
		Cell title = row.createCell(0);
		title.setCellValue(label);
		title.setCellStyle(bold);
		if (value != null) {
			row.createCell(1).setCellValue(text(value));
		}
	}

	String text(Object value) {
		if (value instanceof Instant instant) {
			return TIME.format(instant.atZone(zone));
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value == null ? "" : value.toString();
	}

	/** Writes next to the target and moves it into place, so a failure never leaves a broken report. */
	void save(Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path partial = Files.createTempFile(parent, ".report", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				workbook.write(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
