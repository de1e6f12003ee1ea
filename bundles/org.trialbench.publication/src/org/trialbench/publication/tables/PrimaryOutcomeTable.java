package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;

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
				"NE: not estimable. Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 2", "Table 2. Primary outcome: treatment success", 6,
				List.of(top, second), rows, notes, List.of());
	}
}
