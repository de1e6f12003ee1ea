package org.trialbench.safety.internal;

import java.io.IOException;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/** What the safety commands share: the settings, the store, and whom to act as (the safety officer by default). */
abstract class StoreCommand {
	/** Where the settings come from; tests give their own. */
	interface SettingsSource {
		Properties load() throws IOException;
	}

	final SettingsSource settings;
	volatile RepositoryProvider provider;

	StoreCommand(SettingsSource settings) {
		this.settings = settings;
	}

	Properties settings(String command) throws CommandException {
		try {
			return settings.load();
		} catch (IOException e) {
			throw new CommandException(command + ": cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
	}

	TrialRepository open(String command, Properties properties) throws CommandException, StoreException {
		RepositoryProvider provider = this.provider;
		if (provider == null) {
			throw new CommandException(command + ": no trial store implementation is installed; install the "
					+ "repository bundle (org.trialbench.repository.jdbc) and try again");
		}
		TrialRepository repository = provider.open(properties);
		if (repository.isEmpty()) {
			repository.close();
			throw new CommandException(command + ": the " + repository.description()
					+ " holds no trial; run ./trialbench demo or an import first");
		}
		return repository;
	}

	/** The first active safety officer, else the first administrator. */
	static String safetyUser(String command, TrialRepository repository) throws StoreException, CommandException {
		for (Role role : new Role[] { Role.SAFETY, Role.ADMINISTRATOR }) {
			for (User user : repository.localUsers()) {
				if (user.isActive() && user.getRoles().contains(role)) {
					return user.getUsername();
				}
			}
		}
		throw CommandException.usage(command + ": the store lists no safety officer to act as; give --as USERNAME");
	}
}
