package org.trialbench.enrolment;

import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.EligibilityCriterion;

/**
 * One line of the eligibility checklist: the protocol's criterion, whether it applies to the subject (null while
 * not assessed), and whether that answer keeps the subject eligible.
 */
public record CriterionAnswer(EligibilityCriterion criterion, Boolean met) {

	public boolean answered() {
		return met != null;
	}

	/** An inclusion criterion must be met, an exclusion criterion must not be. */
	public boolean passes() {
		if (met == null) {
			return false;
		}
		return criterion.getKind() == CriterionKind.EXCLUSION ? !met : met;
	}

	/** "I1 not met: Age 18 years or older at consent" or "E2 met: Pregnancy or breastfeeding". */
	public String failureText() {
		return criterion.getCode() + (met != null && met ? " met: " : " not met: ") + criterion.getText();
	}
}
