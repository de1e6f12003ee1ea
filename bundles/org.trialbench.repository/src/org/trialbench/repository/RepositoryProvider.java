package org.trialbench.repository;

import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Opens the store named by the workbench settings. Implementations register a {@link RepositoryProvider} as an
 * OSGi service; this picks the first provider that accepts the settings.
 */
public interface RepositoryProvider {

	/** Opens (and creates or migrates, for the embedded store) the store the settings name. */
	TrialRepository open(Properties settings) throws StoreException;

	/**
	 * As {@link #open(Properties)}, reporting progress of what opening takes long (the upgrade of an older embedded
	 * store) to the monitor, which may be null.
	 */
	default TrialRepository open(Properties settings, IProgressMonitor monitor) throws StoreException {
		return open(settings);
	}
}
