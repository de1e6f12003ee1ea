package org.trialbench.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.trialbench.clinical.SdvState;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.VisitHeader;

/**
 * Writes a {@link VisitReport} as a PDF for the trial master file: the same sections as the workbook (summary,
 * actions, verified, findings, queries) as text on A4 pages, in the PDF standard fonts so that nothing has to be
 * embedded. Written to a temporary file next to the target and moved into place, like the workbook.
 */
public final class VisitReportPdf {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
	private static final float MARGIN = 50;
	private static final float SIZE = 9;
	private static final float LEADING = 12;

	private VisitReportPdf() {
	}

	public static void write(VisitReport report, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		if (directory != null && !Files.isDirectory(directory)) {
			throw new IOException("The folder " + directory + " does not exist");
		}
		Path temporary = Files.createTempFile(directory, ".visit-report", ".pdf");
		try {
			try (PDDocument document = new PDDocument()) {
				PDDocumentInformation info = document.getDocumentInformation();
				info.setTitle("Monitoring visit report, site " + report.siteCode());
				info.setAuthor(report.monitor());
				info.setCreator("Trialbench");
				Pages pages = new Pages(document);
				content(pages, report);
				pages.close();
				document.save(temporary.toFile());
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void content(Pages pages, VisitReport report) throws IOException {
		pages.title("Monitoring visit report: site " + report.siteCode()
				+ (report.siteName() == null ? "" : " " + report.siteName()));
		pages.line("Visit " + report.from() + " to " + report.to() + "; monitor " + report.monitor() + "; created "
				+ TIME.format(report.createdAt()) + " UTC");
		pages.heading("Summary");
		pages.line("Required by the SDV plan: " + report.required() + "; verified during the visit: "
				+ report.verified().size());
		for (SdvState state : SdvState.VALUES) {
			pages.line("  " + SdvTransitions.label(state) + ": " + report.stateCounts().getOrDefault(state, 0));
		}
		pages.line(String.format("SDV completion: %.1f%%", report.metrics().sdvCompletion() * 100));
		pages.line("Queries raised: " + report.raised().size() + "; closed: " + report.closed().size()
				+ "; unresolved: " + report.unresolved().size());
		pages.heading("Action items");
		for (String action : report.actions()) {
			pages.line("- " + action);
		}
		pages.heading("Verified during the visit (" + report.verified().size() + ")");
		rows(pages, report.verified());
		pages.heading("Findings: changed after verification (" + report.changedAfterVerification().size() + ")");
		rows(pages, report.changedAfterVerification());
		pages.heading("Findings: critical data still pending (" + report.pendingCritical().size() + ")");
		rows(pages, report.pendingCritical());
		pages.heading("Findings: overdue visits (" + report.overdueVisits().size() + ")");
		for (VisitHeader visit : report.overdueVisits()) {
			pages.line(visit.screeningNumber() + "  " + visit.visitOid() + "  planned " + visit.date());
		}
		queries(pages, "Queries raised during the visit", report.raised());
		queries(pages, "Queries closed during the visit", report.closed());
		queries(pages, "Unresolved queries", report.unresolved());
	}

	private static void rows(Pages pages, List<WorklistRow> rows) throws IOException {
		for (WorklistRow row : rows) {
			pages.line(row.value().screeningNumber() + "  " + row.visitName() + "  " + row.formName() + "  "
					+ row.itemName() + " = " + row.valueText() + "  (" + row.requirement().label() + ", "
					+ SdvTransitions.label(row.state())
					+ (row.value().verifiedAt() == null ? "" : " " + TIME.format(row.value().verifiedAt())) + ")");
		}
	}

	private static void queries(Pages pages, String title, List<QueryHeader> queries) throws IOException {
		pages.heading(title + " (" + queries.size() + ")");
		for (QueryHeader query : queries) {
			pages.line(query.screeningNumber() + "  " + query.itemOidOrField() + "  " + query.status().getLiteral()
					+ "  raised " + (query.raisedAt() == null ? "" : TIME.format(query.raisedAt()))
					+ (query.lastMessageText() == null ? "" : ": " + query.lastMessageText()));
		}
	}

	/** Text laid out top to bottom, a new A4 page when one is full; long lines are wrapped. */
	private static final class Pages {
		private final PDDocument document;
		private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		private PDPageContentStream stream;
		private float y;

		Pages(PDDocument document) {
			this.document = document;
		}

		void title(String text) throws IOException {
			write(text, bold, 14, 20);
		}

		void heading(String text) throws IOException {
			y -= 6;
			write(text, bold, 11, 16);
		}

		void line(String text) throws IOException {
			write(text, regular, SIZE, LEADING);
		}

		private void write(String text, PDType1Font font, float size, float leading) throws IOException {
			for (String part : wrap(printable(text), font, size)) {
				if (stream == null || y - leading < MARGIN) {
					newPage();
				}
				y -= leading;
				stream.beginText();
				stream.setFont(font, size);
				stream.newLineAtOffset(MARGIN, y);
				stream.showText(part);
				stream.endText();
			}
		}

		private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line = new StringBuilder("    " + word);
				} else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (stream != null) {
				stream.close();
				stream = null;
			}
		}

		/** The standard fonts know Latin-1 only: anything else is shown as '?' rather than failing the report. */
		private static String printable(String text) {
			StringBuilder out = new StringBuilder(text.length());
			for (char c : text.toCharArray()) {
				out.append(c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xFF ? c : c == '\t' ? ' ' : '?');
			}
			return out.toString();
		}
	}
}
