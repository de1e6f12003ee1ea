package org.trialbench.repository.jdbc.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/** {@link FormSignOffContract} on the embedded H2 store, where the session applies the write policy. */
class EmbeddedFormSignOffTest extends FormSignOffContract {

	@TempDir
	Path directory;

	@Override
	JdbcTrialRepository newStore() throws Exception {
		return JdbcTrialRepository.embedded(directory.resolve("store"));
	}
}
