package org.trialbench.bench;

/**
 * Runs the sides of a benchmark: warm-up repetitions (not measured, so that the JIT has compiled the hot code and
 * caches are filled as in a running workbench), then measured repetitions timed with {@link System#nanoTime()}.
 * A product and its floor run alternately (product, floor, product, floor, ...), so that both see the same load of a
 * shared machine and the same state of the JIT and the disk cache. Before every repetition the heap is collected and
 * its peak reset ({@link HeapHighWater}); a side's peak heap is the largest over its measured repetitions. What a
 * repetition needs but should not be timed for (loading the record a commit saves, reading back the rows a floor
 * writes) is its preparation, run before the clock starts.
 */
public final class Repetitions {

	/** One repetition; returns the work it did (rows, cells, ...), which must be the same every time. */
	@FunctionalInterface
	public interface Task {
		long run(int repetition) throws Exception;
	}

	/** The timed part of a prepared repetition. */
	@FunctionalInterface
	public interface Timed {
		long run() throws Exception;
	}

	/** Prepares repetition {@code repetition} untimed and returns its timed part. */
	@FunctionalInterface
	public interface Prepared {
		Timed prepare(int repetition) throws Exception;
	}

	/** The product side and its floor, measured alternately. */
	public record Pair(Side product, Side floor) {
	}

	private final int warmups;
	private final int measured;

	public Repetitions(int warmups, int measured) {
		if (warmups < 0 || measured < 1) {
			throw new IllegalArgumentException("warm-ups >= 0 and measured repetitions >= 1, not " + warmups + "/" + measured);
		}
		this.warmups = warmups;
		this.measured = measured;
	}

	public int warmups() {
		return warmups;
	}

	public int measured() {
		return measured;
	}

	/** One side alone (a benchmark with an absolute goal). */
	public Side measure(String label, String unit, Task task) throws Exception {
		return measurePrepared(label, unit, repetition -> () -> task.run(repetition));
	}

	public Side measurePrepared(String label, String unit, Prepared task) throws Exception {
		Recorder side = new Recorder(label, measured);
		for (int i = 0; i < warmups + measured; i++) {
			side.run(task, i, i >= warmups);
		}
		return side.side(unit);
	}

	/** Product and floor alternately, the product first in each round; both must do the same work. */
	public Pair measurePair(String unit, Prepared product, Prepared floor) throws Exception {
		Recorder productSide = new Recorder("product", measured);
		Recorder floorSide = new Recorder("floor", measured);
		for (int i = 0; i < warmups + measured; i++) {
			productSide.run(product, i, i >= warmups);
			floorSide.run(floor, i, i >= warmups);
		}
		if (productSide.work != floorSide.work) {
			throw new IllegalStateException("the product did " + productSide.work + " " + unit + ", its floor "
					+ floorSide.work + ": the figures would not be comparable");
		}
		return new Pair(productSide.side(unit), floorSide.side(unit));
	}

	private static final class Recorder {
		private final String label;
		private final long[] nanos;
		private int count;
		private long work = -1;
		private long peak;

		Recorder(String label, int measured) {
			this.label = label;
			this.nanos = new long[measured];
		}

		void run(Prepared task, int repetition, boolean measure) throws Exception {
			Timed timed = task.prepare(repetition);
			HeapHighWater heap = new HeapHighWater();
			heap.start();
			long start = System.nanoTime();
			long done = timed.run();
			long elapsed = System.nanoTime() - start;
			if (work >= 0 && work != done) {
				throw new IllegalStateException(label + " did different work in two repetitions (" + work + " and "
						+ done + "): the figures would not be comparable");
			}
			work = done;
			if (measure) {
				nanos[count++] = elapsed;
				peak = Math.max(peak, heap.peakAboveBaseline());
			}
		}

		Side side(String unit) {
			return new Side(label, new Samples(nanos), work, unit, peak);
		}
	}
}
