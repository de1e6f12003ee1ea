package org.trialbench.publication.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.trialbench.publication.statistics.Interval;
import org.trialbench.publication.statistics.Proportion;
import org.trialbench.publication.statistics.RiskDifference;
import org.trialbench.publication.statistics.Summary;

/**
 * How numbers are printed, the same everywhere: percentages with one decimal, risk differences in percentage
 * points with one decimal, p-values with three decimals (below 0.001 as "<0.001"), half-up rounding of the exact
 * decimal value (so 0.125 prints as 0.13, unlike binary floating point), a minus sign for negative numbers.
 */
public final class Formats {

	public static final String NOT_ESTIMABLE = "NE";

	private Formats() {
	}

	public static String fixed(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return NOT_ESTIMABLE;
		}
		String text = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
		// -0.0 after rounding reads as a sign error in a table
		return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
	}

	public static String percent(int events, int total) {
		return total == 0 ? "0" : fixed(100.0 * events / total, 1);
	}

	/** n/N (x%). */
	public static String fraction(Proportion p) {
		return p.events() + "/" + p.total() + (p.total() == 0 ? "" : " (" + percent(p.events(), p.total()) + "%)");
	}

	/** n (x%). */
	public static String count(int n, int total) {
		return n + " (" + percent(n, total) + "%)";
	}

	/** Risk difference in percentage points with its interval: 20.0 (5.2 to 33.4). */
	public static String riskDifference(RiskDifference rd) {
		return fixed(100 * rd.estimate(), 1) + " (" + interval(rd.interval(), 100, 1) + ")";
	}

	public static String interval(Interval interval, double scale, int decimals) {
		return fixed(scale * interval.lower(), decimals) + " to " + fixed(scale * interval.upper(), decimals);
	}

	public static String pValue(double p) {
		if (Double.isNaN(p)) {
			return NOT_ESTIMABLE;
		}
		return p < 0.001 ? "<0.001" : fixed(p, 3);
	}

	public static String meanSd(Summary s, int decimals) {
		return s.n() == 0 ? "–" : fixed(s.mean(), decimals) + " (" + (s.n() > 1 ? fixed(s.sd(), decimals) : "–") + ")";
	}

	public static String medianIqr(Summary s, int decimals) {
		return s.n() == 0 ? "–"
				: fixed(s.median(), decimals) + " (" + fixed(s.q1(), decimals) + " to " + fixed(s.q3(), decimals) + ")";
	}
}
