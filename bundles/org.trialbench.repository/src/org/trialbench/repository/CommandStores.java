package org.trialbench.repository;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;

/**
 * How a headless command reaches the trial store: the one the settings name, through the installed store
 * implementation, with the same clear message in every command when there is none, the settings cannot be read, or
 * the store holds no trial yet. Whom it acts as is {@link CommandLogin}'s; {@link CommandStore} does both.
 */
public final class CommandStores {

	/** Where a command's settings come from; tests give their own. */
	public interface SettingsSource {
		Properties load() throws IOException;
	}

	private CommandStores() {
	}

	/** The settings, or a message naming the settings file. */
	public static Properties settings(String command, SettingsSource source) throws CommandException {
		try {
			return source.load();
		} catch (IOException e) {
			throw new CommandException(command + ": cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
	}

	/** Opens the store the settings name, also when it holds no trial yet (imports set one up). */
	public static TrialRepository openEvenEmpty(String command, RepositoryProvider provider, Properties settings)
			throws CommandException, StoreException {
		if (provider == null) {
			throw new CommandException(command + ": no trial store implementation is installed; install the "
					+ "repository bundle (org.trialbench.repository.jdbc) and try again");
		}
		return provider.open(settings);
	}

	/**
	 * Opens the store the settings name; refuses an embedded store without a trial, closing it. Only a server store's
	 * owner could tell whether it is empty; a user finds out on logging in (the login says so).
	 */
	public static TrialRepository open(String command, RepositoryProvider provider, Properties settings)
			throws CommandException, StoreException {
		TrialRepository repository = openEvenEmpty(command, provider, settings);
		if (repository.description().kind() == StoreDescription.Kind.EMBEDDED && repository.isEmpty()) {
			repository.close();
			throw new CommandException(command + ": the " + repository.description()
					+ " holds no trial yet; run ./trialbench demo or an import first (import-odm --new-trial)");
		}
		return repository;
	}

	/** The first active local user holding the first of the roles that anyone holds, for a command without --as. */
	public static Optional<String> firstActive(TrialRepository repository, Role... roles) throws StoreException {
		List<User> users = repository.localUsers();
		for (Role role : roles) {
			for (User user : users) {
				if (user.isActive() && user.getRoles().contains(role)) {
					return Optional.of(user.getUsername());
				}
			}
		}
		return Optional.empty();
	}
}
