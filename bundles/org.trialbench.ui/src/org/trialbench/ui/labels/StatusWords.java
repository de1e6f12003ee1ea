package org.trialbench.ui.labels;

import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.SubjectStatus;

/** How statuses read on screen: plain words instead of the model's camel-case literals. */
public final class StatusWords {
	private StatusWords() {
	}

	public static String of(SubjectStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
		case SCREENING -> "screening";
		case SCREEN_FAILED -> "screen failed";
		case RANDOMIZED -> "randomized";
		case WITHDRAWN -> "withdrawn";
		case COMPLETED -> "completed";
		case LOST_TO_FOLLOW_UP -> "lost to follow-up";
		};
	}

	public static String of(SdvState state) {
		if (state == null) {
			return "";
		}
		return switch (state) {
		case NOT_REQUIRED -> "not required";
		case PENDING -> "pending";
		case VERIFIED -> "verified";
		case CHANGED_SINCE_VERIFICATION -> "changed since verification";
		};
	}

	/** Empty for {@link MissingCode#NONE}: nothing is missing. */
	public static String of(MissingCode code) {
		return org.trialbench.model.status.MissingCodes.words(code);
	}

	public static String of(FormStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
		case NOT_STARTED -> "not started";
		case IN_PROGRESS -> "in progress";
		case COMPLETE -> "complete";
		case SIGNED -> "signed";
		case LOCKED -> "locked";
		};
	}
}
