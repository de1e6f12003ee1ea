package org.trialbench.adjudication.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.adjudication.CaseGenerator;
import org.trialbench.clinical.Role;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Administration > Open Adjudication Cases: opens the cases the protocol asks for (a subject's time-point visit
 * done, a re-intervention before the time point), as {@code ./trialbench adjudication-cases} does, so that the
 * adjudicators find them in their inbox; cases open already are left alone. Administrators open cases.
 */
public class OpenCasesHandler {

	@CanExecute
	public boolean canExecute(@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(session));
	}

	/** Why cases cannot be opened now, or null. */
	public static String reason(WorkbenchSession session) {
		return DisabledReason.unlessRole(session, Role.ADMINISTRATOR,
				"an administrator opens the adjudication cases; adjudicators then find them in their inbox");
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		if (reason(session) != null) {
			return;
		}
		TrialSession trial = session.session();
		Display display = shell.getDisplay();
		Job.create("Opening the adjudication cases", monitor -> {
			try {
				CaseGenerator.Result result = new CaseGenerator().generate(trial, monitor);
				display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(),
						"Adjudication cases opened", "Checked " + result.subjectsChecked() + " subjects: opened "
								+ result.created() + " adjudication cases (" + result.alreadyOpen()
								+ " were open already). The adjudicators find them in their inbox."));
			} catch (StoreException e) {
				ILog.of(OpenCasesHandler.class).warn("Opening the adjudication cases failed", e);
				display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
						"Adjudication cases not opened", e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}
}
