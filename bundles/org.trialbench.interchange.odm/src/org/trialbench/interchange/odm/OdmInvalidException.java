package org.trialbench.interchange.odm;

import java.util.List;

/** The file was refused: it is not well-formed, not valid ODM 1.3.2, or does not fit the protocol. */
public class OdmInvalidException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient List<OdmProblem> problems;

	public OdmInvalidException(List<OdmProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<OdmProblem> problems() {
		return problems;
	}

	private static String summary(List<OdmProblem> problems) {
		long errors = problems.stream().filter(OdmProblem::isError).count();
		String first = problems.stream().filter(OdmProblem::isError).findFirst().map(OdmProblem::toString)
				.orElse("no details");
		return "The ODM file was refused with " + errors + (errors == 1 ? " error" : " errors")
				+ "; nothing was changed. First: " + first;
	}
}
