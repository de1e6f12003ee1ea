package org.trialbench.monitoring.ui;

import jakarta.inject.Inject;

import org.eclipse.swt.widgets.Composite;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/** The SDV worklist part of the Monitoring perspective. */
public class SdvWorklistPart extends SessionPart<SdvWorklistView> {

	@Inject
	public SdvWorklistPart(WorkbenchSession workbench) {
		super(workbench);
	}

	@Override
	SdvWorklistView create(Composite parent, TrialSession session) {
		return new SdvWorklistView(parent, session, this::problem);
	}

	@Override
	void refresh(SdvWorklistView view) {
		view.load();
	}
}
