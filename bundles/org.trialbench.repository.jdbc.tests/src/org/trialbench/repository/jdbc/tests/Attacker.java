package org.trialbench.repository.jdbc.tests;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A Trialbench user who connects to the server store with plain JDBC and the own credentials, and what that user
 * may legitimately see (site-bound or trial-wide, blinded or not, active or not), independent of what the server
 * enforces: the hostile-client suite compares what the server shows with this.
 */
record Attacker(String label, String username, boolean lockedStore, Set<String> sites, boolean seesAllocation,
		boolean active) {

	static final Set<String> MUNICH = Set.of("site-01");

	static Attacker trialWide(String label, String username, boolean lockedStore, boolean seesAllocation) {
		return new Attacker(label, username, lockedStore, null, seesAllocation, true);
	}

	static Attacker munich(String label, String username, boolean lockedStore) {
		return new Attacker(label, username, lockedStore, MUNICH, true, true);
	}

	/** Every role of the trial on the store without a data lock, and the writing committee after a lock. */
	static Stream<Attacker> everyone() {
		return Stream.concat(roles(false).stream(), Stream.of(committeeAfterLock()));
	}

	/** Every role on the store with a data lock (the writing committee is then unblinded). */
	static Stream<Attacker> afterLock() {
		return roles(true).stream();
	}

	static Attacker committeeAfterLock() {
		return trialWide("writing committee after the lock", "committee", true, true);
	}

	static List<Attacker> roles(boolean locked) {
		String suffix = locked ? " (store with a data lock)" : "";
		return List.of(trialWide("administrator" + suffix, "admin", locked, true),
				trialWide("data manager" + suffix, "dm", locked, false),
				trialWide("statistician" + suffix, "stat", locked, true),
				trialWide("safety officer" + suffix, "safety", locked, true),
				trialWide("adjudicator" + suffix, "adj", locked, false),
				locked ? committeeAfterLock() : trialWide("writing committee before the lock", "committee", false, false),
				munich("monitor of site 01" + suffix, "mon01", locked),
				munich("principal investigator of site 01" + suffix, "pi01", locked),
				munich("investigator of site 01" + suffix, "inv01", locked),
				new Attacker("deactivated user, connection kept open" + suffix, HostileStore.LEAVER, locked, MUNICH,
						true, false));
	}

	static Stream<Attacker> blinded() {
		return everyone().filter(a -> !a.seesAllocation() || !a.active());
	}

	static Stream<Attacker> blindedAfterLock() {
		return afterLock().filter(a -> !a.seesAllocation() || !a.active());
	}

	static Stream<Attacker> siteBound() {
		return everyone().filter(a -> a.sites() != null);
	}

	static Stream<Attacker> siteBoundAfterLock() {
		return afterLock().filter(a -> a.sites() != null);
	}

	static Stream<Attacker> notStatistician() {
		return everyone().filter(a -> !a.username().equals("stat"));
	}

	static Stream<Attacker> notAdministrator() {
		return everyone().filter(a -> !a.username().equals("admin"));
	}

	/** Only active data managers and administrators lock the data. */
	static Stream<Attacker> mayNotLock() {
		return everyone().filter(a -> !a.active() || !Set.of("dm", "admin").contains(a.username()));
	}

	/** Only (principal) investigators of the subject's site randomize. */
	static Stream<Attacker> mayNotRandomize() {
		return everyone().filter(a -> !a.active() || !Set.of("inv01", "pi01").contains(a.username()));
	}

	/** Only the signer or the principal investigator of the site withdraws a form's signature: here both are pi01. */
	static Stream<Attacker> mayNotWithdrawASignature() {
		return everyone().filter(a -> !a.active() || !a.username().equals("pi01"));
	}

	static Stream<Attacker> investigators() {
		return everyone().filter(a -> a.active() && Set.of("inv01", "pi01").contains(a.username()));
	}

	boolean deactivated() {
		return !active;
	}

	/** Whether this user may see a row of the given site (null: of no site) that does or does not reveal the arm. */
	boolean maySee(String site, boolean reveals) {
		return active && (site == null || sites == null || sites.contains(site)) && (!reveals || seesAllocation);
	}

	boolean maySee(HostileStore.Placement placement) {
		return placement == null || maySee(placement.site(), placement.reveals());
	}

	@Override
	public String toString() {
		return label + " (" + username + ")";
	}
}
