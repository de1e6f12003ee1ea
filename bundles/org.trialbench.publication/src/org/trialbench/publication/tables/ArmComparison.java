package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
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

	public static ArmComparison of(AnalysisDataset data, List<AnalysisSubject> subjects,
			Function<AnalysisSubject, Boolean> outcome) {
		List<String> arms = data.arms();
		if (arms.size() != 2) {
			throw new IllegalArgumentException("The comparison tables need a two-arm protocol; "
					+ data.protocol().getOid() + " has " + arms.size() + " arms");
		}
		int[] first = count(subjects, arms.get(0), null, outcome);
		int[] second = count(subjects, arms.get(1), null, outcome);
		Proportion p1 = new Proportion(first[0], first[1]);
		Proportion p2 = new Proportion(second[0], second[1]);
		RiskDifference rd = RiskDifference.estimable(p1, p2) ? RiskDifference.newcombe(p1, p2) : null;
		double fisher = p1.total() + p2.total() == 0 ? Double.NaN
				: FisherExact.twoSided(p1.events(), p1.total() - p1.events(), p2.events(), p2.total() - p2.events());
		List<Stratum2x2> strata = new ArrayList<>();
		for (String stratum : data.strata()) {
			int[] a = count(subjects, arms.get(0), stratum, outcome);
			int[] b = count(subjects, arms.get(1), stratum, outcome);
			strata.add(new Stratum2x2(stratum, a[0], a[1], b[0], b[1]));
		}
		return new ArmComparison(p1, p2, first[2], second[2], rd, fisher, CochranMantelHaenszel.test(strata));
	}

	/** events, non-missing total, missing. */
	private static int[] count(List<AnalysisSubject> subjects, String arm, String stratum,
			Function<AnalysisSubject, Boolean> outcome) {
		int[] result = new int[3];
		for (AnalysisSubject s : subjects) {
			if (!arm.equals(s.arm()) || (stratum != null && !stratum.equals(s.stratum()))) {
				continue;
			}
			Boolean value = outcome.apply(s);
			if (value == null) {
				result[2]++;
			} else {
				result[1]++;
				result[0] += value ? 1 : 0;
			}
		}
		return result;
	}

	public String riskDifferenceText() {
		return riskDifference == null ? Formats.NOT_ESTIMABLE : Formats.riskDifference(riskDifference);
	}
}
