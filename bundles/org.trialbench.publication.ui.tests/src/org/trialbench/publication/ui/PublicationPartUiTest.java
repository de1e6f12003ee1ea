package org.trialbench.publication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Compute tables is offered only to whom it can work for: the blinded writing committee before a lock sees it
 * disabled with the reason, not an error after pressing it; the statistician can compute.
 */
class PublicationPartUiTest {
	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private Shell shell;
	private PublicationPart part;

	@BeforeEach
	void open() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(2, 20, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 700);
	}

	@AfterEach
	void close() {
		if (part != null) {
			part.dispose();
		}
		shell.dispose();
		repository.close();
	}

	private PublicationView as(String username) throws Exception {
		WorkbenchSession workbench = WorkbenchSession.connected(repository);
		workbench.open(repository.localSession(username));
		part = new PublicationPart(workbench);
		part.create(shell);
		shell.open();
		PublicationViewUiTest.spin(200);
		return part.view();
	}

	@Test
	void theBlindedCommitteeBeforeALockSeesComputeDisabledWithTheReason() throws Exception {
		PublicationView view = as("committee1");
		assertFalse(view.computeButton().isEnabled(), "computing would fail: the committee is blinded");
		assertTrue(view.computeButton().getToolTipText().contains("blinded"), view.computeButton().getToolTipText());
		view.setBusy(false);
		assertFalse(view.computeButton().isEnabled(), "a finished job does not enable it again");
	}

	@Test
	void theStatisticianCanCompute() throws Exception {
		PublicationView view = as("statistician");
		assertTrue(view.computeButton().isEnabled());
	}

	/** An investigator sees only their own site's subjects: the part says the tables are not the trial's. */
	@Test
	void aSiteBoundUserIsToldTheTablesHoldOnlyTheirSites() throws Exception {
		PublicationView view = as("inv01");
		assertTrue(view.statusText().contains("These tables hold only the subjects of site 01 (the sites you work "
				+ "at), not the whole trial's 2 sites."), view.statusText());
		try (org.trialbench.repository.TrialSession statistician = repository.localSession("statistician")) {
			assertEquals(null, PublicationPart.scope(statistician), "the statistician's tables are the trial's");
		}
	}

	@Test
	void theHeaderGivesTimesToTheMinuteNotTheInstantsNanoseconds() {
		String text = PublicationPart.describe(new org.trialbench.publication.Snapshot("LOCK-1", 42,
				java.time.Instant.parse("2026-11-30T10:15:30.123456789Z"), "datamanager", true, null));
		assertTrue(text.matches("data lock LOCK-1 \\(commit 42, locked 2026-11-30 \\d\\d:\\d\\d \\S+ by datamanager\\)"),
				text);
	}
}
