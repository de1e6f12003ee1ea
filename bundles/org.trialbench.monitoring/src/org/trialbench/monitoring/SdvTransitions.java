package org.trialbench.monitoring;

import org.trialbench.clinical.SdvState;

/**
 * How an item value's verification state moves. A monitor verifies a value that waits for it (pending, changed
 * since verification) or, going beyond the plan, one that needs none; a verified value is not verified twice. A
 * change of a verified value re-opens it: the store does that itself in the commit that changes the value.
 */
public final class SdvTransitions {

	private SdvTransitions() {
	}

	/** The state after a monitor's verification; refuses a value that is verified already. */
	public static SdvState verify(SdvState current) {
		if (current == SdvState.VERIFIED) {
			throw new IllegalStateException("The value is verified already");
		}
		return SdvState.VERIFIED;
	}

	/** The state after the value itself changed. */
	public static SdvState afterValueChange(SdvState current) {
		return current == SdvState.VERIFIED ? SdvState.CHANGED_SINCE_VERIFICATION : current;
	}

	/** Words for lists and reports. */
	public static String label(SdvState state) {
		return switch (state) {
		case NOT_REQUIRED -> "not required";
		case PENDING -> "pending";
		case VERIFIED -> "verified";
		case CHANGED_SINCE_VERIFICATION -> "changed after verification";
		};
	}
}
