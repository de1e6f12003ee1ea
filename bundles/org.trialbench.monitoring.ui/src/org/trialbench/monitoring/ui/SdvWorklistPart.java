package org.trialbench.monitoring.ui;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The SDV worklist part of the Monitoring perspective. Double-click or Open Form shows a row's form in the
 * workbench's form part (one per record: an open one is shown again), which reads the record itself.
 */
public class SdvWorklistPart extends SessionPart<SdvWorklistView> {
	/** The application's read-only form part and the data-entry part; both keep the form's id. */
	static final String FORM_DESCRIPTOR = "org.trialbench.app.partdescriptor.form";
	static final String ENTRY_DESCRIPTOR = "org.trialbench.enrolment.partdescriptor.crf";

	@Inject
	@Optional
	private EPartService parts;

	@Inject
	public SdvWorklistPart(WorkbenchSession workbench) {
		super(workbench);
	}

	@Override
	SdvWorklistView create(Composite parent, TrialSession session) {
		SdvWorklistView view = new SdvWorklistView(parent, session, this::problem);
		view.onOpenForm(this::openForm);
		return view;
	}

	private void openForm(WorklistRow row) {
		if (parts == null || row.value().formId() == null) {
			return;
		}
		for (MPart existing : parts.getParts()) {
			if ((FORM_DESCRIPTOR.equals(existing.getElementId()) || ENTRY_DESCRIPTOR.equals(existing.getElementId()))
					&& row.value().formId().equals(existing.getPersistedState().get("formId"))) {
				parts.showPart(existing, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(FORM_DESCRIPTOR);
		if (part == null) {
			return;
		}
		part.getPersistedState().put("subjectId", row.value().subjectId());
		part.getPersistedState().put("formId", row.value().formId());
		part.setLabel(row.value().screeningNumber() + " " + row.formName() + ", " + row.visitName());
		parts.showPart(part, PartState.ACTIVATE);
	}

	@Override
	void refresh(SdvWorklistView view) {
		view.load();
	}
}
