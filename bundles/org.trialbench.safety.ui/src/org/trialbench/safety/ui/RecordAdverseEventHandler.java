package org.trialbench.safety.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.trialbench.ui.actions.DisabledReason;

/** Record adverse event: opens an empty adverse-event form for the selected subject (Trial Navigator or AE list). */
public class RecordAdverseEventHandler {
	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(selection, session));
	}

	/** Why an adverse event cannot be recorded now, or null. */
	static String reason(Object selection, WorkbenchSession session) {
		if (session == null || !session.isOpen()) {
			return "no trial is open; log in from the Trial Navigator";
		}
		return SubjectChoice.of(selection).isPresent() ? null
				: "select a subject (or one of its visits or forms) in the Trial Navigator first";
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts) {
		SubjectChoice.of(selection)
				.ifPresent(choice -> AdverseEventPart.open(parts, choice.subjectId(), null, choice.screeningNumber()));
	}
}
