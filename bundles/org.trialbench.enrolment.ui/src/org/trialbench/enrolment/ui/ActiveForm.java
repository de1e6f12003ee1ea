package org.trialbench.enrolment.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * The subject and form of a form part (the app's read-only form view or a data-entry part), read from the part's
 * persisted state, so that this bundle needs nothing from the application bundle.
 */
record ActiveForm(String subjectId, String formId, String label) {

	static final String SUBJECT_ID = "subjectId";
	static final String FORM_ID = "formId";

	static ActiveForm of(MPart part) {
		if (part == null) {
			return null;
		}
		String subject = part.getPersistedState().get(SUBJECT_ID);
		String form = part.getPersistedState().get(FORM_ID);
		return subject == null || form == null ? null : new ActiveForm(subject, form, part.getLabel());
	}
}
