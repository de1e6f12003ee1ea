package org.trialbench.repository.jdbc.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/** Several processes on one embedded H2 file, as a workbench and a headless command share it. */
class EmbeddedManyProcessesTest extends ManyProcessesContract {

	private Path directory;


	/**
	 * Deleted leniently after the test: a closing session's watcher thread may still be releasing the file, which
	 * a strict temporary-folder cleanup would report as a test error.
	 */
	@AfterEach
	void deleteDirectory() throws Exception {
		Thread.sleep(300);
		try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private Path file() {
		if (directory == null) { // made here: the contract's set-up runs before any of this class
			try {
				directory = Files.createTempDirectory("trialbench-many");
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return directory.resolve("store");
	}

	@Override
	JdbcTrialRepository newStore() throws Exception {
		return JdbcTrialRepository.embedded(file());
	}

	@Override
	String storeArgument() {
		return "h2:" + file();
	}

	@Override
	List<Long> commitLog() throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = Database.embedded(file()).connect(null, null);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT commit_id FROM commit_log ORDER BY commit_id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	@Override
	boolean someoneIsWriting() throws Exception {
		try (Connection connection = Database.embedded(file()).connect(null, null);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
						+ "WHERE CONTAINS_UNCOMMITTED AND SESSION_ID <> SESSION_ID()")) {
			rs.next();
			return rs.getInt(1) > 0;
		} catch (java.sql.SQLException e) {
			return false; // the store is changing hands between processes; ask again
		}
	}
}
