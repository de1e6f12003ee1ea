package org.trialbench.safety.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/** Record adverse event: opens an empty adverse-event form for the selected subject (Trial Navigator or AE list). */
public class RecordAdverseEventHandler {
	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional WorkbenchSession session) {
		return session != null && session.isOpen() && SubjectChoice.of(selection).isPresent();
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts) {
		SubjectChoice.of(selection)
				.ifPresent(choice -> AdverseEventPart.open(parts, choice.subjectId(), null, choice.screeningNumber()));
	}
}
