package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.Role;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.command.UserCommand;

/** {@code ./trialbench user ...} on the embedded store of a Trialbench home made for each test. */
class UserCommandTest extends SmallTrialHome {

	static String run(String... words) throws CommandException {
		return run(new UserCommand(), words);
	}

	@Test
	void anAdministratorUnlocksSigningAndReadsTheSecurityLog() throws Exception {
		try (TrialSession adj = repository.localSession("adj")) {
			for (int i = 0; i < TrialSession.SIGNING_ATTEMPTS; i++) {
				assertThrows(AuthenticationException.class, () -> adj.confirmPassword("guess".toCharArray(), "case-7"));
			}
			assertTrue(adj.signingLocked());
			String log = run("security-log");
			assertEquals(4, log.lines().count(), log);
			assertTrue(log.lines().allMatch(l -> l.contains("\tadj\t") && l.contains("\tcase-7\t")), log);
			assertTrue(log.contains("signing-locked"), log);
			assertEquals("signing unlocked for adj\n", run("unlock-signing", "adj"));
			assertFalse(adj.signingLocked());
			assertTrue(run("security-log").contains("signing-unlocked\t\tby administrator admin"));
			assertThrows(CommandException.class, () -> run("unlock-signing", "nobody"));
		}
	}

	@Test
	void theListShowsEveryUserWithRolesAndSites() throws Exception {
		String list = run("list");
		assertTrue(list.lines().anyMatch(l -> l.startsWith("inv01 ") && l.contains("active")
				&& l.contains("investigator at 01")), list);
		assertEquals(SmallTrial.USERS.length, list.lines().count(), list);
	}

	@Test
	void anAddedInvestigatorLogsInAndSeesOnlyTheOwnSite() throws Exception {
		String out = run("add", "inv03", "--roles", "investigator", "--sites", "02", "--full-name", "Dr. Three",
				"--password-file", passwordFile("first-password").toString(), "--reason", "new site staff");
		assertTrue(out.contains("added user inv03"), out);
		assertEquals(3, repository.login("inv03", "first-password".toCharArray()).countSubjects(SubjectFilter.all()));
		run("set-sites", "inv03", "--sites", "01,02");
		assertEquals(6, repository.login("inv03", "first-password".toCharArray()).countSubjects(SubjectFilter.all()));
		run("password", "inv03", "--password-file", passwordFile("second-password").toString());
		assertThrows(AuthenticationException.class, () -> repository.login("inv03", "first-password".toCharArray()));
		repository.login("inv03", "second-password".toCharArray());
	}

	@Test
	void rolesChangeAndADeactivatedUserCannotLogIn() throws Exception {
		run("set-roles", "dm", "--roles", "data-manager,safety");
		assertEquals(java.util.Set.of(Role.DATA_MANAGER, Role.SAFETY), repository.localSession("dm").roles());
		String out = run("deactivate", "mon01", "--reason", "left the CRO");
		assertTrue(out.contains("deactivated"), out);
		assertThrows(AuthenticationException.class, () -> repository.login("mon01", "secret-mon01".toCharArray()));
		assertTrue(run("list").lines().anyMatch(l -> l.startsWith("mon01 ") && l.contains("inactive")));
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void onlyAnAdministratorRunsItAndMistakesAreNamed() throws Exception {
		CommandException notAdmin = assertThrows(CommandException.class, () -> run("list", "--as", "inv01"));
		assertTrue(notAdmin.getMessage().contains("not an administrator"), notAdmin.getMessage());
		CommandException role = assertThrows(CommandException.class, () -> run("set-roles", "dm", "--roles", "boss"));
		assertTrue(role.getMessage().contains("unknown role 'boss'"), role.getMessage());
		CommandException site = assertThrows(CommandException.class, () -> run("set-sites", "inv01", "--sites", "09"));
		assertTrue(site.getMessage().contains("no site '09'"), site.getMessage());
		CommandException nobody = assertThrows(CommandException.class, () -> run("deactivate", "nobody"));
		assertTrue(nobody.getMessage().contains("no Trialbench user 'nobody'"), nobody.getMessage());
		CommandException last = assertThrows(CommandException.class, () -> run("deactivate", "admin"));
		assertTrue(last.getMessage().contains("without an active administrator"), last.getMessage());
	}
}
