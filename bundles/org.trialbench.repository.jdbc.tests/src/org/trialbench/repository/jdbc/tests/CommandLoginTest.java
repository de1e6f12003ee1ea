package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Whom a headless command acts as and where its password comes from ({@link CommandLogin}), with the environment
 * and the console given by the test: the user from --as, else session.user, else the command's default (embedded
 * only); the password from TRIALBENCH_PASSWORD, else --password-file, else the console (server store only); a server
 * store refuses a login without one, the embedded store checks one that is given.
 */
class CommandLoginTest {

	/** An environment and a console that remembers whether it was asked. */
	static final class FakeTerminal implements CommandLogin.Terminal {
		final Map<String, String> variables = new HashMap<>();
		final List<String> prompts = new ArrayList<>();
		String typed;

		@Override
		public String variable(String name) {
			return variables.get(name);
		}

		@Override
		public char[] askPassword(String prompt) {
			prompts.add(prompt);
			return typed == null ? null : typed.toCharArray();
		}
	}

	@TempDir
	Path directory;
	private final FakeTerminal terminal = new FakeTerminal();
	private final Properties settings = new Properties();
	private JdbcTrialRepository embedded;

	@BeforeEach
	void embeddedStoreWithTheSmallTrial() throws Exception {
		embedded = JdbcTrialRepository.embedded(directory.resolve("store"));
		SmallTrial small = new SmallTrial();
		embedded.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void close() {
		embedded.close();
	}

	private CommandLogin login(String... words) throws CommandException {
		return CommandLogin.read(CommandArguments.parse("lock-data", List.of(words)), terminal);
	}

	private Path file(String text) throws Exception {
		Path file = Files.createTempFile(directory, "password", ".txt");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void theUserIsAsElseSessionUserOfTheSettings() throws Exception {
		assertEquals(Optional.empty(), login().namedUser(settings));
		settings.setProperty(WorkbenchSettings.SESSION_USER, "committee");
		assertEquals(Optional.of("committee"), login().namedUser(settings));
		assertEquals(Optional.of("dm"), login("--as", "dm").namedUser(settings));
	}

	@Test
	void theEnvironmentComesBeforeTheFileAndTheFileBeforeTheConsole() throws Exception {
		Path file = file("from-the-file\nsecond line is not read\n");
		terminal.typed = "from-the-console";
		terminal.variables.put(CommandLogin.PASSWORD_ENVIRONMENT, "from-the-environment");
		assertEquals("from-the-environment",
				new String(login("--password-file", file.toString()).password("dm", "store", true).get()));
		terminal.variables.clear();
		assertEquals("from-the-file",
				new String(login("--password-file", file.toString()).password("dm", "store", true).get()));
		assertTrue(terminal.prompts.isEmpty(), "nobody is asked while a file gives the password");
		assertEquals("from-the-console", new String(login().password("dm", "store", true).get()));
		assertEquals(1, terminal.prompts.size());
		assertTrue(terminal.prompts.get(0).contains("dm"), terminal.prompts.get(0));
		assertEquals(Optional.empty(), login().password("dm", "store", false), "not asked unless asking is allowed");
		terminal.typed = null; // no console
		assertEquals(Optional.empty(), login().password("dm", "store", true));
	}

	@Test
	void anEmptyOrMissingPasswordFileIsAUsageErrorNamingTheFile() throws Exception {
		Path empty = file("");
		CommandException e = assertThrows(CommandException.class,
				() -> login("--password-file", empty.toString()).password("dm", "store", true));
		assertEquals(2, e.exitCode());
		assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("empty"), e.getMessage());
		Path missing = directory.resolve("no-such-file");
		e = assertThrows(CommandException.class,
				() -> login("--password-file", missing.toString()).password("dm", "store", true));
		assertTrue(e.getMessage().contains("cannot read the password file " + missing), e.getMessage());
	}

	@Test
	void onTheEmbeddedStoreNoPasswordIsNeededAndTheDefaultActsWhenNobodyIsNamed() throws Exception {
		try (TrialSession session = login().session(embedded, settings,
				CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER))) {
			assertEquals("dm", session.user().getUsername());
		}
		settings.setProperty(WorkbenchSettings.SESSION_USER, "stat");
		try (TrialSession session = login().session(embedded, settings,
				CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER))) {
			assertEquals("stat", session.user().getUsername(), "session.user wins over the default");
		}
		try (TrialSession session = login("--as", "admin").session(embedded, settings,
				CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER))) {
			assertEquals("admin", session.user().getUsername(), "--as wins over session.user");
		}
		assertTrue(terminal.prompts.isEmpty(), "the embedded store never asks at the console");
	}

	@Test
	void onTheEmbeddedStoreAGivenPasswordIsChecked() throws Exception {
		terminal.variables.put(CommandLogin.PASSWORD_ENVIRONMENT, "secret-dm");
		try (TrialSession session = login("--as", "dm").session(embedded, settings, CommandLogin.DefaultUser.none())) {
			assertEquals("dm", session.user().getUsername());
		}
		terminal.variables.put(CommandLogin.PASSWORD_ENVIRONMENT, "wrong");
		CommandException wrong = assertThrows(CommandException.class,
				() -> login("--as", "dm").session(embedded, settings, CommandLogin.DefaultUser.none()));
		assertTrue(wrong.getMessage().startsWith("lock-data: cannot log in as dm: Wrong username or password"),
				wrong.getMessage());
		terminal.variables.clear();
		Path file = file("wrong\n");
		assertThrows(CommandException.class, () -> login("--as", "dm", "--password-file", file.toString())
				.session(embedded, settings, CommandLogin.DefaultUser.none()));
	}

	@Test
	void withoutAnyoneToActAsTheCommandSaysHowToNameOne() throws Exception {
		CommandException e = assertThrows(CommandException.class, () -> login().session(embedded, settings, noOne()));
		assertEquals(2, e.exitCode());
		assertTrue(e.getMessage().contains("--as NAME") && e.getMessage().contains("has no active nobody"),
				e.getMessage());
	}

	private static CommandLogin.DefaultUser noOne() {
		return new CommandLogin.DefaultUser() {
			@Override
			public Optional<String> choose(org.trialbench.repository.TrialRepository repository) {
				return Optional.empty();
			}

			@Override
			public String describe() {
				return "active nobody";
			}
		};
	}

	@Test
	void aServerStoreRefusesALoginWithoutAPasswordNamingAllThreeWays() throws Exception {
		// nothing listens there: the refusal comes before any connection
		try (JdbcTrialRepository server = JdbcTrialRepository.server("jdbc:postgresql://127.0.0.1:1/trial", null,
				null)) {
			CommandException e = assertThrows(CommandException.class,
					() -> login("--as", "dm").session(server, settings, CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER)));
			assertEquals(2, e.exitCode());
			assertFalse(e.getMessage().contains("\n"), "one line");
			for (String way : List.of("TRIALBENCH_PASSWORD", "--password-file FILE", "console")) {
				assertTrue(e.getMessage().contains(way), e.getMessage());
			}
			assertEquals(1, terminal.prompts.size(), "the console was asked first, and had none");

			CommandException nobody = assertThrows(CommandException.class,
					() -> login().session(server, settings, CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER)));
			assertTrue(nobody.getMessage().contains("--as NAME") && nobody.getMessage().contains("session.user"),
					nobody.getMessage());
		}
	}

	@Test
	void olderNamesOfTheOptionsStillWork() throws Exception {
		CommandArguments arguments = CommandArguments.parse("adjudication-cases", List.of("--user", "adj"));
		assertEquals(Optional.of("adj"), CommandLogin.read(arguments, terminal, CommandLogin.PASSWORD_FILE_OPTION,
				"user").namedUser(settings));
		CommandArguments both = CommandArguments.parse("adjudication-cases", List.of("--user", "adj", "--as", "dm"));
		assertThrows(CommandException.class,
				() -> CommandLogin.read(both, terminal, CommandLogin.PASSWORD_FILE_OPTION, "user"));
		Path file = file("secret-admin\n");
		CommandArguments user = CommandArguments.parse("user", List.of("--as", "admin", "--as-password-file",
				file.toString()));
		CommandLogin login = CommandLogin.read(user, terminal, "as-password-file", null);
		user.rejectUnknown();
		assertEquals("secret-admin", new String(login.password("admin", "store", false).get()));
	}
}
