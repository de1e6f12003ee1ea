package org.trialbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a piece of work needs at its peak, above what was live before it started. Before: a full collection
 * (so that garbage of earlier work does not count), the live heap as baseline, and every heap pool's peak reset.
 * After: the sum of the heap pools' peak usages minus the baseline. The pools (eden, survivor, old) may peak at
 * different moments, so the sum is an upper bound of the true high-water mark; it also counts garbage not yet
 * collected, which is what the work made the JVM hold, and so what a heap size must allow for.
 * <p>
 * A pool's peak is only brought up to date at a collection (G1), so work too short for any collection would read
 * as nothing. Each pool's current usage is therefore read as well and the larger of the two counts: without a
 * collection in between, a pool's usage only grows, so its current usage at the end is its peak.
 */
public final class HeapHighWater {
	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
	private long baseline;

	/** Collects, records the live heap and resets the pools' peaks. */
	public void start() {
		System.gc();
		baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Peak heap above the baseline since {@link #start()}, never negative. */
	public long peakAboveBaseline() {
		long peak = 0;
		for (MemoryPoolMXBean pool : pools) {
			peak += Math.max(pool.getPeakUsage().getUsed(), pool.getUsage().getUsed());
		}
		return Math.max(0, peak - baseline);
	}
}
