package org.trialbench.bench;

/**
 * Runs one side of a benchmark: warm-up repetitions (not measured, so that the JIT has compiled the hot code and
 * caches are filled as in a running workbench), then measured repetitions, each timed with {@link System#nanoTime()},
 * with the heap's high-water mark over the measured ones.
 */
public final class Repetitions {

	/** One repetition; returns the work it did (rows, cells, ...), which must be the same every time. */
	@FunctionalInterface
	public interface Task {
		long run(int repetition) throws Exception;
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

	public Side measure(String label, String unit, Task task) throws Exception {
		long work = -1;
		int repetition = 0;
		for (int i = 0; i < warmups; i++) {
			work = checkWork(label, work, task.run(repetition++));
		}
		HeapHighWater heap = new HeapHighWater();
		heap.start();
		long[] nanos = new long[measured];
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			long done = task.run(repetition++);
			nanos[i] = System.nanoTime() - start;
			work = checkWork(label, work, done);
		}
		return new Side(label, new Samples(nanos), work, unit, heap.peakAboveBaseline());
	}

	private static long checkWork(String label, long before, long now) {
		if (before >= 0 && before != now) {
			throw new IllegalStateException(label + " did different work in two repetitions (" + before + " and " + now
					+ "): the figures would not be comparable");
		}
		return now;
	}
}
