package org.trialbench.enrolment.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.trialbench.clinical.Role;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Enter Data (Enrolment menu, the Trial Navigator's context menu, double-click on a form): opens the selected form,
 * or the form of the active form part, in its data-entry editor. Offered to investigators, who enter data.
 */
public class EnterDataHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Optional WorkbenchSession session,
			@Optional MItem item) {
		return DisabledReason.explain(item, reason(form(selection, active), session));
	}

	static String reason(ActiveForm form, WorkbenchSession session) {
		if (session == null || !session.isOpen()) {
			return "no trial is open; log in from the Trial Navigator";
		}
		if (!session.session().hasRole(Role.INVESTIGATOR)) {
			return "investigators enter data; you can read forms (double-click in the Trial Navigator)";
		}
		return form == null ? "select a form in the Trial Navigator first" : null;
	}

	private static ActiveForm form(Object selection, MPart active) {
		ActiveForm form = Selections.form(selection);
		return form != null ? form : ActiveForm.of(active);
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
			WorkbenchSession session) {
		ActiveForm form = form(selection, active);
		if (form != null && reason(form, session) == null) {
			CrfPart.open(parts, form);
		}
	}
}
