package org.trialbench.model.status;

import org.trialbench.clinical.MissingCode;

/** How a missing code reads to a person, wherever it is shown (screens, reports): words, not the model's literal. */
public final class MissingCodes {

	private MissingCodes() {
	}

	/** Empty for {@link MissingCode#NONE} and for null: nothing is missing. */
	public static String words(MissingCode code) {
		if (code == null) {
			return "";
		}
		return switch (code) {
		case NONE -> "";
		case NOT_DONE -> "not done";
		case NOT_APPLICABLE -> "not applicable";
		case UNKNOWN -> "unknown";
		};
	}
}
