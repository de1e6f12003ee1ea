package org.trialbench.publication.internal;

import java.io.IOException;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandStores;
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
		return CommandStores.open(command, provider(), CommandStores.settings(command, settings::load));
	}

	/** The first active user holding the role, for a command run without --as. */
	static String firstWith(TrialRepository repository, Role role, String command)
			throws StoreException, CommandException {
		return CommandStores.firstActive(repository, role).orElseThrow(() -> new CommandException(
				command + ": the store has no active " + role.getLiteral() + "; name the user with --as USERNAME"));
	}
}
