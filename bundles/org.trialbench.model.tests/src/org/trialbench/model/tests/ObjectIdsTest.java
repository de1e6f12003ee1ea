package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.trialbench.model.identity.ObjectIds;

/** New objects' ids sort in the order they were made, so a large commit appends to the store's indexes. */
class ObjectIdsTest {

	@Test
	void idsMadeOneAfterAnotherSortAsTextInTheOrderTheyWereMade() {
		String previous = ObjectIds.next();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 50_000; i++) { // far more than 4,096 in one millisecond
			String id = ObjectIds.next();
			assertTrue(id.compareTo(previous) > 0, id + " after " + previous);
			assertTrue(seen.add(id), "unique: " + id);
			previous = id;
		}
	}

	@Test
	void anIdIsAVersion7UuidOfItsMillisecond() {
		long before = System.currentTimeMillis();
		UUID id = UUID.fromString(ObjectIds.next());
		assertEquals(7, id.version());
		assertEquals(2, id.variant());
		long millis = id.getMostSignificantBits() >>> 16;
		assertTrue(millis >= before && millis <= System.currentTimeMillis() + 10, millis + " vs " + before);
	}

	@Test
	void aReproducibleIdDependsOnlyOnItsTimeCounterAndRandomBits() {
		assertEquals(ObjectIds.of(1_767_225_600_000L, 5, 42L), ObjectIds.of(1_767_225_600_000L, 5, 42L));
		assertTrue(ObjectIds.of(1_767_225_600_000L, 4095, -1L).compareTo(ObjectIds.of(1_767_225_600_001L, 0, 0L)) < 0);
		assertTrue(ObjectIds.of(1_767_225_600_000L, 9, -1L).compareTo(ObjectIds.of(1_767_225_600_000L, 10, 0L)) < 0);
	}
}
