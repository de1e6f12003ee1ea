package org.trialbench.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;

/**
 * Whom the workbench acts as on the embedded store, where it is a trusted local process and does not ask for a
 * password: the system property {@value #PROPERTY} wins, then the setting {@value #SETTING} in
 * {@code trialbench.properties}, then the first active administrator the store lists, then the first active data
 * manager. On a server store nobody is chosen; the user logs in.
 */
public final class LocalUser {
	public static final String PROPERTY = "trialbench.user";
	public static final String SETTING = org.trialbench.core.WorkbenchSettings.SESSION_USER;

	private static final List<Role> DEFAULT_ROLES = List.of(Role.ADMINISTRATOR, Role.DATA_MANAGER);

	private LocalUser() {
	}

	/**
	 * @param property the system property's value, or null
	 * @param settings the workbench settings
	 * @param users the store's users, in the store's order
	 */
	public static Optional<String> choose(String property, Properties settings, List<User> users) {
		if (property != null && !property.isBlank()) {
			return Optional.of(property.trim());
		}
		String setting = settings.getProperty(SETTING);
		if (setting != null && !setting.isBlank()) {
			return Optional.of(setting.trim());
		}
		for (Role role : DEFAULT_ROLES) {
			for (User user : users) {
				if (user.isActive() && user.getRoles().contains(role)) {
					return Optional.of(user.getUsername());
				}
			}
		}
		return Optional.empty();
	}

	/** The choice for this process: its system property, the given settings and users. */
	public static Optional<String> choose(Properties settings, List<User> users) {
		return choose(System.getProperty(PROPERTY), settings, users);
	}
}
