package org.trialbench.safety;

import java.util.List;
import java.util.stream.Collectors;

/** An adverse event that breaks a rule was not saved; nothing in the store changed. */
public class AdverseEventRejected extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<SafetyFinding> findings;

	public AdverseEventRejected(String record, List<SafetyFinding> findings) {
		super(record + " was not saved: " + findings.stream().filter(SafetyFinding::error)
				.map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
		this.findings = List.copyOf(findings);
	}

	public List<SafetyFinding> findings() {
		return findings;
	}
}
