package org.trialbench.safety;

import java.time.LocalDate;
import java.util.Optional;

import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.VisitKind;

/**
 * Whether an onset date makes an event treatment-emergent for a subject, before the event is saved: the same rule as
 * the model's derived {@code AdverseEvent.treatmentEmergent} (onset on or after a completed procedure visit), so that
 * the form can show it while the investigator types the onset.
 */
public final class TreatmentEmergence {
	private TreatmentEmergence() {
	}

	/** The date of the subject's first completed procedure visit; empty before the procedure. */
	public static Optional<LocalDate> procedureDate(Subject subject) {
		LocalDate first = null;
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() == VisitStatus.DONE && visit.getDate() != null && visit.getDefinition() != null
					&& visit.getDefinition().getKind() == VisitKind.PROCEDURE
					&& (first == null || visit.getDate().isBefore(first))) {
				first = visit.getDate();
			}
		}
		return Optional.ofNullable(first);
	}

	/** False without an onset or before any procedure, as the model's derived feature. */
	public static boolean of(Subject subject, LocalDate onset) {
		return onset != null && procedureDate(subject).map(procedure -> !onset.isBefore(procedure)).orElse(false);
	}
}
