package org.trialbench.enrolment.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Signing a form, or withdrawing its signature: says what the action means, asks for the reason of a withdrawal
 * (required; it goes into the audit trail) and for the password again (21 CFR Part 11 re-authentication). The
 * password is checked by the store, not here.
 */
final class SignOffDialog extends TitleAreaDialog {
	private final boolean withdrawal;
	private final String form;
	private final String signer;
	private Text reason;
	private Text password;
	private String enteredReason;
	private char[] enteredPassword;

	SignOffDialog(Shell shell, boolean withdrawal, String form, String signer) {
		super(shell);
		this.withdrawal = withdrawal;
		this.form = form;
		this.signer = signer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(withdrawal ? "Withdraw Signature" : "Sign Form");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(withdrawal ? "Withdraw the signature of " + form : "Sign " + form);
		setMessage(withdrawal
				? "The form becomes editable for a correction; the principal investigator signs it again afterwards. "
						+ "The audit trail keeps the signature, who withdrew it, when and why."
				: "Your signature records your name, the time, its meaning (responsibility for the data) and binds "
						+ "the form's current values.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(withdrawal ? "Signed by:" : "Signer:");
		new Label(body, SWT.NONE).setText(signer);
		if (withdrawal) {
			new Label(body, SWT.NONE).setText("Reason:");
			reason = new Text(body, SWT.BORDER);
			reason.setMessage("why the signed form must be corrected");
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(reason);
			reason.addListener(SWT.Modify, e -> check());
		}
		new Label(body, SWT.NONE).setText("Password:");
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		password.addListener(SWT.Modify, e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, withdrawal ? "Withdraw" : "Sign", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	private void check() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String missing = withdrawal && reason.getText().isBlank() ? "Give the reason for withdrawing the signature"
				: password.getText().isEmpty() ? "Enter the password you log in with" : null;
		ok.setEnabled(missing == null);
		setErrorMessage(null);
		if (missing != null) {
			setMessage(missing + ".");
		}
	}

	@Override
	protected void okPressed() {
		enteredReason = reason == null ? null : reason.getText().strip();
		enteredPassword = password.getTextChars();
		super.okPressed();
	}

	String reason() {
		return enteredReason;
	}

	char[] password() {
		return enteredPassword;
	}
}
