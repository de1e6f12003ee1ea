package org.trialbench.enrolment.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
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
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
			WorkbenchSession session) {
		ActiveForm form = Selections.form(selection);
		if (form == null) {
			form = ActiveForm.of(active);
		}
		if (form == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Enter data",
					"Select a form in the Trial Navigator (or open it), then choose Enter Data.");
			return;
		}
		CrfPart.open(parts, form);
	}
}
