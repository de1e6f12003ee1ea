package org.trialbench.monitoring.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.QueryLifecycle;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Raise Query (the Trial Navigator's context menu on a form): asks which of the form's values and what the site
 * should check, and raises the query in one audited commit. Offered to those who raise queries (monitors, data
 * managers, safety staff); a disabled item says why.
 */
public class RaiseQueryHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(selection, session));
	}

	/** Why a query cannot be raised on the selection now, or null. */
	public static String reason(Object selection, WorkbenchSession session) {
		if (session == null || !session.isOpen()) {
			return "no trial is open; log in from the Trial Navigator";
		}
		if (!QueryLifecycle.allows(session.session().roles(), QueryMessageKind.RAISE)) {
			return "monitors, data managers and safety staff raise queries; sites answer them";
		}
		if (!(selection instanceof FormRecord form) || form.getVisit() == null || form.getVisit().getSubject() == null) {
			return "select a form in the Trial Navigator first (a query is raised on one of its values)";
		}
		return QueryDesk.queryable(form).isEmpty() ? "the form has no entered values to raise a query on" : null;
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		if (reason(selection, session) == null) {
			new RaiseQueryDialog(shell, session.session(), (FormRecord) selection).open();
		}
	}
}
