package org.trialbench.publication.statistics;

/** A two-sided confidence interval (both bounds included). */
public record Interval(double lower, double upper) {
	public boolean contains(double value) {
		return value >= lower && value <= upper;
	}
}
