package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.app.cli.CommandDispatcher;
import org.trialbench.app.internal.StoreOpening;
import org.trialbench.clinical.Site;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.ui.session.WorkbenchSession;
import org.trialbench.ui.session.WorkbenchSession.State;

/**
 * The embedded default store as a user meets it from the command line: {@code ./trialbench demo} makes a new
 * embedded store (PostgreSQL, run by Trialbench) and fills it, then the commands that read or change the trial run on
 * it as trusted local sessions (each command's default user, or --as NAME) and with a password; each command's
 * process leaves, and the last one stops the store's server. The workbench opens it as it starts and logs in.
 */
class CommandsOnEmbeddedStoreTest {

	@TempDir
	static Path home;
	private static String previousHome;
	private static CommandDispatcher dispatcher;

	@BeforeAll
	static void homeWithTheDefaultEmbeddedStore() throws Exception {
		assumeTrue(System.getenv(CommandLogin.PASSWORD_ENVIRONMENT) == null,
				"the registered commands read TRIALBENCH_PASSWORD from this process's environment");
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, TrialbenchHome.embeddedStore().toString());
		try (OutputStream out = Files.newOutputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			settings.store(out, null);
		}
		dispatcher = new CommandDispatcher(CommandsOnServerStoreTest.registeredCommands(), (message, error) -> {
			throw new AssertionError(message, error);
		});
	}

	@AfterAll
	static void restoreHome() {
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	private static String run(Set<Integer> exitCodes, String... words) {
		return CommandsOnServerStoreTest.dispatch(dispatcher, exitCodes, new ArrayList<>(List.of(words)));
	}

	private static String run(String... words) {
		return run(Set.of(0), words);
	}

	@Test
	void theDemoFillsANewEmbeddedPostgresqlStoreAndTheCommandsRunOnIt() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		String demo = run("demo", "--sites", "2", "--subjects", "40", "--seed", "13", "--if-empty");
		assertTrue(demo.contains("embedded store " + store), demo);
		assertTrue(Files.isDirectory(store.resolve(EmbeddedPostgres.FOLDER).resolve("data")), "a PostgreSQL cluster");
		assertFalse(Files.exists(home.resolve("store").resolve("trialbench.mv.db")), "no H2 file");
		assertTrue(run("demo", "--if-empty").contains("already holds a trial"));
		assertFalse(run(Set.of(1, 2), "demo").contains("Stored"), "a second demo is refused");

		// trusted local sessions: the commands' default users, or --as without a password
		run("lock-data", "--reason", "primary analysis");
		assertTrue(run("lock-data", "--list").contains("LOCK-1"));
		run("export-tables", "--out", home.resolve("tables.xlsx").toString());
		run("export-listings", "--out", home.resolve("listings.xlsx").toString());
		run("export-odm", "--out", home.resolve("study.xml").toString());
		run("import-odm", "--in", home.resolve("study.xml").toString(), "--dry-run");
		run("adjudication-cases");
		run(Set.of(0, 1), "safety-clocks", "--as", "safety"); // 1: some report is overdue
		run("sae-listing", "--as", "safety", "--out", home.resolve("sae.xlsx").toString());
		assertTrue(run("sdv-plan", "--as", "monitor1").contains("SDV plan"));
		run("visit-report", "--as", "monitor1", "--site", "01", "--out", home.resolve("visit.xlsx").toString());
		run(Set.of(0, 1), "validate", "--errors-only"); // 1: the data have errors
		assertTrue(run("audit", "--verify").contains("intact"));
		run("randomization-list", "--as", "statistician", "--seed", "13", "--out", home.resolve("list.csv").toString());
		assertTrue(run("user", "list").contains("committee1"));
		// a password login on the embedded store, as on a server
		Path password = home.resolve("password.txt");
		Files.writeString(password, DemoUsers.PASSWORD + "\n");
		run("export-adjudication", "--as", "statistician", "--password-file", password.toString(), "--out",
				home.resolve("adjudication.csv").toString());
		for (String file : List.of("tables.xlsx", "listings.xlsx", "study.xml", "adjudication.csv", "sae.xlsx",
				"visit.xlsx", "list.csv")) {
			assertTrue(Files.size(home.resolve(file)) > 0, file);
		}
		// every command closed the store: the last one to leave stopped its server
		assertFalse(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties")),
				"no server left running");
	}

	/** The workbench's start on the demo store: it acts as the first administrator; a log-in with a password. */
	@Test
	void theWorkbenchOpensTheEmbeddedStoreAndLogsIn() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		run("demo", "--sites", "2", "--subjects", "40", "--seed", "13", "--if-empty");
		WorkbenchSession workbench = WorkbenchSession.connecting();
		Properties settings = WorkbenchSettings.load();
		new StoreOpening(workbench, null).open(List.of(new JdbcRepositoryProvider()), settings,
				new NullProgressMonitor());
		try {
			assertEquals(State.OPEN, workbench.state(), workbench.problem());
			assertEquals("admin", workbench.session().user().getUsername());
			assertTrue(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties")));
			// Log Out / Switch User: a site's investigator logs in with the password, and sees the own site only
			workbench.close();
			TrialRepository repository = workbench.repository().orElseThrow();
			assertThrows(AuthenticationException.class, () -> repository.login("pi01", "wrong".toCharArray()));
			workbench.open(repository.login("pi01", DemoUsers.PASSWORD.toCharArray()));
			assertEquals(List.of("01"), workbench.session().visibleSites().stream().map(Site::getCode).toList());
		} finally {
			workbench.dispose();
		}
		assertFalse(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties")),
				"the workbench, closing, stopped the store's server");
	}
}
