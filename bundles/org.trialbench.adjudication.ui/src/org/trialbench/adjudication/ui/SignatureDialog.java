package org.trialbench.adjudication.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The e-signature: shows who signs, what and with which meaning, and asks for the password again (21 CFR Part 11
 * re-authentication). The password is checked by the store, not here.
 */
final class SignatureDialog extends TitleAreaDialog {
	private final String signer;
	private final String statement;
	private Text password;
	private final String retryReason;
	private char[] entered;

	/** retryReason: why the last try did not sign (shown as the dialog's error), or null on the first try. */
	SignatureDialog(Shell shell, String signer, String statement, String retryReason) {
		super(shell);
		this.signer = signer;
		this.statement = statement;
		this.retryReason = retryReason;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Sign the adjudication decision");
		setMessage("Enter your password to sign. The signature records your name, the time and its meaning.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("Signer:");
		new Label(body, SWT.NONE).setText(signer);
		Label what = new Label(body, SWT.WRAP);
		what.setText(statement);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(what);
		new Label(body, SWT.NONE).setText("Password:");
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		if (retryReason != null) {
			setErrorMessage(retryReason);
		}
		password.setFocus();
		return area;
	}

	@Override
	protected void okPressed() {
		entered = password.getTextChars();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.OK_ID, "Sign", true);
		createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID,
				org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL, false);
	}

	char[] password() {
		return entered;
	}
}
