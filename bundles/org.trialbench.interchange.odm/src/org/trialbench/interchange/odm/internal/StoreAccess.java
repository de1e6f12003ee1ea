package org.trialbench.interchange.odm.internal;

import java.io.IOException;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/** How the ODM commands open the store the settings name and pick the user to act as. */
final class StoreAccess {
	private StoreAccess() {
	}

	static TrialRepository open(RepositoryProvider provider, String command) throws CommandException, StoreException {
		if (provider == null) {
			throw new CommandException(command + ": no trial store implementation is installed");
		}
		Properties settings;
		try {
			settings = WorkbenchSettings.load();
		} catch (IOException e) {
			throw new CommandException(command + ": cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
		TrialRepository repository = provider.open(settings);
		if (repository.isEmpty()) {
			repository.close();
			throw new CommandException(command + ": the store " + repository.description()
					+ " holds no trial; run ./trialbench demo first");
		}
		return repository;
	}

	static String administrator(TrialRepository repository, String command) throws StoreException, CommandException {
		for (User user : repository.localUsers()) {
			if (user.isActive() && user.getRoles().contains(Role.ADMINISTRATOR)) {
				return user.getUsername();
			}
		}
		throw CommandException.usage(command + ": the store lists no administrator to act as; give --as USERNAME");
	}
}
