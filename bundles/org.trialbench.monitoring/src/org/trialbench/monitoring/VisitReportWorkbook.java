package org.trialbench.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trialbench.clinical.SdvState;
import org.trialbench.repository.QueryHeader;

/**
 * Writes a {@link VisitReport} as an .xlsx workbook: Summary (with the actions and the query-age chart), Verified,
 * Findings, Queries. Written to a temporary file next to the target and moved into place, so that a failure never
 * leaves half a report behind.
 */
public final class VisitReportWorkbook {

	static {
		// POI logs through the Log4j API; without a Log4j implementation installed, the API complains on stderr
		// at first use. Its own simple provider, quiet below errors, is enough here.
		if (System.getProperty("log4j.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
			System.setProperty("log4j2.simplelogLevel", "ERROR");
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
	private static final List<WorklistColumn> ITEM_COLUMNS = List.of(WorklistColumn.SUBJECT, WorklistColumn.VISIT,
			WorklistColumn.DATE, WorklistColumn.FORM, WorklistColumn.ITEM, WorklistColumn.VALUE, WorklistColumn.PLAN,
			WorklistColumn.STATE, WorklistColumn.VERIFIED_BY, WorklistColumn.VERIFIED_AT, WorklistColumn.QUERIES);

	private VisitReportWorkbook() {
	}

	public static void write(VisitReport report, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		if (directory != null && !Files.isDirectory(directory)) {
			throw new IOException("The folder " + directory + " does not exist");
		}
		Path temporary = Files.createTempFile(directory, ".visit-report", ".xlsx");
		try {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temporary)) {
				Styles styles = new Styles(workbook);
				summary(workbook, styles, report);
				items(workbook.createSheet("Verified"), styles, report.verified());
				findings(workbook.createSheet("Findings"), styles, report);
				queries(workbook.createSheet("Queries"), styles, report);
				workbook.write(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private record Styles(CellStyle bold, CellStyle percent) {
		Styles(Workbook workbook) {
			this(workbook.createCellStyle(), workbook.createCellStyle());
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		}
	}

	private static void summary(XSSFWorkbook workbook, Styles styles, VisitReport report) {
		XSSFSheet sheet = workbook.createSheet("Summary");
		int r = 0;
		r = line(sheet, styles, r, "Monitoring visit report", null);
		r = line(sheet, styles, r, "Site", report.siteCode() + (report.siteName() == null ? "" : " " + report.siteName()));
		r = line(sheet, styles, r, "Visit", report.from() + " to " + report.to());
		r = line(sheet, styles, r, "Monitor", report.monitor());
		r = line(sheet, styles, r, "Created", TIME.format(report.createdAt()) + " UTC");
		r++;
		r = line(sheet, styles, r, "Source data verification", null);
		r = number(sheet, r, "Values verified during the visit", report.verified().size());
		r = number(sheet, r, "Values the plan requires", report.required());
		for (Map.Entry<SdvState, Integer> entry : report.stateCounts().entrySet()) {
			r = number(sheet, r, "Values " + SdvTransitions.label(entry.getKey()), entry.getValue());
		}
		Row completion = sheet.createRow(r++);
		completion.createCell(0).setCellValue("SDV completion (verified of required)");
		Cell share = completion.createCell(1);
		share.setCellValue(report.metrics().sdvCompletion());
		share.setCellStyle(styles.percent());
		r++;
		r = line(sheet, styles, r, "Queries", null);
		r = number(sheet, r, "Raised during the visit", report.raised().size());
		r = number(sheet, r, "Closed during the visit", report.closed().size());
		r = number(sheet, r, "Unresolved", report.unresolved().size());
		r++;
		r = line(sheet, styles, r, "Findings", null);
		r = number(sheet, r, "Values changed after verification", report.changedAfterVerification().size());
		r = number(sheet, r, "Critical values pending verification", report.pendingCritical().size());
		r = number(sheet, r, "Overdue visits", report.overdueVisits().size());
		r++;
		r = line(sheet, styles, r, "Action items", null);
		for (String action : report.actions()) {
			sheet.createRow(r++).createCell(0).setCellValue(action);
		}
		sheet.setColumnWidth(0, 60 * 256);
		sheet.setColumnWidth(1, 24 * 256);
		byte[] chart = MetricsCharts.png(MetricsCharts.queryAge(List.of(report.metrics()), 420, 280));
		int picture = workbook.addPicture(chart, Workbook.PICTURE_TYPE_PNG);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 3, 1, 9, 16);
		anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
		drawing.createPicture(anchor, picture);
	}

	private static int line(Sheet sheet, Styles styles, int r, String label, String value) {
		Row row = sheet.createRow(r);
		Cell cell = row.createCell(0);
		cell.setCellValue(label);
		if (value == null) {
			cell.setCellStyle(styles.bold());
		} else {
			row.createCell(1).setCellValue(value);
		}
		return r + 1;
	}

	private static int number(Sheet sheet, int r, String label, int value) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(value);
		return r + 1;
	}

	private static void header(Sheet sheet, Styles styles, int r, List<String> titles) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < titles.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(titles.get(c));
			cell.setCellStyle(styles.bold());
			sheet.setColumnWidth(c, 18 * 256);
		}
	}

	private static int items(Sheet sheet, Styles styles, List<WorklistRow> rows) {
		return items(sheet, styles, 0, rows);
	}

	private static int items(Sheet sheet, Styles styles, int start, List<WorklistRow> rows) {
		header(sheet, styles, start, ITEM_COLUMNS.stream().map(WorklistColumn::title).toList());
		int r = start + 1;
		for (WorklistRow item : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < ITEM_COLUMNS.size(); c++) {
				row.createCell(c).setCellValue(ITEM_COLUMNS.get(c).text(item));
			}
		}
		return r;
	}

