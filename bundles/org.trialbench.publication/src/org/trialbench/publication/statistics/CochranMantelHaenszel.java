package org.trialbench.publication.statistics;

import java.util.List;

/**
 * The Cochran–Mantel–Haenszel test of no association in 2x2xK tables, with the continuity correction (as R's
 * mantelhaen.test by default), and the Mantel–Haenszel common odds ratio and risk difference. Strata with fewer
 * than two subjects carry no information and are left out (they are counted in {@link #strataUsed()}).
 */
public record CochranMantelHaenszel(double statistic, double pValue, double commonOddsRatio,
		double commonRiskDifference, int strataUsed) {

	public static CochranMantelHaenszel test(List<Stratum2x2> strata) {
		double deviation = 0;
		double variance = 0;
		double orNumerator = 0;
		double orDenominator = 0;
		double rdNumerator = 0;
		double rdWeight = 0;
		int used = 0;
		for (Stratum2x2 s : strata) {
			double n = s.total();
			if (n < 2) {
				continue;
			}
			used++;
			double a = s.events1();
			double b = s.total1() - s.events1();
			double c = s.events2();
			double d = s.total2() - s.events2();
			double events = a + c;
			double nonEvents = b + d;
			deviation += a - s.total1() * events / n;
			variance += s.total1() * (double) s.total2() * events * nonEvents / (n * n * (n - 1));
			orNumerator += a * d / n;
			orDenominator += b * c / n;
			if (s.total1() > 0 && s.total2() > 0) {
				double w = s.total1() * (double) s.total2() / n;
				rdNumerator += w * (a / s.total1() - c / s.total2());
				rdWeight += w;
			}
		}
		if (variance == 0) {
			return new CochranMantelHaenszel(Double.NaN, Double.NaN, Double.NaN,
					rdWeight == 0 ? Double.NaN : rdNumerator / rdWeight, used);
		}
		double corrected = Math.max(0, Math.abs(deviation) - 0.5);
		double statistic = corrected * corrected / variance;
		double or = orDenominator == 0 ? Double.POSITIVE_INFINITY : orNumerator / orDenominator;
		return new CochranMantelHaenszel(statistic, ChiSquare.upperTailOneDf(statistic), or,
				rdWeight == 0 ? Double.NaN : rdNumerator / rdWeight, used);
	}
}
