package org.trialbench.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The smallest maximum heap ({@code -Xmx}, in MB) a piece of work completes in, found by running it: doubling from
 * a first guess until it completes, then halving the interval between the largest heap it did not complete in and
 * the smallest it did, until that interval is at most {@code max(1 MB, 1/32 of the heap)}. A work that needs more
 * than a given ceiling is reported as such. The work is assumed to need no less with a smaller heap (a heap it
 * completes in, it completes in with more).
 */
final class HeapSearch {

	/** Runs the work once with the given maximum heap; true when it completed (in its time limit). */
	@FunctionalInterface
	interface Probe {
		boolean completes(int megabytes) throws Exception;
	}

	/** One run of the search. */
	record Step(int megabytes, boolean completed) {
		@Override
		public String toString() {
			return megabytes + (completed ? " ok" : " no");
		}
	}

	/**
	 * What the search found: the smallest heap it completed in ({@code megabytes}), the largest it did not (0: none
	 * tried below), and each run in order. {@code megabytes} is -1 when it did not complete at the ceiling.
	 */
	record Result(int megabytes, int failedBelow, List<Step> steps) {
		boolean found() {
			return megabytes > 0;
		}

		String trail() {
			return steps.stream().map(Step::toString).collect(Collectors.joining(", "));
		}
	}

	private HeapSearch() {
	}

	static Result smallest(Probe probe, int first, int ceiling) throws Exception {
		if (first < 1 || ceiling < first) {
			throw new IllegalArgumentException("first guess " + first + " MB, ceiling " + ceiling + " MB");
		}
		List<Step> steps = new ArrayList<>();
		int low = 0;
		int high = -1;
		for (int heap = first; high < 0; heap = Math.min(ceiling, heap * 2)) {
			boolean completed = probe.completes(heap);
			steps.add(new Step(heap, completed));
			if (completed) {
				high = heap;
			} else if (heap >= ceiling) {
				return new Result(-1, heap, List.copyOf(steps));
			} else {
				low = heap;
			}
		}
		while (high - low > Math.max(1, high / 32)) {
			int heap = low + (high - low) / 2;
			boolean completed = probe.completes(heap);
			steps.add(new Step(heap, completed));
			if (completed) {
				high = heap;
			} else {
				low = heap;
			}
		}
		return new Result(high, low, List.copyOf(steps));
	}
}
