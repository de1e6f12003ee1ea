package org.trialbench.safety;

import java.util.List;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Subject;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportObligation;
import org.trialbench.safety.clock.ReportingClock;

/**
 * An adverse event with what the safety desk needs around it: the subject, the site, the arm (null when the user is
 * blinded to it) and the reports it owes.
 */
public record SafetyCase(AdverseEvent event, String subjectId, String screeningNumber, String siteCode,
		String country, String sex, Integer age, String arm, List<ReportObligation> obligations) {

	/** Shown in place of the arm to blinded users. */
	public static final String BLINDED = "(blinded)";

	public static SafetyCase of(Subject subject, AdverseEvent event, ReportingClock clock) {
		String arm = subject.getAllocation() != null && subject.getAllocation().getArm() != null
				? subject.getAllocation().getArm().getName() : null;
		return new SafetyCase(event, subject.getId(), subject.getScreeningNumber(),
				subject.getSite() != null ? subject.getSite().getCode() : null,
				subject.getSite() != null ? subject.getSite().getCountry() : null,
				subject.getSex() != null ? subject.getSex().getLiteral() : null, subject.getAgeAtConsent(), arm,
				clock.obligations(event));
	}

	public String armLabel() {
		return arm != null ? arm : BLINDED;
	}

	public String term() {
		return event.getCoding() != null && event.getCoding().getPtName() != null ? event.getCoding().getPtName()
				: event.getVerbatimTerm();
	}

	public boolean susar() {
		return ReportingClock.isSusar(event);
	}

	/** The worst state of the reports still owed, or of those sent; null when the event owes none. */
	public ClockState worstState() {
		ClockState worst = null;
		for (ReportObligation obligation : obligations) {
			if (worst == null || rank(obligation.state()) > rank(worst)) {
				worst = obligation.state();
			}
		}
		return worst;
	}

	private static int rank(ClockState state) {
		return switch (state) {
		case OVERDUE -> 3;
		case DUE -> 2;
		case SUBMITTED_LATE -> 1;
		case SUBMITTED -> 0;
		};
	}
}
