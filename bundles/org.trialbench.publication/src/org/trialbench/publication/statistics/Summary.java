package org.trialbench.publication.statistics;

import java.util.Arrays;
import java.util.Collection;

/**
 * Descriptive statistics of a continuous variable: n, mean, SD (n - 1 denominator), median and quartiles by
 * linear interpolation between order statistics (Hyndman–Fan type 7, R's default), minimum, maximum. Missing
 * values are not passed in; the caller counts them.
 */
public record Summary(int n, double mean, double sd, double median, double q1, double q3, double min, double max) {

	public static Summary of(Collection<Double> values) {
		return sorted(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
	}

	/** The summary of the first {@code n} values of the array, which is left unchanged. */
	public static Summary of(double[] values, int n) {
		double[] sorted = Arrays.copyOf(values, n);
		Arrays.sort(sorted);
		return sorted(sorted);
	}

	private static Summary sorted(double[] sorted) {
		int n = sorted.length;
		if (n == 0) {
			return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		double mean = Arrays.stream(sorted).sum() / n;
		double squares = 0;
		for (double v : sorted) {
			squares += (v - mean) * (v - mean);
		}
		double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
		return new Summary(n, mean, sd, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
				sorted[0], sorted[n - 1]);
	}

	static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(sorted.length - 1, lo + 1);
		return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
	}
}
