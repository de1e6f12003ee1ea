package org.trialbench.ui.navigator;

import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Site;
import org.trialbench.repository.CommitInfo;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The Trial Navigator widget: a filter box for screening numbers over the tree of sites, subjects, visits and
 * forms of the workbench's session. Opening a form (double-click or Enter) is handed to whoever shows forms;
 * opening the login note to whoever logs in. Follows commits and session changes on its own.
 */
public final class TrialNavigator {
	private static final int FILTER_DELAY_MILLIS = 300;

	private final WorkbenchSession workbench;
	private final Display display;
	private final Composite control;
	private final Text filter;
	private final TreeViewer viewer;
	private final NavigatorContent content;
	private final NavigatorLabels labels = new NavigatorLabels();
	private final WorkbenchSession.Listener listener = this::changedLater;
	private final Runnable applyFilter = this::applyFilter;
	private Consumer<FormRecord> formOpener = form -> {
	};
	private Runnable login = () -> {
	};

	public TrialNavigator(Composite parent, WorkbenchSession workbench) {
		this.workbench = workbench;
		display = parent.getDisplay();
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(control);
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by screening number");
		filter.setToolTipText("Shows subjects whose screening number contains this text, e.g. 0031 finds 01-0031");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilter));

		viewer = new TreeViewer(control, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		content = new NavigatorContent(workbench);
		viewer.setComparer(NavigatorContent.BY_ID);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(labels);
		viewer.addDoubleClickListener(
				event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.setInput(workbench);

		workbench.addListener(listener);
		control.addDisposeListener(e -> {
			workbench.removeListener(listener);
			display.timerExec(-1, applyFilter);
		});
	}

	public Control control() {
		return control;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public Text filterBox() {
		return filter;
	}

	public NavigatorContent content() {
		return content;
	}

	/** Who shows a form when the user opens one. */
	public void onOpenForm(Consumer<FormRecord> opener) {
		this.formOpener = opener;
	}

	/** Who asks for user name and password when the user opens the login note. */
	public void onLogin(Runnable loginAction) {
		this.login = loginAction;
	}

	/** What opening (double-click, Enter) an element does. */
	public void open(Object element) {
		if (element instanceof FormRecord form) {
			formOpener.accept(form);
		} else if (element instanceof NavigatorNote note && note.kind() == NavigatorNote.Kind.MORE
				&& note.owner() instanceof Site site) {
			content.showMore(site);
		} else if (element instanceof NavigatorNote note && note.kind() == NavigatorNote.Kind.LOGIN) {
			login.run();
		} else if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	/** Filters now, without waiting for the user to stop typing. */
	public void filter(String prefix) {
		filter.setText(prefix);
		applyFilter();
	}

	private void applyFilter() {
		if (!filter.isDisposed()) {
			content.filter(filter.getText());
		}
	}

	/** Told on a background thread; the tree is changed on the UI thread. */
	private void changedLater(CommitInfo commit, Set<String> subjectIds) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!control.isDisposed()) {
				content.changed(commit, subjectIds);
			}
		});
	}

	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
