package org.trialbench.monitoring.ui;

import jakarta.inject.Inject;

import org.eclipse.swt.widgets.Composite;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/** The queries part: a site's inbox and the chosen query's thread. */
public class QueriesPart extends SessionPart<QueriesView> {

	@Inject
	public QueriesPart(WorkbenchSession workbench) {
		super(workbench);
	}

	@Override
	QueriesView create(Composite parent, TrialSession session) {
		return new QueriesView(parent, session, this::problem);
	}

	@Override
	void refresh(QueriesView view) {
		view.load();
	}
}
