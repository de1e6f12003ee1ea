package org.trialbench.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.trialbench.app.log.ErrorLog;

/** Workbench start-up and shut-down: puts the session's services into the application context. */
public class LifeCycle {

	@PostContextCreate
	void postContextCreate(IEclipseContext context, IEventBroker broker) {
		ErrorLog log = new ErrorLog();
		log.install();
		context.set(ErrorLog.class, log);
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
