package org.trialbench.interchange.odm.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.ui.session.WorkbenchSession;

/** File > Export ODM...: the export wizard; the export itself runs as a job. */
public class ExportOdmHandler {

	@CanExecute
	public boolean canExecute(WorkbenchSession session) {
		return session.isOpen();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		new WizardDialog(shell, new ExportOdmWizard(session)).open();
	}
}
