package org.trialbench.bench;

import java.util.Locale;

/** How the harness writes its numbers: always with a dot, so that the output reads the same everywhere. */
public final class Figures {

	private Figures() {
	}

	/** Milliseconds with one decimal below 100 ms, whole above. */
	public static String millis(double millis) {
		return millis < 100 ? String.format(Locale.ROOT, "%.1f ms", millis)
				: String.format(Locale.ROOT, "%,.0f ms", millis);
	}

	/** A ratio with two decimals and an x, e.g. 1.27x. */
	public static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	/** Bytes as mebibytes with one decimal. */
	public static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
