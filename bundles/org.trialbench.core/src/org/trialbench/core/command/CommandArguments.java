package org.trialbench.core.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one headless command: {@code --name value}, {@code --name=value}, {@code --flag} and
 * positional words. Every option a command reads is marked as known; {@link #rejectUnknown()} then
 * names any the user typed that the command does not understand.
 */
public final class CommandArguments {
	private final String command;
	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();
	private final Set<String> read = new LinkedHashSet<>();

	private CommandArguments(String command) {
		this.command = command;
	}

	public static CommandArguments parse(String command, List<String> words) throws CommandException {
		CommandArguments result = new CommandArguments(command);
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.startsWith("--") && word.length() > 2) {
				String name = word.substring(2);
				String value;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				} else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
					value = words.get(++i);
				} else {
					value = null; // a flag
				}
				if (result.options.containsKey(name)) {
					throw CommandException.usage(command + ": option --" + name + " is given twice");
				}
				result.options.put(name, value);
			} else {
				result.positional.add(word);
			}
		}
		return result;
	}

	public String command() {
		return command;
	}

	public boolean flag(String name) throws CommandException {
		read.add(name);
		if (!options.containsKey(name)) {
			return false;
		}
		if (options.get(name) != null) {
			throw CommandException.usage(command + ": option --" + name + " takes no value");
		}
		return true;
	}

	public Optional<String> string(String name) throws CommandException {
		read.add(name);
		if (!options.containsKey(name)) {
			return Optional.empty();
		}
		String value = options.get(name);
		if (value == null || value.isEmpty()) {
			throw CommandException.usage(command + ": option --" + name + " needs a value");
		}
		return Optional.of(value);
	}

	public String requiredString(String name) throws CommandException {
		return string(name).orElseThrow(() -> CommandException.usage(command + ": option --" + name + " is required"));
	}

	public int integer(String name, int defaultValue, int min, int max) throws CommandException {
		Optional<String> text = string(name);
		if (text.isEmpty()) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text.get().trim());
			if (value < min || value > max) {
				throw CommandException.usage(command + ": --" + name + " must be between " + min + " and " + max
						+ ", not " + value);
			}
			return value;
		} catch (NumberFormatException e) {
			throw CommandException.usage(command + ": --" + name + " must be a whole number, not '" + text.get() + "'");
		}
	}

	public long longInteger(String name, long defaultValue) throws CommandException {
		Optional<String> text = string(name);
		if (text.isEmpty()) {
			return defaultValue;
		}
		try {
			return Long.parseLong(text.get().trim());
		} catch (NumberFormatException e) {
			throw CommandException.usage(command + ": --" + name + " must be a whole number, not '" + text.get() + "'");
		}
	}

	public Optional<Path> path(String name) throws CommandException {
		Optional<String> text = string(name);
		return text.map(Path::of);
	}

	public List<String> positional() {
		return Collections.unmodifiableList(positional);
	}

	/** Fails with a usage error naming the first option the command did not read. */
	public void rejectUnknown() throws CommandException {
		for (String name : options.keySet()) {
			if (!read.contains(name)) {
				throw CommandException.usage(command + ": unknown option --" + name + " (see ./trialbench help "
						+ command + ")");
			}
		}
	}
}
