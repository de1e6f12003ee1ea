package org.trialbench.publication;

import java.util.Locale;

/** The analysis populations of the analysis plan, as the protocol defines them (AP.ITT, AP.PP, AP.SAFETY). */
public enum Population {
	ITT("Intention to treat", "all randomized subjects, analysed in the arm they were allocated to"),
	PP("Per protocol", "randomized subjects who received the allocated procedure as planned and were assessed at the "
			+ "primary time point (or had rescue treatment before it)"),
	SAFETY("Safety", "all subjects who underwent a study procedure, analysed by the procedure they received");

	private final String label;
	private final String definition;

	Population(String label, String definition) {
		this.label = label;
		this.definition = definition;
	}

	public String label() {
		return label;
	}

	public String definition() {
		return definition;
	}

	/** Parses ITT, PP or SAFETY (any case) for the command line; names the accepted values otherwise. */
	public static Population parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown population '" + text + "': use ITT, PP or safety", e);
		}
	}
}
