package org.trialbench.demo.internal;

import java.util.SplittableRandom;

import org.trialbench.clinical.ClinicalObject;
import org.trialbench.model.identity.ObjectIds;

/**
 * Stable identifiers for the demo trial: ordered UUIDs as {@link ObjectIds} makes them (so that storing the trial
 * appends to the store's indexes), counting from a fixed moment instead of the clock and with their random bits drawn
 * from their own seeded stream, so that the same seed gives the same ids, independent of the draws that shape the
 * clinical data.
 */
final class Ids {
	/** Separates the id stream from the data streams derived from the same seed. */
	private static final long STREAM = 0x1D5_1D5_1D5L;
	/** 2026-01-01T00:00:00Z: the demo's ids count from here. */
	private static final long EPOCH_MILLIS = 1_767_225_600_000L;
	private final SplittableRandom random;
	private long made;

	Ids(long seed) {
		random = new SplittableRandom(seed ^ STREAM);
	}

	String next() {
		long n = made++;
		return ObjectIds.of(EPOCH_MILLIS + n / 4096, (int) (n % 4096), random.nextLong());
	}

	<T extends ClinicalObject> T assign(T object) {
		object.setId(next());
		return object;
	}
}
