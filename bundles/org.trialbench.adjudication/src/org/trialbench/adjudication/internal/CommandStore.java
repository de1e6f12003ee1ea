package org.trialbench.adjudication.internal;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * How the adjudication commands reach the store and as whom: the store named by trialbench.properties; on the
 * embedded store the user given with --user or else the first active user with one of the preferred roles; on a
 * server store --user is required and the password comes from TRIALBENCH_PASSWORD.
 */
final class CommandStore implements AutoCloseable {

	/** Where the settings come from; tests give their own. */
	interface SettingsSource {
		Properties load() throws IOException;
	}

	final TrialRepository repository;
	final TrialSession session;

	private CommandStore(TrialRepository repository, TrialSession session) {
		this.repository = repository;
		this.session = session;
	}

	static CommandStore open(String command, RepositoryProvider provider, SettingsSource settings, String user,
			List<Role> preferred) throws CommandException {
		Properties properties = CommandStores.settings(command, settings::load);
		TrialRepository repository = null;
		try {
			repository = CommandStores.open(command, provider, properties);
			TrialSession session;
			List<User> local = repository.localUsers();
			if (!local.isEmpty()) {
				String name = user != null ? user : choose(command, local, preferred);
				session = repository.localSession(name);
			} else {
				if (user == null) {
					throw CommandException.usage(command + ": a server store needs --user NAME (and the password in "
							+ "TRIALBENCH_PASSWORD)");
				}
				String password = System.getenv("TRIALBENCH_PASSWORD");
				if (password == null) {
					throw CommandException.usage(command + ": set TRIALBENCH_PASSWORD to the password of " + user);
				}
				session = repository.login(user, password.toCharArray());
			}
			return new CommandStore(repository, session);
		} catch (StoreException e) {
			if (repository != null) {
				repository.close();
			}
			throw new CommandException(command + ": " + e.getMessage(), e);
		} catch (CommandException | RuntimeException e) {
			if (repository != null) {
				repository.close();
			}
			throw e;
		}
	}

	private static String choose(String command, List<User> users, List<Role> preferred) throws CommandException {
		for (Role role : preferred) {
			for (User user : users) {
				if (user.isActive() && user.getRoles().contains(role)) {
					return user.getUsername();
				}
			}
		}
		throw new CommandException(command + ": the trial has no active user with one of the roles " + preferred
				+ "; name one with --user");
	}

	@Override
	public void close() {
		session.close();
		repository.close();
	}
}
