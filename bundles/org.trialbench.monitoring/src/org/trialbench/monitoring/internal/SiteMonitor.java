package org.trialbench.monitoring.internal;

import java.util.List;
import java.util.Optional;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * Whom the monitoring commands act as by default on the embedded store: the first active monitor of the site (any
 * monitor without --site), else the first active data manager or administrator; and the site a code names.
 */
final class SiteMonitor implements CommandLogin.DefaultUser {
	private final String siteCode;

	SiteMonitor(String siteCode) {
		this.siteCode = siteCode;
	}

	@Override
	public Optional<String> choose(TrialRepository repository) throws StoreException {
		List<User> users = repository.localUsers().stream().filter(User::isActive).toList();
		// the store lists users without their sites: a monitor's session tells which sites are theirs
		for (User user : users) {
			if (!user.getRoles().contains(Role.MONITOR)) {
				continue;
			}
			try (TrialSession session = repository.localSession(user.getUsername())) {
				if (siteCode == null
						|| session.user().getSites().stream().anyMatch(s -> siteCode.equals(s.getCode()))) {
					return Optional.of(user.getUsername());
				}
			}
		}
		return users.stream()
				.filter(u -> u.getRoles().contains(Role.DATA_MANAGER) || u.getRoles().contains(Role.ADMINISTRATOR))
				.map(User::getUsername).findFirst();
	}

	@Override
	public String describe() {
		return "active monitor" + (siteCode == null ? "" : " of site " + siteCode) + ", data manager or administrator";
	}

	static Site site(String command, TrialSession session, String code) throws CommandException {
		return session.trial().getSites().stream().filter(s -> code.equals(s.getCode())).findFirst()
				.orElseThrow(() -> new CommandException(command + ": there is no site '" + code + "' in the trial "
						+ "(sites: " + String.join(", ", session.trial().getSites().stream().map(Site::getCode).toList())
						+ ")"));
	}
}
