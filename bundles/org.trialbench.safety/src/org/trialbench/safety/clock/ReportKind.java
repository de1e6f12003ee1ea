package org.trialbench.safety.clock;

/** The reports a serious adverse event can owe. */
public enum ReportKind {
	/** The site's initial SAE report to the sponsor (hours from awareness; ICH E6: immediately, within 24 h). */
	SAE_INITIAL("SAE report to sponsor"),
	/** A suspected unexpected serious adverse reaction to the authorities (7 or 15 calendar days, ICH E2A). */
	SUSAR_INITIAL("SUSAR report to authority"),
	/** The follow-up of a fatal or life-threatening SUSAR (within 8 more calendar days). */
	SUSAR_FOLLOW_UP("SUSAR follow-up to authority");

	private final String label;

	ReportKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
