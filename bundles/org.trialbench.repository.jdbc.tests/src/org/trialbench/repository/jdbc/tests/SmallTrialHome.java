package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * A Trialbench home made for each test, whose settings name an embedded store holding the {@link SmallTrial}: where
 * the administration commands ({@code site}, {@code user}) run as they do from {@code ./trialbench}.
 */
abstract class SmallTrialHome {

	@TempDir
	Path home;
	private String previousHome;
	JdbcTrialRepository repository;

	@BeforeEach
	void storeWithTheSmallTrial() throws Exception {
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Path store = home.resolve("store").resolve("trialbench");
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		try (OutputStream out = Files.newOutputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			settings.store(out, null);
		}
		// the store the settings name, as the commands open it (an H2 store would be upgraded by the first command)
		repository = (JdbcTrialRepository) new JdbcRepositoryProvider().open(settings);
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void restoreHome() {
		repository.close();
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	/** Runs the command as {@code ./trialbench NAME WORDS...} would, expects exit 0 and returns what it printed. */
	static String run(HeadlessCommand command, String... words) throws CommandException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = command.run(CommandArguments.parse(command.name(), List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertEquals(0, exit);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	Path passwordFile(String password) throws IOException {
		Path file = Files.createTempFile(home, "password", ".txt");
		Files.writeString(file, password + "\n");
		return file;
	}
}
