package org.trialbench.demo.internal;

import java.util.SplittableRandom;
import java.util.UUID;

import org.trialbench.clinical.ClinicalObject;

/**
 * Stable identifiers for the demo trial: random-looking version-4 UUIDs, but drawn from their own seeded stream so
 * that the same seed gives the same ids, independent of the draws that shape the clinical data.
 */
final class Ids {
	/** Separates the id stream from the data streams derived from the same seed. */
	private static final long STREAM = 0x1D5_1D5_1D5L;
	private final SplittableRandom random;

	Ids(long seed) {
		random = new SplittableRandom(seed ^ STREAM);
	}

	String next() {
		long high = random.nextLong();
		long low = random.nextLong();
		high = (high & ~0xF000L) | 0x4000L; // version 4
		low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
		return new UUID(high, low).toString();
	}

	<T extends ClinicalObject> T assign(T object) {
		object.setId(next());
		return object;
	}
}
