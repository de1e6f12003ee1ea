package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;

/**
 * A 10,000-subject demo trial: computing the tables and writing both workbooks takes seconds, reports progress
 * all the way, and a cancelled export leaves no file behind.
 */
class LargeTrialExportTest {
	static AnalysisDataset data;

	@TempDir
	Path directory;

	@BeforeAll
	static void generate() {
		data = AnalysisDatasets.of(new DemoTrialGenerator(40, 10_000, 2026).generate(new NullProgressMonitor()).trial(),
				new NullProgressMonitor());
	}

	static WorkbookProvenance provenance() {
		return new WorkbookProvenance("POEM-SPASM", data.snapshot(), Population.ITT, "test", Instant.now(), null);
	}

	/** Counts work and remembers how far it got. */
	static final class CountingMonitor extends NullProgressMonitor {
		double worked;
		int total;
		final AtomicInteger calls = new AtomicInteger();
		int cancelAfter = Integer.MAX_VALUE;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			if (calls.incrementAndGet() >= cancelAfter) {
				setCanceled(true);
			}
		}
	}

	@Test
	void tablesAndListingsOfTenThousandSubjectsInSeconds() throws Exception {
		assertEquals(10_000, data.subjects().size());
		long start = System.nanoTime();
		CountingMonitor tablesProgress = new CountingMonitor();
		List<PublicationTable> tables = PublicationTables.of(data, Population.ITT, tablesProgress);
		Path tablesFile = directory.resolve("tables.xlsx");
		CountingMonitor writeProgress = new CountingMonitor();
		TablesWorkbook.write(tables, provenance(), tablesFile, writeProgress);
		double tablesSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		CountingMonitor listingsProgress = new CountingMonitor();
		Path listingsFile = directory.resolve("listings.xlsx");
		ListingsExport.write(data, provenance(), ListingsExport.Format.XLSX, listingsFile, listingsProgress);
		double listingsSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("10,000 subjects: tables %.1f s (%d KB), listings %.1f s (%d KB)%n", tablesSeconds,
				Files.size(tablesFile) >> 10, listingsSeconds, Files.size(listingsFile) >> 10);
		assertTrue(tablesSeconds < 30, "tables took " + tablesSeconds + " s");
		assertTrue(listingsSeconds < 60, "listings took " + listingsSeconds + " s");
		assertEquals(tablesProgress.total, tablesProgress.worked, 1e-6, "tables progress reaches the end");
		assertEquals(listingsProgress.total, listingsProgress.worked, 1e-6, "listings progress reaches the end");
		assertTrue(listingsProgress.calls.get() >= 100, "listing progress moves in steps of 1% or finer");
	}

	@Test
	void cancellingStopsTheExportAndLeavesNoFile() {
		CountingMonitor monitor = new CountingMonitor();
		monitor.cancelAfter = 50;
		Path file = directory.resolve("cancelled.xlsx");
		assertThrows(OperationCanceledException.class,
				() -> ListingsExport.write(data, provenance(), ListingsExport.Format.XLSX, file, monitor));
		assertTrue(Files.notExists(file));
		try (var left = Files.list(directory)) {
			assertEquals(0, left.count(), "no temporary file either");
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}
