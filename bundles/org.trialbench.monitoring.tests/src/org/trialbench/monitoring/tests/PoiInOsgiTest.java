package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apache POI's wrapped bundles write and read an .xlsx inside OSGi. */
class PoiInOsgiTest {

	@Test
	void anXlsxWrittenInOsgiReadsBack(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("smoke.xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Smoke");
			sheet.createRow(0).createCell(0).setCellValue("verified");
			sheet.getRow(0).createCell(1).setCellValue(42);
			workbook.write(out);
		}
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals("verified", workbook.getSheet("Smoke").getRow(0).getCell(0).getStringCellValue());
			assertEquals(42, workbook.getSheet("Smoke").getRow(0).getCell(1).getNumericCellValue());
		}
	}
}
