package org.trialbench.publication.statistics;

/** ln(n!) for n up to a bound, summed once so that hypergeometric probabilities stay exact in double range. */
final class LogFactorials {
	private final double[] values;

	LogFactorials(int max) {
		values = new double[max + 1];
		for (int i = 2; i <= max; i++) {
			values[i] = values[i - 1] + Math.log(i);
		}
	}

	double of(int n) {
		return values[n];
	}
}
