package org.trialbench.enrolment.ui;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.ui.forms.FormRows;

/** What the Trial Navigator's selection says: a subject, or a form of a subject. */
final class Selections {
	private Selections() {
	}

	static String subjectId(Object selection) {
		return switch (selection) {
		case SubjectHeader header -> header.id();
		case Subject subject -> subject.getId();
		case Visit visit -> visit.getSubject() == null ? null : visit.getSubject().getId();
		case FormRecord form -> form.getVisit() == null || form.getVisit().getSubject() == null ? null
				: form.getVisit().getSubject().getId();
		case null, default -> null;
		};
	}

	static ActiveForm form(Object selection) {
		if (selection instanceof FormRecord form && subjectId(form) != null) {
			return new ActiveForm(subjectId(form), form.getId(), FormRows.tabLabel(form));
		}
		return null;
	}
}
