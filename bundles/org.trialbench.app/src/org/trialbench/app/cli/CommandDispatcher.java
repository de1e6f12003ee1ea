package org.trialbench.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;

/**
 * Picks the headless command named by the first word and runs it. Every failure ends as one line on the error
 * stream and a non-zero exit code; unexpected exceptions are also handed to {@code internalErrorLog} with
 * their stack.
 */
public final class CommandDispatcher {
	public static final int USAGE = 2;

	private final Map<String, HeadlessCommand> commands = new TreeMap<>();
	private final BiConsumer<String, Throwable> internalErrorLog;

	public CommandDispatcher(Collection<HeadlessCommand> available, BiConsumer<String, Throwable> internalErrorLog) {
		for (HeadlessCommand command : available) {
			commands.putIfAbsent(command.name(), command);
		}
		this.internalErrorLog = internalErrorLog;
	}

	public int run(List<String> words, PrintStream out, PrintStream err) {
		if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help") || words.get(0).equals("-h")) {
			return help(words.size() > 1 ? words.get(1) : null, out, err);
		}
		String name = words.get(0);
		HeadlessCommand command = commands.get(name);
		if (command == null) {
			err.println("trialbench: unknown command '" + name + "'; './trialbench help' lists the commands");
			return USAGE;
		}
		try {
			CommandArguments arguments = CommandArguments.parse(name, words.subList(1, words.size()));
			if (arguments.positional().contains("--help")) {
				out.println(command.usage());
				return 0;
			}
			return command.run(arguments, out);
		} catch (CommandException e) {
			err.println("trialbench " + oneLine(e.getMessage()));
			return e.exitCode();
		} catch (RuntimeException | LinkageError e) {
			internalErrorLog.accept("Headless command '" + name + "' failed", e);
			err.println("trialbench " + name + ": internal error: " + oneLine(String.valueOf(e))
					+ " (the stack is in the workbench log)");
			return 1;
		}
	}

	private int help(String about, PrintStream out, PrintStream err) {
		if (about != null) {
			HeadlessCommand command = commands.get(about);
			if (command == null) {
				err.println("trialbench help: unknown command '" + about + "'");
				return USAGE;
			}
			out.println(command.usage());
			return 0;
		}
		out.println("Trialbench: a workbench for randomized clinical trials");
		out.println();
		out.println("  ./trialbench                 open the workbench on the embedded default store");
		out.println("  ./trialbench COMMAND [opts]  run a command without a display");
		out.println();
		out.println("Commands:");
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
		width = Math.max(width, "help".length());
		out.println("  " + pad("help", width) + "  list the commands, or show one command's options: help COMMAND");
		for (HeadlessCommand command : commands.values()) {
			out.println("  " + pad(command.name(), width) + "  " + command.summary());
		}
		return 0;
	}

	public List<String> names() {
		return List.copyOf(commands.keySet());
	}

	private static String pad(String text, int width) {
		char[] spaces = new char[Math.max(0, width - text.length())];
		Arrays.fill(spaces, ' ');
		return text + new String(spaces);
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
	}
}
