package org.trialbench.repository;

import java.util.Properties;

import org.trialbench.core.command.CommandException;

/**
 * The store a headless command opened and the session it logged in with ({@link CommandLogin}): the store the
 * settings name, refused with one clear line when it cannot be opened, holds no trial, or the login fails.
 */
public final class CommandStore implements AutoCloseable {
	private final TrialRepository repository;
	private final TrialSession session;
	private final Properties settings;

	private CommandStore(TrialRepository repository, TrialSession session, Properties settings) {
		this.repository = repository;
		this.session = session;
		this.settings = settings;
	}

	/** Reads the settings, opens the store they name and logs in as {@code login} says. */
	public static CommandStore open(String command, RepositoryProvider provider, CommandStores.SettingsSource settings,
			CommandLogin login, CommandLogin.DefaultUser defaultUser) throws CommandException {
		return open(command, provider, CommandStores.settings(command, settings), login, defaultUser);
	}

	/** Opens the store the given settings name and logs in as {@code login} says. */
	public static CommandStore open(String command, RepositoryProvider provider, Properties settings,
			CommandLogin login, CommandLogin.DefaultUser defaultUser) throws CommandException {
		TrialRepository repository = null;
		try {
			repository = CommandStores.open(command, provider, settings);
			TrialSession session = login.session(repository, settings, defaultUser);
			return new CommandStore(repository, session, settings);
		} catch (StoreException e) {
			close(repository);
			throw new CommandException(command + ": " + e.getMessage(), e);
		} catch (CommandException | RuntimeException e) {
			close(repository);
			throw e;
		}
	}

	private static void close(TrialRepository repository) {
		if (repository != null) {
			repository.close();
		}
	}

	public TrialRepository repository() {
		return repository;
	}

	public TrialSession session() {
		return session;
	}

	/** The settings the store was opened with (a command may read its own keys from them). */
	public Properties settings() {
		return settings;
	}

	@Override
	public void close() {
		try {
			session.close();
		} finally {
			repository.close();
		}
	}
}
