package org.trialbench.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.osgi.framework.FrameworkUtil;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Workbench start-up and shut-down: puts the session's services into the application context. The
 * {@link WorkbenchSession} goes in at once, still connecting; {@link StoreOpening} opens the store in the
 * background (and, on the embedded store, logs in as the configured or first administrator), so the window
 * appears without waiting for the database. The store is closed when the workbench shuts down.
 */
public class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context, IEventBroker broker) {
		ErrorLog log = new ErrorLog();
		log.install();
		context.set(ErrorLog.class, log);
		// the form view's markers come from EMF validation, which finds the trial's rules in the registry
		org.trialbench.model.validation.TrialValidator.register();

		WorkbenchSession session = WorkbenchSession.connecting();
		context.set(WorkbenchSession.class, session);
		new StoreOpening(session, FrameworkUtil.getBundle(LifeCycle.class).getBundleContext()).schedule();
		broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> session.dispose());

		String screenshot = System.getProperty(StartupSnapshot.PROPERTY);
		if (screenshot != null && !screenshot.isBlank()) {
			broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
					event -> new StartupSnapshot(context, log, java.nio.file.Path.of(screenshot)).schedule());
		}
	}

	@PreSave
	void preSave(IEclipseContext context) {
		ErrorLog log = context.get(ErrorLog.class);
		if (log != null) {
			log.uninstall();
		}
	}
}
