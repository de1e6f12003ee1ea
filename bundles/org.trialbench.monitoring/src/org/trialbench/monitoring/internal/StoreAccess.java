package org.trialbench.monitoring.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandException;
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
		if (provider == null) {
			throw new CommandException(command + ": no trial store implementation is installed; install the "
					+ "repository bundle (org.trialbench.repository.jdbc) and try again");
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
			throw new CommandException(command + ": the " + repository.description()
					+ " holds no trial yet; run ./trialbench demo, or an import, first");
		}
		return repository;
	}

	static TrialSession session(String command, TrialRepository repository, String as, String siteCode)
			throws CommandException, StoreException {
		if (as != null) {
			return repository.localSession(as);
		}
		List<User> users = repository.localUsers().stream().filter(User::isActive).toList();
		Optional<User> monitor = users.stream().filter(u -> u.getRoles().contains(Role.MONITOR))
				.filter(u -> siteCode == null || u.getSites().stream().anyMatch(s -> siteCode.equals(s.getCode())))
				.findFirst();
		Optional<User> chosen = monitor.or(() -> users.stream()
				.filter(u -> u.getRoles().contains(Role.DATA_MANAGER) || u.getRoles().contains(Role.ADMINISTRATOR))
				.findFirst());
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
