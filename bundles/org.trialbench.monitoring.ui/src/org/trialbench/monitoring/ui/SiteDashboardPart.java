package org.trialbench.monitoring.ui;

import jakarta.inject.Inject;

import org.eclipse.swt.widgets.Composite;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/** The site metrics dashboard part, with the visit report export. */
public class SiteDashboardPart extends SessionPart<SiteDashboardView> {

	@Inject
	public SiteDashboardPart(WorkbenchSession workbench) {
		super(workbench);
	}

	@Override
	SiteDashboardView create(Composite parent, TrialSession session) {
		return new SiteDashboardView(parent, session, this::problem);
	}

	/** Figures of every site take a while on a large trial: they are recomputed on request, not on every commit. */
	@Override
	void refresh(SiteDashboardView view) {
		// the Refresh button recomputes
	}
}
