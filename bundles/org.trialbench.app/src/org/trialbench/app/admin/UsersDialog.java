package org.trialbench.app.admin;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.UserAdministration;

/**
 * Administration > Users: the trial's users as stored now (name, active, roles and sites, full name), with Add, Roles
 * and Sites, Deactivate, Password and Unlock Signing for administrators; each change goes through
 * {@link UserAdministration}, the path of {@code ./trialbench user}.
 */
public class UsersDialog extends Dialog {
	static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
	static final int EDIT_ID = IDialogConstants.CLIENT_ID + 2;
	static final int DEACTIVATE_ID = IDialogConstants.CLIENT_ID + 3;
	static final int PASSWORD_ID = IDialogConstants.CLIENT_ID + 4;
	static final int UNLOCK_ID = IDialogConstants.CLIENT_ID + 5;

	private final UserAdministration administration;
	private List<User> users = List.of();
	private List<Site> sites = List.of();
	Table table;
	Label status;

	public UsersDialog(Shell parent, UserAdministration administration) {
		super(parent);
		this.administration = administration;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Users");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "User", "130" }, { "Status", "80" }, { "Roles and sites", "320" },
				{ "Full name", "200" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).applyTo(table);
		table.addListener(SWT.Selection, e -> enableActions());
		table.addListener(SWT.DefaultSelection, e -> edit());
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		status.setText("Changes take effect in the store's access control at once; a user's own workbench shows them "
				+ "after the next log-in.");
		reload();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ADD_ID, "&Add...", false);
		createButton(parent, EDIT_ID, "&Roles and Sites...", false);
		createButton(parent, DEACTIVATE_ID, "&Deactivate...", false);
		createButton(parent, PASSWORD_ID, "&Password...", false);
		createButton(parent, UNLOCK_ID, "&Unlock Signing", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		enableActions();
	}

