package org.trialbench.enrolment.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/** Enrolment > Enrol Subject: the screening, eligibility and randomization wizard. */
public class EnrolHandler {

	@CanExecute
	public boolean canExecute(WorkbenchSession session) {
		return session.isOpen();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		WizardDialog dialog = new EnrolmentDialog(shell, new EnrolmentWizard(session.session()));
		dialog.setPageSize(640, 520);
		dialog.open();
	}
}
