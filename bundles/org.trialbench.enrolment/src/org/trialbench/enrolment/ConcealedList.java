package org.trialbench.enrolment;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * The statistician generates the concealed randomization list for every stratum of the protocol, with a recorded
 * seed, and seals it in the store: once stored, a list is never replaced (allocations stay traceable to it), and
 * only the statistician reads it back. What the workbench's Generate Randomization List action and the demo do.
 */
public final class ConcealedList {
	/** Slots per stratum unless told otherwise: whole blocks, enough for a trial of a few hundred subjects. */
	public static final int DEFAULT_SLOTS = 60;

	private ConcealedList() {
	}

	/** The strata codes of the protocol, in its order. */
	public static List<String> strata(TrialSession session) {
		List<String> codes = new ArrayList<>();
		for (StratificationFactor factor : session.protocol().getStratificationFactors()) {
			for (Stratum stratum : factor.getStrata()) {
				codes.add(stratum.getCode());
			}
		}
		return codes;
	}

	/**
	 * Generates and stores (seals) the list as the session's user; refused for anyone but the statistician, and
	 * when a list is sealed already.
	 */
	public static RandomizationList seal(TrialSession session, int slotsPerStratum, long seed)
			throws AccessDeniedException, StoreException {
		if (session.allocations().hasList()) {
			throw new StoreException("The randomization list is sealed already; a list is never replaced");
		}
		List<String> strata = strata(session);
		RandomizationList list = new BlockRandomization(session.protocol()).generate(strata, slotsPerStratum, seed,
				session.user().getUsername());
		session.allocations().storeList(list, "randomization list generated and sealed, " + strata.size()
				+ " strata, " + slotsPerStratum + " slots each, seed " + seed);
		return list;
	}
}
