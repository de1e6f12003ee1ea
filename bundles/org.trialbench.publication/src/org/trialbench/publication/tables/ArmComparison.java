package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.CochranMantelHaenszel;
import org.trialbench.publication.statistics.FisherExact;
import org.trialbench.publication.statistics.Proportion;
import org.trialbench.publication.statistics.RiskDifference;
import org.trialbench.publication.statistics.Stratum2x2;

/**
 * A binary outcome compared between the two arms (first arm minus second, protocol order): proportions, the
 * Newcombe risk difference, Fisher's exact p and the CMH p stratified by diagnosis. Subjects whose outcome is
 * missing (null) are left out and counted.
 */
public record ArmComparison(Proportion first, Proportion second, int missingFirst, int missingSecond,
		RiskDifference riskDifference, double fisherP, CochranMantelHaenszel stratified) {

	/** By allocated arm (intention to treat, per protocol). */
	public static ArmComparison of(AnalysisDataset data, List<AnalysisSubject> subjects,
			Function<AnalysisSubject, Boolean> outcome) {
		return of(data, Population.ITT, subjects, outcome);
	}

	/** By the arm the population analyses a subject in: treatment received in the safety population. */
	public static ArmComparison of(AnalysisDataset data, Population population, List<AnalysisSubject> subjects,
			Function<AnalysisSubject, Boolean> outcome) {
		return byIndex(data, population, subjects, i -> outcome.apply(subjects.get(i)));
	}

	/** The same with the outcome of the i-th subject of the list given by its place (read from a column). */
	public static ArmComparison byIndex(AnalysisDataset data, Population population, List<AnalysisSubject> subjects,
			IntFunction<Boolean> outcomeAt) {
		List<String> arms = data.arms();
		if (arms.size() != 2) {
			throw new IllegalArgumentException("The comparison tables need a two-arm protocol; "
					+ data.protocol().getOid() + " has " + arms.size() + " arms");
		}
		// one pass: each subject's outcome is evaluated once and counted in its arm and its arm's stratum
		List<String> strata = data.strata();
		int[][] counts = new int[2 * (strata.size() + 1)][3];
		for (int i = 0; i < subjects.size(); i++) {
			AnalysisSubject s = subjects.get(i);
			String analysed = s.armIn(population);
			int arm = arms.get(0).equals(analysed) ? 0 : arms.get(1).equals(analysed) ? 1 : -1;
			if (arm < 0) {
				continue;
			}
			Boolean value = outcomeAt.apply(i);
			int stratum = s.stratum() == null ? -1 : strata.indexOf(s.stratum());
			add(counts[arm], value);
			if (stratum >= 0) {
				add(counts[2 * (stratum + 1) + arm], value);
			}
		}
		int[] first = counts[0];
		int[] second = counts[1];
		Proportion p1 = new Proportion(first[0], first[1]);
		Proportion p2 = new Proportion(second[0], second[1]);
		RiskDifference rd = RiskDifference.estimable(p1, p2) ? RiskDifference.newcombe(p1, p2) : null;
		double fisher = p1.total() + p2.total() == 0 ? Double.NaN
				: FisherExact.twoSided(p1.events(), p1.total() - p1.events(), p2.events(), p2.total() - p2.events());
		List<Stratum2x2> tables = new ArrayList<>();
		for (int k = 0; k < strata.size(); k++) {
			int[] a = counts[2 * (k + 1)];
			int[] b = counts[2 * (k + 1) + 1];
			tables.add(new Stratum2x2(strata.get(k), a[0], a[1], b[0], b[1]));
		}
		return new ArmComparison(p1, p2, first[2], second[2], rd, fisher, CochranMantelHaenszel.test(tables));
	}

	/** Counts an outcome into events, non-missing total, missing. */
	private static void add(int[] count, Boolean value) {
		if (value == null) {
			count[2]++;
		} else {
			count[1]++;
			count[0] += value ? 1 : 0;
		}
	}

	public String riskDifferenceText() {
		return riskDifference == null ? Formats.NOT_ESTIMABLE : Formats.riskDifference(riskDifference);
	}
}
