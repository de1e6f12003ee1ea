package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoJourneys;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.enrolment.ui.SealListHandler;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The demo store is ready for every journey: its statistician sealed the randomization list (an investigator can
 * randomize a new subject; the workbench's Generate and Seal action says the list is sealed already) and its data
 * manager locked the data (the writing committee is unblinded and can compute tables).
 */
class DemoJourneysUiTest {
	@TempDir
	Path directory;
	private JdbcTrialRepository repository;

	@AfterEach
	void close() {
		repository.close();
	}

	@Test
	void theDemoSealsTheListAndLocksTheDataSoEveryJourneyCanBeDone() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(2, 16, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());

		WorkbenchSession statistician = WorkbenchSession.connected(repository);
		statistician.open(repository.localSession("statistician"));
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		assertTrue(new SealListHandler().canExecute(statistician, item), "before the demo's steps: no list yet");
		WorkbenchSession investigator = WorkbenchSession.connected(repository);
		investigator.open(repository.localSession("inv01"));
		assertFalse(new SealListHandler().canExecute(investigator, item));
		assertEquals("Not available: the statistician generates and seals the randomization list", item.getTooltip());

		ByteArrayOutputStream said = new ByteArrayOutputStream();
		DemoJourneys.prepare(repository, 7, new PrintStream(said, true));
		assertTrue(said.toString().contains("randomization list sealed by statistician"), said.toString());

		assertFalse(new SealListHandler().canExecute(statistician, item), "sealed: never replaced");
		assertEquals("Not available: the list is sealed already; it is never replaced", item.getTooltip());

		TrialSession inv01 = repository.localSession("inv01");
		String subjectId = DemoStore.eligibleSubject(inv01, "01-J001", "JH");
		assertNotNull(new Enrolment(inv01).randomize(subjectId, null).getArm(), "an investigator can randomize");

		TrialSession committee = repository.localSession("committee1");
		assertEquals(1, committee.dataLocks().size());
		assertEquals(DemoJourneys.LOCK_REASON, committee.dataLocks().get(0).reason());
		assertFalse(committee.blinded(), "the lock unblinds the writing committee: tables can be computed");
		inv01.close();
		committee.close();
	}
}
