package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.pictures.ForestPlot;

/** Table 4: the primary outcome within each diagnosis (randomization stratum), with its forest plot. */
public final class SubgroupTable {

	private SubgroupTable() {
	}

	/** One line of the table and of the forest plot. */
	public record Subgroup(String label, ArmComparison comparison) {
	}

	public static List<Subgroup> subgroups(AnalysisDataset data, Population population) {
		List<AnalysisSubject> subjects = data.in(population);
		List<Subgroup> result = new ArrayList<>();
		for (String stratum : data.strata()) {
			List<AnalysisSubject> in = subjects.stream().filter(s -> stratum.equals(s.stratum())).toList();
			result.add(new Subgroup(data.stratumName(stratum), ArmComparison.of(data, population, in, AnalysisSubject::primarySuccess)));
		}
		result.add(new Subgroup("All subjects", ArmComparison.of(data, population, subjects, AnalysisSubject::primarySuccess)));
		return result;
	}

	public static PublicationTable of(AnalysisDataset data, Population population) {
		String a = data.armName(data.arms().get(0));
		String b = data.armName(data.arms().get(1));
		List<HeaderCell> top = List.of(HeaderCell.of(""), new HeaderCell("Treatment success, n/N (%)", 2),
				new HeaderCell("", 2));
		List<HeaderCell> second = List.of(HeaderCell.of("Diagnosis"), HeaderCell.of(a), HeaderCell.of(b),
				HeaderCell.of("Risk difference, % points (95% CI)"), HeaderCell.of("p (Fisher exact)"));
		List<Subgroup> subgroups = subgroups(data, population);
		List<Row> rows = new ArrayList<>();
		for (Subgroup g : subgroups) {
			ArmComparison c = g.comparison();
			rows.add(Row.of(g.label(), g.label().equals("All subjects") ? 0 : 1,
					List.of(Cell.text(Formats.fraction(c.first())), Cell.text(Formats.fraction(c.second())),
							Cell.text(c.riskDifferenceText()), Cell.text(Formats.pValue(c.fisherP())))));
		}
		List<String> notes = List.of("Population: " + population.label() + " (" + population.definition() + ").",
				"Subgroups are the randomization strata. Risk differences (" + a + " minus " + b
						+ ") with Newcombe's hybrid score interval; subgroup results are descriptive (no test of "
						+ "interaction).",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 4", "Table 4. Primary outcome by diagnosis (subgroups)", 5,
				List.of(top, second), rows, notes, List.of(ForestPlot.render(subgroups, a, b)));
	}
}
