package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

/**
 * How a randomized subject's symptoms evolve after the procedure. POEM usually gives a durable response (about 90%
 * in type III achalasia and DES, 70% in jackhammer esophagus, as in the published series the trial builds on);
 * botulinum toxin helps fewer subjects and its effect wears off over months. A rescue treatment helps most
 * subjects who get one.
 */
final class SymptomCourse {
	private static final double[] ECKARDT_SHARE = { 3, 2, 2.5, 1 };

	private final Chance chance;
	private final int[] baseline;
	private final boolean poem;
	/** Day after the procedure from which the treatment no longer works (never for a lasting response). */
	private final double responseEnds;
	private double rescueFrom = Double.MAX_VALUE;
	private boolean rescueWorks;

	SymptomCourse(Chance chance, String arm, String diagnosis, int[] baseline) {
		this.chance = chance;
		this.baseline = baseline.clone();
		this.poem = arm.equals(ARM_POEM);
		boolean jackhammer = diagnosis.equals(DIAGNOSIS_JACKHAMMER);
		if (poem) {
			boolean responds = chance.percent(jackhammer ? 70 : 91);
			// a few late relapses after POEM, typically in the second half-year
			responseEnds = !responds ? 0 : chance.percent(6) ? chance.uniform(220, 420) : Double.MAX_VALUE;
		} else {
			boolean responds = chance.percent(jackhammer ? 60 : 75);
			responseEnds = responds ? 20 + chance.exponential(190) : 0;
		}
	}

	boolean isPoem() {
		return poem;
	}

	/** Whether the subject's symptoms are controlled (Eckardt at most 3) on that day after the procedure. */
	boolean respondingOn(long day) {
		if (day >= rescueFrom) {
			return rescueWorks;
		}
		return day < responseEnds;
	}

	void rescued(long day) {
		rescueFrom = day;
		rescueWorks = chance.percent(85);
	}

	boolean isRescued() {
		return rescueFrom != Double.MAX_VALUE;
	}

	/** The chance (percent) that a subject without symptom control gets rescue treatment before the next visit. */
	double rescuePercent(boolean firstMonth) {
		if (firstMonth) {
			return poem ? 10 : 25; // early on, most wait for the treatment to settle
		}
		return poem ? 35 : 55;
	}

	/** Eckardt items on a day: at most 3 in total while responding, near the baseline otherwise. */
	int[] eckardtOn(long day) {
		if (respondingOn(day)) {
			int total = chance.weighted(new double[] { 15, 25, 30, 30 }, 0, 1, 2, 3);
			return spread(new int[4], total, new double[] { 3, 1.5, 2, 0.5 });
		}
		int target = Math.max(4, Math.min(12, baselineTotal() - chance.between(0, 3) + chance.between(0, 1)));
		return spread(baseline.clone(), target, ECKARDT_SHARE);
	}

	private int baselineTotal() {
		return baseline[0] + baseline[1] + baseline[2] + baseline[3];
	}

	/** Moves the items one point at a time, weighted by symptom, until they add up to the target. */
	private int[] spread(int[] items, int target, double[] weights) {
		int total = items[0] + items[1] + items[2] + items[3];
		while (total != target) {
			int up = total < target ? 1 : -1;
			int i = chance.weighted(weights, 0, 1, 2, 3);
			int next = items[i] + up;
			if (next >= 0 && next <= 3) {
				items[i] = next;
				total += up;
			}
		}
		return items;
	}
}
