package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Undoing a trial's set-up that nothing followed ({@code import-odm --new-trial} whose import then failed), on a
 * real embedded store: the store is empty afterwards and takes a trial again; anything more than the set-up stays.
 */
class DiscardSetUpTest {

	@TempDir
	Path directory;

	/** The small trial's protocol, sites and users, without subjects: what --new-trial sets up before importing. */
	private static SmallTrial setUpOnly(JdbcTrialRepository store) throws StoreException {
		SmallTrial small = new SmallTrial();
		small.trial.getSites().forEach(site -> site.getSubjects().clear());
		small.trial.getAdjudicationCases().clear();
		store.initialize(small.trial, small.credentials(), "set up", new NullProgressMonitor());
		return small;
	}

	@Test
	void aSetUpThatNothingFollowedIsRemovedAndTheStoreTakesATrialAgain() throws Exception {
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve("store"))) {
			SmallTrial first = setUpOnly(store);
			assertFalse(store.isEmpty());
			StoreException other = assertThrows(StoreException.class, () -> store.discardSetUp("another-trial"));
			assertTrue(other.getMessage().contains("not another-trial; nothing was discarded"), other.getMessage());
			assertFalse(store.isEmpty());

			store.discardSetUp(first.trial.getId());
			assertTrue(store.isEmpty());
			setUpOnly(store);
			try (TrialSession admin = store.localSession("admin")) {
				assertEquals(2, admin.trial().getSites().size());
				assertEquals(1, admin.audit().forObject(admin.trial().getSites().get(0).getId()).size(),
						"only the second set-up's entry");
			}
			assertTrue(store.verifyAudit(new NullProgressMonitor()).intact());
		}
	}

	@Test
	void aTrialSetUpWithSubjectsStays() throws Exception {
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve("store"))) {
			SmallTrial small = new SmallTrial();
			store.initialize(small.trial, small.credentials(), "set up", new NullProgressMonitor());
			StoreException refused = assertThrows(StoreException.class,
					() -> store.discardSetUp(small.trial.getId()));
			assertTrue(refused.getMessage().contains("holds 1 commits and 6 subjects"), refused.getMessage());
			assertFalse(store.isEmpty());
		}
	}

	@Test
	void aSetUpThatACommitFollowedStays() throws Exception {
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve("store"))) {
			SmallTrial small = setUpOnly(store);
			try (TrialSession admin = store.localSession("admin")) {
				new SiteAdministration(admin).add("03", new SiteAdministration.Change("Graz", "AT", null), "new site");
			}
			StoreException refused = assertThrows(StoreException.class,
					() -> store.discardSetUp(small.trial.getId()));
			assertTrue(refused.getMessage().contains("holds 2 commits and 0 subjects"), refused.getMessage());
			try (TrialSession admin = store.localSession("admin")) {
				assertEquals(3, admin.trial().getSites().size(), "nothing was discarded");
			}
			assertTrue(store.verifyAudit(new NullProgressMonitor()).intact());
		}
	}
}
