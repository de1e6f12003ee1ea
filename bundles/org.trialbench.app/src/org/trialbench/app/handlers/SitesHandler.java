package org.trialbench.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.app.admin.SitesDialog;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/** Administration > Sites...: administrators list the trial's sites, add them and change them. */
public class SitesHandler {

	@CanExecute
	public boolean canExecute(@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(session));
	}

	/** Why sites cannot be administered now, or null. */
	public static String reason(WorkbenchSession session) {
		if (session == null || !session.isOpen()) {
			return "no trial is open; log in from the Trial Navigator";
		}
		return SiteAdministration.unavailable(session.session());
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		if (reason(session) == null) {
			new SitesDialog(shell, new SiteAdministration(session.session())).open();
		}
	}
}
