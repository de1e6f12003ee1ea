package org.trialbench.publication.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values and where they come from:
 * <ul>
 * <li>Newcombe RG. Interval estimation for the difference between independent proportions: comparison of eleven
 * methods. Stat Med 1998;17:873-890, Table II, method 10 (hybrid score), examples (a)-(f), published to four
 * decimals; re-computed with an independent R implementation of the formula (R 4.x), which agreed.</li>
 * <li>Fisher's exact test: the lady tasting tea (3,1,1,3): tables with margins 4/4 have probabilities 1/70, 16/70,
 * 36/70, 16/70, 1/70, so two-sided p = 34/70; the others from R's fisher.test.</li>
 * <li>CMH: Mantel (1963) penicillin-and-rabbits data, the worked example of R's mantelhaen.test: X-squared =
 * 3.9286 (with continuity correction), p = 0.04747, common odds ratio 7.</li>
 * <li>Descriptives: R's mean, sd, median and quantile (type 7) of the eight values below.</li>
 * </ul>
 */
class StatisticsTest {

	@ParameterizedTest(name = "{0}/{1} vs {2}/{3}: {4} ({5} to {6})")
	@CsvSource({ "56, 70, 48, 80, 0.2000, 0.0524, 0.3339", //
			"9, 10, 3, 10, 0.6000, 0.1705, 0.8090", //
			"6, 7, 2, 7, 0.5714, 0.0582, 0.8062", //
			"5, 56, 0, 29, 0.0893, -0.0381, 0.1926", // zero events in one group
			"0, 10, 0, 20, 0.0000, -0.1611, 0.2775", // zero events in both
			"10, 10, 0, 20, 1.0000, 0.6791, 1.0000" }) // all events against none
	void newcombeHybridScoreMatchesPublishedExamples(int x1, int n1, int x2, int n2, double d, double lo, double hi) {
		RiskDifference rd = RiskDifference.newcombe(new Proportion(x1, n1), new Proportion(x2, n2));
		assertEquals(d, rd.estimate(), 5e-5);
		assertEquals(lo, rd.interval().lower(), 5e-5);
		assertEquals(hi, rd.interval().upper(), 5e-5);
	}

	@Test
	void wilsonIntervalAtZeroAndAllEvents() {
		// R: (2x + z^2 -/+ z sqrt(z^2 + 4x(1-p))) / (2(n + z^2)) gives 0 to 0.2775328 and 0.7224672 to 1
		assertEquals(0, new Proportion(0, 10).wilson().lower());
		assertEquals(0.2775328, new Proportion(0, 10).wilson().upper(), 1e-7);
		assertEquals(0.7224672, new Proportion(10, 10).wilson().lower(), 1e-7);
		assertEquals(1, new Proportion(10, 10).wilson().upper());
	}

	@Test
	void emptyGroupHasNoRiskDifference() {
		assertFalse(RiskDifference.estimable(new Proportion(0, 0), new Proportion(3, 10)));
		assertThrows(IllegalStateException.class,
				() -> RiskDifference.newcombe(new Proportion(0, 0), new Proportion(3, 10)));
		assertThrows(IllegalArgumentException.class, () -> new Proportion(4, 3));
	}

	@Test
	void fisherLadyTastingTeaByHand() {
		assertEquals(34.0 / 70, FisherExact.twoSided(3, 1, 1, 3), 1e-12);
	}

	@ParameterizedTest(name = "[[{0},{1}],[{2},{3}]] p = {4}")
	@CsvSource({ "56, 14, 48, 32, 0.0125211297", //
			"10, 0, 0, 20, 0.0000000333", // all events vs none: 1/choose(30,10)
			"0, 10, 0, 20, 1.0", // no events anywhere
			"90, 10, 70, 30, 0.000650410707603" })
	void fisherMatchesR(int a, int b, int c, int d, double p) {
		assertEquals(p, FisherExact.twoSided(a, b, c, d), Math.max(1e-10, p * 1e-8));
	}

	@Test
	void fisherAllEventsIsOneOverBinomial() {
		// the only table at least as extreme: 1 / choose(30, 10) = 1 / 30045015
		assertEquals(1.0 / 30045015, FisherExact.twoSided(10, 0, 0, 20), 1e-15);
	}

	@Test
	void cochranMantelHaenszelPenicillinRabbits() {
		// Rabbits[, , k] = [[cured & no delay, died & no delay], [cured & 1.5h delay, died & 1.5h delay]]
		List<Stratum2x2> strata = List.of(new Stratum2x2("1/8", 0, 6, 0, 5), new Stratum2x2("1/4", 3, 6, 0, 6),
				new Stratum2x2("1/2", 6, 6, 2, 6), new Stratum2x2("1", 5, 6, 6, 6), new Stratum2x2("4", 2, 2, 5, 5));
		CochranMantelHaenszel cmh = CochranMantelHaenszel.test(strata);
		assertEquals(3.9285714286, cmh.statistic(), 1e-9);
		assertEquals(0.0474722551, cmh.pValue(), 1e-9);
		assertEquals(7.0, cmh.commonOddsRatio(), 1e-12);
		assertEquals(5, cmh.strataUsed());
	}

	@Test
	void cochranMantelHaenszelSkipsEmptyStrata() {
		List<Stratum2x2> strata = List.of(new Stratum2x2("1/4", 3, 6, 0, 6), new Stratum2x2("empty", 0, 0, 0, 0),
				new Stratum2x2("1/2", 6, 6, 2, 6), new Stratum2x2("one", 1, 1, 0, 0));
		assertEquals(2, CochranMantelHaenszel.test(strata).strataUsed());
		// no events at all: no variance, no test
		assertEquals(Double.NaN, CochranMantelHaenszel.test(List.of(new Stratum2x2("x", 0, 5, 0, 5))).pValue());
	}

	@Test
	void chiSquareTail() {
		// R: pchisq(3.84, 1, lower.tail = FALSE) = 0.0500435212487
		assertEquals(0.0500435212487, ChiSquare.upperTailOneDf(3.84), 1e-12);
		// far tail, continued fraction branch: pchisq(50, 1, lower = FALSE) = 1.5374597944280e-12
		assertEquals(1.5374597944280e-12, ChiSquare.upperTailOneDf(50), 1e-22);
	}

	@Test
	void descriptivesMatchR() {
		Summary s = Summary.of(List.of(3.1, 4.7, 2.2, 9.5, 5.0, 6.6, 1.8, 7.3));
		assertEquals(8, s.n());
		assertEquals(5.025, s.mean(), 1e-10);
		assertEquals(2.6692695630, s.sd(), 1e-9);
		assertEquals(4.85, s.median(), 1e-10);
		assertEquals(2.875, s.q1(), 1e-10);
		assertEquals(6.775, s.q3(), 1e-10);
		assertEquals(0, Summary.of(List.of()).n());
	}
}
