package org.trialbench.publication.statistics;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of one group's survival (here: free of treatment failure) with Greenwood's variance
 * and pointwise 95% intervals on the log(-log) scale, as R's {@code survfit(..., conf.type = "log-log")} gives
 * them. The curve holds one step per distinct observed time (events and censorings), so numbers at risk and
 * censoring marks can be read from it.
 */
public final class KaplanMeier {

	static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);
	/** R's tolerance when a curve sits exactly on a quantile (sqrt of the double epsilon). */
	private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

	private final double[] time;
	private final int[] atRisk;
	private final int[] events;
	private final int[] censored;
	private final double[] survival;
	private final double[] lower;
	private final double[] upper;
	private final int subjects;
	private final int totalEvents;

	private KaplanMeier(double[] time, int[] atRisk, int[] events, int[] censored, double[] survival, double[] lower,
			double[] upper) {
		this.time = time;
		this.atRisk = atRisk;
		this.events = events;
		this.censored = censored;
		this.survival = survival;
		this.lower = lower;
		this.upper = upper;
		this.subjects = time.length == 0 ? 0 : atRisk[0];
		this.totalEvents = Arrays.stream(events).sum();
	}

	/** The estimate from each subject's time and whether it ended in the event (false: censored). */
	public static KaplanMeier of(double[] times, boolean[] event) {
		int n = times.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
		double[] t = new double[n];
		int[] risk = new int[n];
		int[] d = new int[n];
		int[] c = new int[n];
		double[] s = new double[n];
		double[] lo = new double[n];
		double[] hi = new double[n];
		int k = 0;
		int remaining = n;
		double surv = 1;
		double greenwood = 0;
		for (int i = 0; i < n;) {
			double now = times[order[i]];
			int deaths = 0;
			int losses = 0;
			while (i < n && times[order[i]] == now) {
				if (event[order[i]]) {
					deaths++;
				} else {
					losses++;
				}
				i++;
			}
			t[k] = now;
			risk[k] = remaining;
			d[k] = deaths;
			c[k] = losses;
			if (deaths > 0) {
				surv *= 1 - (double) deaths / remaining;
				greenwood += deaths < remaining ? (double) deaths / ((double) remaining * (remaining - deaths))
						: Double.POSITIVE_INFINITY;
			}
			s[k] = surv;
			if (surv > 0 && surv < 1 && Double.isFinite(greenwood)) {
				double shift = Z * Math.sqrt(greenwood) / Math.log(surv);
				lo[k] = Math.exp(-Math.exp(Math.log(-Math.log(surv)) - shift));
				hi[k] = Math.exp(-Math.exp(Math.log(-Math.log(surv)) + shift));
			} else {
				lo[k] = Double.NaN;
				hi[k] = Double.NaN;
			}
			remaining -= deaths + losses;
			k++;
		}
		return new KaplanMeier(Arrays.copyOf(t, k), Arrays.copyOf(risk, k), Arrays.copyOf(d, k), Arrays.copyOf(c, k),
				Arrays.copyOf(s, k), Arrays.copyOf(lo, k), Arrays.copyOf(hi, k));
	}

	/** A survival probability with its interval; NaN where not estimable. */
	public record Estimate(double value, double lower, double upper) {
	}

	public int subjects() {
		return subjects;
	}

	public int events() {
		return totalEvents;
	}

	/** The distinct observed times, in order. */
	public double[] times() {
		return time.clone();
	}

	public double[] survival() {
		return survival.clone();
	}

	public double[] lower() {
		return lower.clone();
	}

	public double[] upper() {
		return upper.clone();
	}

	/** Subjects censored at each distinct time (the marks on the curve). */
	public int[] censoredAt() {
		return censored.clone();
	}

	/** Subjects still at risk just before {@code t}: those whose time is t or later. */
	public int atRisk(double t) {
		for (int k = 0; k < time.length; k++) {
			if (time[k] >= t) {
				return atRisk[k];
			}
		}
		return 0;
	}

	/** The estimate at {@code t}; not estimable (NaN) beyond the last observed time, as R's summary omits it. */
	public Estimate at(double t) {
		if (time.length == 0 || t > time[time.length - 1]) {
			return new Estimate(Double.NaN, Double.NaN, Double.NaN);
		}
		int k = -1;
		while (k + 1 < time.length && time[k + 1] <= t) {
			k++;
		}
		if (k < 0) {
			return new Estimate(1, Double.NaN, Double.NaN);
		}
		return new Estimate(survival[k], lower[k], upper[k]);
	}

	/**
	 * The median time and its interval: where the curve, and its lower and upper limits, first fall to one half,
	 * with R's rule for a curve that rests exactly on one half (the middle of that flat step). NaN where a curve
	 * never reaches one half.
	 */
	public Estimate median() {
		return new Estimate(quantile(survival), quantile(lower), quantile(upper));
	}

	private double quantile(double[] curve) {
		// R's findq on x = (0, times), y = (0, 1 - curve): repeated y dropped (a missing y counts as one value),
		// then the first x where y reaches one half, from above and from below within the tolerance
		int n = time.length;
		double[] x = new double[n + 1];
		double[] y = new double[n + 1];
		int m = 0;
		x[m] = 0;
		y[m++] = 0;
		// the limits fall as the curve does, so a repeated value can only be the last one kept
		double lastKept = 0;
		boolean missingKept = false;
		for (int k = 0; k < n; k++) {
			double value = 1 - curve[k];
			boolean missing = Double.isNaN(value);
			boolean repeated = missing ? missingKept : value == lastKept;
			if (missing) {
				missingKept = true;
			} else {
				lastKept = value;
			}
			if (!repeated) {
				x[m] = time[k];
				y[m++] = value;
			}
		}
		double p = 0.5;
		double max = Double.NEGATIVE_INFINITY;
		for (int j = 0; j < m; j++) {
			if (!Double.isNaN(y[j])) {
				max = Math.max(max, y[j]);
			}
		}
		if (max < p) {
			return Double.NaN;
		}
		int first = -1;
		int second = -1;
		for (int j = 0; j < m; j++) {
			if (Double.isNaN(y[j])) {
				continue;
			}
			if (first < 0 && y[j] + TOLERANCE >= p) {
				first = j;
			}
			if (second < 0 && y[j] - TOLERANCE >= p) {
				second = j;
			}
		}
		if (!Double.isNaN(y[m - 1]) && Math.abs(p - y[m - 1]) < TOLERANCE && first >= 0) {
			return (x[first] + time[n - 1]) / 2;
		}
		if (first < 0 || second < 0) {
			return Double.NaN;
		}
		return (x[first] + x[second]) / 2;
	}
}
