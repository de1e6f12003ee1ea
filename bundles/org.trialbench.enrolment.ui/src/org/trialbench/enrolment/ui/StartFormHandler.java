package org.trialbench.enrolment.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.trialbench.ui.actions.DisabledReason;

/**
 * Enrolment > Start Form: a new form record for the subject selected in the Trial Navigator, at a visit of the
 * protocol's schedule; stored empty, then opened for data entry.
 */
public class StartFormHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional WorkbenchSession session, @Optional MItem item) {
		String reason = session == null || !session.isOpen() ? "no trial is open; log in from the Trial Navigator"
				: !session.session().hasRole(org.trialbench.clinical.Role.INVESTIGATOR) ? "investigators start forms"
						: Selections.subjectId(selection) == null ? "select a subject in the Trial Navigator first"
								: null;
		return DisabledReason.explain(item, reason);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
			WorkbenchSession session) {
		String subjectId = Selections.subjectId(selection);
		if (subjectId == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Start a form", "Select a subject in the Trial Navigator first.");
			return;
		}
		TrialSession trial = session.session();
		try (TrialTransaction transaction = trial.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			StartFormDialog dialog = new StartFormDialog(shell, trial.protocol(), subject.getScreeningNumber());
			if (dialog.open() != Window.OK) {
				return;
			}
			FormRecord form = FormEntry.start(subject, dialog.choice().visit(), dialog.choice().form(),
					dialog.choice().date());
			transaction.commit("form started: " + dialog.choice().form().getName());
			CrfPart.open(parts, new ActiveForm(subjectId, form.getId(),
					subject.getScreeningNumber() + " " + dialog.choice().form().getName()));
		} catch (StoreException | IllegalArgumentException e) {
			ILog.of(StartFormHandler.class).warn("Could not start a form for subject " + subjectId, e);
			MessageDialog.openError(shell, "Start a form", e.getMessage());
		}
	}
}
