package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.ui.session.LocalUser;

/** Whom the workbench acts as on the embedded store. */
class LocalUserTest {
	private static User user(String name, boolean active, Role... roles) {
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setUsername(name);
		user.setActive(active);
		user.getRoles().addAll(List.of(roles));
		return user;
	}

	private final List<User> users = List.of(user("ivan", true, Role.INVESTIGATOR),
			user("dora", true, Role.DATA_MANAGER), user("old-admin", false, Role.ADMINISTRATOR),
			user("ada", true, Role.MONITOR, Role.ADMINISTRATOR));

	@Test
	void theSystemPropertyWins() {
		Properties settings = new Properties();
		settings.setProperty(LocalUser.SETTING, "dora");
		assertEquals(Optional.of("ivan"), LocalUser.choose("ivan", settings, users));
	}

	@Test
	void thenTheSetting() {
		Properties settings = new Properties();
		settings.setProperty(LocalUser.SETTING, " dora ");
		assertEquals(Optional.of("dora"), LocalUser.choose(null, settings, users));
	}

	@Test
	void thenTheFirstActiveAdministrator() {
		assertEquals(Optional.of("ada"), LocalUser.choose("", new Properties(), users));
	}

	@Test
	void thenTheFirstActiveDataManager() {
		assertEquals(Optional.of("dora"), LocalUser.choose(null, new Properties(), users.subList(0, 3)));
	}

	@Test
	void otherwiseNobody() {
		assertEquals(Optional.empty(), LocalUser.choose(null, new Properties(), users.subList(0, 1)));
	}
}
