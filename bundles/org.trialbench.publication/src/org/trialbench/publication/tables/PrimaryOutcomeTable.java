package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.FisherExact;
import org.trialbench.publication.statistics.Proportion;

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
						+ "a failure, then as a success (worst and best case); the tipping-point block counts the "
						+ "given number of each arm's missing subjects as successes and the rest as failures (risk "
						+ "difference in % points, Fisher exact p; * p < 0.05), showing how many missing outcomes "
						+ "would have to go which way to change the conclusion.",
				"NE: not estimable. Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 2", "Table 2. Primary outcome: treatment success", 6,
				List.of(top, second), rows, notes, List.of());
	}

	/** The grid of the tipping-point block: 0, a quarter, half, three quarters and all of an arm's missing. */
	static int[] grid(int missing) {
		return java.util.stream.IntStream.of(0, missing / 4, missing / 2, 3 * missing / 4, missing).distinct()
				.toArray();
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
		int[] gridA = grid(observed.missingFirst());
		int[] gridB = grid(observed.missingSecond());
		rows.add(Row.heading("Tipping point: missing counted as success, risk difference (Fisher p)"));
		List<Cell> columns = new ArrayList<>();
		for (int k = 0; k < 5; k++) {
			columns.add(k < gridB.length
					? Cell.text(b + ": " + gridB[k] + " of " + observed.missingSecond() + " missing")
					: Cell.empty());
		}
		rows.add(Row.of(a + " ↓ / " + b + " →", 1, columns));
		for (int i : gridA) {
			List<Cell> cells = new ArrayList<>();
			for (int k = 0; k < 5; k++) {
				cells.add(k < gridB.length ? Cell.text(tip(observed, i, gridB[k])) : Cell.empty());
			}
			rows.add(Row.of(a + ": " + i + " of " + observed.missingFirst() + " missing", 1, cells));
		}
	}

	/** Risk difference and Fisher p with i of the first arm's and j of the second arm's missing as successes. */
	static String tip(ArmComparison observed, int i, int j) {
		Proportion first = new Proportion(observed.first().events() + i,
				observed.first().total() + observed.missingFirst());
		Proportion second = new Proportion(observed.second().events() + j,
				observed.second().total() + observed.missingSecond());
		if (first.total() == 0 || second.total() == 0) {
			return Formats.NOT_ESTIMABLE;
		}
		double p = FisherExact.twoSided(first.events(), first.total() - first.events(), second.events(),
				second.total() - second.events());
		return Formats.fixed(100.0 * first.events() / first.total() - 100.0 * second.events() / second.total(), 1)
				+ " (" + Formats.pValue(p) + (p < 0.05 ? "*" : "") + ")";
	}
}
