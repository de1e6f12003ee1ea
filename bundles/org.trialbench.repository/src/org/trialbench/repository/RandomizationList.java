package org.trialbench.repository;

import java.time.Instant;
import java.util.List;

/**
 * A stratified randomization list: who generated it, when, with which seed (so it can be regenerated and checked),
 * and its slots in stratum and sequence order.
 */
public record RandomizationList(long seed, String generatedBy, Instant generatedAt, String method,
		List<RandomizationSlot> slots) {

	public RandomizationList {
		slots = List.copyOf(slots);
	}

	/** The slots of one stratum in sequence order. */
	public List<RandomizationSlot> stratum(String stratumCode) {
		return slots.stream().filter(s -> s.stratum().equals(stratumCode)).toList();
	}
}
