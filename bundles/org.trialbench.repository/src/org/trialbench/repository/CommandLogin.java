package org.trialbench.repository;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;

/**
 * Whom a headless command acts as and how it proves it: one way for every command, on both store kinds.
 *
 * <p>The user is the one named with {@code --as NAME}, else {@code session.user} of the settings, else (on the
 * embedded store only) the command's default, such as the first active data manager. The password comes from
 * {@code TRIALBENCH_PASSWORD}, else the first line of {@code --password-file FILE}, else it is asked for at the
 * console without echo. A server store refuses a command without any of them. The embedded store is opened by a
 * trusted local process and needs no password; a password that is given there is checked all the same, so that a
 * wrong one never passes unnoticed.</p>
 */
public final class CommandLogin {

	/** The password of the user a command acts as. */
	public static final String PASSWORD_ENVIRONMENT = "TRIALBENCH_PASSWORD";
	public static final String AS_OPTION = "as";
	public static final String PASSWORD_FILE_OPTION = "password-file";

	/** The lines every command's help shows for its login options. */
	public static final String HELP = """
			  --as NAME            act as this user (default: session.user of the settings, else on the embedded
			                       store the command's default user named above)
			  --password-file FILE the user's password in the file's first line; else TRIALBENCH_PASSWORD, else
			                       asked at the console. Needed on a server store; on the embedded store optional,
			                       and checked when given""";

	/** What a login reads from the process around it: environment variables and the console. Tests give their own. */
	public interface Terminal {
		/** The environment variable's value, or null. */
		String variable(String name);

		/** Asks for a password without echo; null when there is no console to ask at. */
		char[] askPassword(String prompt);

		static Terminal system() {
			return new Terminal() {
				@Override
				public String variable(String name) {
					return System.getenv(name);
				}

				@Override
				public char[] askPassword(String prompt) {
					Console console = System.console();
					return console == null ? null : console.readPassword("%s", prompt);
				}
			};
		}
	}

	/** Whom a command acts as on the embedded store when neither --as nor session.user names anyone. */
	public interface DefaultUser {
		Optional<String> choose(TrialRepository repository) throws StoreException;

		/** Names who the default is, for the message when there is none. */
		String describe();

		/** The first active user holding the first of the roles that anyone holds. */
		static DefaultUser firstWith(Role... roles) {
			return new DefaultUser() {
				@Override
				public Optional<String> choose(TrialRepository repository) throws StoreException {
					return CommandStores.firstActive(repository, roles);
				}

				@Override
				public String describe() {
					return "active " + Arrays.stream(roles).map(Role::getLiteral).collect(Collectors.joining(" or "));
				}
			};
		}

		/** No default: the command needs a named user. */
		static DefaultUser none() {
			return new DefaultUser() {
				@Override
				public Optional<String> choose(TrialRepository repository) {
					return Optional.empty();
				}

				@Override
				public String describe() {
					return "default user for this command";
				}
			};
		}
	}

	private final String command;
	private final String as;
	private final String asOption;
	private final Path passwordFile;
	private final String passwordFileOption;
	private final Terminal terminal;

	private CommandLogin(String command, String as, String asOption, Path passwordFile, String passwordFileOption,
			Terminal terminal) {
		this.command = command;
		this.as = as;
		this.asOption = asOption;
		this.passwordFile = passwordFile;
		this.passwordFileOption = passwordFileOption;
		this.terminal = terminal;
	}

	/** Reads {@code --as} and {@code --password-file}. */
	public static CommandLogin read(CommandArguments arguments, Terminal terminal) throws CommandException {
		return read(arguments, terminal, PASSWORD_FILE_OPTION, null);
	}

