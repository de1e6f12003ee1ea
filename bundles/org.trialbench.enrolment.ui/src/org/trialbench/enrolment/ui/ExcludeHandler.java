package org.trialbench.enrolment.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Enrolment > Exclude Before Randomization: a screened subject who declines, or leaves screening for another reason,
 * with the CONSORT category and the reason. Saved in a job; the navigator follows the commit.
 */
public class ExcludeHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, WorkbenchSession session) {
		String subjectId = Selections.subjectId(selection);
		if (subjectId == null || !session.isOpen()) {
			MessageDialog.openInformation(shell, "Exclude before randomization",
					"Select a subject in screening in the Trial Navigator first.");
			return;
		}
		Subject subject;
		try {
			subject = session.subject(subjectId).orElseThrow(
					() -> new StoreException("The subject is no longer visible to you"));
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Exclude before randomization", e.getMessage());
			return;
		}
		if (subject.getStatus() != SubjectStatus.SCREENING) {
			MessageDialog.openInformation(shell, "Exclude before randomization", "Subject "
					+ subject.getScreeningNumber() + " is " + (subject.getStatus() == null ? "without a status"
							: org.trialbench.ui.labels.StatusWords.of(subject.getStatus()))
					+ ", not in screening. Only a subject in screening is excluded before randomization.");
			return;
		}
		ExcludeDialog dialog = new ExcludeDialog(shell, subject.getScreeningNumber());
		if (dialog.open() != Window.OK) {
			return;
		}
		String number = subject.getScreeningNumber();
		Display display = shell.getDisplay();
		Job job = Job.create("Excluding subject " + number + " before randomization", monitor -> {
			try {
				new Enrolment(session.session()).excludeBeforeRandomization(subjectId, dialog.category(),
						dialog.reason());
				return Status.OK_STATUS;
			} catch (StoreException e) {
				ILog.of(ExcludeHandler.class).warn("Subject " + number + " was not excluded", e);
				display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
						"Subject " + number + " not excluded", e.getMessage() + "\nNothing was changed."));
				return Status.OK_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
	}
}
