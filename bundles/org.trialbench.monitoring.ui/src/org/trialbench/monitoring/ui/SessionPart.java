package org.trialbench.monitoring.ui;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * A monitoring part: shows its view while someone is logged in, a short note otherwise, builds the view anew when
 * the session changes and lets it refresh after commits (from this or another workbench). A problem the user can act
 * on shows in a line above the view (no modal pop-up that interrupts the work), and is logged once.
 */
abstract class SessionPart<V extends Control> {

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = this::changed;
	private Composite parent;
	private Control content;
	/** The last problem, above the view; hidden while there is none, dismissed by a click. */
	private CLabel message;
	private static final long REFRESH_INTERVAL_MILLIS = 1000;
	private long lastRefresh;
	/** A refresh is waiting for the interval since the last one to pass. */
	private boolean refreshDue;

	SessionPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	abstract V create(Composite parent, TrialSession session);

	abstract void refresh(V view);

	@PostConstruct
	public void createControls(Composite newParent) {
		parent = newParent;
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		message = new CLabel(parent, SWT.NONE);
		message.setToolTipText("Click to dismiss");
		message.addListener(SWT.MouseUp, e -> showMessage(null));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		showMessage(null);
		workbench.addListener(listener);
		rebuild();
	}

	@PreDestroy
	public void dispose() {
		workbench.removeListener(listener);
	}

	private void rebuild() {
		if (content != null && !content.isDisposed()) {
			content.dispose();
		}
		if (workbench.isOpen()) {
			content = create(parent, workbench.session());
		} else {
			Label note = new Label(parent, SWT.WRAP);
			note.setText("No trial is open: log in from the Trial Navigator.");
			content = note;
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		parent.layout(true, true);
	}

	private void changed(CommitInfo commit, Set<String> subjectIds) {
		if (parent == null || parent.isDisposed()) {
			return;
		}
		parent.getDisplay().asyncExec(() -> {
			if (parent.isDisposed()) {
				return;
			}
			if (commit == null) {
				rebuild();
			} else {
				refreshSoon();
			}
		});
	}

	/**
	 * Refreshes the view after a commit: at once when the last refresh is a second old, else once when that second
	 * has passed, so that a burst of commits refreshes the view twice at most and its last commit is never missed.
	 */
	@SuppressWarnings("unchecked")
	private void refreshSoon() {
		if (content == null || content.isDisposed() || content instanceof Label || refreshDue) {
			return;
		}
		long wait = lastRefresh + REFRESH_INTERVAL_MILLIS - System.currentTimeMillis();
		if (wait <= 0) {
			lastRefresh = System.currentTimeMillis();
			refresh((V) content);
			return;
		}
		refreshDue = true;
		parent.getDisplay().timerExec((int) wait, () -> {
			refreshDue = false;
			if (!parent.isDisposed()) {
				refreshSoon();
			}
		});
	}

	/** Shows a problem the user can act on above the view, and logs it once. */
	void problem(String text) {
		ILog.of(getClass()).warn(text);
		if (parent != null && !parent.isDisposed()) {
			showMessage(text);
		}
	}

	private void showMessage(String text) {
		if (message == null || message.isDisposed()) {
			return;
		}
		message.setText(text == null ? "" : text);
		message.setImage(text == null ? null : Icons.get(Icons.WARNING));
		message.setVisible(text != null);
		((GridData) message.getLayoutData()).exclude = text == null;
		parent.layout(true, true);
	}

	/** The problem shown above the view, empty when none. */
	String shownProblem() {
		return message == null || !message.getVisible() ? "" : message.getText();
	}
}
