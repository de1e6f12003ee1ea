package org.trialbench.monitoring.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.clinical.Site;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * A real embedded store holding a small generated demo trial (2 sites, 40 subjects, seed 2026) on the shipped
 * POEM vs BTX protocol. Users: monitor1 (sites 01 and 02), pi01/inv01 and pi02/inv02, datamanager, admin.
 */
final class DemoStore implements AutoCloseable {

	final Path file;
	final JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();

	DemoStore(Path directory) throws Exception {
		file = directory.resolve("store");
		repository = JdbcTrialRepository.embedded(file);
		DemoTrial demo = new DemoTrialGenerator(2, 40, 2026).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
	}

	TrialSession as(String username) throws Exception {
		TrialSession session = repository.localSession(username);
		sessions.add(session);
		return session;
	}

	static Site site(TrialSession session, String code) {
		return session.trial().getSites().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
	}

	/** Settings that name this store, for the headless commands. */
	Properties settings() {
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, file.toString());
		return settings;
	}

	private boolean closed;

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			sessions.forEach(TrialSession::close);
			repository.close();
		}
	}
}
