package org.trialbench.interchange.odm.internal;


import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/** How the ODM commands open the store the settings name and pick the user to act as. */
final class StoreAccess {
	private StoreAccess() {
	}

	static TrialRepository open(RepositoryProvider provider, String command) throws CommandException, StoreException {
		TrialRepository repository = openEvenEmpty(provider, command);
		if (repository.isEmpty()) {
			repository.close();
			throw new CommandException(command + ": the store " + repository.description()
					+ " holds no trial; run ./trialbench demo first"
					+ (command.equals("import-odm") ? ", or set the trial up from the file with --new-trial" : ""));
		}
		return repository;
	}

	static TrialRepository openEvenEmpty(RepositoryProvider provider, String command)
			throws CommandException, StoreException {
		return CommandStores.openEvenEmpty(command, provider,
				CommandStores.settings(command, WorkbenchSettings::load));
	}

	static String administrator(TrialRepository repository, String command) throws StoreException, CommandException {
		return CommandStores.firstActive(repository, Role.ADMINISTRATOR).orElseThrow(() -> CommandException
				.usage(command + ": the store lists no administrator to act as; give --as USERNAME"));
	}
}
