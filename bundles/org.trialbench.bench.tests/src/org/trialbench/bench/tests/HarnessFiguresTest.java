package org.trialbench.bench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Figures;
import org.trialbench.bench.Goal;
import org.trialbench.bench.HeapHighWater;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Samples;
import org.trialbench.bench.Side;

/** The harness' own arithmetic, against values worked out by hand. */
class HarnessFiguresTest {

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		// sorted: 10, 12, 13, 20, 90 -> the third value
		Samples samples = Samples.ofMillis(20, 10, 90, 13, 12);
		assertEquals(13.0, samples.medianMillis(), 1e-9);
		assertEquals(10.0, samples.minMillis(), 1e-9);
		assertEquals(90.0, samples.maxMillis(), 1e-9);
		assertEquals(5, samples.count());
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		// sorted: 4, 6, 9, 100 -> (6 + 9) / 2 = 7.5
		assertEquals(7.5, Samples.ofMillis(100, 9, 4, 6).medianMillis(), 1e-9);
	}

	@Test
	void aTimeRatioIsProductOverFloor() {
		Goal goal = Goal.timeRatioAtMost(2.0);
		// 30 ms against a 12 ms floor: 30 / 12 = 2.5 -> missed; 24 / 12 = 2.0 -> met (the limit is inclusive)
		assertEquals(2.5, goal.figure(30, 12), 1e-9);
		assertFalse(goal.met(goal.figure(30, 12)));
		assertTrue(goal.met(goal.figure(24, 12)));
	}

	@Test
	void aThroughputRatioIsFloorTimeOverProductTime() {
		Goal goal = Goal.throughputRatioAtLeast(0.7);
		// the same cells: floor 7 s, product 10 s -> the product writes 0.7 of the floor's cells per second
		assertEquals(0.7, goal.figure(10_000, 7_000), 1e-9);
		assertTrue(goal.met(goal.figure(10_000, 7_000)));
		assertFalse(goal.met(goal.figure(10_000, 6_900)));
	}

	@Test
	void anAbsoluteGoalIsStrict() {
		Goal goal = Goal.millisBelow(200);
		assertTrue(goal.met(goal.figure(199.9, Double.NaN)));
		assertFalse(goal.met(goal.figure(200, Double.NaN)));
	}

	@Test
	void figuresAreWrittenWithADotWhateverTheLocale() {
		assertEquals("12.3 ms", Figures.millis(12.34));
		assertEquals("1,235 ms", Figures.millis(1234.6));
		assertEquals("1.27x", Figures.ratio(1.2749));
		assertEquals("1.5 MB", Figures.megabytes(1_572_864)); // 1.5 * 1024 * 1024
		assertEquals("<= 1.30x time", Goal.timeRatioAtMost(1.3).describe());
		assertEquals(">= 0.50x throughput", Goal.throughputRatioAtLeast(0.5).describe());
		assertEquals("< 200 ms", Goal.millisBelow(200).describe());
	}

	@Test
	void aResultPrintsMedianFloorRatioGoalAndVerdict() {
		Side product = new Side("product", Samples.ofMillis(30, 31, 29), 60, "values", 3 << 20);
		Side floor = new Side("floor", Samples.ofMillis(10, 12, 11), 60, "values", 1 << 20);
		BenchResult result = BenchResult.of("commit", product, floor, Goal.timeRatioAtMost(2.0));
		List<String> lines = result.lines();
		assertEquals("commit", lines.get(0));
		assertEquals("  product  median 30.0 ms (min 29.0 ms, max 31.0 ms, n=3)  60 values  peak heap +3.0 MB", lines.get(1));
		assertEquals("  floor    median 11.0 ms (min 10.0 ms, max 12.0 ms, n=3)  60 values  peak heap +1.0 MB", lines.get(2));
		// 30 / 11 = 2.727...
		assertEquals("  ratio 2.73x  goal <= 2.00x time  MISS", lines.get(3));
	}

	@Test
	void repetitionsRunWarmUpsThenMeasureAndRefuseUnequalWork() throws Exception {
		int[] calls = new int[1];
		Side side = new Repetitions(2, 3).measure("x", "rows", repetition -> {
			calls[0]++;
			return 5;
		});
		assertEquals(5, calls[0]);
		assertEquals(3, side.samples().count());
		assertEquals(5, side.work());
		assertThrows(IllegalStateException.class,
				() -> new Repetitions(0, 2).measure("x", "rows", repetition -> repetition));
	}

	@Test
	void productAndFloorRunAlternatelyAndMustDoTheSameWork() throws Exception {
		StringBuilder order = new StringBuilder();
		Repetitions.Pair pair = new Repetitions(1, 2).measurePair("rows", repetition -> {
			order.append("p").append(repetition); // preparation, untimed
			return () -> 7;
		}, repetition -> () -> {
			order.append("f").append(repetition);
			return 7;
		});
		assertEquals("p0f0p1f1p2f2", order.toString()); // one warm-up round, then two measured rounds
		assertEquals(2, pair.product().samples().count());
		assertEquals(2, pair.floor().samples().count());
		assertEquals("product", pair.product().label());
		assertEquals("floor", pair.floor().label());
		assertThrows(IllegalStateException.class,
				() -> new Repetitions(0, 1).measurePair("rows", repetition -> () -> 7, repetition -> () -> 8));
	}

	@Test
	void heapHighWaterCountsShortWorkThatNoCollectionInterrupted() {
		HeapHighWater heap = new HeapHighWater();
		heap.start();
		List<byte[]> held = new ArrayList<>();
		for (int i = 0; i < 40 * 1024; i++) {
			held.add(new byte[1024]); // 40 MB in small arrays, still live when the peak is read
		}
		long peak = heap.peakAboveBaseline();
		assertTrue(peak >= 40L * 1024 * 1024, "40 MB held live, but the peak read " + (peak >> 20) + " MB");
		assertEquals(40 * 1024, held.size());
	}
}
