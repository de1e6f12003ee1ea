package org.trialbench.core.command;

import java.io.PrintStream;

/**
 * A command that `./trialbench NAME [options]` runs without a display.
 * Capabilities register implementations as OSGi services; the command-line application finds them.
 */
public interface HeadlessCommand {

	/** The word typed after {@code ./trialbench}, e.g. {@code demo}. */
	String name();

	/** One line for {@code ./trialbench help}. */
	String summary();

	/** Usage text with every option, shown by {@code ./trialbench help NAME}. */
	String usage();

	/**
	 * Runs the command. Returns the process exit code (0 on success). Failures the user can fix are
	 * thrown as {@link CommandException} with a one-line message naming what and where.
	 */
	int run(CommandArguments arguments, PrintStream out) throws CommandException;
}
