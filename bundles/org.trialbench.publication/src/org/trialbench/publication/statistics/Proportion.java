package org.trialbench.publication.statistics;

/**
 * Events out of a denominator, with its Wilson score interval (Wilson 1927), which stays inside [0, 1] and
 * behaves at zero and all events, unlike the Wald interval. An empty denominator has no estimate.
 */
public record Proportion(int events, int total) {

	/** The normal quantile for a two-sided 95% interval, qnorm(0.975). */
	public static final double Z95 = 1.959963984540054;

	public Proportion {
		if (total < 0 || events < 0 || events > total) {
			throw new IllegalArgumentException("a proportion needs 0 <= events <= total, not " + events + "/" + total);
		}
	}

	public boolean estimable() {
		return total > 0;
	}

	public double estimate() {
		if (!estimable()) {
			throw new IllegalStateException("no proportion of an empty denominator");
		}
		return (double) events / total;
	}

	public Interval wilson() {
		return wilson(Z95);
	}

	public Interval wilson(double z) {
		if (!estimable()) {
			throw new IllegalStateException("no interval of an empty denominator");
		}
		double n = total;
		double p = estimate();
		double z2 = z * z;
		double centre = 2 * events + z2;
		double spread = z * Math.sqrt(z2 + 4 * events * (1 - p));
		double denominator = 2 * (n + z2);
		// exact bounds at the edges: rounding must not give -1e-17 or 1.0000000000000002
		double lower = events == 0 ? 0 : (centre - spread) / denominator;
		double upper = events == total ? 1 : (centre + spread) / denominator;
		return new Interval(lower, upper);
	}
}
