package org.trialbench.app.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MPopupMenu;
import org.eclipse.e4.ui.services.EMenuService;
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
 * Opening a form shows it in a Form part; opening the login note asks for user name and password. The selected
 * element (a subject row, visit or form; a list when several are selected) is the part's selection in the e4
 * selection service, and the tree has the context menu {@value #POPUP_ID} that capabilities contribute to.
 */
public class TrialNavigatorPart {
	/** The Trial Navigator's context menu, for menu contributions of the capabilities. */
	public static final String POPUP_ID = "org.trialbench.app.popup.navigator";

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
	@Optional
	private EMenuService menuService;

	@Inject
	@Optional
	private MPart part;

	@Inject
	@Optional
	private ECommandService commandService;

	@Inject
	@Optional
	private EHandlerService handlerService;

	/** The enrolment UI's Enter Data command; known by id, so the app needs nothing of that bundle. */
	static final String ENTER_DATA = "org.trialbench.enrolment.command.enterData";

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
		if (selectionService != null) {
			navigator.viewer().addSelectionChangedListener(event -> {
				IStructuredSelection selection = (IStructuredSelection) event.getSelection();
				selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement()
						: selection.isEmpty() ? null : selection.toList());
			});
		}
		if (menuService != null && part != null) {
			if (part.getMenus().stream().noneMatch(menu -> POPUP_ID.equals(menu.getElementId()))) {
				MPopupMenu popup = MMenuFactory.INSTANCE.createPopupMenu();
				popup.setElementId(POPUP_ID);
				part.getMenus().add(popup);
			}
			menuService.registerContextMenu(navigator.viewer().getControl(), POPUP_ID);
		}
	}

	/**
	 * Double-click on a form: data entry when the user may enter data on it (the Enter Data command, contributed
	 * by the enrolment UI, can run on the selection), else the read-only view.
	 */
	private void openForm(FormRecord form) {
		if (commandService != null && handlerService != null) {
			ParameterizedCommand enter = commandService.createCommand(ENTER_DATA, null);
			if (enter != null && handlerService.canExecute(enter)) {
				handlerService.executeHandler(enter);
				return;
			}
		}
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