	/**
	 * Reads {@code --as} (or {@code userAlias}, an older name of it that a command keeps accepting) and the password
	 * file from {@code passwordFileOption} (the user command's own {@code --password-file} is the new user's).
	 */
	public static CommandLogin read(CommandArguments arguments, Terminal terminal, String passwordFileOption,
			String userAlias) throws CommandException {
		String as = arguments.string(AS_OPTION).orElse(null);
		String asOption = AS_OPTION;
		if (userAlias != null) {
			Optional<String> alias = arguments.string(userAlias);
			if (alias.isPresent()) {
				if (as != null && !as.equals(alias.get())) {
					throw CommandException.usage(arguments.command() + ": --" + AS_OPTION + " and --" + userAlias
							+ " name different users; give one");
				}
				as = alias.get();
				asOption = userAlias;
			}
		}
		Path file = arguments.path(passwordFileOption).orElse(null);
		return new CommandLogin(arguments.command(), as, asOption, file, passwordFileOption, terminal);
	}

	/** A login for a test or a caller that has no command line: the user (may be null) and no password file. */
	public static CommandLogin of(String command, String as, Terminal terminal) {
		return new CommandLogin(command, as, AS_OPTION, null, PASSWORD_FILE_OPTION, terminal);
	}

	/** The user named with --as (or its older name), if any. */
	public Optional<String> named() {
		return Optional.ofNullable(as);
	}

	/** This login acting as {@code user} unless --as names someone already. */
	public CommandLogin orAs(String user) {
		return as != null ? this
				: new CommandLogin(command, user, asOption, passwordFile, passwordFileOption, terminal);
	}

	/** The user named with --as, else by session.user of the settings. */
	public Optional<String> namedUser(Properties settings) {
		if (as != null) {
			return Optional.of(as);
		}
		String configured = settings.getProperty(WorkbenchSettings.SESSION_USER);
		return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured.strip());
	}

	/**
	 * The user's password from TRIALBENCH_PASSWORD, else the password file, else (when {@code ask}) the console;
	 * empty when none of them gives one.
	 */
	public Optional<char[]> password(String user, String store, boolean ask) throws CommandException {
		String variable = terminal.variable(PASSWORD_ENVIRONMENT);
		if (variable != null && !variable.isEmpty()) {
			return Optional.of(variable.toCharArray());
		}
		if (passwordFile != null) {
			return Optional.of(readFirstLine());
		}
		if (ask) {
			char[] typed = terminal.askPassword("Password of " + user + " for the " + store + ": ");
			if (typed != null && typed.length > 0) {
				return Optional.of(typed);
			}
		}
		return Optional.empty();
	}

	/**
	 * Logs in to the opened store as the user this login names, with its password; on the embedded store without one
	 * when none is given.
	 */
	public TrialSession session(TrialRepository repository, Properties settings, DefaultUser defaultUser)
			throws CommandException, StoreException {
		boolean server = repository.description().kind() == StoreDescription.Kind.SERVER;
		String user = namedUser(settings).orElse(null);
		if (user == null && !server) {
			user = defaultUser.choose(repository).orElse(null);
		}
		if (user == null) {
			throw CommandException.usage(command + ": name the user to act as with --" + asOption + " NAME"
					+ (server ? " (or session.user in " + WorkbenchSettings.FILE_NAME + "); a server store has no "
							+ "default user" : "; the " + repository.description() + " has no " + defaultUser.describe()));
		}
		Optional<char[]> password = password(user, repository.description().toString(), server);
		if (password.isEmpty()) {
			if (server) {
				throw CommandException.usage(command + ": the " + repository.description() + " needs the password of "
						+ user + ": set " + PASSWORD_ENVIRONMENT + ", give --" + passwordFileOption
						+ " FILE, or run the command at a console to be asked");
			}
			return repository.localSession(user);
		}
		try {
			return repository.login(user, password.get()); // a server session keeps it to reconnect
		} catch (AuthenticationException e) {
			throw new CommandException(command + ": cannot log in as " + user + ": " + e.getMessage(), e);
		}
	}

	private char[] readFirstLine() throws CommandException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(passwordFile), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			if (line == null || line.isEmpty()) {
				throw CommandException.usage(command + ": the password file " + passwordFile + " (--"
						+ passwordFileOption + ") is empty");
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new CommandException(command + ": cannot read the password file " + passwordFile + " (--"
					+ passwordFileOption + "): " + e.getMessage(), e);
		}
	}
}
