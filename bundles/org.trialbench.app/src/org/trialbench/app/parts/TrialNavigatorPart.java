package org.trialbench.app.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.clinical.FormRecord;
import org.trialbench.ui.login.LoginDialog;
import org.trialbench.ui.navigator.TrialNavigator;
import org.trialbench.ui.session.LocalUser;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The Trial Navigator: sites, subjects, visits and forms of the open trial, or what state the store is in.
 * Opening a form shows it in a Form part; opening the login note asks for user name and password.
 */
public class TrialNavigatorPart {
	private final WorkbenchSession session;
	private TrialNavigator navigator;

	@Inject
	@Optional
	private EPartService partService;

	/** Tells handlers (enter data, start a form) which subject, visit or form is selected. */
	@Inject
	@Optional
	private ESelectionService selectionService;

	@Inject
	public TrialNavigatorPart(WorkbenchSession session) {
		this.session = session;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		navigator = new TrialNavigator(parent, session);
		navigator.onOpenForm(this::openForm);
		navigator.onLogin(this::logIn);
		navigator.viewer().addSelectionChangedListener(event -> {
			if (selectionService != null && event.getSelection() instanceof IStructuredSelection selection) {
				selectionService.setSelection(selection.getFirstElement());
			}
		});
	}

	private void openForm(FormRecord form) {
		if (partService != null) {
			FormPart.open(partService, form);
		}
	}

	private void logIn() {
		session.repository().ifPresent(repository -> {
			LoginDialog dialog = new LoginDialog(navigator.control().getShell(), repository,
					System.getProperty(LocalUser.PROPERTY));
			if (dialog.open() == Window.OK && dialog.session() != null) {
				session.open(dialog.session());
			}
		});
	}

	public TrialNavigator navigator() {
		return navigator;
	}

	public TreeViewer viewer() {
		return navigator.viewer();
	}

	@Focus
	public void setFocus() {
		navigator.setFocus();
	}
}
