package org.trialbench.monitoring.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * How the monitoring commands reach the store: the one the settings name, as the user given with {@code --as}, or
 * else the first active monitor of the site (then the first active data manager or administrator).
 */
final class StoreAccess {

	interface SettingsSource {
		Properties load() throws IOException;
	}

	private StoreAccess() {
	}

	static TrialRepository open(String command, RepositoryProvider provider, SettingsSource settings)
			throws CommandException, StoreException {
		return CommandStores.open(command, provider, CommandStores.settings(command, settings::load));
	}

	static TrialSession session(String command, TrialRepository repository, String as, String siteCode)
			throws CommandException, StoreException {
		if (as != null) {
			return repository.localSession(as);
		}
		List<User> users = repository.localUsers().stream().filter(User::isActive).toList();
		// the store lists users without their sites: a monitor's session tells which sites are theirs
		for (User user : users) {
			if (!user.getRoles().contains(Role.MONITOR)) {
				continue;
			}
			TrialSession session = repository.localSession(user.getUsername());
			if (siteCode == null
					|| session.user().getSites().stream().anyMatch(s -> siteCode.equals(s.getCode()))) {
				return session;
			}
			session.close();
		}
		Optional<User> chosen = users.stream()
				.filter(u -> u.getRoles().contains(Role.DATA_MANAGER) || u.getRoles().contains(Role.ADMINISTRATOR))
				.findFirst();
		if (chosen.isEmpty()) {
			throw CommandException.usage(command + ": name the user to act as with --as USERNAME");
		}
		return repository.localSession(chosen.get().getUsername());
	}

	static Site site(String command, TrialSession session, String code) throws CommandException {
		return session.trial().getSites().stream().filter(s -> code.equals(s.getCode())).findFirst()
				.orElseThrow(() -> new CommandException(command + ": there is no site '" + code + "' in the trial "
						+ "(sites: " + String.join(", ", session.trial().getSites().stream().map(Site::getCode).toList())
						+ ")"));
	}
}
