package org.trialbench.adjudication.internal;

import java.util.Properties;

import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.RepositoryProvider;

/** The adjudication commands with the settings and store a test gives. */
public final class TestCommands {
	private final AdjudicationCasesCommand cases;
	private final ExportAdjudicationCommand export;

	public TestCommands(RepositoryProvider provider, Properties settings) {
		cases = new AdjudicationCasesCommand(() -> settings);
		cases.setRepositoryProvider(provider);
		export = new ExportAdjudicationCommand(() -> settings);
		export.setRepositoryProvider(provider);
	}

	public HeadlessCommand cases() {
		return cases;
	}

	public HeadlessCommand export() {
		return export;
	}
}
