package org.trialbench.publication;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.core.VersionReport;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * The two exports as one unit of work each (read the snapshot, compute, write), shared by the headless commands and
 * the workbench's export job, so both produce the same file from the same snapshot.
 */
public final class TablesExport {

	private TablesExport() {
	}

	public static WorkbookProvenance provenance(AnalysisDataset data, Population population, String user) {
		String study = data.protocol().getAcronym() != null ? data.protocol().getAcronym() : data.protocol().getOid();
		return new WorkbookProvenance(study, data.snapshot(), population, VersionReport.trialbenchVersion(),
				Instant.now(), user);
	}

	/**
	 * Reads the snapshot, computes every table and writes the workbook; returns the tables written. While the
	 * store is read, the tables of the first subjects read are computed and written to no file on a thread of their
	 * own (a {@link Rehearsal}).
	 */
	public static List<PublicationTable> tables(TrialSession session, String snapshotId, Population population,
			Path out, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting publication tables", 100);
		Snapshot snapshot = AnalysisDatasets.resolve(session, snapshotId);
		String user = session.user().getUsername();
		try (Rehearsal rehearsal = new Rehearsal(population, user)) {
			AnalysisDataset data = AnalysisDatasets.read(session, snapshot, progress.split(50), Rehearsal.SUBJECTS,
					rehearsal::start);
			List<PublicationTable> tables = PublicationTables.of(data, population, progress.split(20));
			TablesWorkbook.write(tables, provenance(data, population, user), out, progress.split(30));
			return tables;
		}
	}

	/**
	 * The export rehearsed on the first subjects read, on a daemon thread while the rest are read: it computes
	 * their tables and builds their workbook, writing nothing. A command runs in a new JVM, where the tables' first
	 * computation and the workbook's first writing cost more in loading and preparing their code (Apache POI's
	 * OOXML schema types, the statistics library, Java2D's fonts and PNG encoder) than in work: about 1.4 s of a
	 * 10,000-subject export, which the rehearsal spends while the main work waits on the store. Its result is
	 * dropped and its failure ignored: the real export computes and checks everything itself. Closing waits for it
	 * (it is short), so that no thread of the export outlives it.
	 */
	static final class Rehearsal implements AutoCloseable {
		/** How many subjects it computes the tables of: enough for every table to have rows and figures. */
		static final int SUBJECTS = 200;
		private final Population population;
		private final String user;
		private Thread thread;

		Rehearsal(Population population, String user) {
			this.population = population;
			this.user = user;
		}

		void start(AnalysisDataset first) {
			thread = new Thread(() -> {
				try {
					List<PublicationTable> tables = PublicationTables.of(first, population, null);
					TablesWorkbook.rehearse(tables, provenance(first, population, user));
				} catch (RuntimeException | IOException | LinkageError e) {
					// a rehearsal only prepares; the export itself reports what fails
				}
			}, "Trialbench export rehearsal");
			thread.setDaemon(true);
			thread.setPriority(Thread.NORM_PRIORITY - 1);
			thread.start();
		}

		@Override
		public void close() {
			if (thread == null) {
				return;
			}
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Reads the snapshot and writes the listings; returns the files written. */
	public static List<Path> listings(TrialSession session, String snapshotId, Population population,
			ListingsExport.Format format, Path out, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting listings", 100);
		Snapshot snapshot = AnalysisDatasets.resolve(session, snapshotId);
		AnalysisDataset data = AnalysisDatasets.read(session, snapshot, progress.split(50));
		return ListingsExport.write(data, provenance(data, population, session.user().getUsername()), format, out,
				progress.split(50));
	}
}
