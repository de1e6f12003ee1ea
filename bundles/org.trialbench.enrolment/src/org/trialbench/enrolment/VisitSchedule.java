package org.trialbench.enrolment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * A subject's scheduled visits with their protocol windows, as of a given day: target day counted from the anchor
 * (randomization or the procedure), window before and after. Screening and repeating visits have no schedule
 * after randomization and are left out; a visit whose anchor has not happened yet is not scheduled.
 */
public final class VisitSchedule {

	/** Where a scheduled visit stands. */
	public enum State {
		/** Done within its window. */
		DONE,
		/** Done, but outside its window. */
		OUT_OF_WINDOW,
		/** Its window has not opened yet. */
		UPCOMING,
		/** Within its window today and not done. */
		DUE,
		/** Its window has closed and it is neither done nor recorded as missed. */
		OVERDUE,
		/** Recorded as missed. */
		MISSED,
		/** Its anchor (randomization or procedure) has not happened yet. */
		NOT_SCHEDULED
	}

	/** One visit of the schedule. Dates are null when not scheduled. */
	public record Entry(VisitDefinition definition, LocalDate target, LocalDate from, LocalDate to, Visit visit,
			State state) {
	}

	private VisitSchedule() {
	}

	public static List<Entry> of(Study study, Subject subject, LocalDate today) {
		LocalDate randomized = randomizationDate(subject);
		LocalDate procedure = visitDate(subject, VisitKind.PROCEDURE);
		List<Entry> entries = new ArrayList<>();
		for (VisitDefinition definition : study.getVisits()) {
			if (definition.isRepeating() || definition.getKind() == VisitKind.SCREENING
					|| definition.getKind() == VisitKind.UNSCHEDULED || definition.getTargetDay() == null) {
				continue;
			}
			LocalDate anchor = definition.getAnchor() == VisitAnchor.PROCEDURE ? procedure : randomized;
			Visit visit = subject.getVisits().stream().filter(v -> v.getDefinition() != null
					&& definition.getOid().equals(v.getDefinition().getOid())).findFirst().orElse(null);
			if (anchor == null) {
				entries.add(new Entry(definition, null, null, null, visit, State.NOT_SCHEDULED));
				continue;
			}
			LocalDate target = anchor.plusDays(definition.getTargetDay());
			LocalDate from = target.minusDays(definition.getWindowBeforeDays());
			LocalDate to = target.plusDays(definition.getWindowAfterDays());
			entries.add(new Entry(definition, target, from, to, visit, state(visit, from, to, today)));
		}
		return entries;
	}

	static State state(Visit visit, LocalDate from, LocalDate to, LocalDate today) {
		if (visit != null && visit.getStatus() == VisitStatus.MISSED) {
			return State.MISSED;
		}
		if (visit != null && visit.getStatus() == VisitStatus.DONE && visit.getDate() != null) {
			return visit.getDate().isBefore(from) || visit.getDate().isAfter(to) ? State.OUT_OF_WINDOW : State.DONE;
		}
		if (today.isBefore(from)) {
			return State.UPCOMING;
		}
		return today.isAfter(to) ? State.OVERDUE : State.DUE;
	}

	private static LocalDate randomizationDate(Subject subject) {
		if (subject.getAllocation() != null && subject.getAllocation().getAllocatedAt() != null) {
			return LocalDate.ofInstant(subject.getAllocation().getAllocatedAt(), ZoneOffset.UTC);
		}
		LocalDate visit = visitDate(subject, VisitKind.RANDOMIZATION);
		return visit != null ? visit : subject.getEnrolmentDate();
	}

	private static LocalDate visitDate(Subject subject, VisitKind kind) {
		return subject.getVisits().stream()
				.filter(v -> v.getDefinition() != null && v.getDefinition().getKind() == kind
						&& v.getStatus() == VisitStatus.DONE && v.getDate() != null)
				.map(Visit::getDate).findFirst().orElse(null);
	}
}
