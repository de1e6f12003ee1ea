package org.trialbench.model.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.model.validation.TrialValidator;

/**
 * Collects the findings of one validate call into the EMF diagnostic chain, with the location in front of every
 * message so that a message read alone (in a log, a CSV, a marker tooltip) still says which record it is about.
 */
public final class Report {
	private final DiagnosticChain chain;
	private boolean clean = true;

	public Report(DiagnosticChain chain) {
		this.chain = chain;
	}

	/**
	 * Adds a finding.
	 *
	 * @param severity a {@link org.eclipse.emf.common.util.Diagnostic} severity
	 * @param target   the object the finding is about, first in the diagnostic's data
	 * @param related  further objects for the data (the missing item's definition, the edit check, ...)
	 */
	public void add(TrialConstraint constraint, int severity, RecordLocation location, String problem, Object target,
			Object... related) {
		clean = false;
		if (chain == null) {
			return;
		}
		List<Object> data = new ArrayList<>();
		data.add(target);
		for (Object object : related) {
			if (object != null) {
				data.add(object);
			}
		}
		String message = location.toString().isEmpty() ? problem : location + ": " + problem;
		chain.add(new BasicDiagnostic(severity, TrialValidator.DIAGNOSTIC_SOURCE, constraint.code(), message,
				data.toArray()));
	}

	/** Whether nothing was reported. */
	public boolean clean() {
		return clean;
	}
}
