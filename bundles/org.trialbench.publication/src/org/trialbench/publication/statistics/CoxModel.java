package org.trialbench.publication.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Cox proportional hazards model with the arm as its only covariate, a baseline hazard of its own in each
 * stratum, and Efron's handling of tied event times, as R's {@code coxph(Surv(t, e) ~ arm + strata(s))}. Fitted
 * by Newton–Raphson on the partial likelihood (one parameter, so score and information are sums). The hazard
 * ratio is first arm vs second, with the Wald interval from the information at the estimate. When either arm has
 * no event the estimate runs off to infinity: the model is then not estimable (NaN), where R warns and reports a
 * meaningless large coefficient.
 */
public record CoxModel(double beta, double standardError, double hazardRatio, Interval interval, double waldP,
		int iterations) {

	private static final int MAX_ITERATIONS = 50;

	public static CoxModel fit(Survival data) {
		int[] events = data.events();
		if (events[0] == 0 || events[1] == 0) {
			return notEstimable();
		}
		double beta = 0;
		double logLik = Double.NEGATIVE_INFINITY;
		double[] step = partial(data, beta);
		int iteration = 0;
		for (; iteration < MAX_ITERATIONS; iteration++) {
			if (step[2] <= 0) {
				return notEstimable();
			}
			double next = beta + step[1] / step[2];
			double[] at = partial(data, next);
			// step halving, as coxph does, if the likelihood got worse
			int halvings = 0;
			while (at[0] < step[0] && halvings++ < 30) {
				next = (beta + next) / 2;
				at = partial(data, next);
			}
			boolean converged = Math.abs(at[0] - step[0]) <= 1e-12 * Math.max(1, Math.abs(at[0]))
					&& Math.abs(next - beta) < 1e-10;
			beta = next;
			step = at;
			logLik = at[0];
			if (converged) {
				break;
			}
		}
		if (!Double.isFinite(logLik) || step[2] <= 0) {
			return notEstimable();
		}
		double se = 1 / Math.sqrt(step[2]);
		double z = KaplanMeier.Z;
		double p = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(beta / se));
		return new CoxModel(beta, se, Math.exp(beta), new Interval(Math.exp(beta - z * se), Math.exp(beta + z * se)),
				p, iteration + 1);
	}

	private static CoxModel notEstimable() {
		return new CoxModel(Double.NaN, Double.NaN, Double.NaN, new Interval(Double.NaN, Double.NaN), Double.NaN, 0);
	}

	public boolean estimable() {
		return !Double.isNaN(beta);
	}

	/** Log partial likelihood, score and information at beta (Efron's approximation for ties). */
	static double[] partial(Survival data, double beta) {
		double logLik = 0;
		double score = 0;
		double information = 0;
		double risk1 = Math.exp(beta);
		for (Survival.Stratum s : data.strata()) {
			int n = s.time().length;
			// risk-set sums over subjects with time >= t, built from the end
			double s0 = 0;
			double s1 = 0;
			int i = n - 1;
			while (i >= 0) {
				double now = s.time()[i];
				int j = i;
				double d0 = 0;
				double d1 = 0;
				int deaths = 0;
				double xSum = 0;
				while (j >= 0 && s.time()[j] == now) {
					double r = s.first()[j] ? risk1 : 1;
					double x = s.first()[j] ? 1 : 0;
					s0 += r;
					s1 += r * x;
					if (s.event()[j]) {
						deaths++;
						d0 += r;
						d1 += r * x;
						xSum += x;
					}
					j--;
				}
				if (deaths > 0) {
					logLik += beta * xSum;
					score += xSum;
					for (int l = 0; l < deaths; l++) {
						double f = (double) l / deaths;
						double a0 = s0 - f * d0;
						double a1 = s1 - f * d1; // x is 0 or 1, so the sum of r x^2 is the sum of r x
						double mean = a1 / a0;
						logLik -= Math.log(a0);
						score -= mean;
						information += mean - mean * mean;
					}
				}
				i = j;
			}
		}
		return new double[] { logLik, score, information };
	}
}
