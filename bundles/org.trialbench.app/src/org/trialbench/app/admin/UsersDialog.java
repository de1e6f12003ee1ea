package org.trialbench.app.admin;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
public class UsersDialog extends StoredListDialog<User> {
	static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
	static final int EDIT_ID = IDialogConstants.CLIENT_ID + 2;
	static final int DEACTIVATE_ID = IDialogConstants.CLIENT_ID + 3;
	static final int PASSWORD_ID = IDialogConstants.CLIENT_ID + 4;
	static final int UNLOCK_ID = IDialogConstants.CLIENT_ID + 5;

	private final UserAdministration administration;
	private List<Site> sites = List.of();

	public UsersDialog(Shell parent, UserAdministration administration) {
		super(parent, "Users", new String[] { "User", "Status", "Roles and sites", "Full name" },
				new int[] { 130, 80, 320, 200 }, 760, 320);
		this.administration = administration;
	}

	/** Users and sites as stored now (the sites for the Roles and Sites dialog). */
	@Override
	List<User> read() throws StoreException {
		Trial stored = administration.stored();
		sites = List.copyOf(stored.getSites());
		return List.copyOf(stored.getUsers());
	}

	@Override
	String[] row(User user) {
		return new String[] { user.getUsername(), user.isActive() ? "active" : "inactive",
				UserAdministration.describe(user), user.getFullName() == null ? "" : user.getFullName() };
	}

	@Override
	String key(User user) {
		return user.getUsername();
	}

	@Override
	String note() {
		return "Changes take effect in the store's access control at once; a user's own workbench shows them "
				+ "after the next log-in.";
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

	@Override
	void enableActions() {
		User selected = selected();
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

	@Override
	void defaultAction() {
		edit();
	}

	private void edit() {
		User user = selected();
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
		User user = selected();
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
		User user = selected();
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
		User user = selected();
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
