package org.trialbench.repository.jdbc.internal;

import java.util.EnumSet;
import java.util.Set;

import org.trialbench.clinical.Role;

/**
 * Who may see what. Site-bound roles (investigators, monitors) see only their sites' subjects; the others see
 * the whole trial. Blinded roles (adjudicators, data managers, the writing committee before the lock) never see
 * allocations or arm-revealing records. A user who holds any blinded role is blinded.
 *
 * <p>The writing committee is blinded only until the first data lock: CONSORT tables by arm are what it publishes,
 * and the lock is the point at which the trial's data are final, so from then on it sees allocations (in the
 * live data and in the lock). Adjudicators and data managers stay blinded; the statistician produces the tables
 * at any time.</p>
 */
public final class AccessRules {

	private static final Set<Role> SITE_BOUND = EnumSet.of(Role.INVESTIGATOR, Role.MONITOR);
	private static final Set<Role> BLINDED = EnumSet.of(Role.ADJUDICATOR, Role.DATA_MANAGER, Role.WRITING_COMMITTEE);
	private static final Set<Role> BLINDED_AFTER_LOCK = EnumSet.of(Role.ADJUDICATOR, Role.DATA_MANAGER);
	private static final Set<Role> MAY_LOCK = EnumSet.of(Role.DATA_MANAGER, Role.ADMINISTRATOR);

	private AccessRules() {
	}

	/** Blinded as before any data lock. */
	public static boolean blinded(Set<Role> roles) {
		return roles.stream().anyMatch(BLINDED::contains);
	}

	/**
	 * Adjudicators review independently: the store withholds a colleague's review of a case until the user has
	 * submitted an own review of it ({@link ReviewSeal}).
	 */
	public static boolean independentReviewer(Set<Role> roles) {
		return roles.contains(Role.ADJUDICATOR);
	}

	/** Blinded given whether the trial has a data lock yet. */
	public static boolean blinded(Set<Role> roles, boolean dataLocked) {
		Set<Role> blinding = dataLocked ? BLINDED_AFTER_LOCK : BLINDED;
		return roles.stream().anyMatch(blinding::contains);
	}

	/** Blinded until the first lock and not after it (the writing committee). */
	public static boolean unblindedByLock(Set<Role> roles) {
		return blinded(roles, false) && !blinded(roles, true);
	}

	/** Data managers and administrators lock the data. */
	public static boolean mayLock(Set<Role> roles) {
		return roles.stream().anyMatch(MAY_LOCK::contains);
	}

	/** Trial-wide when the user holds at least one role that is not site-bound. */
	public static boolean trialWide(Set<Role> roles) {
		return roles.stream().anyMatch(role -> !SITE_BOUND.contains(role));
	}
}
