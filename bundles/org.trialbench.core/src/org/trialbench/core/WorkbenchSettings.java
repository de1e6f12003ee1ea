package org.trialbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings a workbench and its headless commands share, kept in {@code trialbench.properties} in the
 * Trialbench home folder so that both read the same store connection.
 */
public final class WorkbenchSettings {
	public static final String FILE_NAME = "trialbench.properties";

	/** {@code embedded} (H2 file, the default) or {@code server} (PostgreSQL). */
	public static final String STORE_KIND = "store.kind";
	public static final String STORE_KIND_EMBEDDED = "embedded";
	public static final String STORE_KIND_SERVER = "server";
	public static final String STORE_EMBEDDED_PATH = "store.embedded.path";
	public static final String STORE_SERVER_URL = "store.server.jdbcUrl";
	public static final String STORE_SERVER_USER = "store.server.user";
	/** The user the workbench last logged in as; headless commands act as this user unless --as names another. */
	public static final String SESSION_USER = "session.user";
	public static final String DATE_FORMAT = "display.dateFormat";
	public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";
	public static final String CONFIRM_EXIT = "workbench.confirmExit";

	private WorkbenchSettings() {
	}

	public static Path file() {
		return TrialbenchHome.directory().resolve(FILE_NAME);
	}

	/** Current settings with defaults filled in; a missing file is not an error. */
	public static Properties load() throws IOException {
		Properties properties = defaults();
		Path file = file();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties;
	}

	public static Properties defaults() {
		Properties defaults = new Properties();
		defaults.setProperty(STORE_KIND, STORE_KIND_EMBEDDED);
		defaults.setProperty(STORE_EMBEDDED_PATH, TrialbenchHome.embeddedStore().toString());
		defaults.setProperty(STORE_SERVER_URL, "jdbc:postgresql://localhost:5432/trialbench");
		defaults.setProperty(STORE_SERVER_USER, System.getProperty("user.name", ""));
		defaults.setProperty(DATE_FORMAT, DEFAULT_DATE_FORMAT);
		defaults.setProperty(CONFIRM_EXIT, "false");
		return defaults;
	}
}
