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

	/** Reads the snapshot, computes every table and writes the workbook; returns the tables written. */
	public static List<PublicationTable> tables(TrialSession session, String snapshotId, Population population,
			Path out, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting publication tables", 100);
		Snapshot snapshot = AnalysisDatasets.resolve(session, snapshotId);
		AnalysisDataset data = AnalysisDatasets.read(session, snapshot, progress.split(50));
		List<PublicationTable> tables = PublicationTables.of(data, population, progress.split(20));
		TablesWorkbook.write(tables, provenance(data, population, session.user().getUsername()), out,
				progress.split(30));
		return tables;
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
