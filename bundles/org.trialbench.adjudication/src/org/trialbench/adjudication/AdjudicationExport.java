package org.trialbench.adjudication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * Adjudication results for the analysis: one row per case with the final decision and how it was reached, the two
 * independent reviews and the round-2 decisions, each with whether its signature still matches. Written as CSV
 * (UTF-8, RFC 4180 quoting) or .xlsx, chosen by the file name; a second sheet of the workbook holds the agreement.
 */
public final class AdjudicationExport {

	public static final List<String> COLUMNS = List.of("case_id", "subject", "site", "endpoint", "status",
			"final_decision", "resolution", "created_at", "closed_at", "review1_adjudicator", "review1_decision",
			"review1_signed_at", "review1_signature_valid", "review2_adjudicator", "review2_decision", "review2_signed_at",
			"review2_signature_valid", "round2_decisions", "corrections");

	private final List<List<String>> rows = new ArrayList<>();
	private final Agreement agreement;

	public AdjudicationExport(TrialSession session) throws StoreException {
		Map<String, SubjectHeader> subjects = new HashMap<>();
		session.subjects(SubjectFilter.all()).forEach(h -> subjects.put(h.id(), h));
		AdjudicationSettings settings = session.protocol().getAdjudicationSettings();
		List<AdjudicationCase> cases = session.adjudicationCases();
		for (AdjudicationCase adjudicationCase : cases) {
			rows.add(row(adjudicationCase, subjects, settings));
		}
		agreement = Agreement.of(cases, settings);
	}

	public List<List<String>> rows() {
		return rows;
	}

	public Agreement agreement() {
		return agreement;
	}

	private static List<String> row(AdjudicationCase c, Map<String, SubjectHeader> subjects,
			AdjudicationSettings settings) {
		SubjectHeader subject = c.getSubject() == null ? null : subjects.get(c.getSubject().getId());
		List<String> row = new ArrayList<>();
		row.add(c.getId());
		row.add(subject == null ? (c.getSubject() == null ? "" : c.getSubject().getId()) : subject.screeningNumber());
		row.add(subject == null || subject.siteCode() == null ? "" : subject.siteCode());
		row.add(c.getEndpoint() == null ? "" : c.getEndpoint().getOid());
		row.add(c.getStatus() == null ? "" : c.getStatus().getLiteral());
		row.add(c.isSetFinalDecision() ? c.getFinalDecision().getLiteral() : "");
		row.add(c.isSetResolution() ? c.getResolution().getLiteral() : "");
		row.add(c.getCreatedAt() == null ? "" : c.getCreatedAt().toString());
		row.add(c.getClosedAt() == null ? "" : c.getClosedAt().toString());
		List<AdjudicationReview> first = CaseProgress.independentReviews(c, settings);
		for (int i = 0; i < 2; i++) {
			AdjudicationReview review = i < first.size() ? first.get(i) : null;
			row.add(review == null ? "" : review.getAdjudicator().getUsername() != null
					? review.getAdjudicator().getUsername() : review.getAdjudicator().getId());
			row.add(review == null ? "" : review.getDecision().getLiteral());
			row.add(review == null || review.getSubmittedAt() == null ? "" : review.getSubmittedAt().toString());
			row.add(review == null ? "" : Boolean.toString(ReviewSignature.verifies(c.getId(), review)));
		}
		List<String> second = new ArrayList<>();
		for (AdjudicationReview review : EffectiveReviews.of(c, 2)) {
			second.add(review.getAdjudicator().getUsername() + "=" + review.getDecision().getLiteral());
		}
		row.add(String.join("; ", second));
		row.add(Integer.toString(EffectiveReviews.superseded(c).size()));
		return row;
	}

	/** Writes to a .csv or .xlsx file (through a temporary file, so a failure leaves no half-written export). */
	public void write(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean xlsx = name.endsWith(".xlsx");
		if (!xlsx && !name.endsWith(".csv")) {
			throw new IOException("The export file " + file + " must end in .csv or .xlsx");
		}
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, ".adjudication", xlsx ? ".xlsx" : ".csv");
		try {
			if (xlsx) {
				try (OutputStream out = Files.newOutputStream(temporary)) {
					writeXlsx(out);
				}
			} else {
				try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
					writeCsv(out);
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	void writeCsv(Writer out) throws IOException {
		out.write(csvLine(COLUMNS));
		for (List<String> row : rows) {
			out.write(csvLine(row));
		}
	}

	private static String csvLine(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
			quoted.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		return String.join(",", quoted) + "\r\n";
	}

	void writeXlsx(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet("Adjudication");
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(COLUMNS.get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			sheet.createFreezePane(0, 1);
			Sheet stats = workbook.createSheet("Agreement");
			String[][] lines = { { "cases with two independent reviews", Integer.toString(agreement.cases()) },
					{ "agreed", Integer.toString(agreement.agreed()) } };
			int r = 0;
			for (String[] line : lines) {
				Row row = stats.createRow(r++);
				row.createCell(0).setCellValue(line[0]);
				row.createCell(1).setCellValue(Integer.parseInt(line[1]));
			}
			Row percent = stats.createRow(r++);
			percent.createCell(0).setCellValue("percent agreement");
			if (agreement.cases() > 0) {
				percent.createCell(1).setCellValue(agreement.percentAgreement());
			}
			Row kappa = stats.createRow(r);
			kappa.createCell(0).setCellValue("Cohen's kappa");
			if (agreement.cases() > 0) {
				kappa.createCell(1).setCellValue(agreement.kappa());
			}
			stats.setColumnWidth(0, 40 * 256);
			workbook.write(out);
		}
	}
}
