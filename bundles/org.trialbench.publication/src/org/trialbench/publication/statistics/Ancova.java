package org.trialbench.publication.statistics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

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
		// least squares through the normal equations: one pass builds X'X and X'y (p x p, p <= 6), a QR
		// decomposition from Commons Math solves them, a second pass sums the residuals; a few ms at 10,000 subjects
		// where the n x p QR decomposition took tens
		int p = columns + 1;
		double[][] xtx = new double[p][p];
		double[] xty = new double[p];
		double[] row = new double[p];
		// centred on the first value, so that sums of squares of large values (SF-36 around 50) keep their digits
		double yShift = value[0];
		double bShift = baseline == null ? 0 : baseline[0];
		for (int i = 0; i < n; i++) {
			fill(row, first[i], baseline == null ? 0 : baseline[i] - bShift, baseline != null, stratum[i], dummies);
			double y = value[i] - yShift;
			for (int r = 0; r < p; r++) {
				xty[r] += row[r] * y;
				for (int c = r; c < p; c++) {
					xtx[r][c] += row[r] * row[c];
				}
			}
		}
		for (int r = 0; r < p; r++) {
			for (int c = 0; c < r; c++) {
				xtx[r][c] = xtx[c][r];
			}
		}
		DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12).getSolver();
		if (!solver.isNonSingular()) {
			// the arm is confounded with the covariates (e.g. every baseline value equal within an arm)
			return notEstimable(n);
		}
		RealMatrix inverse = solver.getInverse();
		double[] beta = solver.solve(new ArrayRealVector(xty, false)).toArray();
		double rss = 0;
		for (int i = 0; i < n; i++) {
			fill(row, first[i], baseline == null ? 0 : baseline[i] - bShift, baseline != null, stratum[i], dummies);
			double fitted = 0;
			for (int r = 0; r < p; r++) {
				fitted += row[r] * beta[r];
			}
			double residual = value[i] - yShift - fitted;
			rss += residual * residual;
		}
		double sigma2 = rss / df;
		// index 0 is the intercept, 1 the arm
		double difference = beta[1];
		double error = Math.sqrt(sigma2 * inverse.getEntry(1, 1));
		TDistribution t = new TDistribution(df);
		double quantile = t.inverseCumulativeProbability(0.975);
		double pValue = 2 * t.cumulativeProbability(-Math.abs(difference / error));
		return new Ancova(n, difference, error,
				new Interval(difference - quantile * error, difference + quantile * error), pValue, df);
	}

	private static void fill(double[] row, boolean first, double baseline, boolean withBaseline, int stratum,
			List<Integer> dummies) {
		int c = 0;
		row[c++] = 1;
		row[c++] = first ? 1 : 0;
		if (withBaseline) {
			row[c++] = baseline;
		}
		for (int s : dummies) {
			row[c++] = stratum == s ? 1 : 0;
		}
	}

	private static Ancova notEstimable(int n) {
		return new Ancova(n, Double.NaN, Double.NaN, new Interval(Double.NaN, Double.NaN), Double.NaN, 0);
	}

	public boolean estimable() {
		return !Double.isNaN(difference);
	}
}
