package org.trialbench.publication.statistics;

/**
 * The difference of two independent proportions p1 - p2 with Newcombe's hybrid score interval (Newcombe 1998,
 * Stat Med 17:873, method 10), which combines the two Wilson intervals; it is the interval the analysis plan names
 * for the primary outcome and stays sensible with zero or all events.
 */
public record RiskDifference(Proportion first, Proportion second, double estimate, Interval interval) {

	public static boolean estimable(Proportion first, Proportion second) {
		return first.estimable() && second.estimable();
	}

	/** @throws IllegalStateException when either group is empty (say "not estimable" instead) */
	public static RiskDifference newcombe(Proportion first, Proportion second) {
		if (!estimable(first, second)) {
			throw new IllegalStateException("no risk difference when a group is empty: " + first.events() + "/"
					+ first.total() + " vs " + second.events() + "/" + second.total());
		}
		double p1 = first.estimate();
		double p2 = second.estimate();
		Interval w1 = first.wilson();
		Interval w2 = second.wilson();
		double d = p1 - p2;
		double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
		double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
		return new RiskDifference(first, second, d, new Interval(Math.max(-1, lower), Math.min(1, upper)));
	}

	private static double square(double x) {
		return x * x;
	}
}
