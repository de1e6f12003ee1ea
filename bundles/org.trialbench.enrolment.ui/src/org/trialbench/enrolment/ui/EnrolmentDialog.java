package org.trialbench.enrolment.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * The enrolment wizard's dialog: once the subject is randomized, Cancel is disabled (there is nothing left to
 * cancel; the allocation is stored) and Finish closes it.
 */
public class EnrolmentDialog extends WizardDialog {
	private final EnrolmentWizard wizard;

	public EnrolmentDialog(Shell parent, EnrolmentWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
	}

	@Override
	public void updateButtons() {
		super.updateButtons();
		Button cancel = getButton(IDialogConstants.CANCEL_ID);
		if (cancel != null) {
			boolean randomized = wizard.allocation() != null;
			cancel.setEnabled(!randomized);
			cancel.setToolTipText(randomized ? "The subject is randomized; a randomization cannot be undone" : null);
		}
	}

	/** Cancel, as the dialog shows it (for tests). */
	public Button cancelButton() {
		return getButton(IDialogConstants.CANCEL_ID);
	}
}
