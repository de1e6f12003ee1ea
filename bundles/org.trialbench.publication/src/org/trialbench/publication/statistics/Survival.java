package org.trialbench.publication.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times to an event of subjects in two arms and several strata, sorted within each stratum by time, for the
 * stratified log-rank test and Cox model. {@code first} marks the first arm (the comparison is first vs second).
 */
public final class Survival {

	/** One stratum's subjects, by increasing time. */
	record Stratum(double[] time, boolean[] event, boolean[] first) {
	}

	private final List<Stratum> strata;

	private Survival(List<Stratum> strata) {
		this.strata = strata;
	}

	public static Survival of(double[] time, boolean[] event, boolean[] first, int[] stratum) {
		int levels = Arrays.stream(stratum).max().orElse(-1) + 1;
		List<Stratum> strata = new ArrayList<>();
		for (int level = 0; level < levels; level++) {
			final int l = level;
			Integer[] members = java.util.stream.IntStream.range(0, time.length).filter(i -> stratum[i] == l).boxed()
					.sorted((a, b) -> Double.compare(time[a], time[b])).toArray(Integer[]::new);
			if (members.length == 0) {
				continue;
			}
			double[] t = new double[members.length];
			boolean[] e = new boolean[members.length];
			boolean[] f = new boolean[members.length];
			for (int i = 0; i < members.length; i++) {
				t[i] = time[members[i]];
				e[i] = event[members[i]];
				f[i] = first[members[i]];
			}
			strata.add(new Stratum(t, e, f));
		}
		return new Survival(strata);
	}

	List<Stratum> strata() {
		return strata;
	}

	/** Events in the first and the second arm. */
	public int[] events() {
		int[] events = new int[2];
		for (Stratum s : strata) {
			for (int i = 0; i < s.time().length; i++) {
				if (s.event()[i]) {
					events[s.first()[i] ? 0 : 1]++;
				}
			}
		}
		return events;
	}
}
