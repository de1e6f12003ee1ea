package org.trialbench.enrolment.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/** Enrolment > Enter Data in Form: opens the form of the active form part for data entry. */
public class EnterDataHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Named(IServiceConstants.ACTIVE_PART) MPart active, EPartService parts, WorkbenchSession session) {
		ActiveForm form = ActiveForm.of(active);
		if (form == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Enter data",
					"Open a form from the Trial Navigator first, then choose Enter Data with the form active.");
			return;
		}
		CrfPart.open(parts, form);
	}
}
