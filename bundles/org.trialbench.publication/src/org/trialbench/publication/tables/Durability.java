package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.CoxModel;
import org.trialbench.publication.statistics.KaplanMeier;
import org.trialbench.publication.statistics.LogRank;
import org.trialbench.publication.statistics.Survival;

/**
 * Time to treatment failure (re-intervention) in a population: a Kaplan–Meier curve per arm, the log-rank test
 * and the Cox hazard ratio, both stratified by the randomization stratum (diagnosis). Computed once and shared by
 * the table, the figure and the workbench. Subjects without a known time (no procedure) are counted, not analysed.
 */
public record Durability(Population population, List<String> arms, List<KaplanMeier> curves, int[] withoutTime,
		LogRank logRank, CoxModel cox) {

	/** The landmarks of the table: 6 and 12 months, in days. */
	public static final int[] LANDMARK_DAYS = { 183, 365 };
	public static final String[] LANDMARK_NAMES = { "6 months", "12 months" };

	public static Durability of(AnalysisDataset data, Population population) {
		List<String> arms = data.arms();
		List<String> strata = data.strata();
		List<AnalysisSubject> subjects = data.in(population);
		int[] withoutTime = new int[arms.size()];
		List<double[]> times = new ArrayList<>();
		List<boolean[]> events = new ArrayList<>();
		int[] counts = new int[arms.size()];
		for (AnalysisSubject s : subjects) {
			int arm = arms.indexOf(s.armIn(population));
			if (arm >= 0 && s.timeToRescue() != null) {
				counts[arm]++;
			} else if (arm >= 0) {
				withoutTime[arm]++;
			}
		}
		for (int a = 0; a < arms.size(); a++) {
			times.add(new double[counts[a]]);
			events.add(new boolean[counts[a]]);
		}
		int total = 0;
		for (int c : counts) {
			total += c;
		}
		double[] time = new double[total];
		boolean[] event = new boolean[total];
		boolean[] first = new boolean[total];
		int[] stratum = new int[total];
		int[] filled = new int[arms.size()];
		int k = 0;
		for (AnalysisSubject s : subjects) {
			int arm = arms.indexOf(s.armIn(population));
			if (arm < 0 || s.timeToRescue() == null) {
				continue;
			}
			times.get(arm)[filled[arm]] = s.timeToRescue().days();
			events.get(arm)[filled[arm]++] = s.timeToRescue().event();
			time[k] = s.timeToRescue().days();
			event[k] = s.timeToRescue().event();
			first[k] = arm == 0;
			// a subject without a recorded stratum is compared within a stratum of its own
			stratum[k++] = s.stratum() == null || strata.indexOf(s.stratum()) < 0 ? strata.size()
					: strata.indexOf(s.stratum());
		}
		List<KaplanMeier> curves = new ArrayList<>();
		for (int a = 0; a < arms.size(); a++) {
			curves.add(KaplanMeier.of(times.get(a), events.get(a)));
		}
		Survival survival = Survival.of(time, event, first, stratum);
		boolean twoArms = arms.size() == 2;
		return new Durability(population, arms, curves, withoutTime, twoArms ? LogRank.test(survival) : null,
				twoArms ? CoxModel.fit(survival) : null);
	}
}
