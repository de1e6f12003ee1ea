package org.trialbench.monitoring;

import org.trialbench.protocol.CriticalCategory;

/**
 * What the risk-based SDV plan requires of one item value: full verification because it is critical (with the
 * critical category, or none for an item the protocol marks critical by itself), verification because its form was
 * drawn in the sample, or nothing (not drawn, or derived and so never typed).
 */
public record SdvRequirement(Kind kind, CriticalCategory category) {

	public enum Kind {
		CRITICAL("critical (100%)"), SAMPLED("sampled"), NOT_SAMPLED("not sampled"), DERIVED("derived, not verified");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public static final SdvRequirement SAMPLED = new SdvRequirement(Kind.SAMPLED, null);
	public static final SdvRequirement NOT_SAMPLED = new SdvRequirement(Kind.NOT_SAMPLED, null);
	public static final SdvRequirement DERIVED = new SdvRequirement(Kind.DERIVED, null);

	public static SdvRequirement critical(CriticalCategory category) {
		return new SdvRequirement(Kind.CRITICAL, category);
	}

	public boolean required() {
		return kind == Kind.CRITICAL || kind == Kind.SAMPLED;
	}

	/** For lists: "critical: primary endpoint", "sampled", ... */
	public String label() {
		if (kind == Kind.CRITICAL && category != null) {
			// the literal is camel case (seriousAdverseEvents): words read better in a list
			return "critical: " + category.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		}
		return kind.label();
	}
}
