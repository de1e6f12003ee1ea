package org.trialbench.bench.internal;

import java.util.Locale;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Figures;

/** The one-line summary of a benchmark, as BENCHMARKS.md tabulates it. */
final class BenchTable {

	private BenchTable() {
	}

	static String summaryLine(BenchResult result) {
		if (!result.ran()) {
			return "| " + result.name() + " | skipped: " + result.skipped() + " | | | | |";
		}
		String floor = result.floor() == null ? "-" : Figures.millis(result.floor().samples().medianMillis());
		String ratio = result.floor() == null ? "-" : Figures.ratio(result.figure());
		String peak = "+" + Figures.megabytes(result.product().peakHeapBytes())
				+ (result.floor() == null ? "" : " / +" + Figures.megabytes(result.floor().peakHeapBytes()));
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s %s | %s |", result.name(),
				Figures.millis(result.product().samples().medianMillis()), floor, ratio, result.goal().describe(),
				result.met() ? "PASS" : "MISS", peak);
	}
}
