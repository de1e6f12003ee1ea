package org.trialbench.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.app.admin.UsersDialog;
import org.trialbench.repository.UserAdministration;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/** Administration > Users...: administrators list the trial's users, add them and change their rights. */
public class UsersHandler {

	@CanExecute
	public boolean canExecute(@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(session));
	}

	/** Why users cannot be administered now, or null. */
	public static String reason(WorkbenchSession session) {
		if (session == null || !session.isOpen()) {
			return "no trial is open; log in from the Trial Navigator";
		}
		return UserAdministration.unavailable(session.session());
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		if (reason(session) == null) {
			new UsersDialog(shell, new UserAdministration(session.session())).open();
		}
	}
}
