package org.trialbench.publication.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Tipping-point analysis of a binary outcome with missing values in two arms, by the primary analysis' test
 * (Fisher's exact test, two-sided). Of the first arm's {@code missingFirst} subjects without the outcome, {@code i}
 * are counted as successes and the rest as failures; of the second arm's {@code missingSecond}, {@code j}. For
 * every {@code j} from 0 to {@code missingSecond} the exact boundary in {@code i} is found: the values of {@code i}
 * for which the comparison is significant in favour of the second arm (the lowest ones), not significant, or
 * significant in favour of the first arm (the highest ones).
 * <p>
 * With {@code j} fixed, a larger {@code i} only raises the first arm's proportion, so the three regions are
 * intervals in that order; the boundaries also move up with {@code j}. The search walks them: about
 * {@code missingFirst + missingSecond} exact tests instead of every combination, each a sum of hypergeometric
 * probabilities with the same factorial table (every table has all subjects, so the same grand total). The tests
 * check every boundary against R's {@code fisher.test} on every combination of generated trials.
 */
public final class TippingPoint {

	/** The conclusion of one combination. */
	public enum Conclusion {
		/** p below alpha with the first arm's proportion the higher one. */
		FIRST_BETTER,
		/** p at or above alpha. */
		NOT_SIGNIFICANT,
		/** p below alpha with the second arm's proportion the higher one. */
		SECOND_BETTER
	}

	/**
	 * The boundary at one {@code j}: the second arm's favoured region is {@code i <= lastSecondBetter} (-1 when
	 * empty), the first arm's {@code i >= firstFirstBetter} ({@code missingFirst + 1} when empty), the rest is not
	 * significant.
	 */
	public record Boundary(int j, int lastSecondBetter, int firstFirstBetter) {
	}

	private final int successesFirst;
	private final int totalFirst;
	private final int missingFirst;
	private final int successesSecond;
	private final int totalSecond;
	private final int missingSecond;
	private final double alpha;
	private final LogFactorials factorials;
	private final List<Boundary> boundaries;
	private int tests;

	/**
	 * @param successesFirst successes among the first arm's subjects with the outcome
	 * @param assessedFirst  the first arm's subjects with the outcome
	 * @param missingFirst   the first arm's subjects without it
	 */
	public static TippingPoint of(int successesFirst, int assessedFirst, int missingFirst, int successesSecond,
			int assessedSecond, int missingSecond, double alpha) {
		return new TippingPoint(successesFirst, assessedFirst, missingFirst, successesSecond, assessedSecond,
				missingSecond, alpha);
	}

	private TippingPoint(int successesFirst, int assessedFirst, int missingFirst, int successesSecond,
			int assessedSecond, int missingSecond, double alpha) {
		if (successesFirst < 0 || successesFirst > assessedFirst || successesSecond < 0
				|| successesSecond > assessedSecond || missingFirst < 0 || missingSecond < 0) {
			throw new IllegalArgumentException("a tipping point needs 0 <= successes <= assessed and missing >= 0, "
					+ "not " + successesFirst + "/" + assessedFirst + " + " + missingFirst + " and " + successesSecond
					+ "/" + assessedSecond + " + " + missingSecond);
		}
		this.successesFirst = successesFirst;
		this.totalFirst = assessedFirst + missingFirst;
		this.missingFirst = missingFirst;
		this.successesSecond = successesSecond;
		this.totalSecond = assessedSecond + missingSecond;
		this.missingSecond = missingSecond;
		this.alpha = alpha;
		this.factorials = new LogFactorials(totalFirst + totalSecond);
		this.boundaries = walk();
	}

	private List<Boundary> walk() {
		List<Boundary> result = new ArrayList<>();
		if (totalFirst == 0 || totalSecond == 0) {
			return result;
		}
		int second = -1; // last i in favour of the second arm
		int first = 0; // first i in favour of the first arm
		for (int j = 0; j <= missingSecond; j++) {
			// both boundaries only move up with j; stepping back down as well keeps the result exact when they
			// do not
			while (second + 1 <= missingFirst && conclusion(second + 1, j) == Conclusion.SECOND_BETTER) {
				second++;
			}
			while (second >= 0 && conclusion(second, j) != Conclusion.SECOND_BETTER) {
				second--;
			}
			first = Math.max(first, second + 1);
			while (first <= missingFirst && conclusion(first, j) != Conclusion.FIRST_BETTER) {
				first++;
			}
			while (first - 1 > second && conclusion(first - 1, j) == Conclusion.FIRST_BETTER) {
				first--;
			}
			result.add(new Boundary(j, second, first));
		}
		return result;
	}

	/** The boundary for every {@code j} from 0 to the second arm's missing, in order (empty without subjects). */
	public List<Boundary> boundaries() {
		return boundaries;
	}

	public int missingFirst() {
		return missingFirst;
	}

	public int missingSecond() {
		return missingSecond;
	}

	public double alpha() {
		return alpha;
	}

	/** How many exact tests the boundaries took (the walk's cost; every combination would be (mA+1)(mB+1)). */
	public int tests() {
		return tests;
	}

	/** The conclusion with {@code i} of the first arm's and {@code j} of the second arm's missing as successes. */
	public Conclusion conclusion(int i, int j) {
		double p = pValue(i, j);
		if (p >= alpha) {
			return Conclusion.NOT_SIGNIFICANT;
		}
		return riskDifference(i, j) > 0 ? Conclusion.FIRST_BETTER
				: riskDifference(i, j) < 0 ? Conclusion.SECOND_BETTER : Conclusion.NOT_SIGNIFICANT;
	}

	/** First arm's minus second arm's proportion of successes (a fraction) in one combination. */
	public double riskDifference(int i, int j) {
		check(i, j);
		// compared as integers so that equal proportions are exactly zero
		long cross = (long) (successesFirst + i) * totalSecond - (long) (successesSecond + j) * totalFirst;
		return cross == 0 ? 0 : (double) (successesFirst + i) / totalFirst - (double) (successesSecond + j) / totalSecond;
	}

	/**
	 * Fisher's exact two-sided p of one combination, as R's {@code fisher.test}: the probabilities of all tables
	 * with the same margins no more likely than this one (relative tolerance 1e-7), summed outwards from the mode
	 * until a term is below e^-40 of the observed probability (the rest cannot change a printed digit).
	 */
	public double pValue(int i, int j) {
		check(i, j);
		tests++;
		int n1 = totalFirst;
		int n = totalFirst + totalSecond;
		int k = successesFirst + i + successesSecond + j;
		int a = successesFirst + i;
		int min = Math.max(0, k - totalSecond);
		int max = Math.min(n1, k);
		double constant = factorials.of(n1) + factorials.of(n - n1) + factorials.of(k) + factorials.of(n - k)
				- factorials.of(n);
		double observed = logProbability(a, n1, n, k, constant);
		double limit = observed + Math.log1p(1e-7);
		double negligible = observed - 40;
		int mode = (int) Math.floor((double) (n1 + 1) * (k + 1) / (n + 2));
		mode = Math.max(min, Math.min(max, mode));
		double sum = 0;
		for (int x = mode; x >= min; x--) {
			double logP = logProbability(x, n1, n, k, constant);
			if (logP <= limit) {
				sum += Math.exp(logP);
			}
			if (logP < negligible && x < mode) {
				break;
			}
		}
		for (int x = mode + 1; x <= max; x++) {
			double logP = logProbability(x, n1, n, k, constant);
			if (logP <= limit) {
				sum += Math.exp(logP);
			}
			if (logP < negligible) {
				break;
			}
		}
		return Math.min(1, sum);
	}

	private double logProbability(int x, int n1, int n, int k, double constant) {
		return constant - factorials.of(x) - factorials.of(n1 - x) - factorials.of(k - x)
				- factorials.of(n - n1 - k + x);
	}

	private void check(int i, int j) {
		if (i < 0 || i > missingFirst || j < 0 || j > missingSecond) {
			throw new IllegalArgumentException("no combination " + i + " of " + missingFirst + " and " + j + " of "
					+ missingSecond + " missing counted as successes");
		}
	}
}