	/** The button with this id (tests; Dialog.getButton is protected). */
	Button button(int id) {
		return getButton(id);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case ADD_ID -> open(new UserDialog(getShell(), administration, sites, null));
		case EDIT_ID -> edit();
		case DEACTIVATE_ID -> deactivate();
		case PASSWORD_ID -> password();
		case UNLOCK_ID -> unlock();
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(buttonId);
		}
	}

	private void enableActions() {
		User selected = selectedUser();
		for (int id : new int[] { EDIT_ID, DEACTIVATE_ID, PASSWORD_ID, UNLOCK_ID }) {
			Button button = getButton(id);
			if (button == null) {
				continue;
			}
			String reason = selected == null ? "select a user in the list"
					: id == DEACTIVATE_ID && !selected.isActive() ? selected.getUsername() + " is deactivated already"
							: null;
			button.setEnabled(reason == null);
			button.setToolTipText(reason == null ? null : "Not available: " + reason);
		}
	}

	/** Reads users and sites as stored now and shows the users, keeping the selected one selected. */
	private void reload() {
		String selected = selectedUser() == null ? null : selectedUser().getUsername();
		try {
			Trial stored = administration.stored();
			users = List.copyOf(stored.getUsers());
			sites = List.copyOf(stored.getSites());
		} catch (StoreException e) {
			ILog.of(UsersDialog.class).warn("Reading the users failed", e);
			status.setText("The users could not be read: " + e.getMessage());
			return;
		}
		table.removeAll();
		for (User user : users) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { user.getUsername(), user.isActive() ? "active" : "inactive",
					UserAdministration.describe(user), user.getFullName() == null ? "" : user.getFullName() });
			if (user.getUsername().equals(selected)) {
				table.setSelection(item);
			}
		}
		enableActions();
	}

	private User selectedUser() {
		int index = table == null ? -1 : table.getSelectionIndex();
		return index < 0 || index >= users.size() ? null : users.get(index);
	}

	private void edit() {
		User user = selectedUser();
		if (user != null) {
			open(new UserDialog(getShell(), administration, sites, user));
		}
	}

	private void open(UserDialog dialog) {
		if (dialog.open() == Window.OK && dialog.outcome() != null) {
			UserAdministration.Outcome outcome = dialog.outcome();
			done(outcome.changed() ? outcome.user().getUsername() + " saved in commit " + outcome.commit().commitId()
					+ "." : outcome.user().getUsername() + " was already so; nothing changed.",
					outcome.user().getUsername());
		}
	}

	private void deactivate() {
		User user = selectedUser();
		if (user == null || !user.isActive()) {
			return;
		}
		InputDialog ask = new InputDialog(getShell(), "Deactivate " + user.getUsername(), user.getUsername()
				+ " will no longer log in (on a server store the login itself is refused). The user stays in the audit "
				+ "trail and in every record.\n\nReason:", "user deactivate " + user.getUsername(),
				text -> text.isBlank() ? "Give the reason recorded in the audit trail" : null);
		if (ask.open() != Window.OK) {
			return;
		}
		try {
			UserAdministration.Outcome outcome = administration.deactivate(user.getUsername(), ask.getValue().strip());
			done(user.getUsername() + " deactivated in commit " + outcome.commit().commitId() + ".", user.getUsername());
		} catch (StoreException e) {
			status.setText("Not deactivated: " + e.getMessage());
		}
	}

	private void password() {
		User user = selectedUser();
		if (user == null) {
			return;
		}
		PasswordDialog ask = new PasswordDialog(getShell(), user.getUsername());
		if (ask.open() != Window.OK) {
			return;
		}
		char[] chars = ask.password();
		try {
			administration.setPassword(user.getUsername(), chars);
			done("Password of " + user.getUsername() + " set.", user.getUsername());
		} catch (StoreException e) {
			status.setText("Password not set: " + e.getMessage());
		} finally {
			java.util.Arrays.fill(chars, '\0');
		}
	}

	private void unlock() {
		User user = selectedUser();
		if (user == null) {
			return;
		}
		try {
			administration.unlockSigning(user.getUsername());
			done("Signing unlocked for " + user.getUsername() + ".", user.getUsername());
		} catch (StoreException e) {
			status.setText("Signing not unlocked: " + e.getMessage());
		}
	}

	private void done(String message, String username) {
		status.setText(message);
		reload();
		for (int i = 0; i < users.size(); i++) {
			if (users.get(i).getUsername().equals(username)) {
				table.setSelection(i);
			}
		}
		enableActions();
		status.getParent().layout(true);
	}

	/** A new password, typed twice. */
	static final class PasswordDialog extends org.eclipse.jface.dialogs.TitleAreaDialog {
		private final String username;
		org.eclipse.swt.widgets.Text first;
		org.eclipse.swt.widgets.Text second;
		private char[] password = new char[0];

		PasswordDialog(Shell parent, String username) {
			super(parent);
			this.username = username;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Password of " + username);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle("New password of " + username);
			setMessage("At least 8 characters; the old password stops working at once.");
			Composite fields = new Composite(area, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
			new Label(fields, SWT.NONE).setText("&Password:");
			first = new org.eclipse.swt.widgets.Text(fields, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(first);
			new Label(fields, SWT.NONE).setText("Re&peat:");
			second = new org.eclipse.swt.widgets.Text(fields, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
			first.addModifyListener(e -> check());
			second.addModifyListener(e -> check());
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			super.createButtonsForButtonBar(parent);
			check();
		}

		private void check() {
			if (getButton(IDialogConstants.OK_ID) == null || second == null) {
				return;
			}
			String problem = first.getText().length() < 8 ? "The password needs at least 8 characters"
					: !first.getText().equals(second.getText()) ? "The two passwords differ" : null;
			setErrorMessage(problem);
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}

		@Override
		protected void okPressed() {
			password = first.getText().toCharArray();
			super.okPressed();
		}

		char[] password() {
			return password;
		}
	}
}
