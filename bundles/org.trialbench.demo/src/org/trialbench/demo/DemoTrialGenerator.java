package org.trialbench.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.trialbench.demo.internal.DemoTrialWriter;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/**
 * Makes a deterministic demo trial on the shipped POEM vs BTX protocol: sites, users for every role, screened and
 * randomized subjects with visits, forms, adverse events, queries, source data verification and adjudication, as
 * they would stand at the demo's fixed data cutoff (30 October 2026). The same sites, subjects and seed always give
 * the same trial, identifiers included; nothing reads the clock.
 *
 * <p>All data are invented. Usernames and the password are those of {@link DemoUsers}.</p>
 */
public final class DemoTrialGenerator {
	public static final int DEFAULT_SITES = 6;
	public static final int DEFAULT_SUBJECTS = 240;
	public static final long DEFAULT_SEED = 2026;
	/** Site codes have two digits. */
	public static final int MAX_SITES = 99;
	/** Screening numbers have four digits per site; uneven recruitment needs headroom. */
	public static final int MAX_SUBJECTS_PER_SITE = 5000;

	private final int sites;
	private final int subjects;
	private final long seed;

	public DemoTrialGenerator(int sites, int subjects, long seed) {
		if (sites < 1 || sites > MAX_SITES) {
			throw new IllegalArgumentException("A demo trial has 1 to " + MAX_SITES + " sites, not " + sites);
		}
		if (subjects < 0 || subjects > (long) sites * MAX_SUBJECTS_PER_SITE) {
			throw new IllegalArgumentException("A demo trial with " + sites + " sites has 0 to "
					+ (long) sites * MAX_SUBJECTS_PER_SITE + " subjects, not " + subjects);
		}
		this.sites = sites;
		this.subjects = subjects;
		this.seed = seed;
	}

	public int sites() {
		return sites;
	}

	public int subjects() {
		return subjects;
	}

	public long seed() {
		return seed;
	}

	/** Generates on a fresh copy of the shipped protocol. */
	public DemoTrial generate(IProgressMonitor monitor) {
		return generate(PoemBtxProtocol.load(), monitor);
	}

	/**
	 * Generates on the given protocol, which must be the POEM vs BTX protocol or one with the same OIDs. Honours
	 * cancellation by throwing {@link org.eclipse.core.runtime.OperationCanceledException}.
	 */
	public DemoTrial generate(Study protocol, IProgressMonitor monitor) {
		return new DemoTrialWriter(protocol, sites, subjects, seed).write(monitor);
	}
}
