package org.trialbench.bench;

import java.util.Locale;

/**
 * What a benchmark should reach. Time ratios compare medians (product / floor, lower is better); throughput ratios
 * compare the same work done per second (floor time / product time, higher is better); absolute goals compare the
 * product's median with a number of milliseconds.
 */
public record Goal(Kind kind, double limit) {

	public enum Kind {
		/** product median / floor median must not exceed the limit */
		TIME_RATIO_AT_MOST,
		/** product throughput / floor throughput (= floor median / product median) must reach the limit */
		THROUGHPUT_RATIO_AT_LEAST,
		/** product median must stay below the limit in milliseconds */
		MILLIS_BELOW
	}

	public static Goal timeRatioAtMost(double limit) {
		return new Goal(Kind.TIME_RATIO_AT_MOST, limit);
	}

	public static Goal throughputRatioAtLeast(double limit) {
		return new Goal(Kind.THROUGHPUT_RATIO_AT_LEAST, limit);
	}

	public static Goal millisBelow(double limit) {
		return new Goal(Kind.MILLIS_BELOW, limit);
	}

	/** The figure the goal is about: the ratio for ratio goals, the product median for absolute goals. */
	public double figure(double productMedianMillis, double floorMedianMillis) {
		return switch (kind) {
		case TIME_RATIO_AT_MOST -> productMedianMillis / floorMedianMillis;
		case THROUGHPUT_RATIO_AT_LEAST -> floorMedianMillis / productMedianMillis;
		case MILLIS_BELOW -> productMedianMillis;
		};
	}

	public boolean met(double figure) {
		return switch (kind) {
		case TIME_RATIO_AT_MOST -> figure <= limit;
		case THROUGHPUT_RATIO_AT_LEAST -> figure >= limit;
		case MILLIS_BELOW -> figure < limit;
		};
	}

	public String describe() {
		return switch (kind) {
		case TIME_RATIO_AT_MOST -> "<= " + Figures.ratio(limit) + " time";
		case THROUGHPUT_RATIO_AT_LEAST -> ">= " + Figures.ratio(limit) + " throughput";
		case MILLIS_BELOW -> String.format(Locale.ROOT, "< %.0f ms", limit);
		};
	}
}
