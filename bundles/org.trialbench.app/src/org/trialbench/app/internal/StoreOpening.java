package org.trialbench.app.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.ui.session.LocalUser;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Opens the trial store the workbench settings name, through the first {@link RepositoryProvider} service that
 * accepts them (highest service ranking first), and hands it to the workbench session. On the embedded store the
 * workbench is a trusted local process and acts as the {@link LocalUser} without asking for a password; on a
 * server store, or when no user can be chosen, the Trial Navigator offers to log in.
 */
public final class StoreOpening extends Job {
	/** How long to wait for store services that are still being registered at start-up. */
	private static final long SERVICE_WAIT_MILLIS = 1000;
	static final String NO_PROVIDER = "no trial store implementation is installed";

	private final WorkbenchSession session;
	private final BundleContext bundles;

	public StoreOpening(WorkbenchSession session, BundleContext bundles) {
		super("Opening the trial store");
		this.session = session;
		this.bundles = bundles;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ServiceTracker<RepositoryProvider, RepositoryProvider> tracker = new ServiceTracker<>(bundles,
				RepositoryProvider.class, null);
		tracker.open();
		try {
			tracker.waitForService(SERVICE_WAIT_MILLIS);
			List<RepositoryProvider> providers = new ArrayList<>();
			ServiceReference<RepositoryProvider>[] references = tracker.getServiceReferences();
			if (references != null) {
				List<ServiceReference<RepositoryProvider>> ranked = new ArrayList<>(Arrays.asList(references));
				Collections.sort(ranked, Collections.reverseOrder());
				for (ServiceReference<RepositoryProvider> reference : ranked) {
					RepositoryProvider provider = tracker.getService(reference);
					if (provider != null) {
						providers.add(provider);
					}
				}
			}
			Properties settings;
			try {
				settings = WorkbenchSettings.load();
			} catch (IOException e) {
				String message = "Could not read the settings " + WorkbenchSettings.file() + ": " + e.getMessage()
						+ "; fix or delete the file and restart";
				ILog.of(StoreOpening.class).error(message, e);
				session.fail(message);
				return Status.OK_STATUS;
			}
			open(providers, settings, monitor);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			session.fail("opening the trial store was interrupted");
		} finally {
			tracker.close();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Opens the store with the first provider that accepts the settings, then logs in on the embedded store. */
	public void open(List<RepositoryProvider> providers, Properties settings, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Opening the trial store", providers.size() + 1);
		if (providers.isEmpty()) {
			ILog.of(StoreOpening.class).info("No trial is open: " + NO_PROVIDER);
			session.fail(NO_PROVIDER);
			return;
		}
		TrialRepository repository = null;
		List<String> refusals = new ArrayList<>();
		StoreException last = null;
		for (RepositoryProvider provider : providers) {
			if (progress.isCanceled()) {
				session.fail("opening the trial store was cancelled");
				return;
			}
			try {
				repository = provider.open(settings, progress.split(1)); // an older store is upgraded here
				break;
			} catch (StoreException | RuntimeException e) {
				refusals.add(e.getMessage());
				last = e instanceof StoreException store ? store : new StoreException(e.toString(), e);
			}
		}
		if (repository == null) {
			String message = "Could not open the trial store: " + String.join("; ", refusals);
			ILog.of(StoreOpening.class).error(message, last);
			session.fail(message);
			return;
		}
		session.connect(repository);
		String user = null;
		try {
			if (repository.isEmpty() || repository.description().kind() != StoreDescription.Kind.EMBEDDED) {
				return;
			}
			Optional<String> chosen = LocalUser.choose(settings, repository.localUsers());
			if (chosen.isEmpty()) {
				ILog.of(StoreOpening.class).info("The " + repository.description() + " names no administrator or "
						+ "data manager to act as; set -D" + LocalUser.PROPERTY + "=NAME or " + LocalUser.SETTING
						+ " in " + WorkbenchSettings.FILE_NAME + ", or log in from the Trial Navigator");
				return;
			}
			user = chosen.get();
			session.open(repository.localSession(user));
		} catch (AuthenticationException e) {
			ILog.of(StoreOpening.class).warn("Could not act as user " + user + " on the " + repository.description()
					+ ": " + e.getMessage() + "; log in from the Trial Navigator", e);
		} catch (StoreException | RuntimeException e) {
			ILog.of(StoreOpening.class).error("Could not open a session" + (user == null ? "" : " for user " + user)
					+ " on the " + repository.description() + ": " + e.getMessage(), e);
		}
	}
}
