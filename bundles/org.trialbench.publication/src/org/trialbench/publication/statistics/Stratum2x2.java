package org.trialbench.publication.statistics;

/** One stratum's 2x2 table: events and totals in the two groups. */
public record Stratum2x2(String name, int events1, int total1, int events2, int total2) {
	public Stratum2x2 {
		if (events1 < 0 || events2 < 0 || events1 > total1 || events2 > total2) {
			throw new IllegalArgumentException("stratum " + name + ": events must lie between 0 and the total");
		}
	}

	public int total() {
		return total1 + total2;
	}
}
