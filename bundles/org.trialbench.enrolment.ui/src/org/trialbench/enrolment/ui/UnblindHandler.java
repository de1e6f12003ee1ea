package org.trialbench.enrolment.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
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
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, WorkbenchSession session) {
		String subjectId = Selections.subjectId(selection);
		ActiveForm open = ActiveForm.of(active);
		if (subjectId == null && open != null) {
			subjectId = open.subjectId();
		}
		if (subjectId == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Emergency unblinding",
					"Select the subject in the Trial Navigator first.");
			return;
		}
		String label = selection instanceof org.trialbench.repository.SubjectHeader header ? header.screeningNumber()
				: open != null ? open.label() : subjectId;
		InputDialog reason = new InputDialog(shell, "Emergency unblinding",
				"Why must the arm of subject " + label + " be revealed? The reason, your name and the "
						+ "time are audited and shown to the data manager.",
				"", text -> text == null || text.isBlank() ? "A reason is required" : null);
		if (reason.open() != Window.OK) {
			return;
		}
		try {
			Allocation allocation = session.session().allocations().unblind(subjectId, reason.getValue());
			MessageDialog.openInformation(shell, "Emergency unblinding", "The subject is allocated to "
					+ allocation.getArm().getName() + " (randomization number " + allocation.getRandomizationNumber()
					+ ").");
		} catch (StoreException e) {
			ILog.of(UnblindHandler.class).warn("Emergency unblinding refused", e);
			MessageDialog.openError(shell, "Emergency unblinding", e.getMessage());
		}
	}
}
