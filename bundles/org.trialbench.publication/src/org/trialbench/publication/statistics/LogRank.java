package org.trialbench.publication.statistics;

import org.apache.commons.math3.special.Gamma;

/**
 * The log-rank test of two arms stratified by a factor, as R's {@code survdiff(Surv(t, e) ~ arm + strata(s))}:
 * observed minus expected events of the first arm and its hypergeometric variance summed over the distinct event
 * times of every stratum; a stratum without events adds nothing. Chi-square with one degree of freedom.
 *
 * @param observed events in the first arm
 * @param expected events expected in the first arm under no difference
 * @param pValue   NaN when the variance is zero (no events, or no stratum with both arms at risk)
 */
public record LogRank(double observed, double expected, double variance, double chiSquare, double pValue) {

	public static LogRank test(Survival data) {
		double observed = 0;
		double expected = 0;
		double variance = 0;
		for (Survival.Stratum s : data.strata()) {
			int n = s.time().length;
			int atRisk = n;
			int firstAtRisk = 0;
			for (boolean f : s.first()) {
				firstAtRisk += f ? 1 : 0;
			}
			for (int i = 0; i < n;) {
				double now = s.time()[i];
				int deaths = 0;
				int firstDeaths = 0;
				int leaving = 0;
				int firstLeaving = 0;
				while (i < n && s.time()[i] == now) {
					if (s.event()[i]) {
						deaths++;
						firstDeaths += s.first()[i] ? 1 : 0;
					}
					leaving++;
					firstLeaving += s.first()[i] ? 1 : 0;
					i++;
				}
				if (deaths > 0) {
					double share = (double) firstAtRisk / atRisk;
					observed += firstDeaths;
					expected += deaths * share;
					if (atRisk > 1) {
						variance += deaths * share * (1 - share) * (atRisk - deaths) / (atRisk - 1);
					}
				}
				atRisk -= leaving;
				firstAtRisk -= firstLeaving;
			}
		}
		if (variance <= 0) {
			return new LogRank(observed, expected, variance, Double.NaN, Double.NaN);
		}
		double chiSquare = (observed - expected) * (observed - expected) / variance;
		// the upper tail of chi-square(1) directly, so that a small p keeps its digits
		return new LogRank(observed, expected, variance, chiSquare, Gamma.regularizedGammaQ(0.5, chiSquare / 2));
	}
}
