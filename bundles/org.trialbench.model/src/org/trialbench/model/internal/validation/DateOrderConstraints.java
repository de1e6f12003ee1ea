package org.trialbench.model.internal.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * The order a trial's dates must follow: birth before consent, consent no later than randomization, randomization no
 * later than the procedure, follow-up after the procedure, no visit before consent, adverse events resolved no
 * earlier than their onset, and visits within their protocol windows (a warning: a late visit is still data).
 * <p>
 * Randomization is an instant; its calendar date is taken in the given zone, which should be the site's.
 */
public final class DateOrderConstraints {
	private DateOrderConstraints() {
	}

	public static void checkSubject(Subject subject, ZoneId zone, Report report) {
		LocalDate birth = subject.getBirthDate();
		LocalDate consent = subject.getConsentDate();
		RecordLocation location = RecordLocation.of(subject);
		if (birth != null && consent != null && !birth.isBefore(consent)) {
			report.add(TrialConstraint.DATE_BIRTH_AFTER_CONSENT, Diagnostic.ERROR, location,
					"birth date " + birth + " is not before consent date " + consent, subject);
		}
		LocalDate randomized = randomizationDate(subject, zone);
		if (randomized == null) {
			return;
		}
		Allocation allocation = subject.getAllocation();
		if (consent == null) {
			report.add(TrialConstraint.DATE_CONSENT_AFTER_RANDOMIZATION, Diagnostic.ERROR, location,
					"randomized on " + randomized + " but no consent date is recorded", subject, allocation);
		} else if (consent.isAfter(randomized)) {
			report.add(TrialConstraint.DATE_CONSENT_AFTER_RANDOMIZATION, Diagnostic.ERROR, location,
					"consent date " + consent + " is after randomization on " + randomized, subject, allocation);
		}
	}

	public static void checkVisit(Visit visit, ZoneId zone, Report report) {
		Subject subject = visit.getSubject();
		LocalDate date = visit.getDate();
		VisitDefinition definition = visit.getDefinition();
		if (subject == null || date == null || definition == null) {
			return;
		}
		RecordLocation location = RecordLocation.of(visit);
		LocalDate consent = subject.getConsentDate();
		if (consent != null && date.isBefore(consent)) {
			report.add(TrialConstraint.DATE_VISIT_BEFORE_CONSENT, Diagnostic.ERROR, location,
					"visit date " + date + " is before consent date " + consent, visit, subject);
		}
		LocalDate randomized = randomizationDate(subject, zone);
		LocalDate procedure = procedureDate(subject);
		if (definition.getKind() == VisitKind.PROCEDURE && randomized != null && date.isBefore(randomized)) {
			report.add(TrialConstraint.DATE_PROCEDURE_BEFORE_RANDOMIZATION, Diagnostic.ERROR, location,
					"procedure date " + date + " is before randomization on " + randomized, visit,
					subject.getAllocation());
		}
		if (definition.getKind() == VisitKind.FOLLOW_UP && procedure != null && !date.isAfter(procedure)) {
			report.add(TrialConstraint.DATE_FOLLOW_UP_BEFORE_PROCEDURE, Diagnostic.ERROR, location,
					"follow-up date " + date + " is not after the procedure on " + procedure, visit);
		}
		checkWindow(visit, definition, date, definition.getAnchor() == VisitAnchor.PROCEDURE ? procedure : randomized,
				location, report);
	}

	private static void checkWindow(Visit visit, VisitDefinition definition, LocalDate date, LocalDate anchorDate,
			RecordLocation location, Report report) {
		Integer targetDay = definition.getTargetDay();
		if (targetDay == null || anchorDate == null) {
			return;
		}
		LocalDate target = anchorDate.plusDays(targetDay);
		LocalDate earliest = target.minusDays(definition.getWindowBeforeDays());
		LocalDate latest = target.plusDays(definition.getWindowAfterDays());
		if (!date.isBefore(earliest) && !date.isAfter(latest)) {
			return;
		}
		long day = ChronoUnit.DAYS.between(anchorDate, date);
		String anchor = definition.getAnchor() == VisitAnchor.PROCEDURE ? "procedure" : "randomization";
		report.add(TrialConstraint.DATE_VISIT_OUT_OF_WINDOW, Diagnostic.WARNING, location,
				"visit date " + date + " (day " + day + " after " + anchor + ") is outside the window " + earliest
						+ " to " + latest + " (day " + targetDay + " -" + definition.getWindowBeforeDays() + "/+"
						+ definition.getWindowAfterDays() + ")",
				visit);
	}

	public static void checkAdverseEvent(AdverseEvent event, Report report) {
		LocalDate onset = event.getOnsetDate();
		LocalDate resolution = event.getResolutionDate();
		if (onset != null && resolution != null && resolution.isBefore(onset)) {
			report.add(TrialConstraint.DATE_AE_RESOLUTION_BEFORE_ONSET, Diagnostic.ERROR, RecordLocation.of(event),
					"resolution date " + resolution + " is before onset date " + onset, event);
		}
	}

	/** The calendar date of randomization in the zone, null when not randomized. */
	public static LocalDate randomizationDate(Subject subject, ZoneId zone) {
		Allocation allocation = subject.getAllocation();
		if (allocation == null || allocation.getAllocatedAt() == null) {
			return null;
		}
		return allocation.getAllocatedAt().atZone(zone).toLocalDate();
	}

	/** The date of the subject's first dated procedure visit that was not missed, null when there is none. */
	public static LocalDate procedureDate(Subject subject) {
		LocalDate first = null;
		for (Visit visit : subject.getVisits()) {
			if (visit.getDefinition() != null && visit.getDefinition().getKind() == VisitKind.PROCEDURE
					&& visit.getStatus() != VisitStatus.MISSED && visit.getDate() != null
					&& (first == null || visit.getDate().isBefore(first))) {
				first = visit.getDate();
			}
		}
		return first;
	}
}
