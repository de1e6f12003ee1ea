package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.KaplanMeier;

/**
 * Table 6: time to treatment failure (first re-intervention) by arm: events, Kaplan–Meier medians and
 * failure-free proportions at 6 and 12 months with 95% intervals, the stratified log-rank test and the stratified
 * Cox hazard ratio.
 */
public final class TimeToFailureTable {

	/** A median the curve never reaches. */
	public static final String NOT_REACHED = "NR";

	private TimeToFailureTable() {
	}

	public static PublicationTable of(AnalysisDataset data, Durability durability, Picture figure) {
		List<String> arms = durability.arms();
		String a = data.armName(arms.get(0));
		String b = data.armName(arms.get(1));
		KaplanMeier ka = durability.curves().get(0);
		KaplanMeier kb = durability.curves().get(1);
		List<HeaderCell> header = List.of(HeaderCell.of(""), HeaderCell.of(a + " (n = " + ka.subjects() + ")"),
				HeaderCell.of(b + " (n = " + kb.subjects() + ")"), HeaderCell.of(a + " vs " + b));
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of("Re-intervention (event), n (%)", 0, List.of(Cell.text(count(ka)), Cell.text(count(kb)),
				Cell.empty())));
		rows.add(Row.of("Censored, n", 0, List.of(Cell.text(String.valueOf(ka.subjects() - ka.events())),
				Cell.text(String.valueOf(kb.subjects() - kb.events())), Cell.empty())));
		rows.add(Row.of("No time to event (no procedure date), n", 0,
				List.of(Cell.text(String.valueOf(durability.withoutTime()[0])),
						Cell.text(String.valueOf(durability.withoutTime()[1])), Cell.empty())));
		rows.add(Row.of("Median time to failure, days (95% CI)", 0,
				List.of(Cell.text(median(ka.median())), Cell.text(median(kb.median())), Cell.empty())));
		rows.add(Row.heading("Free of failure, % (95% CI)"));
		for (int i = 0; i < Durability.LANDMARK_DAYS.length; i++) {
			int day = Durability.LANDMARK_DAYS[i];
			rows.add(Row.of("at " + Durability.LANDMARK_NAMES[i] + " (day " + day + ")", 1,
					List.of(Cell.text(survival(ka.at(day))), Cell.text(survival(kb.at(day))), Cell.empty())));
		}
		String hr = durability.cox().estimable()
				? Formats.fixed(durability.cox().hazardRatio(), 2) + " ("
						+ Formats.interval(durability.cox().interval(), 1, 2) + ")"
				: Formats.NOT_ESTIMABLE;
		rows.add(Row.of("Hazard ratio (95% CI), Cox, stratified by diagnosis", 0,
				List.of(Cell.empty(), Cell.empty(), Cell.text(hr))));
		rows.add(Row.of("Log-rank test, stratified by diagnosis, p", 0,
				List.of(Cell.empty(), Cell.empty(), Cell.text(Formats.pValue(durability.logRank().pValue())))));
		Population population = durability.population();
		List<String> notes = List.of(
				"Time to treatment failure: days from the procedure to the first re-intervention (rescue treatment); "
						+ "subjects without one are censored at the end of study, or at their last visit when still "
						+ "in follow-up (the protocol's derivations D.TTR and D.TTR.CENSORED).",
				"Kaplan–Meier estimates with Greenwood variance and 95% intervals on the log(−log) scale; median "
						+ "intervals where the interval curves cross one half. " + NOT_REACHED
						+ ": not reached; NE: not estimable (the curve is at 100% or ends before the landmark).",
				"Log-rank test and Cox proportional hazards model (Efron ties, Wald interval) stratified by the "
						+ "randomization stratum (diagnosis); hazard ratio " + a + " vs " + b
						+ " (below 1: fewer failures with " + a + "); not estimable when an arm has no event.",
				"Population: " + population.label() + " (" + population.definition() + ").",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 6", "Table 6. Time to treatment failure (re-intervention)", 4,
				List.of(header), rows, notes, figure == null ? List.of() : List.of(figure));
	}

	private static String count(KaplanMeier km) {
		return km.subjects() == 0 ? "0" : Formats.count(km.events(), km.subjects());
	}

	/** A median with its interval as the table prints it. */
	public static String median(KaplanMeier.Estimate median) {
		return days(median.value()) + " (" + days(median.lower()) + " to " + days(median.upper()) + ")";
	}

	private static String days(double value) {
		// R's rule puts a median on a flat step of exactly one half midway, hence half days
		return Double.isNaN(value) ? NOT_REACHED : Formats.fixed(value, value == Math.rint(value) ? 0 : 1);
	}

	/** A survival probability with its interval as the table prints it, in percent. */
	public static String survival(KaplanMeier.Estimate estimate) {
		if (Double.isNaN(estimate.value())) {
			return Formats.NOT_ESTIMABLE;
		}
		String value = Formats.fixed(100 * estimate.value(), 1);
		if (Double.isNaN(estimate.lower())) {
			return value + " (" + Formats.NOT_ESTIMABLE + ")";
		}
		return value + " (" + Formats.fixed(100 * estimate.lower(), 1) + " to " + Formats.fixed(100 * estimate.upper(), 1)
				+ ")";
	}
}
