package org.trialbench.demo.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;

/**
 * Time and heap of a 10,000-subject demo trial. Not a test of speed: it only prints. Skipped in normal builds. Run it from a plain class path
 * with {@code main}, or in the test runtime with {@code TRIALBENCH_BENCHMARK=1 ./mvnw verify -pl ...demo.tests -am}.
 */
public class DemoTrialBenchmarkTest {

	@Test
	@EnabledIfEnvironmentVariable(named = "TRIALBENCH_BENCHMARK", matches = "1")
	void tenThousandSubjects() {
		main(new String[0]);
	}

	/** Arguments: sites subjects seed (default 40 10000 2026). */
	public static void main(String[] args) {
		int sites = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long start = System.nanoTime();
		DemoTrial demo = new DemoTrialGenerator(sites, subjects, seed).generate(new NullProgressMonitor());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.gc();
		long heapAfter = memory.getHeapMemoryUsage().getUsed();
		System.out.printf("demo trial: %d sites, %d subjects, seed %d%n", sites, subjects, seed);
		System.out.printf("generated in %d ms; retained heap %d MB (max heap %d MB)%n", millis,
				(heapAfter - heapBefore) >> 20, Runtime.getRuntime().maxMemory() >> 20);
		demo.summary().lines().forEach(line -> System.out.println("  " + line));
	}
}
