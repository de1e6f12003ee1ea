package org.trialbench.demo;

import org.trialbench.clinical.Trial;
import org.trialbench.repository.InitialCredentials;

/** A generated demo trial, ready for {@code TrialRepository.initialize}, with its users' initial passwords. */
public record DemoTrial(Trial trial, InitialCredentials credentials, long seed) {

	public DemoSummary summary() {
		return DemoSummary.of(trial);
	}

	/** The audit reason of the commit that stores the demo trial. */
	public String reason() {
		return "demo trial generated (seed " + seed + ")";
	}
}
