package org.trialbench.safety.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.repository.AuditEntry;
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyWords;
import org.trialbench.safety.clock.ReportKind;
import org.trialbench.safety.clock.ReportObligation;

/**
 * The SAE line listing as an .xlsx workbook: one row per serious adverse event with its coding, seriousness,
 * causality, expectedness, reporting clocks and report version (from the audit trail). The arm column shows
 * "(blinded)" to users who may not see allocations.
 */
public final class SaeLineListing {
	public static final String SHEET = "SAE line listing";
	public static final List<String> COLUMNS = List.of("Subject", "Site", "Arm", "Verbatim term", "LLT", "PT",
			"Primary SOC", "MedDRA version", "Onset", "Resolution", "Ongoing", "CTCAE grade", "ASGE", "AGREE",
			"Seriousness criteria", "Relationship", "Expected", "SUSAR", "Outcome", "Treatment-emergent", "Aware",
			"Sponsor report due", "Sponsor report sent", "Sponsor report state", "Authority report due",
			"Authority report sent", "Authority report state", "Report version", "Last changed", "Last changed by");

	private SaeLineListing() {
	}

	/**
	 * @param versions the audit history of each case, by event id
	 */
	public static void write(List<SafetyCase> cases, Map<String, ReportVersions> versions, ZoneId zone, Path target)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheets sheets = new Sheets(workbook, zone);
			Sheet sheet = workbook.createSheet(SHEET);
			sheets.header(sheet, 0, COLUMNS.toArray(String[]::new));
			int r = 1;
			for (SafetyCase c : cases) {
				AdverseEvent e = c.event();
				if (!e.isSerious()) {
					continue;
				}
				MeddraCoding coding = e.getCoding();
				ReportObligation sponsor = find(c, ReportKind.SAE_INITIAL);
				ReportObligation authority = find(c, ReportKind.SUSAR_INITIAL);
				ReportVersions history = versions.getOrDefault(e.getId(), new ReportVersions(List.of()));
				AuditEntry latest = history.latest();
				List<Object> values = new ArrayList<>(List.of(c.screeningNumber(), nz(c.siteCode()), c.armLabel(),
						nz(e.getVerbatimTerm())));
				values.add(coding == null ? "" : coding.getLltName() + " (" + coding.getLltCode() + ")");
				values.add(coding == null ? "" : coding.getPtName() + " (" + coding.getPtCode() + ")");
				values.add(coding == null ? "" : coding.getSocName() + " (" + coding.getSocCode() + ")");
				values.add(coding == null ? "" : nz(coding.getDictionaryVersion()));
				values.add(e.getOnsetDate());
				values.add(e.getResolutionDate());
				values.add(e.isOngoing() ? "yes" : "no");
				values.add(e.getCtcaeGrade());
				values.add(e.isSetAsgeSeverity() ? SafetyWords.of(e.getAsgeSeverity()) : "");
				values.add(e.isSetAgreeGrade() ? SafetyWords.of(e.getAgreeGrade()) : "");
				values.add(String.join(", ", e.getSeriousnessCriteria().stream().map(SafetyWords::of).toList()));
				values.add(e.isSetRelationship() ? SafetyWords.of(e.getRelationship()) : "");
				values.add(e.getExpected() == null ? "not assessed" : e.getExpected() ? "yes" : "no");
				values.add(c.susar() ? "yes" : "no");
				values.add(e.isSetOutcome() ? SafetyWords.of(e.getOutcome()) : "");
				values.add(e.isTreatmentEmergent() ? "yes" : "no");
				values.add(e.getAwareAt());
				values.add(sponsor == null ? null : sponsor.deadline());
				values.add(sponsor == null ? null : sponsor.submitted());
				values.add(sponsor == null ? "" : sponsor.state().label());
				values.add(authority == null ? null : authority.lastDay());
				values.add(authority == null ? null : authority.submitted());
				values.add(authority == null ? "" : authority.state().label());
				values.add(history.count());
				values.add(latest == null ? null : latest.at());
				values.add(latest == null ? "" : latest.username());
				sheets.row(sheet, r++, values.toArray());
			}
			sheet.createFreezePane(1, 1);
			for (int i = 0; i < COLUMNS.size(); i++) {
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheets.save(target);
		}
	}

	static ReportObligation find(SafetyCase c, ReportKind kind) {
		return c.obligations().stream().filter(o -> o.kind() == kind).findFirst().orElse(null);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
