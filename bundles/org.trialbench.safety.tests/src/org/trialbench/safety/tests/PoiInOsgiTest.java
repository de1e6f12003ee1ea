package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apache POI, wrapped into OSGi bundles by Tycho, writes and reads an .xlsx inside the OSGi test runtime. */
class PoiInOsgiTest {
	@Test
	void writesAndReadsAnXlsxFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("probe.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Probe").createRow(0).createCell(0).setCellValue("SAE");
			workbook.write(out);
		}
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals("SAE", workbook.getSheet("Probe").getRow(0).getCell(0).getStringCellValue());
		}
	}
}
