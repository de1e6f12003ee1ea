package org.trialbench.repository;

import java.util.Properties;

/**
 * Opens the store named by the workbench settings. Implementations register a {@link RepositoryProvider} as an
 * OSGi service; this picks the first provider that accepts the settings.
 */
public interface RepositoryProvider {

	/** Opens (and creates or migrates, for the embedded store) the store the settings name. */
	TrialRepository open(Properties settings) throws StoreException;
}
