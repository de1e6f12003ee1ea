package org.trialbench.bench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.TrialSession;

/**
 * What a writing committee waits for: the data lock, then {@code export-tables} and {@code export-listings} end to
 * end in process (the snapshot read from the store, the tables or listings computed, the workbook written), through
 * the same {@link TablesExport} units of work as the commands and the workbench's export job.
 */
final class ExportBench {

	private ExportBench() {
	}

	/** The data manager locks the data (one lock per repetition: a lock is not undone). */
	static BenchResult lock(TrialSession dataManager, Repetitions repetitions) throws Exception {
		return lock("Data lock (lock-data)", dataManager, repetitions);
	}

	/** The same on a store of another kind, under its own name. */
	static BenchResult lock(String name, TrialSession dataManager, Repetitions repetitions) throws Exception {
		int[] subjects = new int[1];
		Side product = repetitions.measure("product", "subjects", repetition -> {
			DataLock lock = dataManager.lockData("benchmark lock " + (repetition + 1));
			subjects[0] = lock.subjects();
			return lock.subjects();
		});
		return BenchResult.of(name, product, null, Goal.millisBelow(5000),
				"the lock lists every subject's current records (" + subjects[0] + " subjects; on PostgreSQL the "
						+ "commits keep them current, schema 20), audit anchor recorded");
	}

	/** export-tables of the newest lock (else the live data), ITT. */
	static BenchResult tables(TrialSession statistician, Path folder, Repetitions repetitions) throws Exception {
		Path out = folder.resolve("export-tables.xlsx");
		String snapshot = snapshot(statistician);
		int[] subjects = new int[1];
		Side product = repetitions.measure("product", "tables", repetition -> {
			List<PublicationTable> tables = TablesExport.tables(statistician, snapshot, Population.ITT, out,
					new NullProgressMonitor());
			return tables.size();
		});
		subjects[0] = statistician.countSubjects(org.trialbench.repository.SubjectFilter.all());
		return BenchResult.of("export-tables end to end (store read + tables + .xlsx)", product, null,
				Goal.millisBelow(3000), "snapshot " + describe(snapshot) + " of " + subjects[0]
						+ " subjects read from the store in every repetition; workbook " + Files.size(out) / 1024
						+ " KB; " + phases(statistician, snapshot, out));
	}

	/** One more export-tables, its steps timed apart (as {@link TablesExport#tables} takes them). */
	private static String phases(TrialSession statistician, String snapshotId, Path out) throws Exception {
		long start = System.nanoTime();
		AnalysisDataset data = AnalysisDatasets.read(statistician, AnalysisDatasets.resolve(statistician, snapshotId),
				new NullProgressMonitor());
		long read = System.nanoTime();
		List<PublicationTable> tables = PublicationTables.of(data, Population.ITT, new NullProgressMonitor());
		long computed = System.nanoTime();
		TablesWorkbook.write(tables, TablesExport.provenance(data, Population.ITT, statistician.user().getUsername()),
				out, new NullProgressMonitor());
		long written = System.nanoTime();
		return String.format("one more run by step: store read %,d ms, tables %,d ms, workbook %,d ms",
				(read - start) / 1_000_000, (computed - read) / 1_000_000, (written - computed) / 1_000_000);
	}

	/** export-listings of the newest lock (else the live data), .xlsx. */
	static BenchResult listings(TrialSession statistician, Path folder, Repetitions repetitions) throws Exception {
		Path out = folder.resolve("export-listings.xlsx");
		String snapshot = snapshot(statistician);
		Side product = repetitions.measure("product", "files", repetition -> TablesExport.listings(statistician,
				snapshot, Population.ITT, ListingsExport.Format.XLSX, out, new NullProgressMonitor()).size());
		// no floor of its own: the listing benchmark compares the writing with raw SXSSF; this adds the store read
		return BenchResult.of("export-listings end to end (store read + listings + .xlsx)", product, null,
				Goal.millisBelow(30_000), "snapshot " + describe(snapshot) + "; workbook " + Files.size(out) / (1 << 20)
						+ " MB");
	}

	/** The newest lock's id, or null (the command's default: the newest lock, else the live data). */
	private static String snapshot(TrialSession session) throws Exception {
		List<DataLock> locks = session.dataLocks();
		return locks.isEmpty() ? null : locks.get(locks.size() - 1).id();
	}

	private static String describe(String snapshot) {
		return snapshot == null ? "live data (no lock)" : snapshot;
	}
}
