package org.trialbench.monitoring.ui;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * A monitoring part: shows its view while someone is logged in, a short note otherwise, builds the view anew when
 * the session changes and lets it refresh after commits (from this or another workbench).
 */
abstract class SessionPart<V extends Control> {

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = this::changed;
	private Composite parent;
	private Control content;
	private long lastRefresh;

	SessionPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	abstract V create(Composite parent, TrialSession session);

	abstract void refresh(V view);

	@PostConstruct
	public void createControls(Composite newParent) {
		parent = newParent;
		parent.setLayout(new FillLayout());
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
		parent.layout(true, true);
	}

	@SuppressWarnings("unchecked")
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
			} else if (content != null && !(content instanceof Label) && System.currentTimeMillis() - lastRefresh > 1000) {
				lastRefresh = System.currentTimeMillis(); // a burst of commits refreshes once
				refresh((V) content);
			}
		});
	}

	/** Shows a problem the user can act on, and logs it. */
	void problem(String message) {
		ILog.of(getClass()).warn(message);
		if (parent != null && !parent.isDisposed()) {
			MessageDialog.openWarning(parent.getShell(), "Monitoring", message);
		}
	}
}
