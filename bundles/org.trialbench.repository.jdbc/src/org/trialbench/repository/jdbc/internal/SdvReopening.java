package org.trialbench.repository.jdbc.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.SdvState;

/**
 * A verified item value whose value or missing code changes is no longer verified: the store marks it
 * "changed since verification" in the same commit, so that no client can forget to, and audits that as an
 * automatic change. A commit that sets the SDV state itself is left as it is.
 */
final class SdvReopening {

	private static final Set<String> CLINICAL_FEATURES = Set.of("value", "missingCode");
	private static final String VERIFIED = SdvState.VERIFIED.getLiteral();

	private SdvReopening() {
	}

	/** The automatic change of the SDV state, or null when this change does not re-open verification. */
	static CommitWriter.FeatureChange of(String type, Map<String, String> merged,
			List<CommitWriter.FeatureChange> effective) {
		if (!type.equals("ItemValue") || !VERIFIED.equals(merged.get("sdvState"))) {
			return null;
		}
		boolean valueChanged = effective.stream().anyMatch(c -> CLINICAL_FEATURES.contains(c.feature()));
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
