package org.trialbench.repository.jdbc.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.SdvState;

/**
 * A verified item value whose value or missing code changes is no longer verified: the store marks it
 * "changed since verification" in the same commit, so that no client can forget to, and audits that as an
 * automatic change. The same holds for a subject's consent record (consent date, version) and for what a site
 * reported of an adverse event. A commit that sets the SDV state itself is left as it is.
 */
final class SdvReopening {

	/** Per verified type, the features whose change re-opens its verification. */
	private static final Map<String, Set<String>> CLINICAL_FEATURES = Map.of(
			"ItemValue", Set.of("value", "missingCode"),
			"Subject", Set.of("consentDate", "consentVersion"),
			"AdverseEvent", Set.of("verbatimTerm", "onsetDate", "resolutionDate", "ongoing", "ctcaeGrade",
					"asgeSeverity", "agreeGrade", "serious", "seriousnessCriteria", "relationship", "actionTaken",
					"outcome", "awareAt"));
	private static final String VERIFIED = SdvState.VERIFIED.getLiteral();

	private SdvReopening() {
	}

	/** The automatic change of the SDV state, or null when this change does not re-open verification. */
	static CommitWriter.FeatureChange of(String type, Map<String, String> merged,
			List<CommitWriter.FeatureChange> effective) {
		Set<String> clinical = CLINICAL_FEATURES.get(type);
		if (clinical == null || !VERIFIED.equals(merged.get("sdvState"))) {
			return null;
		}
		boolean valueChanged = effective.stream().anyMatch(c -> clinical.contains(c.feature()));
		boolean sdvSetHere = effective.stream().anyMatch(c -> c.feature().equals("sdvState"));
		if (!valueChanged || sdvSetHere) {
			return null;
		}
		return new CommitWriter.FeatureChange("sdvState", VERIFIED, SdvState.CHANGED_SINCE_VERIFICATION.getLiteral());
	}

	static String reason(String commitReason) {
		return "verification re-opened automatically: the value changed after it was verified (" + commitReason + ")";
	}
}
