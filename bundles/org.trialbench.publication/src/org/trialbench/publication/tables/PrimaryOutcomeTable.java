package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.TippingPoint;

/** Table 2: treatment success at the primary time point by arm, in the ITT and per-protocol populations. */
public final class PrimaryOutcomeTable {

	private PrimaryOutcomeTable() {
	}

	public static PublicationTable of(AnalysisDataset data) {
		String a = data.armName(data.arms().get(0));
		String b = data.armName(data.arms().get(1));
		List<HeaderCell> top = List.of(HeaderCell.of(""), new HeaderCell("Treatment success, n/N (%)", 2),
				new HeaderCell(a + " vs " + b, 3));
		List<HeaderCell> second = List.of(HeaderCell.of("Population"), HeaderCell.of(a), HeaderCell.of(b),
				HeaderCell.of("Risk difference, % points (95% CI)"), HeaderCell.of("p (Fisher exact)"),
				HeaderCell.of("p (CMH, by diagnosis)"));
		List<Row> rows = new ArrayList<>();
		for (Population population : List.of(Population.ITT, Population.PP)) {
			List<AnalysisSubject> subjects = data.in(population);
			ArmComparison c = ArmComparison.of(data, subjects, AnalysisSubject::primarySuccess);
			rows.add(Row.of(population.label(), 0,
					List.of(Cell.text(Formats.fraction(c.first())), Cell.text(Formats.fraction(c.second())),
							Cell.text(c.riskDifferenceText()), Cell.text(Formats.pValue(c.fisherP())),
							Cell.text(Formats.pValue(c.stratified().pValue())))));
			rows.add(Row.of("Mantel–Haenszel risk difference, % points", 1,
					List.of(Cell.empty(), Cell.empty(),
							Cell.text(Formats.fixed(100 * c.stratified().commonRiskDifference(), 1)), Cell.empty(),
							Cell.empty())));
			rows.add(Row.of("Primary outcome missing, n", 1,
					List.of(Cell.text(String.valueOf(c.missingFirst())), Cell.text(String.valueOf(c.missingSecond())),
							Cell.empty(), Cell.empty(), Cell.empty())));
		}
		sensitivity(data, rows, a, b);
		String visit = data.element(new org.trialbench.publication.AnalysisRecords(data.protocol()).primaryVisit())
				.getName();
		List<String> notes = List.of(
				"Treatment success: Eckardt score ≤ 3 at the " + visit + " visit without re-intervention before it; "
						+ "a rescue treatment before the time point counts as failure. Subjects without an "
						+ "assessment are left out of N (complete-case analysis) and counted as missing.",
				"Risk difference " + a + " minus " + b + " with Newcombe's hybrid score interval (Newcombe 1998, "
						+ "method 10); two-sided Fisher exact test; Cochran–Mantel–Haenszel test with continuity "
						+ "correction, stratified by the randomization stratum (diagnosis), and the Mantel–Haenszel "
						+ "risk difference.",
				"Populations: " + Population.ITT.label() + ": " + Population.ITT.definition() + ". "
						+ Population.PP.label() + ": " + Population.PP.definition() + ".",
				"Sensitivity analyses (intention to treat): every subject without the primary outcome counted as "
						+ "a failure, then as a success (worst and best case). Tipping point: for each number of "
						+ b + "'s missing subjects counted as successes (the rest as failures; rows), the exact "
						+ "ranges of the number of " + a + "'s missing counted as successes for which the Fisher "
						+ "exact test is significant for " + a + ", not significant, or significant for " + b
						+ " (exact boundaries); the tipping point is the " + a + " count next to the "
						+ "complete-case conclusion's range where that conclusion no longer holds (RD: risk "
						+ "difference in % points; Fisher p)" + "; with more than " + TIPPING_ROWS + " rows, evenly spaced "
						+ "counts are shown.",
				"NE: not estimable. Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 2", "Table 2. Primary outcome: treatment success", 6,
				List.of(top, second), rows, notes, List.of());
	}

	/** Rows of the tipping-point block at most; beyond it the block shows evenly spaced counts of the second arm. */
	static final int TIPPING_ROWS = 26;

	/** The counts of the second arm's missing shown in the tipping-point block: all, or evenly spaced. */
	static List<Integer> shownRows(int missing) {
		List<Integer> shown = new ArrayList<>();
		if (missing + 1 <= TIPPING_ROWS) {
			for (int j = 0; j <= missing; j++) {
				shown.add(j);
			}
			return shown;
		}
		for (int k = 0; k < TIPPING_ROWS; k++) {
			int j = (int) Math.round((double) k * missing / (TIPPING_ROWS - 1));
			if (shown.isEmpty() || shown.get(shown.size() - 1) != j) {
				shown.add(j);
			}
		}
		return shown;
	}

