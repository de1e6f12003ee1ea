package org.trialbench.safety.ui;

import java.util.Collection;
import java.util.Optional;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.safety.SafetyCase;

/**
 * The subject a selection stands for: a subject row of the Trial Navigator, one of its visits or forms, a subject
 * record, or an adverse event's case. A selection of several elements stands for a subject only when they all belong
 * to the same one.
 */
public record SubjectChoice(String subjectId, String screeningNumber) {

	public static Optional<SubjectChoice> of(Object selected) {
		if (selected instanceof SubjectHeader header) {
			return Optional.of(new SubjectChoice(header.id(), header.screeningNumber()));
		}
		if (selected instanceof Subject subject) {
			return Optional.of(new SubjectChoice(subject.getId(), subject.getScreeningNumber()));
		}
		if (selected instanceof Visit visit && visit.getSubject() != null) {
			return of(visit.getSubject());
		}
		if (selected instanceof FormRecord form && form.getVisit() != null) {
			return of(form.getVisit());
		}
		if (selected instanceof SafetyCase safetyCase) {
			return Optional.of(new SubjectChoice(safetyCase.subjectId(), safetyCase.screeningNumber()));
		}
		if (selected instanceof Object[] array) {
			return of(java.util.List.of(array));
		}
		if (selected instanceof Collection<?> many && !many.isEmpty()) {
			Optional<SubjectChoice> first = of(many.iterator().next());
			return first.isPresent() && many.stream().allMatch(o -> of(o).equals(first)) ? first : Optional.empty();
		}
		return Optional.empty();
	}
}
