package org.trialbench.publication.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Temporary: proves POI works inside OSGi. */
public final class PoiProbe {
	private PoiProbe() {
	}

	public static void write(OutputStream out) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("Probe");
			sheet.createRow(0).createCell(0).setCellValue("hello");
			sheet.getRow(0).createCell(1).setCellValue(1.25);
			wb.write(out);
		}
	}

	public static String read(InputStream in) throws IOException {
		try (Workbook wb = new XSSFWorkbook(in)) {
			return wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue() + "|"
					+ wb.getSheetAt(0).getRow(0).getCell(1).getNumericCellValue();
		}
	}
}