	private static void sensitivity(AnalysisDataset data, List<Row> rows, String a, String b) {
		List<AnalysisSubject> itt = data.in(Population.ITT);
		rows.add(Row.heading("Sensitivity analyses, " + Population.ITT.label().toLowerCase(java.util.Locale.ROOT)));
		for (boolean missingSuccess : new boolean[] { false, true }) {
			ArmComparison c = ArmComparison.of(data, itt,
					s -> s.primarySuccess() == null ? Boolean.valueOf(missingSuccess) : s.primarySuccess());
			rows.add(Row.of("Missing counted as " + (missingSuccess ? "success" : "failure"), 1,
					List.of(Cell.text(Formats.fraction(c.first())), Cell.text(Formats.fraction(c.second())),
							Cell.text(c.riskDifferenceText()), Cell.text(Formats.pValue(c.fisherP())),
							Cell.text(Formats.pValue(c.stratified().pValue())))));
		}
		ArmComparison observed = ArmComparison.of(data, itt, AnalysisSubject::primarySuccess);
		TippingPoint tipping = tippingPoint(observed);
		rows.add(Row.heading("Tipping point (Fisher exact, p < " + Formats.fixed(tipping.alpha(), 2)
				+ "): missing counted as success, the rest as failure"));
		int mA = observed.missingFirst();
		int mB = observed.missingSecond();
		if (tipping.boundaries().isEmpty()) {
			rows.add(Row.of("Not estimable (an arm without subjects)", 1, List.of(Cell.empty(), Cell.empty(),
					Cell.empty(), Cell.empty(), Cell.empty())));
			return;
		}
		String alpha = Formats.fixed(tipping.alpha(), 2);
		rows.add(Row.of("Missing as success: " + b + " (rows), " + a + " (cells)", 1,
				List.of(Cell.text("p < " + alpha + " for " + a), Cell.text("Not significant"),
						Cell.text("p < " + alpha + " for " + b), Cell.text("Tipping point, RD (p)"), Cell.empty())));
		TippingPoint.Conclusion complete = observed.fisherP() < tipping.alpha()
				? (observed.first().events() * (long) observed.second().total() > observed.second().events()
						* (long) observed.first().total() ? TippingPoint.Conclusion.FIRST_BETTER
								: TippingPoint.Conclusion.SECOND_BETTER)
				: TippingPoint.Conclusion.NOT_SIGNIFICANT;
		for (int j : shownRows(mB)) {
			TippingPoint.Boundary boundary = tipping.boundaries().get(j);
			int lastSecond = boundary.lastSecondBetter();
			int firstFirst = boundary.firstFirstBetter();
			rows.add(Row.of(j + " of " + mB, 1, List.of(Cell.text(range(firstFirst, mA, mA)),
					Cell.text(range(lastSecond + 1, firstFirst - 1, mA)), Cell.text(range(0, lastSecond, mA)),
					Cell.text(tip(tipping, complete, boundary)), Cell.empty())));
		}
	}

	/** The tipping-point analysis of the primary outcome in ITT, from the complete-case comparison's counts. */
	public static TippingPoint tippingPoint(ArmComparison observed) {
		return TippingPoint.of(observed.first().events(), observed.first().total(), observed.missingFirst(),
				observed.second().events(), observed.second().total(), observed.missingSecond(), 0.05);
	}

	private static String range(int from, int to, int of) {
		if (from > to) {
			return "none";
		}
		return (from == to ? String.valueOf(from) : from + "–" + to) + " of " + of;
	}

	/**
	 * Where the complete-case conclusion tips in a row: the first arm's count nearest to the complete-case region
	 * at which the conclusion differs, with its risk difference and p; "does not tip" when every count keeps it.
	 */
	private static String tip(TippingPoint tipping, TippingPoint.Conclusion complete, TippingPoint.Boundary boundary) {
		int j = boundary.j();
		int i;
		switch (complete) {
		case FIRST_BETTER -> i = boundary.firstFirstBetter() - 1;
		case SECOND_BETTER -> i = boundary.lastSecondBetter() + 1 <= tipping.missingFirst()
				? boundary.lastSecondBetter() + 1 : -1;
		default -> {
			// not significant with complete cases: the nearest count that makes it significant either way
			i = boundary.firstFirstBetter() <= tipping.missingFirst() ? boundary.firstFirstBetter()
					: boundary.lastSecondBetter();
		}
		}
		if (i < 0 || i > tipping.missingFirst()) {
			return "does not tip";
		}
		return i + ": " + Formats.fixed(100 * tipping.riskDifference(i, j), 1) + " ("
				+ Formats.pValue(tipping.pValue(i, j)) + ")";
	}
}
