package org.trialbench.safety.ui;

import java.time.Clock;
import java.time.ZoneId;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The safety dashboard part: reads the reports in a cancellable job and shows them on the UI thread. */
public class SafetyDashboardPart {
	@Inject
	WorkbenchSession session;

	private SafetyDashboardView view;

	@PostConstruct
	public void create(Composite parent) {
		view = new SafetyDashboardView(parent);
		refresh();
	}

	public void refresh() {
		if (session == null || !session.isOpen()) {
			return;
		}
		TrialSession trial = session.session();
		Job job = Job.create("Reading the safety dashboard", (IProgressMonitor monitor) -> {
			try {
				ZoneId zone = SafetySettings.zone(WorkbenchSettings.load());
				ReportingClock clock = new ReportingClock(trial.protocol().getAdverseEventSettings(), zone,
						Clock.systemUTC());
				SafetyDashboard dashboard = SafetyDashboard.collect(trial, clock, monitor);
				view.getDisplay().asyncExec(() -> {
					if (!view.isDisposed()) {
						view.show(dashboard, zone);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot read the safety dashboard: " + e.getMessage(), e);
			}
		});
		job.schedule();
	}
}
