package org.trialbench.publication.statistics;

/**
 * Fisher's exact test of a 2x2 table [[a, b], [c, d]] (rows: groups, columns: event / no event). The two-sided
 * p-value sums the hypergeometric probabilities of all tables with the same margins that are no more likely than
 * the observed one, as R's fisher.test does (with the same relative tolerance of 1e-7 for ties).
 */
public final class FisherExact {

	private FisherExact() {
	}

	public static double twoSided(int a, int b, int c, int d) {
		if (a < 0 || b < 0 || c < 0 || d < 0) {
			throw new IllegalArgumentException("a 2x2 table needs counts >= 0");
		}
		int row1 = a + b;
		int col1 = a + c;
		int n = a + b + c + d;
		if (n == 0) {
			return 1;
		}
		LogFactorials lf = new LogFactorials(n);
		int min = Math.max(0, col1 - (n - row1));
		int max = Math.min(row1, col1);
		double observed = logProbability(a, row1, col1, n, lf);
		double limit = observed + Math.log1p(1e-7);
		double sum = 0;
		for (int x = min; x <= max; x++) {
			double logP = logProbability(x, row1, col1, n, lf);
			if (logP <= limit) {
				sum += Math.exp(logP);
			}
		}
		return Math.min(1, sum);
	}

	/** Hypergeometric log P(X = x) for x events in the first row. */
	private static double logProbability(int x, int row1, int col1, int n, LogFactorials lf) {
		int row2 = n - row1;
		int col2 = n - col1;
		return lf.of(row1) + lf.of(row2) + lf.of(col1) + lf.of(col2) - lf.of(n) - lf.of(x) - lf.of(row1 - x)
				- lf.of(col1 - x) - lf.of(row2 - col1 + x);
	}
}
