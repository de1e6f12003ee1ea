package org.trialbench.core;

import java.nio.file.Path;

/**
 * Where a workbench keeps its own files: the embedded store, logs, preferences.
 * The system property {@code trialbench.home} wins, then the environment variable {@code TRIALBENCH_HOME},
 * then {@code ~/.trialbench}.
 */
public final class TrialbenchHome {
	public static final String PROPERTY = "trialbench.home";
	public static final String ENVIRONMENT = "TRIALBENCH_HOME";

	private TrialbenchHome() {
	}

	public static Path directory() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath();
		}
		String env = System.getenv(ENVIRONMENT);
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".trialbench");
	}

	/**
	 * The default embedded store: the folder holding its PostgreSQL cluster; a store made before that is the H2 file
	 * of this name with H2's {@code .mv.db} suffix.
	 */
	public static Path embeddedStore() {
		return directory().resolve("store").resolve("trialbench");
	}
}
