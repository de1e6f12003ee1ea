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
		// a disabled button's reason shows where the user points (GTK shows no tooltip on disabled buttons)
		org.trialbench.ui.actions.DisabledReason.showOverDisabledControls(org.eclipse.swt.widgets.Display.getDefault());

		WorkbenchSession session = WorkbenchSession.connecting();
		context.set(WorkbenchSession.class, session);
		new StoreOpening(session, FrameworkUtil.getBundle(LifeCycle.class).getBundleContext()).schedule();
		broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> session.dispose());

		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> goHomeOnLogin(context, session));

		String screenshot = System.getProperty(StartupSnapshot.PROPERTY);
		if (screenshot != null && !screenshot.isBlank()) {
			broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
					event -> new StartupSnapshot(context, log, java.nio.file.Path.of(screenshot)).schedule());
		}
	}

	/**
	 * When someone logs in (on start-up on the embedded store, or through the login dialog), the workbench shows
	 * the perspective of that user's work ({@link HomePerspective}); later switches are the user's own.
	 */
	private static void goHomeOnLogin(IEclipseContext context, WorkbenchSession session) {
		String[] welcomed = { null };
		Runnable check = () -> {
			if (!session.isOpen()) {
				return;
			}
			org.trialbench.clinical.User user = session.session().user();
			if (user == null || user.getId().equals(welcomed[0])) {
				return;
			}
			welcomed[0] = user.getId();
			HomePerspective.of(user.getRoles()).ifPresent(id -> show(context, id));
		};
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent() != null
				? org.eclipse.swt.widgets.Display.getCurrent() : org.eclipse.swt.widgets.Display.getDefault();
		session.addListener((commit, subjects) -> {
			if (commit == null && !display.isDisposed()) {
				display.asyncExec(check);
			}
		});
		check.run();
	}

	private static void show(IEclipseContext context, String perspectiveId) {
		org.eclipse.e4.ui.model.application.MApplication application = context
				.get(org.eclipse.e4.ui.model.application.MApplication.class);
		org.eclipse.e4.ui.workbench.modeling.EModelService models = context
				.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
		org.eclipse.e4.ui.model.application.ui.basic.MWindow window = application.getSelectedElement();
		if (window == null || window.getContext() == null) {
			return;
		}
		java.util.List<org.eclipse.e4.ui.model.application.ui.advanced.MPerspective> found = models
				.findElements(window, perspectiveId, org.eclipse.e4.ui.model.application.ui.advanced.MPerspective.class);
		if (!found.isEmpty()) {
			window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
					.switchPerspective(found.get(0));
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
