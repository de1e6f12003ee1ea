package org.trialbench.safety;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * Consistency of seriousness (ICH E2A), grades and outcome: an event is serious exactly when it meets at least one
 * criterion the protocol collects; death as a criterion goes with a fatal outcome and the fatal grade of each scale;
 * grades only on the scales the protocol uses. Date order (resolution before onset) is the model validator's.
 */
public final class SeriousnessRules {
	private SeriousnessRules() {
	}

	/** The serious flag that follows from the criteria met. */
	public static boolean serious(AdverseEvent event) {
		return !event.getSeriousnessCriteria().isEmpty();
	}

	public static List<SafetyFinding> check(AdverseEvent event, AdverseEventSettings settings) {
		List<SafetyFinding> findings = new ArrayList<>();
		boolean death = event.getSeriousnessCriteria().contains(SeriousnessCriterion.DEATH);
		boolean fatalOutcome = event.isSetOutcome() && event.getOutcome() == AeOutcome.FATAL;
		if (event.isSerious() && event.getSeriousnessCriteria().isEmpty()) {
			findings.add(error("seriousnessCriteria", "a serious event names the criteria it meets (death, "
					+ "life-threatening, hospitalization, disability, congenital anomaly, important medical event)"));
		}
		if (!event.isSerious() && !event.getSeriousnessCriteria().isEmpty()) {
			findings.add(error("serious", "the event meets " + event.getSeriousnessCriteria()
					+ " and is therefore serious"));
		}
		if (settings != null && !settings.getSeriousnessCriteria().isEmpty()) {
			for (SeriousnessCriterion criterion : event.getSeriousnessCriteria()) {
				if (!settings.getSeriousnessCriteria().contains(criterion)) {
					findings.add(error("seriousnessCriteria", "the protocol does not collect the criterion " + criterion));
				}
			}
		}
		if (death && !fatalOutcome) {
			findings.add(error("outcome", "the event resulted in death, so its outcome is fatal"));
		}
		if (fatalOutcome && !death) {
			findings.add(error("seriousnessCriteria", "a fatal event meets the seriousness criterion death"));
		}
		Integer grade = event.getCtcaeGrade();
		if (grade != null && (grade < 1 || grade > 5)) {
			findings.add(error("ctcaeGrade", "CTCAE v5 grades are 1 to 5, not " + grade));
		}
		if (grade != null && grade == 5 && !fatalOutcome) {
			findings.add(error("ctcaeGrade", "CTCAE grade 5 is death; the outcome must be fatal"));
		}
		if (fatalOutcome && grade != null && grade != 5) {
			findings.add(error("ctcaeGrade", "a fatal event has CTCAE grade 5, not " + grade));
		}
		if (grade != null && grade == 4 && !event.isSerious()) {
			findings.add(warning("serious", "CTCAE grade 4 (life-threatening consequences): check whether the event "
					+ "is serious"));
		}
		if (event.isSetAsgeSeverity()) {
			AsgeSeverity asge = event.getAsgeSeverity();
			if ((asge == AsgeSeverity.FATAL) != death) {
				findings.add(error("asgeSeverity", asge == AsgeSeverity.FATAL ? "ASGE fatal needs the criterion death"
						: "an event that resulted in death is ASGE fatal"));
			}
			if ((asge == AsgeSeverity.MODERATE || asge == AsgeSeverity.SEVERE) && !event.isSerious()) {
				findings.add(warning("serious", "ASGE " + asge + " means unplanned hospital nights, ICU or surgery: "
						+ "check hospitalization as a seriousness criterion"));
			}
		}
		if (event.isSetAgreeGrade() && (event.getAgreeGrade() == AgreeGrade.GRADE_V) != death) {
			findings.add(error("agreeGrade", event.getAgreeGrade() == AgreeGrade.GRADE_V
					? "AGREE grade V (death) needs the criterion death" : "an event that resulted in death is AGREE grade V"));
		}
		if (settings != null && !settings.getGradingScales().isEmpty()) {
			scale(findings, settings, GradingScale.CTCAE_V5, grade != null, "ctcaeGrade");
			scale(findings, settings, GradingScale.ASGE, event.isSetAsgeSeverity(), "asgeSeverity");
			scale(findings, settings, GradingScale.AGREE, event.isSetAgreeGrade(), "agreeGrade");
		}
		if (event.isOngoing() && event.getResolutionDate() != null) {
			findings.add(error("ongoing", "an ongoing event has no resolution date"));
		}
		if (event.isSerious() && event.getAwareAt() == null) {
			findings.add(error("awareAt", "a serious event needs the date and time the site became aware (it starts "
					+ "the reporting clock)"));
		}
		return findings;
	}

	private static void scale(List<SafetyFinding> findings, AdverseEventSettings settings, GradingScale scale,
			boolean graded, String field) {
		if (graded && !settings.getGradingScales().contains(scale)) {
			findings.add(error(field, "the protocol does not grade on the " + scale + " scale"));
		}
	}

	private static SafetyFinding error(String field, String message) {
		return new SafetyFinding(true, field, message);
	}

	private static SafetyFinding warning(String field, String message) {
		return new SafetyFinding(false, field, message);
	}
}
