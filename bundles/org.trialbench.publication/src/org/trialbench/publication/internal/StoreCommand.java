package org.trialbench.publication.internal;

import java.io.IOException;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/** What the publication commands share: opening the configured store and choosing whom to act as. */
abstract class StoreCommand {

	/** Settings source; tests give their own. */
	interface SettingsSource {
		Properties load() throws IOException;
	}

	SettingsSource settings = WorkbenchSettings::load;

	abstract RepositoryProvider provider();

	TrialRepository open(String command) throws CommandException, StoreException {
		RepositoryProvider provider = provider();
		if (provider == null) {
			throw new CommandException(command + ": no trial store implementation is installed");
		}
		Properties properties;
		try {
			properties = settings.load();
		} catch (IOException e) {
			throw new CommandException(command + ": cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
		TrialRepository repository = provider.open(properties);
		if (repository.isEmpty()) {
			repository.close();
			throw new CommandException(command + ": the store " + repository.description()
					+ " holds no trial; run ./trialbench demo or an import first");
		}
		return repository;
	}

	/** The first active user holding the role, for a command run without --as. */
	static String firstWith(TrialRepository repository, Role role, String command)
			throws StoreException, CommandException {
		for (User user : repository.localUsers()) {
			if (user.isActive() && user.getRoles().contains(role)) {
				return user.getUsername();
			}
		}
		throw new CommandException(command + ": the store has no active " + role.getLiteral()
				+ "; name the user with --as USERNAME");
	}
}
