package org.trialbench.safety.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.repository.AuditEntry;
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyWords;
import org.trialbench.safety.clock.ReportObligation;

/**
 * An individual case report of a serious adverse event in a CIOMS-I-like layout, as an .xlsx workbook: sheet
 * "CIOMS I" with the reaction information (I), the suspect study procedure (II), concomitant history (III, not
 * collected by this protocol) and the report administration (IV), and sheet "Versions" with every audited change of
 * the case (the initial report and its follow-ups).
 */
public final class CiomsReport {
	public static final String SHEET = "CIOMS I";
	public static final String VERSIONS = "Versions";

	private CiomsReport() {
	}

	public static void write(SafetyCase c, ReportVersions versions, String protocolName, ZoneId zone, Path target,
			Instant printedAt) throws IOException {
		AdverseEvent e = c.event();
		MeddraCoding coding = e.getCoding();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheets sheets = new Sheets(workbook, zone);
			Sheet sheet = workbook.createSheet(SHEET);
			int r = 0;
			sheets.label(sheet, r++, "SUSPECT ADVERSE REACTION REPORT (CIOMS I layout)", null);
			sheets.label(sheet, r++, "Study", protocolName);
			sheets.label(sheet, r++, "Report version", versions.count() <= 1 ? "initial"
					: "follow-up " + (versions.count() - 1) + " (version " + versions.count() + ")");
			r++;
			sheets.label(sheet, r++, "I. REACTION INFORMATION", null);
			sheets.label(sheet, r++, "1. Patient (subject)", c.screeningNumber());
			sheets.label(sheet, r++, "1a. Country", c.country());
			sheets.label(sheet, r++, "2. Age (years at consent)", c.age());
			sheets.label(sheet, r++, "3. Sex", c.sex());
			sheets.label(sheet, r++, "4-6. Reaction onset", e.getOnsetDate());
			sheets.label(sheet, r++, "7+13. Describe reaction(s)", e.getVerbatimTerm());
			sheets.label(sheet, r++, "MedDRA LLT", coding == null ? "not coded" : coding.getLltName() + " (" + coding.getLltCode() + ")");
			sheets.label(sheet, r++, "MedDRA PT", coding == null ? "" : coding.getPtName() + " (" + coding.getPtCode() + ")");
			sheets.label(sheet, r++, "MedDRA primary SOC", coding == null ? "" : coding.getSocName() + " (" + coding.getSocCode() + ")");
			sheets.label(sheet, r++, "MedDRA version", coding == null ? "" : coding.getDictionaryVersion());
			sheets.label(sheet, r++, "CTCAE v5 grade", e.getCtcaeGrade());
			sheets.label(sheet, r++, "ASGE severity", e.isSetAsgeSeverity() ? SafetyWords.of(e.getAsgeSeverity()) : "");
			sheets.label(sheet, r++, "AGREE grade", e.isSetAgreeGrade() ? SafetyWords.of(e.getAgreeGrade()) : "");
			sheets.label(sheet, r++, "8-12. Check all appropriate to adverse reaction", null);
			for (SeriousnessCriterion criterion : SeriousnessCriterion.VALUES) {
				sheets.label(sheet, r++, "  [" + (e.getSeriousnessCriteria().contains(criterion) ? "X" : " ") + "] "
						+ SafetyWords.of(criterion), null);
			}
			sheets.label(sheet, r++, "Outcome", e.isSetOutcome() ? SafetyWords.of(e.getOutcome()) : "");
			sheets.label(sheet, r++, "Resolution", e.isOngoing() ? "ongoing" : e.getResolutionDate());
			r++;
			sheets.label(sheet, r++, "II. SUSPECT STUDY PROCEDURE", null);
			sheets.label(sheet, r++, "14. Study procedure (arm)", c.armLabel());
			sheets.label(sheet, r++, "Relationship", e.isSetRelationship() ? SafetyWords.of(e.getRelationship()) : "");
			sheets.label(sheet, r++, "Action taken", e.isSetActionTaken() ? SafetyWords.of(e.getActionTaken()) : "");
			sheets.label(sheet, r++, "Expected (reference safety information)",
					e.getExpected() == null ? "not assessed" : e.getExpected() ? "yes" : "no");
			sheets.label(sheet, r++, "Treatment-emergent", e.isTreatmentEmergent() ? "yes" : "no");
			r++;
			sheets.label(sheet, r++, "III. CONCOMITANT DRUGS AND HISTORY", "not collected on this form");
			r++;
			sheets.label(sheet, r++, "IV. REPORT ADMINISTRATION", null);
			sheets.label(sheet, r++, "Site", c.siteCode());
			sheets.label(sheet, r++, "24b. Site aware", e.getAwareAt());
			sheets.label(sheet, r++, "24c. Reported to sponsor", e.getReportedToSponsorAt());
			sheets.label(sheet, r++, "Reported to authority", e.getReportedToAuthorityAt());
			for (ReportObligation o : c.obligations()) {
				sheets.label(sheet, r++, o.kind().label(), "due " + sheets.text(o.lastDay() != null ? o.lastDay() : o.deadline())
						+ ", " + o.state().label());
			}
			sheets.label(sheet, r++, "Printed", printedAt);
			sheet.setColumnWidth(0, 48 * 256);
			sheet.setColumnWidth(1, 60 * 256);

			Sheet history = workbook.createSheet(VERSIONS);
			sheets.header(history, 0, "Version", "Commit", "When", "Who", "Reason", "Changes");
			int v = 1;
			int row = 1;
			for (AuditEntry first : versions.versions()) {
				String changes = versions.entries().stream().filter(a -> a.commitId() == first.commitId())
						.map(a -> a.feature() + ": " + (a.oldValue() == null ? "" : a.oldValue() + " -> ")
								+ (a.newValue() == null ? "(none)" : a.newValue()))
						.collect(Collectors.joining("; "));
				sheets.row(history, row++, v++, first.commitId(), first.at(), first.username(), first.reason(), changes);
			}
			for (int i = 0; i < 6; i++) {
				history.setColumnWidth(i, (i == 5 ? 90 : 20) * 256);
			}
			sheets.save(target);
		}
	}
}
