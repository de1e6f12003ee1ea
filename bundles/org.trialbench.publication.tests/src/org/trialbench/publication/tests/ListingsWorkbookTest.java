package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.TimeToRescue;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.WorkbookProvenance;

/**
 * The listing workbook read back with POI: provenance, frozen header, auto-filter over every row, readable column
 * widths, numbers and yes/no as such, and only text that a spreadsheet would run marked as text.
 */
class ListingsWorkbookTest {
	@TempDir
	Path directory;

	private static AnalysisDataset dataset() {
		AnalysisEvent typed = new AnalysisEvent("Gastrointestinal disorders", "Chest pain", "-2 days after POEM", 2,
				false, false, true, LocalDate.of(2026, 2, 1));
		AnalysisEvent plain = new AnalysisEvent("Infections", "Pneumonia", "pneumonia", 3, true, false, true,
				LocalDate.of(2026, 2, 9));
		AnalysisSubject withEvents = new AnalysisSubject("S1", "SCR-1", "01", SubjectStatus.COMPLETED, null, null, "POEM",
				"ACH3", true, null, true, null, "COMPLETED", null, Map.of(), true, null, List.of(typed, plain), "R-001",
				new TimeToRescue(120, true, "re-intervention (BTX)"), "POEM");
		return new Subjects().add(withEvents).add("BTX", "DES", 50.0, false).add("POEM", "JH", 61.5, null)
				.screenFailure().dataset();
	}

	@Test
	void listingWorkbookKeepsEveryPromise() throws Exception {
		AnalysisDataset data = dataset();
		WorkbookProvenance provenance = new WorkbookProvenance("POEM-SPASM", data.snapshot(), Population.ITT, "9.9",
				Instant.parse("2026-10-02T08:00:00Z"), "statistician");
		Path file = directory.resolve("listings.xlsx");
		ListingsExport.write(data, provenance, ListingsExport.Format.XLSX, file, new NullProgressMonitor());
		try (var left = Files.list(directory)) {
			assertEquals(List.of(file), left.toList(), "only the workbook: no temporary file left");
		}
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals(List.of("About", "Subjects", "Primary outcome", "Time to failure", "Baseline",
					"Outcomes by visit", "Adverse events"),
					List.of(0, 1, 2, 3, 4, 5, 6).stream().map(workbook::getSheetName).toList());
			XSSFSheet about = workbook.getSheet("About");
			assertEquals("Snapshot", about.getRow(1).getCell(0).getStringCellValue());
			assertEquals("LOCK-9", about.getRow(1).getCell(1).getStringCellValue());
			assertEquals("Sites", about.getRow(6).getCell(0).getStringCellValue());
			assertEquals("all sites of the trial", about.getRow(6).getCell(1).getStringCellValue());
			assertEquals("Trialbench 9.9", about.getRow(7).getCell(1).getStringCellValue());

			XSSFSheet subjects = workbook.getSheet("Subjects");
			assertEquals(5, subjects.getLastRowNum() + 1, "header and four subjects");
			assertTrue(subjects.getPaneInformation().isFreezePane());
			assertEquals(1, subjects.getPaneInformation().getHorizontalSplitTopRow());
			assertEquals(1, subjects.getPaneInformation().getVerticalSplitLeftColumn());
			assertEquals(CellRangeAddress.valueOf("A1:R5"), autoFilter(subjects));
			for (int c = 0; c < 18; c++) {
				Cell header = subjects.getRow(0).getCell(c);
				assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold(), header.toString());
				assertTrue(subjects.getColumnWidth(c) >= Math.max(12, header.getStringCellValue().length() + 2) * 256,
						header.getStringCellValue() + " is readable");
			}
			Cell itt = subjects.getRow(1).getCell(8);
			assertEquals(CellType.BOOLEAN, itt.getCellType());
			assertTrue(itt.getBooleanCellValue());

			XSSFSheet baseline = workbook.getSheet("Baseline");
			Cell age = baseline.getRow(2).getCell(4);
			assertEquals(CellType.NUMERIC, age.getCellType());
			assertEquals(50.0, age.getNumericCellValue());
			assertEquals(CellRangeAddress.valueOf("A1:" + lastColumn(baseline) + "4"), autoFilter(baseline));

			XSSFSheet events = workbook.getSheet("Adverse events");
			assertEquals("POEM", events.getRow(1).getCell(4).getStringCellValue(), "the procedure received");
			Cell dangerous = events.getRow(1).getCell(7);
			assertEquals(CellType.STRING, dangerous.getCellType());
			assertEquals("-2 days after POEM", dangerous.getStringCellValue());
			assertTrue(dangerous.getCellStyle().getQuotePrefixed(), "text starting with - stays text");
			Cell safe = events.getRow(2).getCell(7);
			assertEquals("pneumonia", safe.getStringCellValue());
			assertFalse(safe.getCellStyle().getQuotePrefixed(), "ordinary text is not marked");
			assertEquals(CellType.NUMERIC, events.getRow(2).getCell(8).getCellType());
			assertEquals(3.0, events.getRow(2).getCell(8).getNumericCellValue());
			assertEquals(CellRangeAddress.valueOf("A1:M3"), autoFilter(events));

			XSSFSheet time = workbook.getSheet("Time to failure");
			assertEquals(List.of("Screening number", "Randomization number", "Arm", "Stratum", "ITT", "PP", "Safety",
					"Days from procedure", "Event", "Event or censored", "Reason"), header(time));
			assertEquals("SCR-1", time.getRow(1).getCell(0).getStringCellValue());
			assertEquals("R-001", time.getRow(1).getCell(1).getStringCellValue());
			assertEquals(120.0, time.getRow(1).getCell(7).getNumericCellValue());
			assertEquals(1.0, time.getRow(1).getCell(8).getNumericCellValue());
			assertEquals("re-intervention (BTX)", time.getRow(1).getCell(10).getStringCellValue());
			assertEquals("no time (no procedure date)", time.getRow(2).getCell(9).getStringCellValue(),
					"a subject without a time is listed and says why");
			assertEquals(4, time.getLastRowNum() + 1, "header and the three randomized subjects");
			workbook.forEach(sheet -> {
				if (!sheet.getSheetName().equals("About")) {
					// every listing joins on the subject's numbers; the store's internal ids appear nowhere
					assertEquals(List.of("Screening number", "Randomization number"), header(sheet).subList(0, 2),
							sheet.getSheetName());
					assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName() + " prints landscape");
					assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName() + " one page wide");
					assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows(),
							sheet.getSheetName() + " repeats its column names");
				}
				sheet.forEach(row -> row.forEach(cell -> assertFalse(
						cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("S\\d+"),
						sheet.getSheetName() + " shows an internal id")));
			});
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
				assertNotNull(cell.getCellStyle());
				assertFalse(cell.getCellType() == CellType.FORMULA, "no formula in " + sheet.getSheetName());
			})));
		}
	}

	private static List<String> header(org.apache.poi.ss.usermodel.Sheet sheet) {
		List<String> names = new java.util.ArrayList<>();
		sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
		return names;
	}

	private static CellRangeAddress autoFilter(XSSFSheet sheet) {
		assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " has an auto-filter");
		return CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
	}

	private static String lastColumn(XSSFSheet sheet) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(sheet.getRow(0).getLastCellNum() - 1);
	}
}
