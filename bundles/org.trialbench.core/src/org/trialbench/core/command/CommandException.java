package org.trialbench.core.command;

/** A failure a user can act on; its message is printed as the one-line error of a headless command. */
public class CommandException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int exitCode;

	public CommandException(String message) {
		this(message, 1, null);
	}

	public CommandException(String message, Throwable cause) {
		this(message, 1, cause);
	}

	public CommandException(String message, int exitCode, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** Usage errors exit with 2, as is customary for command-line tools. */
	public static CommandException usage(String message) {
		return new CommandException(message, 2, null);
	}

	public int exitCode() {
		return exitCode;
	}
}
