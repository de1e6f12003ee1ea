package org.trialbench.enrolment.ui;

import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.VisitSchedule;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.trialbench.ui.actions.DisabledReason;

/** Enrolment > Visit Schedule: the selected subject's visits with their windows (due, overdue, missed...). */
public class ScheduleHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional WorkbenchSession session, @Optional MItem item) {
		String reason = session == null || !session.isOpen() ? "no trial is open; log in from the Trial Navigator"
				: Selections.subjectId(selection) == null ? "select a subject in the Trial Navigator first" : null;
		return DisabledReason.explain(item, reason);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, WorkbenchSession session) {
		String subjectId = Selections.subjectId(selection);
		if (subjectId == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Visit schedule", "Select a subject in the Trial Navigator first.");
			return;
		}
		try {
			Subject subject = session.subject(subjectId).orElseThrow(
					() -> new StoreException("The subject is no longer visible to you"));
			new ScheduleDialog(shell, subject.getScreeningNumber(),
					VisitSchedule.of(session.session().protocol(), subject, LocalDate.now())).open();
		} catch (StoreException e) {
			ILog.of(ScheduleHandler.class).warn("Could not read the visit schedule of " + subjectId, e);
			MessageDialog.openError(shell, "Visit schedule", e.getMessage());
		}
	}
}
