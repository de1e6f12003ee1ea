package org.trialbench.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one benchmark: the product side, the floor measured in the same run (absent when the goal is
 * absolute) and the goal. A benchmark that could not run says why ({@link #skipped}).
 */
public record BenchResult(String name, Side product, Side floor, Goal goal, String skipped, List<String> notes) {

	public static BenchResult of(String name, Side product, Side floor, Goal goal, String... notes) {
		return new BenchResult(name, product, floor, goal, null, List.of(notes));
	}

	public static BenchResult skip(String name, String why) {
		return new BenchResult(name, null, null, null, why, List.of());
	}

	public boolean ran() {
		return skipped == null;
	}

	/** The figure the goal speaks of (ratio, or product median in ms). */
	public double figure() {
		return goal.figure(product.samples().medianMillis(), floor == null ? Double.NaN : floor.samples().medianMillis());
	}

	public boolean met() {
		return goal.met(figure());
	}

	/** The lines printed for this benchmark. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		if (!ran()) {
			lines.add(name + ": SKIPPED - " + skipped);
			return lines;
		}
		lines.add(name);
		lines.add(sideLine(product));
		if (floor != null) {
			lines.add(sideLine(floor));
			lines.add("  ratio " + Figures.ratio(figure()) + "  goal " + goal.describe() + "  " + (met() ? "PASS" : "MISS"));
		} else {
			lines.add("  goal " + goal.describe() + "  " + (met() ? "PASS" : "MISS"));
		}
		for (String note : notes) {
			lines.add("  " + note);
		}
		return lines;
	}

	private static String sideLine(Side side) {
		Samples s = side.samples();
		return String.format(java.util.Locale.ROOT, "  %-8s median %s (min %s, max %s, n=%d)  %,d %s  peak heap +%s",
				side.label(), Figures.millis(s.medianMillis()), Figures.millis(s.minMillis()),
				Figures.millis(s.maxMillis()), s.count(), side.work(), side.unit(), Figures.megabytes(side.peakHeapBytes()));
	}
}