	private static void findings(Sheet sheet, Styles styles, VisitReport report) {
		int r = line(sheet, styles, 0, "Values changed after verification (re-verify)", null);
		r = items(sheet, styles, r, report.changedAfterVerification()) + 1;
		r = line(sheet, styles, r, "Critical values pending verification", null);
		r = items(sheet, styles, r, report.pendingCritical()) + 1;
		r = line(sheet, styles, r, "Overdue visits", null);
		header(sheet, styles, r++, List.of("Subject", "Visit", "Occurrence", "Planned date"));
		for (var visit : report.overdueVisits()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(visit.screeningNumber());
			row.createCell(1).setCellValue(visit.visitOid());
			row.createCell(2).setCellValue(visit.occurrence());
			row.createCell(3).setCellValue(String.valueOf(visit.date()));
		}
	}

	private static void queries(Sheet sheet, Styles styles, VisitReport report) {
		header(sheet, styles, 0, List.of("Subject", "About", "Status", "Raised at", "Age (days)", "Messages",
				"Latest message", "During the visit"));
		int r = 1;
		java.util.Set<String> raised = new java.util.HashSet<>();
		report.raised().forEach(q -> raised.add(q.id()));
		java.util.Set<String> closed = new java.util.HashSet<>();
		report.closed().forEach(q -> closed.add(q.id()));
		java.util.LinkedHashMap<String, QueryHeader> all = new java.util.LinkedHashMap<>();
		report.unresolved().forEach(q -> all.put(q.id(), q));
		report.raised().forEach(q -> all.putIfAbsent(q.id(), q));
		report.closed().forEach(q -> all.putIfAbsent(q.id(), q));
		java.time.Instant end = report.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		for (QueryHeader query : all.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(query.screeningNumber());
			row.createCell(1).setCellValue(query.itemOidOrField() == null ? query.targetType() : query.itemOidOrField());
			row.createCell(2).setCellValue(query.status().getLiteral());
			row.createCell(3).setCellValue(query.raisedAt() == null ? "" : TIME.format(query.raisedAt()));
			row.createCell(4).setCellValue(QueryAging.ageDays(query, end));
			row.createCell(5).setCellValue(query.messageCount());
			row.createCell(6).setCellValue(query.lastMessageText() == null ? "" : query.lastMessageText());
			row.createCell(7).setCellValue((raised.contains(query.id()) ? "raised" : "")
					+ (raised.contains(query.id()) && closed.contains(query.id()) ? ", " : "")
					+ (closed.contains(query.id()) ? "closed" : ""));
		}
	}
}
