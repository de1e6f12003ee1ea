package org.trialbench.bench;

import java.util.Arrays;

/** Durations of the measured repetitions of one side of a benchmark, in nanoseconds. */
public record Samples(long[] nanos) {

	public Samples {
		if (nanos.length == 0) {
			throw new IllegalArgumentException("a benchmark needs at least one measured repetition");
		}
		nanos = nanos.clone();
	}

	public static Samples ofMillis(double... millis) {
		long[] nanos = new long[millis.length];
		for (int i = 0; i < millis.length; i++) {
			nanos[i] = Math.round(millis[i] * 1_000_000);
		}
		return new Samples(nanos);
	}

	/** The middle value; for an even count the mean of the two middle values. */
	public double medianMillis() {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
		return median / 1e6;
	}

	public double minMillis() {
		return Arrays.stream(nanos).min().getAsLong() / 1e6;
	}

	public double maxMillis() {
		return Arrays.stream(nanos).max().getAsLong() / 1e6;
	}

	public int count() {
		return nanos.length;
	}
}
