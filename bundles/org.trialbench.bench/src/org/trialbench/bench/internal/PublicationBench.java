package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.Listing;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;

/**
 * Publication: every table of the ITT population computed from the analysis dataset and written to a workbook, and a
 * listing workbook of at least {@link #LISTING_ROWS} rows (the trial's listings, its subjects taken as many times as
 * needed) against raw SXSSF writing the same cells.
 */
final class PublicationBench {
	static final int LISTING_ROWS = 1_000_000;

	private PublicationBench() {
	}

	static BenchResult tables(AnalysisDataset data, Path folder, Repetitions repetitions) throws Exception {
		WorkbookProvenance provenance = TablesExport.provenance(data, Population.ITT, "statistician");
		Path out = folder.resolve("tables.xlsx");
		int[] count = new int[1];
		List<List<PublicationTable>> last = new ArrayList<>(List.of(List.of()));
		Side product = repetitions.measure("product", "tables", repetition -> {
			List<PublicationTable> tables = PublicationTables.of(data, Population.ITT, new NullProgressMonitor());
			TablesWorkbook.write(tables, provenance, out, new NullProgressMonitor());
			count[0] = tables.size();
			last.set(0, tables);
			return tables.size();
		});
		// the Kaplan–Meier figure as it went into the workbook (300 dpi PNG) and beside it (SVG), to look at
		List<String> figures = new ArrayList<>();
		for (PublicationTable table : last.get(0)) {
			for (int i = 0; i < table.pictures().size(); i++) {
				if (table.pictures().get(i).svg() != null) {
					Path png = folder.resolve(TablesWorkbook.vectorFile(out, table, i).getFileName().toString()
							.replaceAll("\\.svg$", ".png"));
					Files.write(png, table.pictures().get(i).png());
					figures.add(png + " and " + TablesWorkbook.vectorFile(out, table, i));
				}
			}
		}
		return BenchResult.of("All publication tables (" + count[0] + ", compute + .xlsx + figure)", product, null,
				Goal.millisBelow(1000), count[0] + " tables of " + data.subjects().size()
						+ " subjects, from the analysis dataset in memory, with the Kaplan–Meier figure (300 dpi PNG in "
						+ "the workbook, SVG beside it)" + (figures.isEmpty() ? "" : "; figure: " + figures));
	}

	/** The dataset with its subjects repeated until the listings hold at least {@code rows} rows. */
	static AnalysisDataset repeated(AnalysisDataset data, int rows) {
		long perPass = listingRows(data);
		int copies = (int) Math.max(1, (rows + perPass - 1) / perPass);
		List<AnalysisSubject> subjects = new ArrayList<>(data.subjects().size() * copies);
		for (int i = 0; i < copies; i++) {
			subjects.addAll(data.subjects());
		}
		return new AnalysisDataset(data.protocol(), data.snapshot(), subjects);
	}

	static long listingRows(AnalysisDataset data) {
		long rows = 0;
		for (Listing listing : Listing.all(data)) {
			for (AnalysisSubject subject : data.subjects()) {
				rows += listing.rows().apply(subject).size();
			}
		}
		return rows;
	}

	static BenchResult listing(AnalysisDataset data, Path folder, Repetitions repetitions) throws Exception {
		WorkbookProvenance provenance = TablesExport.provenance(data, Population.ITT, "statistician");
		Path out = folder.resolve("listings.xlsx");
		Path raw = folder.resolve("listings-raw.xlsx");
		long rows = listingRows(data);
		// the cells the listings hold, counted without writing; the floor's count must come out the same
		long cells = countCells(data, provenance);
		Repetitions.Pair pair = repetitions.measurePair("cells", repetition -> () -> {
			ListingsExport.write(data, provenance, ListingsExport.Format.XLSX, out, new NullProgressMonitor());
			return cells;
		}, repetition -> () -> rawSxssf(data, provenance, raw));
		return BenchResult.of(String.format(java.util.Locale.ROOT, "Listings to .xlsx (%,d rows)", rows), pair.product(),
				pair.floor(),
				Goal.throughputRatioAtLeast(0.7),
				"floor: SXSSF with the same window (200 rows), the same sheets and non-empty cells, no styles, "
						+ "no formula-injection check, no auto-filter; file " + Files.size(out) / (1 << 20) + " MB");
	}

	/** The non-empty cells of the listing workbook: About sheet, headers and values. */
	static long countCells(AnalysisDataset data, WorkbookProvenance provenance) {
		long cells = 2L * provenance.lines().size();
		for (Listing listing : Listing.all(data)) {
			cells += listing.columns().size();
			for (AnalysisSubject subject : data.subjects()) {
				for (List<Object> values : listing.rows().apply(subject)) {
					cells += values.stream().filter(java.util.Objects::nonNull).count();
				}
			}
		}
		return cells;
	}

	/** Writes the listings' cells with nothing but SXSSF; returns the number of cells written. */
	static long rawSxssf(AnalysisDataset data, WorkbookProvenance provenance, Path out) throws IOException {
		long cells = 0;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet about = workbook.createSheet("About");
			int r = 0;
			for (String[] line : provenance.lines()) {
				SXSSFRow row = about.createRow(r++);
				row.createCell(0).setCellValue(line[0]);
				row.createCell(1).setCellValue(line[1]);
				cells += 2;
			}
			for (Listing listing : Listing.all(data)) {
				SXSSFSheet sheet = workbook.createSheet(listing.name());
				SXSSFRow header = sheet.createRow(0);
				for (int c = 0; c < listing.columns().size(); c++) {
					header.createCell(c).setCellValue(listing.columns().get(c));
					cells++;
				}
				int rowIndex = 1;
				for (AnalysisSubject subject : data.subjects()) {
					for (List<Object> values : listing.rows().apply(subject)) {
						SXSSFRow row = sheet.createRow(rowIndex++);
						for (int c = 0; c < values.size(); c++) {
							Object value = values.get(c);
							if (value == null) {
								continue;
							}
							if (value instanceof Number number) {
								row.createCell(c).setCellValue(number.doubleValue());
							} else if (value instanceof Boolean flag) {
								row.createCell(c).setCellValue(flag);
							} else {
								row.createCell(c).setCellValue(value.toString());
							}
							cells++;
						}
					}
				}
			}
			try (OutputStream stream = Files.newOutputStream(out)) {
				workbook.write(stream);
			}
		}
		return cells;
	}
}
