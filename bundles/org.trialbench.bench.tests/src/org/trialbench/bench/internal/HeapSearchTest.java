package org.trialbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The heap search against works whose need is known: it finds the smallest heap within its resolution, never
 * reports a heap the work did not complete in, runs few probes, and says when the work needs more than the ceiling.
 */
class HeapSearchTest {

	@Test
	void findsTheSmallestHeapAWorkCompletesInWithinItsResolution() throws Exception {
		for (int need = 1; need <= 2048; need += need < 80 ? 1 : 37) {
			int needed = need;
			List<Integer> tried = new ArrayList<>();
			HeapSearch.Result result = HeapSearch.smallest(megabytes -> {
				tried.add(megabytes);
				return megabytes >= needed;
			}, 32, 2048);
			String trail = "need " + need + ": " + result.trail();
			assertTrue(result.found(), trail);
			assertTrue(result.megabytes() >= need, trail);
			assertTrue(result.failedBelow() < need, trail);
			assertTrue(result.megabytes() - result.failedBelow() <= Math.max(1, result.megabytes() / 32), trail);
			assertTrue(result.megabytes() - need <= Math.max(1, result.megabytes() / 32), trail);
			assertEquals(tried.size(), result.steps().size(), trail);
			for (HeapSearch.Step step : result.steps()) {
				assertEquals(step.megabytes() >= need, step.completed(), trail);
			}
			// doubling from 32 MB to 2 GB is 7 runs at most, the halving about 6 more
			assertTrue(result.steps().size() <= 14, trail);
		}
	}

	@Test
	void aWorkThatNeedsMoreThanTheCeilingIsReportedAsSuch() throws Exception {
		HeapSearch.Result result = HeapSearch.smallest(megabytes -> megabytes >= 5000, 32, 2048);
		assertFalse(result.found(), result.trail());
		assertEquals(List.of(32, 64, 128, 256, 512, 1024, 2048),
				result.steps().stream().map(HeapSearch.Step::megabytes).toList());
		assertEquals(2048, result.failedBelow());
	}

	@Test
	void aFailedProbeIsNotRetriedAndAnErrorEndsTheSearch() throws Exception {
		List<Integer> tried = new ArrayList<>();
		HeapSearch.Result result = HeapSearch.smallest(megabytes -> {
			tried.add(megabytes);
			return megabytes >= 40;
		}, 32, 2048);
		assertEquals(tried.stream().distinct().toList(), tried, "no heap is tried twice");
		assertEquals(40, result.megabytes(), result.trail());
		assertThrows(IllegalStateException.class, () -> HeapSearch.smallest(megabytes -> {
			throw new IllegalStateException("the command could not be started");
		}, 32, 2048));
		assertThrows(IllegalArgumentException.class, () -> HeapSearch.smallest(megabytes -> true, 0, 2048));
	}
}
