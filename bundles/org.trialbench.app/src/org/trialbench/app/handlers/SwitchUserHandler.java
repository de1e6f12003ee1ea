package org.trialbench.app.handlers;

import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.repository.TrialRepository;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.login.LoginDialog;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * File > Log Out / Switch User...: offers unsaved forms for saving (Cancel keeps the user logged in), closes the
 * open forms (they were read as the leaving user), logs out and asks for the next user's name and password.
 * Cancelling the login leaves the workbench logged out; the Trial Navigator's note logs in again.
 */
public class SwitchUserHandler {
	/** The parts that hold one user's view of a record: the read-only form and the data-entry part. */
	static final Set<String> RECORD_PARTS = Set.of("org.trialbench.app.partdescriptor.form",
			"org.trialbench.enrolment.partdescriptor.crf", "org.trialbench.safety.ui.partdescriptor.adverseEvent");

	@CanExecute
	public boolean canExecute(@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, session == null || session.repository().isEmpty()
				? "no trial store is open" : null);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session,
			EPartService parts) {
		TrialRepository repository = session.repository().orElse(null);
		if (repository == null || !parts.saveAll(true)) {
			return;
		}
		for (MPart part : List.copyOf(parts.getParts())) {
			if (RECORD_PARTS.contains(part.getElementId())) {
				parts.hidePart(part, true);
			}
		}
		String leaving = session.isOpen() ? session.session().user().getUsername() : null;
		session.close();
		LoginDialog login = new LoginDialog(shell, repository, leaving);
		if (login.open() == Window.OK && login.session() != null) {
			session.open(login.session());
		}
	}
}
