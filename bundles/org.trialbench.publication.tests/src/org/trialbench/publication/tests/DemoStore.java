package org.trialbench.publication.tests;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Trial;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/** A generated demo trial stored in a real embedded store in a test's own folder. */
record DemoStore(Trial trial, JdbcTrialRepository repository) {

	/** Generates the trial, lets the test amend it before it is stored, and stores it. */
	static DemoStore create(Path folder, int sites, int subjects, long seed, Consumer<Trial> amend)
			throws StoreException {
		DemoTrial demo = new DemoTrialGenerator(sites, subjects, seed).generate(new NullProgressMonitor());
		amend.accept(demo.trial());
		JdbcTrialRepository repository = JdbcTrialRepository.embedded(folder.resolve("store"));
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		return new DemoStore(demo.trial(), repository);
	}

	/** The first active user with the role. */
	String user(Role role) {
		return trial.getUsers().stream().filter(u -> u.isActive() && u.getRoles().contains(role)).findFirst()
				.orElseThrow().getUsername();
	}
}
