package org.trialbench.publication.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * lock-data and the exports on a real PostgreSQL server store, as the users themselves: the data manager locks
 * with the password in a file, a member of the writing committee exports the locked tables with the password in
 * TRIALBENCH_PASSWORD, the statistician the listings with the password typed at the console (the environment and
 * the console are the test's). A wrong password and a missing one are
 * refused with one clear line, and change nothing.
 */
class CommandsOnServerStoreTest {

	private static final String OWNER_PASSWORD = "owner-secret";

	@TempDir
	static Path directory;
	private static LocalPostgres server;
	private static JdbcTrialRepository owner;
	private static Properties settings;

	/** The test's environment variables and console (none, unless a test types). */
	private static final class Terminal implements CommandLogin.Terminal {
		final Map<String, String> variables = new HashMap<>();
		String typed;
		int asked;

		@Override
		public String variable(String name) {
			return variables.get(name);
		}

		@Override
		public char[] askPassword(String prompt) {
			asked++;
			return typed == null ? null : typed.toCharArray();
		}
	}

	@BeforeAll
	static void serverStoreWithADemoTrial() throws Exception {
		server = LocalPostgres.start(OWNER_PASSWORD, false);
		owner = JdbcTrialRepository.server(server.jdbcUrl(), LocalPostgres.OWNER, OWNER_PASSWORD.toCharArray());
		owner.initializeServer();
		DemoTrial demo = new DemoTrialGenerator(2, 40, 11).generate(new NullProgressMonitor());
		owner.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		// what a workbench's settings say after File > Connect to Server: the URL, no owner
		settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_SERVER);
		settings.setProperty(WorkbenchSettings.STORE_SERVER_URL, server.jdbcUrl());
		settings.setProperty(WorkbenchSettings.STORE_SERVER_USER, "");
	}

	@AfterAll
	static void stop() throws Exception {
		if (owner != null) {
			owner.close();
		}
		if (server != null) {
			server.close();
		}
	}

	private static String run(HeadlessCommand command, Terminal terminal, Properties settings, String... words)
			throws CommandException {
		JdbcRepositoryProvider provider = new JdbcRepositoryProvider();
		if (command instanceof LockDataCommand lock) {
			lock.settings = () -> settings;
			lock.terminal = terminal;
			lock.setRepositoryProvider(provider);
		} else if (command instanceof ExportTablesCommand tables) {
			tables.settings = () -> settings;
			tables.terminal = terminal;
			tables.setRepositoryProvider(provider);
		} else if (command instanceof ExportListingsCommand listings) {
			listings.settings = () -> settings;
			listings.terminal = terminal;
			listings.setRepositoryProvider(provider);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, command.run(CommandArguments.parse(command.name(), List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static List<DataLock> locks() throws Exception {
		try (TrialSession session = owner.login("datamanager", DemoUsers.PASSWORD.toCharArray())) {
			return session.dataLocks();
		}
	}

	private static Path passwordFile(String password) throws Exception {
		Path file = Files.createTempFile(directory, "password", ".txt");
		Files.writeString(file, password + "\n");
		return file;
	}

	@Test
	void theDataManagerLocksWithAPasswordFileAndTheCommitteeExportsWithThePasswordFromTheEnvironment()
			throws Exception {
		int before = locks().size();
		Terminal none = new Terminal();
		String locked = run(new LockDataCommand(), none, settings, "--as", "datamanager", "--password-file",
				passwordFile(DemoUsers.PASSWORD).toString(), "--reason", "Database lock for the primary analysis");
		assertTrue(locked.contains("Locked the data as LOCK-" + (before + 1)) && locked.contains("by datamanager"),
				locked);
		List<DataLock> locks = locks();
		assertEquals(before + 1, locks.size());
		DataLock lock = locks.get(locks.size() - 1);
		assertEquals("datamanager", lock.lockedBy());
		assertEquals("Database lock for the primary analysis", lock.reason());
		assertEquals(0, none.asked, "a password file needs no console");

		// the committee member is the one the workbench connected as (session.user), the password in the environment
		Terminal environment = new Terminal();
		environment.variables.put(CommandLogin.PASSWORD_ENVIRONMENT, DemoUsers.PASSWORD);
		Properties committee = new Properties();
		committee.putAll(settings);
		committee.setProperty(WorkbenchSettings.SESSION_USER, "committee1");
		Path workbook = directory.resolve("tables.xlsx");
		String exported = run(new ExportTablesCommand(), environment, committee, "--out", workbook.toString());
		assertTrue(exported.contains("Wrote 7 tables"), exported);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
			StringBuilder about = new StringBuilder();
			DataFormatter formatter = new DataFormatter();
			for (Row row : read.getSheet("About")) {
				row.forEach(cell -> about.append(formatter.formatCellValue(cell)).append(' '));
			}
			assertTrue(about.toString().contains(lock.id()), "the workbook names its lock: " + about);
			assertTrue(read.getSheet("CONSORT") != null && read.getSheet("Table 2") != null);
		}

		// the statistician types the password at the console
		Terminal console = new Terminal();
		console.typed = DemoUsers.PASSWORD;
		Path listings = directory.resolve("listings.xlsx");
		run(new ExportListingsCommand(), console, settings, "--as", "statistician", "--out", listings.toString());
		assertEquals(1, console.asked);
		assertTrue(Files.size(listings) > 0);
	}

	@Test
	void aWrongPasswordAndAMissingOneAreRefusedWithOneClearLineAndChangeNothing() throws Exception {
		int before = locks().size();
		Terminal none = new Terminal();
		CommandException missing = assertThrows(CommandException.class, () -> run(new LockDataCommand(), none,
				settings, "--as", "datamanager", "--reason", "no password"));
		assertEquals(2, missing.exitCode());
		assertEquals("lock-data: the server store " + server.jdbcUrl() + " needs the password of datamanager: set "
				+ "TRIALBENCH_PASSWORD, give --password-file FILE, or run the command at a console to be asked",
				missing.getMessage());
		assertEquals(1, none.asked, "the console was asked (there was none)");

		CommandException wrongFile = assertThrows(CommandException.class, () -> run(new LockDataCommand(), none,
				settings, "--as", "datamanager", "--password-file", passwordFile("not-the-password").toString(),
				"--reason", "wrong password"));
		assertTrue(wrongFile.getMessage().startsWith("lock-data: cannot log in as datamanager: Wrong username or "
				+ "password"), wrongFile.getMessage());
		assertFalse(wrongFile.getMessage().contains("\n"));
		assertEquals(before, locks().size(), "no lock was made");

		Terminal wrong = new Terminal();
		wrong.variables.put(CommandLogin.PASSWORD_ENVIRONMENT, "not-the-password");
		Path workbook = directory.resolve("refused.xlsx");
		CommandException wrongEnvironment = assertThrows(CommandException.class, () -> run(new ExportTablesCommand(),
				wrong, settings, "--as", "committee1", "--out", workbook.toString(), "--snapshot", "live"));
		assertTrue(wrongEnvironment.getMessage().startsWith("export-tables: cannot log in as committee1: Wrong "
				+ "username or password"), wrongEnvironment.getMessage());
		assertFalse(Files.exists(workbook), "nothing was written");

		CommandException nobody = assertThrows(CommandException.class, () -> run(new ExportTablesCommand(), wrong,
				settings, "--out", workbook.toString()));
		assertTrue(nobody.getMessage().startsWith("export-tables: name the user to act as with --as NAME"),
				nobody.getMessage());
		assertFalse(Files.exists(workbook));
	}
}
