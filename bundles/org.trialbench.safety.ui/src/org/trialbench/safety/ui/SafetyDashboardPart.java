package org.trialbench.safety.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The safety dashboard part: reads the reports in a cancellable job and shows them on the UI thread; reads again
 * when a commit touches a subject or the session changes. Double-clicking a report opens its adverse event.
 */
public class SafetyDashboardPart {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Inject
	WorkbenchSession session;
	@Inject
	@Optional
	EPartService parts;

	private SafetyDashboardView view;
	private final WorkbenchSession.Listener listener = this::changed;
	private Job running;

	@PostConstruct
	public void create(Composite parent) {
		view = new SafetyDashboardView(parent);
		view.onOpen(row -> {
			if (parts != null) {
				AdverseEventPart.open(parts, row.safetyCase().subjectId(), row.safetyCase().event().getId(),
						row.safetyCase().screeningNumber());
			}
		});
		session.addListener(listener);
		refresh();
	}

	private void changed(CommitInfo commit, Set<String> subjectIds) {
		if (!view.isDisposed()) {
			view.getDisplay().asyncExec(() -> {
				if (!view.isDisposed()) {
					refresh();
				}
			});
		}
	}

	public void refresh() {
		if (session == null || !session.isOpen()) {
			view.showNote("No trial is open: log in to see the serious adverse events and their reporting clocks");
			return;
		}
		if (running != null) {
			running.cancel();
		}
		TrialSession trial = session.session();
		Job job = Job.create("Reading the safety dashboard", (IProgressMonitor monitor) -> {
			try {
				ZoneId zone = SafetySettings.zone(WorkbenchSettings.load());
				Instant now = Instant.now();
				ReportingClock clock = new ReportingClock(trial.protocol().getAdverseEventSettings(), zone,
						Clock.fixed(now, zone));
				SafetyDashboard dashboard = SafetyDashboard.collect(trial, clock, monitor);
				view.getDisplay().asyncExec(() -> {
					if (!view.isDisposed()) {
						view.show(dashboard, zone, now);
						view.showNote(view.summaryText() + " As of " + TIME.format(now.atZone(zone))
								+ "; double-click a report to open its adverse event.");
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				String message = "Cannot read the safety dashboard: " + e.getMessage();
				ILog.of(SafetyDashboardPart.class).error(message, e);
				view.getDisplay().asyncExec(() -> {
					if (!view.isDisposed()) {
						view.showNote(message);
					}
				});
				return Status.OK_STATUS;
			}
		});
		running = job;
		job.schedule();
	}

	@Focus
	public void setFocus() {
		view.setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
	}
}
