package org.trialbench.publication.excel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;

/**
 * Writes the subject-level listings behind the tables, as one streamed .xlsx workbook (POI's SXSSF keeps only a
 * window of rows in memory, so a large trial does not need its whole listing in memory) or as one CSV file per
 * listing next to the requested name. Text is protected against formula injection in both formats.
 */
public final class ListingsExport {

	public enum Format {
		XLSX, CSV;

		public static Format parse(String text) {
			try {
				return valueOf(text.trim().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown listing format '" + text + "': use xlsx or csv", e);
			}
		}
	}

	private ListingsExport() {
	}

	/** Returns the files written. */
	public static List<Path> write(AnalysisDataset data, WorkbookProvenance provenance, Format format, Path out,
			IProgressMonitor monitor) throws IOException {
		List<Listing> listings = Listing.all(data);
		SubMonitor progress = SubMonitor.convert(monitor, "Writing listings", listings.size() * 100 + 1);
		Path absolute = out.toAbsolutePath();
		if (absolute.getParent() != null) {
			Files.createDirectories(absolute.getParent());
		}
		return format == Format.XLSX ? xlsx(data, provenance, listings, absolute, progress)
				: csv(data, provenance, listings, absolute, progress);
	}

	private static List<Path> xlsx(AnalysisDataset data, WorkbookProvenance provenance, List<Listing> listings,
			Path out, SubMonitor progress) throws IOException {
		Path temporary = Files.createTempFile(out.getParent(), ".listings-", ".xlsx.part");
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			// every value cell gets its style explicitly: a cell without one makes SXSSF look for a column style
			// among the sheet's <col> entries (XMLBeans) when the row is flushed, which cost more than writing it
			CellStyle plain = workbook.getCellStyleAt(0);
			SXSSFSheet about = workbook.createSheet("About");
			int r = 0;
			for (String[] line : provenance.lines()) {
				SXSSFRow row = about.createRow(r++);
				row.createCell(0).setCellValue(line[0]);
				row.getCell(0).setCellStyle(bold);
				row.createCell(1).setCellValue(line[1]);
			}
			about.setColumnWidth(0, 16 * 256);
			about.setColumnWidth(1, 90 * 256);
			TablesWorkbook.printOnePageWide(about, false, -1);
			for (Listing listing : listings) {
				SXSSFSheet sheet = workbook.createSheet(listing.name());
				SXSSFRow header = sheet.createRow(0);
				for (int c = 0; c < listing.columns().size(); c++) {
					header.createCell(c).setCellValue(listing.columns().get(c));
					header.getCell(c).setCellStyle(bold);
					sheet.setColumnWidth(c, Math.max(12, listing.columns().get(c).length() + 2) * 256);
				}
				sheet.createFreezePane(1, 1);
				// listings are wide: landscape, one page wide, the column names on every page
				TablesWorkbook.printOnePageWide(sheet, true, 0);
				int rowIndex = 1;
				SubMonitor listingProgress = progress.split(100).setWorkRemaining(data.subjects().size());
				listingProgress.subTask(listing.name());
				for (AnalysisSubject subject : data.subjects()) {
					if (listingProgress.isCanceled()) {
						throw new OperationCanceledException();
					}
					for (List<Object> values : listing.rows().apply(subject)) {
						SXSSFRow row = sheet.createRow(rowIndex++);
						for (int c = 0; c < values.size(); c++) {
							Object value = values.get(c);
							if (value == null) {
								continue;
							}
							org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
							if (value instanceof Number number) {
								cell.setCellValue(number.doubleValue());
								cell.setCellStyle(plain);
							} else if (value instanceof Boolean flag) {
								cell.setCellValue(flag);
								cell.setCellStyle(plain);
							} else {
								String text = value.toString();
								cell.setCellValue(text);
								cell.setCellStyle(SpreadsheetText.dangerous(text) ? quoted : plain);
							}
						}
					}
					listingProgress.worked(1);
				}
				listingProgress.done();
				if (rowIndex > 1) {
					sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, listing.columns().size() - 1));
				}
			}
			try (OutputStream stream = Files.newOutputStream(temporary)) {
				workbook.write(stream);
			}
			Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			progress.done();
			return List.of(out);
		} finally {
			workbook.close(); // also removes SXSSF's temporary files
			Files.deleteIfExists(temporary);
		}
	}

	private static List<Path> csv(AnalysisDataset data, WorkbookProvenance provenance, List<Listing> listings,
			Path out, SubMonitor progress) throws IOException {
		String name = out.getFileName().toString();
		String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		List<Path> files = new ArrayList<>();
		Path aboutFile = out.resolveSibling(base + "-about.csv");
		try (Writer writer = csvWriter(aboutFile)) {
			for (String[] line : provenance.lines()) {
				writer.write(SpreadsheetText.csvField(line[0]) + "," + SpreadsheetText.csvField(line[1]) + "\r\n");
			}
		}
		files.add(aboutFile);
		for (Listing listing : listings) {
			Path file = out.resolveSibling(base + "-" + listing.name().toLowerCase(Locale.ROOT).replace(' ', '-') + ".csv");
			SubMonitor listingProgress = progress.split(100).setWorkRemaining(data.subjects().size());
			try (Writer writer = csvWriter(file)) {
				writer.write(String.join(",", listing.columns().stream().map(SpreadsheetText::csvField).toList()));
				writer.write("\r\n");
				for (AnalysisSubject subject : data.subjects()) {
					if (listingProgress.isCanceled()) {
						throw new OperationCanceledException();
					}
					for (List<Object> values : listing.rows().apply(subject)) {
						List<String> fields = new ArrayList<>(values.size());
						for (Object value : values) {
							fields.add(value == null ? "" : value instanceof Number || value instanceof Boolean
									? value.toString() : SpreadsheetText.csvField(value.toString()));
						}
						writer.write(String.join(",", fields));
						writer.write("\r\n");
					}
					listingProgress.worked(1);
				}
				listingProgress.done();
			}
			files.add(file);
		}
		progress.done();
		return files;
	}

	private static Writer csvWriter(Path file) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // spreadsheet programs read UTF-8 (ü, ≤) correctly only with the byte-order mark
		return writer;
	}
}
