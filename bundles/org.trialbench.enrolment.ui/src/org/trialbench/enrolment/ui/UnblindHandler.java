package org.trialbench.enrolment.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.Allocation;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Enrolment > Emergency Unblinding: reveals the arm of the active form's subject to an authorised user, after a
 * reason; the store audits it and the data manager sees who, when and why.
 */
public class UnblindHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Named(IServiceConstants.ACTIVE_PART) MPart active, WorkbenchSession session) {
		ActiveForm form = ActiveForm.of(active);
		if (form == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Emergency unblinding",
					"Open a form of the subject from the Trial Navigator first.");
			return;
		}
		InputDialog reason = new InputDialog(shell, "Emergency unblinding",
				"Why must the arm of this subject (" + form.label() + ") be revealed? The reason, your name and the "
						+ "time are audited and shown to the data manager.",
				"", text -> text == null || text.isBlank() ? "A reason is required" : null);
		if (reason.open() != Window.OK) {
			return;
		}
		try {
			Allocation allocation = session.session().allocations().unblind(form.subjectId(), reason.getValue());
			MessageDialog.openInformation(shell, "Emergency unblinding", "The subject is allocated to "
					+ allocation.getArm().getName() + " (randomization number " + allocation.getRandomizationNumber()
					+ ").");
		} catch (StoreException e) {
			ILog.of(UnblindHandler.class).warn("Emergency unblinding refused", e);
			MessageDialog.openError(shell, "Emergency unblinding", e.getMessage());
		}
	}
}
