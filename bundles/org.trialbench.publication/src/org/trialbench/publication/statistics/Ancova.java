package org.trialbench.publication.statistics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Analysis of covariance of a continuous outcome: least squares of the value on the arm, its baseline value and
 * the stratum (a dummy per stratum but the first present), as R's {@code lm(value ~ arm + baseline + stratum)}.
 * The mean difference is the arm's coefficient (first arm minus second) with its t interval on the residual degrees
 * of freedom. Subjects without the value or without its baseline are not passed in.
 */
public record Ancova(int n, double difference, double standardError, Interval interval, double pValue, int df) {

	/**
	 * @param value    outcome at the visit
	 * @param first    true for the first arm
	 * @param baseline the same outcome at baseline; null to adjust for the stratum only
	 * @param stratum  stratum index from 0
	 */
	public static Ancova fit(double[] value, boolean[] first, double[] baseline, int[] stratum) {
		int n = value.length;
		int levels = 0;
		for (int s : stratum) {
			levels = Math.max(levels, s + 1);
		}
		boolean[] present = new boolean[levels];
		for (int s : stratum) {
			present[s] = true;
		}
		// strata with subjects, the first of them the reference (R drops empty factor levels' aliased columns)
		List<Integer> dummies = new ArrayList<>();
		boolean reference = false;
		for (int s = 0; s < levels; s++) {
			if (present[s]) {
				if (reference) {
					dummies.add(s);
				}
				reference = true;
			}
		}
		int columns = 1 + (baseline == null ? 0 : 1) + dummies.size();
		int df = n - columns - 1;
		int firsts = 0;
		for (boolean f : first) {
			firsts += f ? 1 : 0;
		}
		if (df < 1 || firsts == 0 || firsts == n) {
			return notEstimable(n);
		}
		double[][] x = new double[n][columns];
		for (int i = 0; i < n; i++) {
			int c = 0;
			x[i][c++] = first[i] ? 1 : 0;
			if (baseline != null) {
				x[i][c++] = baseline[i];
			}
			for (int s : dummies) {
				x[i][c++] = stratum[i] == s ? 1 : 0;
			}
		}
		OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression(1e-10);
		regression.newSampleData(value, x);
		try {
			double[] beta = regression.estimateRegressionParameters();
			double[] se = regression.estimateRegressionParametersStandardErrors();
			// index 0 is the intercept
			double difference = beta[1];
			double error = se[1];
			TDistribution t = new TDistribution(df);
			double quantile = t.inverseCumulativeProbability(0.975);
			double p = 2 * t.cumulativeProbability(-Math.abs(difference / error));
			return new Ancova(n, difference, error,
					new Interval(difference - quantile * error, difference + quantile * error), p, df);
		} catch (SingularMatrixException e) {
			// the arm is confounded with the covariates (e.g. every baseline value equal within an arm)
			return notEstimable(n);
		}
	}

	private static Ancova notEstimable(int n) {
		return new Ancova(n, Double.NaN, Double.NaN, new Interval(Double.NaN, Double.NaN), Double.NaN, 0);
	}

	public boolean estimable() {
		return !Double.isNaN(difference);
	}
}
