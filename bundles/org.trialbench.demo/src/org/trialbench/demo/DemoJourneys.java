package org.trialbench.demo;

import java.io.PrintStream;

import org.trialbench.enrolment.ConcealedList;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * Makes a freshly stored demo trial ready for every user's journey in the workbench: the demo's statistician
 * generates and seals the randomization list (so an investigator can randomize a new subject), and the data manager
 * locks the data once (so the writing committee, unblinded by the lock, can compute tables). Each step logs in as
 * that demo user, as a person would, so the store's rules and audit trail apply.
 */
public final class DemoJourneys {
	/** A lock reason that says what it is for. */
	public static final String LOCK_REASON = "Demo: interim data lock, so the writing committee can compute tables";

	private DemoJourneys() {
	}

	public static void prepare(TrialRepository repository, long seed, PrintStream out) throws StoreException {
		try (TrialSession statistician = repository.login("statistician", DemoUsers.PASSWORD.toCharArray())) {
			if (!statistician.allocations().hasList()) {
				RandomizationList list = ConcealedList.seal(statistician, ConcealedList.DEFAULT_SLOTS, seed);
				out.println("  randomization list sealed by statistician: " + list.slots().size() + " slots, seed "
						+ seed);
			}
		}
		try (TrialSession dataManager = repository.login("datamanager", DemoUsers.PASSWORD.toCharArray())) {
			if (dataManager.dataLocks().isEmpty()) {
				DataLock lock = dataManager.lockData(LOCK_REASON);
				out.println("  data locked by datamanager as " + lock.id() + " (" + lock.subjects() + " subjects)");
			}
		}
	}
}
