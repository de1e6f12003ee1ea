package org.trialbench.publication.statistics;

/** Upper tail of the chi-square distribution with one degree of freedom, through the complementary error function. */
public final class ChiSquare {

	private ChiSquare() {
	}

	/** P(X >= x) for X ~ chi-square(1). */
	public static double upperTailOneDf(double x) {
		if (x <= 0) {
			return 1;
		}
		return erfc(Math.sqrt(x / 2));
	}

	/**
	 * erfc for x >= 0: Taylor series of erf below 2.5, Lentz's continued fraction above, both to about 1e-15
	 * relative, so small p-values keep their digits.
	 */
	static double erfc(double x) {
		if (x < 0) {
			return 2 - erfc(-x);
		}
		if (x < 2.5) {
			double term = x;
			double sum = x;
			double x2 = x * x;
			for (int n = 1; n < 200; n++) {
				term *= -x2 / n;
				double add = term / (2 * n + 1);
				sum += add;
				if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
					break;
				}
			}
			return 1 - 2 / Math.sqrt(Math.PI) * sum;
		}
		// erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
		double tiny = 1e-300;
		double f = x;
		double c = x;
		double d = 0;
		for (int n = 1; n < 500; n++) {
			double an = n / 2.0;
			d = x + an * d;
			d = Math.abs(d) < tiny ? tiny : d;
			c = x + an / c;
			c = Math.abs(c) < tiny ? tiny : c;
			d = 1 / d;
			double delta = c * d;
			f *= delta;
			if (Math.abs(delta - 1) < 1e-16) {
				break;
			}
		}
		return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
	}
}
