package org.trialbench.repository.jdbc.internal;

import java.util.EnumSet;
import java.util.Set;

import org.trialbench.clinical.Role;

/**
 * Who may see what. Site-bound roles (investigators, monitors) see only their sites' subjects; the others see
 * the whole trial. Blinded roles (adjudicators, data managers, the writing committee before the lock) never see
 * allocations or arm-revealing records. A user who holds any blinded role is blinded.
 */
public final class AccessRules {

	private static final Set<Role> SITE_BOUND = EnumSet.of(Role.INVESTIGATOR, Role.MONITOR);
	private static final Set<Role> BLINDED = EnumSet.of(Role.ADJUDICATOR, Role.DATA_MANAGER, Role.WRITING_COMMITTEE);

	private AccessRules() {
	}

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

	/** Trial-wide when the user holds at least one role that is not site-bound. */
	public static boolean trialWide(Set<Role> roles) {
		return roles.stream().anyMatch(role -> !SITE_BOUND.contains(role));
	}
}
