package org.trialbench.monitoring;

/**
 * What a worklist row asks the monitor to verify: one item value of a CRF, a subject's consent record (date and
 * version against the signed consent form) or an adverse event (against the site's source documents). Consent and
 * adverse events are records, not CRF items, yet the plan's critical categories name them, so they are verified
 * like items, with the same SDV states.
 */
public enum SdvTarget {
	ITEM, CONSENT, ADVERSE_EVENT;

	/** Pseudo form OIDs under which the worklist files records, so that the form filter can pick them. */
	public static final String CONSENT_FORM = "(consent)";
	public static final String ADVERSE_EVENT_FORM = "(adverse event)";
}
