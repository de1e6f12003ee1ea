package org.trialbench.interchange.odm.internal;

import org.trialbench.interchange.odm.OdmProblem;

/** The file cannot be read on: not well-formed, hostile, or too large in one place. Reading stops here. */
public final class OdmSyntaxException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient OdmProblem problem;

	public OdmSyntaxException(OdmProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	public OdmProblem problem() {
		return problem;
	}
}
