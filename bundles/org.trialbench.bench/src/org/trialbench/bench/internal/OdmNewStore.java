package org.trialbench.bench.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * A large ODM import that writes: the trial's exported file imported into a new, empty store as
 * {@code ./trialbench import-odm --new-trial} does it (the trial set up from the file after the whole file was
 * checked against that set-up, then every subject written with its audit trail, a commit every
 * {@value OdmImport#FLUSH_EVERY} subjects), timed from the file's first read to the import's last commit. The
 * re-import the {@code odm} benchmark times compares every subject and writes nothing; this is the import a trial
 * moving from another system makes.
 */
final class OdmNewStore {
	static final String NAME = "ODM import into a new store";
	private static final String ADMINISTRATOR = "admin";

	/** What one import did. */
	record Run(long millis, int subjects, int values) {
	}

	private OdmNewStore() {
	}

	/** Imports {@code file} into the empty {@code repository}; its administrator logs in with {@code password}. */
	static Run into(TrialRepository repository, Path file, char[] password) throws Exception {
		OdmImport.Source source = OdmImport.Source.of(file);
		long start = System.nanoTime();
		OdmImport.TrialSetup setup = OdmImport.setUpTrial(source, ADMINISTRATOR, null);
		OdmImport.setUpInto(repository, source, setup,
				new InitialCredentials(Map.of(ADMINISTRATOR, password.clone())), new NullProgressMonitor());
		ImportReport report;
		try (TrialSession administrator = repository.login(ADMINISTRATOR, password.clone())) {
			report = new OdmImport(administrator).run(source,
					new OdmImport.Options(false, "benchmark: " + NAME, setup.defaultSiteCode()), new NullProgressMonitor());
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (report.subjectsAdded() == 0) {
			throw new IllegalStateException(NAME + ": " + file.getFileName() + " added no subject: " + report.summary());
		}
		return new Run(millis, report.subjectsAdded(), report.changedValues());
	}
}
