package org.trialbench.interchange.odm;

/**
 * One thing wrong with an ODM file, where it is: line and column as an editor shows them (1-based; 0 when the
 * problem is about the file as a whole).
 */
public record OdmProblem(Severity severity, int line, int column, String message) {

	public enum Severity {
		/** The file is not imported. */
		ERROR,
		/** Imported; the user should look. */
		WARNING
	}

	public static OdmProblem error(int line, int column, String message) {
		return new OdmProblem(Severity.ERROR, line, column, message);
	}

	public static OdmProblem warning(int line, int column, String message) {
		return new OdmProblem(Severity.WARNING, line, column, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity + " line " + line + ", column " + column + ": " + message;
	}
}
