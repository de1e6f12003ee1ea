package org.trialbench.ui.login;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * Asks for user name and password and logs in to the given store, which it names. A wrong password keeps the
 * dialog open with the store's message; after OK, {@link #session()} is the logged-in session.
 */
public final class LoginDialog extends TitleAreaDialog {
	private final TrialRepository repository;
	private final String initialUser;
	private Text username;
	private Text password;
	private TrialSession session;

	public LoginDialog(Shell parent, TrialRepository repository, String initialUser) {
		super(parent);
		this.repository = repository;
		this.initialUser = initialUser == null ? "" : initialUser;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Log in to Trialbench");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Log in");
		setMessage("Log in to the " + repository.description());
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("User name:");
		username = new Text(fields, SWT.BORDER);
		username.setText(initialUser);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(username);
		new Label(fields, SWT.NONE).setText("Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		username.addModifyListener(e -> updateOk());
		(initialUser.isEmpty() ? username : password).setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Log in", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateOk();
	}

	private void updateOk() {
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && username != null) {
			ok.setEnabled(!username.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		String user = username.getText().trim();
		char[] secret = password.getTextChars();
		try {
			StoreException[] failure = new StoreException[1];
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try {
					session = repository.login(user, secret);
				} catch (StoreException e) {
					failure[0] = e;
				}
			});
			if (failure[0] instanceof AuthenticationException wrong) {
				setErrorMessage(wrong.getMessage());
				password.setText("");
				password.setFocus();
				return;
			}
			if (failure[0] != null) {
				String message = "Could not log in " + user + " to the " + repository.description() + ": "
						+ failure[0].getMessage();
				ILog.of(LoginDialog.class).error(message, failure[0]);
				setErrorMessage(message);
				return;
			}
		} finally {
			Arrays.fill(secret, '\0');
		}
		super.okPressed();
	}

	/** The logged-in session after OK; null otherwise. */
	public TrialSession session() {
		return session;
	}

	public Text usernameField() {
		return username;
	}

	public Text passwordField() {
		return password;
	}
}
