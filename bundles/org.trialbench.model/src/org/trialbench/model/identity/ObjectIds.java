package org.trialbench.model.identity;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identities of new clinical objects: UUIDs whose text sorts in the order they were made (the layout of RFC 9562's
 * version 7: 48 bits of Unix milliseconds, a 12-bit counter within the millisecond, 62 random bits).
 * <p>
 * Why ordered: every store indexes objects and audit entries by id. Random ids put each new row at a random place in
 * those indexes, so a large commit (a trial loaded, an import) touches index pages all over the store, and the
 * embedded store (H2 writes every changed page anew) grew to many times its data. Ids that grow with time are
 * appended at the end of each index, beside the ones made just before.
 */
public final class ObjectIds {
	private static final SecureRandom RANDOM = new SecureRandom();
	private static long lastMillis;
	private static int counter;

	private ObjectIds() {
	}

	/** A new id, greater (as text and as number) than every id this process made before. */
	public static String next() {
		long millis;
		int sequence;
		synchronized (ObjectIds.class) {
			millis = Math.max(System.currentTimeMillis(), lastMillis);
			if (millis == lastMillis) {
				if (++counter > 0xFFF) { // 4,096 ids in one millisecond: borrow the next one
					millis++;
					counter = 0;
				}
			} else {
				counter = 0;
			}
			lastMillis = millis;
			sequence = counter;
		}
		return of(millis, sequence, RANDOM.nextLong());
	}

	/**
	 * The id of the given time, counter and random bits (a generator of reproducible ids, such as the demo's, passes
	 * its own stream's bits and a time of its own).
	 */
	public static String of(long millis, int sequence, long random) {
		long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (sequence & 0xFFF);
		long low = (random & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
		return new UUID(high, low).toString();
	}
}
