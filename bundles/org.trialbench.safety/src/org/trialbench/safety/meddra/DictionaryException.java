package org.trialbench.safety.meddra;

/** A MedDRA distribution that cannot be used: names the file and, where it applies, the line. */
public class DictionaryException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;

	public DictionaryException(String file, int line, String problem) {
		super(file + (line > 0 ? " line " + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** The file name (e.g. {@code llt.asc}). */
	public String file() {
		return file;
	}

	/** The 1-based line, 0 when the problem is the file as a whole. */
	public int line() {
		return line;
	}
}
