package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * How much memory importing a brand-new file takes: every subject is new. The import flushes its transaction every
 * {@link OdmImport#FLUSH_EVERY} subjects, so the peak should not grow with the number of subjects (before it did:
 * about 150 KB per subject, and 10,000 subjects did not fit in 2 GB). Runs on request (TRIALBENCH_BENCHMARK=1; sizes in
 * TRIALBENCH_BENCHMARK_SUBJECTS, default 1000,5000,10000) and prints its figures; the test JVM has the product's
 * 2 GB heap. Measured 2026-11 on H2 (peak live heap above the baseline): 1,000 subjects +39 MB, 5,000 +62 MB,
 * 10,000 (1.6 million values, a 315 MB file, 2.06 million audit entries in one commit) +67 MB in 174 s. The live heap is sampled by a thread that forces a collection every half second, so the peak includes
 * the commit itself.
 */
@EnabledIfEnvironmentVariable(named = "TRIALBENCH_BENCHMARK", matches = "1")
class ImportMemoryBenchmark {

	/** A value each item of the shipped protocol accepts without a warning. */
	static String valid(ItemDefinition item) {
		if (item.getCodeList() != null && !item.getCodeList().getItems().isEmpty()) {
			return item.getCodeList().getItems().get(0).getCode();
		}
		return switch (item.getDataType()) {
		case INTEGER -> item.isSetMin() ? item.getMin().toBigInteger().toString() : "1";
		case DECIMAL -> item.isSetMin() ? item.getMin().toPlainString() : "1.5";
		case DATE -> "2025-01-15";
		case DATETIME -> "2025-01-15T10:00:00Z";
		case BOOLEAN -> "true";
		default -> "text";
		};
	}

	/** Forces a collection every half second and keeps the largest live heap seen. */
	private static final class Sampler extends Thread {
		final AtomicLong peak = new AtomicLong();
		volatile boolean running = true;

		Sampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running) {
				System.gc();
				Runtime runtime = Runtime.getRuntime();
				peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
				try {
					Thread.sleep(500);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	private static long liveHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}

	@Test
	void importingABrandNewFile(@TempDir Path directory) throws Exception {
		String sizes = System.getenv().getOrDefault("TRIALBENCH_BENCHMARK_SUBJECTS", "1000,5000,10000");
		List<String> lines = new ArrayList<>();
		for (String size : sizes.split(",")) {
			int subjects = Integer.parseInt(size.strip());
			String line = once(directory.resolve("n" + subjects), subjects);
			System.out.println(line);
			lines.add(line);
			if (line.contains("OutOfMemoryError")) {
				break;
			}
		}
		System.out.println("ODM import memory benchmark (-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + " MB):");
		lines.forEach(System.out::println);
	}

	private static String once(Path directory, int subjects) throws Exception {
		Files.createDirectories(directory);
		Study study = PoemBtxProtocol.load();
		Trial trial = StreamingExportTest.trial(study);
		trial.setName("Benchmark");
		Path file = directory.resolve("new-" + subjects + ".xml");
		OdmExport.Summary written;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			written = OdmExport.write(study, trial, new StreamingExportTest.Synthetic(study, subjects, () -> {
			}, ImportMemoryBenchmark::valid), subjects, out, OdmExportOptions.full(), new NullProgressMonitor());
		}
		long bytes = Files.size(file);
		Trial empty = EcoreUtil.copy(trial);
		try (JdbcTrialRepository store = Stores.initialize(directory.resolve("store"), empty);
				TrialSession session = store.localSession(Stores.IMPORTER)) {
			long before = liveHeap();
			Sampler sampler = new Sampler();
			long start = System.nanoTime();
			sampler.start();
			String outcome;
			try {
				ImportReport report = new OdmImport(session).run(OdmImport.Source.of(file),
						new OdmImport.Options(false, "benchmark", null), new NullProgressMonitor());
				assertEquals(subjects, report.subjectsAdded());
				assertEquals(subjects, session.countSubjects(SubjectFilter.all()));
				org.junit.jupiter.api.Assertions.assertTrue(
						store.verifyAudit(new NullProgressMonitor()).intact(), "the audit chain is intact");
				outcome = "imported as commit " + report.commit().commitId() + " (" + report.commit().changedValues()
						+ " audit entries)";
			} catch (OutOfMemoryError e) {
				outcome = "OutOfMemoryError";
			} finally {
				sampler.running = false;
				sampler.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = sampler.peak.get() - before;
			return String.format("  %,6d new subjects, %,9d values, file %,5d MB: %s in %5.1f s; live heap before "
					+ "%,d MB, peak during import +%,d MB (%,d KB per subject, %,d bytes per value)", subjects,
					written.values(), bytes >> 20, outcome, seconds, before >> 20, peak >> 20,
					peak / 1024 / subjects, peak / Math.max(1, written.values()));
		}
	}
}
