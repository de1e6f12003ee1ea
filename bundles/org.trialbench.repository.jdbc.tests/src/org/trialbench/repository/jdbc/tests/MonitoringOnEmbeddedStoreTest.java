package org.trialbench.repository.jdbc.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/** {@link MonitoringStoreContract} on the embedded H2 store. */
class MonitoringOnEmbeddedStoreTest extends MonitoringStoreContract {

	@TempDir
	Path directory;
	private int stores;

	@Override
	JdbcTrialRepository newStore() throws Exception {
		return JdbcTrialRepository.embedded(directory.resolve("store" + (++stores)));
	}
}
