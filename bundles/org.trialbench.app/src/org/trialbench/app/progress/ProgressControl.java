package org.trialbench.app.progress;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The status bar's progress area: the running job's name and task, a progress bar and a Cancel button.
 * It polls {@link RunningJobs} a few times a second, so jobs never wait for the UI thread.
 */
public class ProgressControl {
	private static final int REFRESH_MILLIS = 200;

	private final RunningJobs jobs = new RunningJobs();
	private Composite area;
	private Label status;
	private ProgressBar bar;
	private ProgressBar busy;
	private Button cancel;
	private Job shown;

	/** Says who is logged in on which store while no job runs; absent in tests without a session. */
	private WorkbenchSession session;

	@PostConstruct
	public void createControls(Composite parent, @org.eclipse.e4.core.di.annotations.Optional WorkbenchSession session) {
		this.session = session;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 1).applyTo(area);
		status = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(400, SWT.DEFAULT)
				.applyTo(status);
		bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(1000);
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(bar);
		busy = new ProgressBar(area, SWT.HORIZONTAL | SWT.INDETERMINATE);
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).exclude(true).applyTo(busy);
		busy.setVisible(false);
		cancel = new Button(area, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.setToolTipText("Cancel the running task");
		cancel.addListener(SWT.Selection, e -> {
			if (shown != null) {
				shown.cancel();
				status.setText(shown.getName() + ": cancelling...");
			}
		});
		jobs.install(Job.getJobManager());
		showIdle();
		area.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
	}

	private void refresh() {
		if (area.isDisposed()) {
			return;
		}
		Optional<RunningJobs.Progress> current = jobs.current();
		if (current.isEmpty()) {
			showIdle();
		} else {
			RunningJobs.Progress progress = current.get();
			shown = progress.job();
			List<RunningJobs.Progress> all = jobs.snapshot();
			String more = all.size() > 1 ? "  (+" + (all.size() - 1) + " more)" : "";
			status.setText(progress.name() + (progress.task().isEmpty() ? "" : " — " + progress.task()) + more);
			boolean known = progress.fraction() >= 0;
			setVisible(bar, known);
			setVisible(busy, !known);
			if (known) {
				bar.setSelection((int) Math.round(progress.fraction() * 1000));
			}
			cancel.setEnabled(true);
			area.layout();
		}
		area.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
	}

	private void showIdle() {
		shown = null;
		String idle = session == null ? "Ready" : session.describe();
		if (!idle.equals(status.getText())) {
			status.setText(idle);
			status.setToolTipText(idle);
		}
		bar.setSelection(0);
		setVisible(bar, true);
		setVisible(busy, false);
		cancel.setEnabled(false);
		area.layout();
	}

	private static void setVisible(ProgressBar control, boolean visible) {
		if (control.getVisible() != visible) {
			control.setVisible(visible);
			((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
		}
	}

	/** Visible for tests. */
	public Label statusLabel() {
		return status;
	}

	/** Visible for tests. */
	public ProgressBar progressBar() {
		return bar;
	}

	/** Visible for tests. */
	public Button cancelButton() {
		return cancel;
	}

	@PreDestroy
	public void dispose() {
		jobs.uninstall();
	}
}
