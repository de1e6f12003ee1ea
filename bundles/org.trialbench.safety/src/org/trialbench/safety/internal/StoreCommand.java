package org.trialbench.safety.internal;

import java.io.IOException;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandStores;
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
		return CommandStores.settings(command, settings::load);
	}

	TrialRepository open(String command, Properties properties) throws CommandException, StoreException {
		return CommandStores.open(command, provider, properties);
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
