package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.trialbench.app.cli.CommandDispatcher;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * Every headless command that reads or changes the trial, as the product runs it (the registered commands, the
 * command-line dispatcher, the settings in the Trialbench home), on a real PostgreSQL server store, each as a user
 * of the trial with that user's own password from --password-file.
 */
class CommandsOnServerStoreTest {

	private static final String OWNER_PASSWORD = "owner-secret";
	/** The commands the product registers that this test runs; each must be found. */
	private static final Set<String> COMMANDS = Set.of("lock-data", "export-tables", "export-listings", "export-odm",
			"import-odm", "adjudication-cases", "export-adjudication", "safety-clocks", "sae-listing", "sdv-plan",
			"visit-report", "validate", "audit", "randomization-list", "user");

	@TempDir
	static Path home;
	private static String previousHome;
	private static LocalPostgres server;
	private static Path password;
	private static CommandDispatcher dispatcher;

	@BeforeAll
	static void serverStoreWithADemoTrialAndTheRegisteredCommands() throws Exception {
		assumeTrue(System.getenv(CommandLogin.PASSWORD_ENVIRONMENT) == null,
				"the registered commands read TRIALBENCH_PASSWORD from this process's environment");
		server = LocalPostgres.start(OWNER_PASSWORD, false);
		try (JdbcTrialRepository owner = JdbcTrialRepository.server(server.jdbcUrl(), LocalPostgres.OWNER,
				OWNER_PASSWORD.toCharArray())) {
			owner.initializeServer();
			DemoTrial demo = new DemoTrialGenerator(2, 40, 13).generate(new NullProgressMonitor());
			owner.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		}
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_SERVER);
		settings.setProperty(WorkbenchSettings.STORE_SERVER_URL, server.jdbcUrl());
		settings.setProperty(WorkbenchSettings.STORE_SERVER_USER, "");
		try (OutputStream out = Files.newOutputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			settings.store(out, null);
		}
		password = home.resolve("password.txt");
		Files.writeString(password, DemoUsers.PASSWORD + "\n");
		dispatcher = new CommandDispatcher(registeredCommands(), (message, error) -> {
			throw new AssertionError(message, error);
		});
	}

	/** The commands as the product finds them: Declarative Services components of the started bundles. */
	static List<HeadlessCommand> registeredCommands() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(CommandDispatcher.class).getBundleContext();
		// the product starts its bundles; a test framework only resolves them (UI bundles are left alone)
		for (Bundle bundle : context.getBundles()) {
			String name = bundle.getSymbolicName();
			boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
			if (!fragment && (name.startsWith("org.trialbench.") && !name.endsWith(".ui")
					|| name.equals("org.apache.felix.scr"))) {
				bundle.start(Bundle.START_TRANSIENT);
			}
		}
		List<HeadlessCommand> commands = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			commands.clear();
			for (ServiceReference<HeadlessCommand> reference : context.getServiceReferences(HeadlessCommand.class,
					null)) {
				HeadlessCommand command = context.getService(reference);
				if (command != null) {
					commands.add(command);
				}
			}
			if (commands.stream().map(HeadlessCommand::name).toList().containsAll(COMMANDS)
					&& commands.stream().anyMatch(c -> c.name().equals("demo"))) {
				return commands;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("registered commands: " + commands.stream().map(HeadlessCommand::name).toList());
	}

	@AfterAll
	static void stop() throws Exception {
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
		if (server != null) {
			server.close();
		}
	}

	/** Runs the command as ./trialbench would, as the user with the password file; returns its output. */
	private static String run(Set<Integer> exitCodes, String command, String user, String... words) {
		List<String> line = new ArrayList<>(List.of(command));
		line.addAll(List.of(words));
		line.addAll(List.of("--as", user, command.equals("user") ? "--as-password-file" : "--password-file",
				password.toString()));
		return dispatch(dispatcher, exitCodes, line);
	}

	/** Runs the command line through the dispatcher; expects one of the exit codes and returns the output. */
	static String dispatch(CommandDispatcher dispatcher, Set<Integer> exitCodes, List<String> line) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = dispatcher.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String output = out.toString(StandardCharsets.UTF_8);
		assertTrue(exitCodes.contains(exit), String.join(" ", line) + " exited with " + exit + ": "
				+ err.toString(StandardCharsets.UTF_8) + output);
		return output;
	}

	private static String run(String command, String user, String... words) {
		return run(Set.of(0), command, user, words);
	}

	@Test
	void everyCommandRunsAsAUserWithTheOwnPassword() throws Exception {
		assertTrue(run("lock-data", "datamanager", "--reason", "primary analysis").contains("by datamanager"));
		assertTrue(run("lock-data", "datamanager", "--list").contains("LOCK-1"));
		run("export-tables", "committee1", "--out", home.resolve("tables.xlsx").toString());
		run("export-listings", "statistician", "--out", home.resolve("listings.xlsx").toString());
		assertTrue(run("export-odm", "admin", "--out", home.resolve("study.xml").toString()).contains("as admin"));
		run("import-odm", "admin", "--in", home.resolve("study.xml").toString(), "--dry-run");
		run("adjudication-cases", "admin");
		run("export-adjudication", "statistician", "--out", home.resolve("adjudication.csv").toString());
		run(Set.of(0, 1), "safety-clocks", "safety"); // 1: some report is overdue
		run("sae-listing", "safety", "--out", home.resolve("sae.xlsx").toString());
		assertTrue(run("sdv-plan", "monitor1").contains("SDV plan"));
		run("visit-report", "monitor1", "--site", "01", "--out", home.resolve("visit.xlsx").toString());
		run(Set.of(0, 1), "validate", "admin", "--errors-only"); // 1: the data have errors
		run("audit", "admin", "--latest", "3");
		run("randomization-list", "statistician", "--seed", "7", "--out", home.resolve("list.csv").toString());
		assertTrue(run("user", "admin", "list").contains("committee1"));
		for (String file : List.of("tables.xlsx", "listings.xlsx", "study.xml", "adjudication.csv", "sae.xlsx",
				"visit.xlsx", "list.csv")) {
			assertTrue(Files.size(home.resolve(file)) > 0, file);
		}
	}

	@Test
	void everyCommandShowsTheLoginOptionsInItsHelp() {
		for (String command : COMMANDS) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertEquals(0, dispatcher.run(List.of("help", command), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
			String help = out.toString(StandardCharsets.UTF_8);
			assertTrue(help.contains("--as NAME") && help.contains("TRIALBENCH_PASSWORD"), command + ": " + help);
			assertTrue(help.contains(command.equals("user") ? "--as-password-file FILE" : "--password-file FILE"),
					command + ": " + help);
		}
	}
}
