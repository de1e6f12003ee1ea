package org.trialbench.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.SubjectStatus;

/**
 * One subject as the analysis sees it: allocation, stratum, population flags, the values of each scheduled visit
 * (visit OID to item OID to value; missing values are absent), the primary outcome and adverse events. Derived
 * once from the clinical record so that every table counts the same subjects the same way.
 *
 * @param id the store's internal id: never shown in a listing or table, which name subjects by their numbers
 * @param arm the allocated arm's code, null when not randomized
 * @param primarySuccess null when the primary outcome is missing
 * @param randomizationNumber null when not randomized
 * @param timeToRescue time from the procedure to the first re-intervention or to censoring, null when unknown
 *        (no procedure date, no later date known)
 * @param treatedArm the arm whose procedure the subject actually received (as treated): the arm of the procedure
 *        form recorded at the procedure visit, else the allocated arm when the allocated intervention was
 *        received; null without a procedure or when it is not known which procedure was done
 */
public record AnalysisSubject(String id, String screeningNumber, String siteCode, SubjectStatus status,
		ScreenFailCategory screenFailCategory, String screenFailReason, String arm, String stratum,
		Boolean receivedAllocated, String notReceivedReason, boolean procedureDone, LocalDate withdrawalDate,
		String endStatus, String endReason, Map<String, Map<String, String>> visits, Boolean primarySuccess,
		LocalDate firstRescue, List<AnalysisEvent> adverseEvents, String randomizationNumber,
		TimeToRescue timeToRescue, String treatedArm) {

	/**
	 * A subject without a randomization number or a time to re-intervention (hand-made test data), treated with
	 * the allocated arm's procedure when the procedure was done.
	 */
	public AnalysisSubject(String id, String screeningNumber, String siteCode, SubjectStatus status,
			ScreenFailCategory screenFailCategory, String screenFailReason, String arm, String stratum,
			Boolean receivedAllocated, String notReceivedReason, boolean procedureDone, LocalDate withdrawalDate,
			String endStatus, String endReason, Map<String, Map<String, String>> visits, Boolean primarySuccess,
			LocalDate firstRescue, List<AnalysisEvent> adverseEvents) {
		this(id, screeningNumber, siteCode, status, screenFailCategory, screenFailReason, arm, stratum,
				receivedAllocated, notReceivedReason, procedureDone, withdrawalDate, endStatus, endReason, visits,
				primarySuccess, firstRescue, adverseEvents, null, null, procedureDone ? arm : null);
	}

	/** The same subject with another time to re-intervention (generated trials, tests). */
	public AnalysisSubject withTimeToRescue(TimeToRescue time) {
		return new AnalysisSubject(id, screeningNumber, siteCode, status, screenFailCategory, screenFailReason, arm,
				stratum, receivedAllocated, notReceivedReason, procedureDone, withdrawalDate, endStatus, endReason,
				visits, primarySuccess, firstRescue, adverseEvents, randomizationNumber, time, treatedArm);
	}

	/** The same subject treated with another arm's procedure (tests: a subject who crossed over). */
	public AnalysisSubject withTreatedArm(String arm) {
		return new AnalysisSubject(id, screeningNumber, siteCode, status, screenFailCategory, screenFailReason,
				this.arm, stratum, receivedAllocated, notReceivedReason, procedureDone, withdrawalDate, endStatus,
				endReason, visits, primarySuccess, firstRescue, adverseEvents, randomizationNumber, timeToRescue, arm);
	}

	/**
	 * The arm the subject is analysed in for a population: the procedure actually received in the safety
	 * population (as treated), the allocated arm otherwise (intention to treat, per protocol).
	 */
	public String armIn(Population population) {
		return population == Population.SAFETY ? treatedArm : arm;
	}

	public boolean randomized() {
		return arm != null;
	}

	public boolean in(Population population) {
		return switch (population) {
		case ITT -> randomized();
		case PP -> randomized() && Boolean.TRUE.equals(receivedAllocated) && primarySuccess != null;
		case SAFETY -> randomized() && procedureDone && treatedArm != null;
		};
	}

	/** A visit's value of an item, or null when the visit or the value is missing. */
	public String value(String visitOid, String itemOid) {
		Map<String, String> values = visits.get(visitOid);
		return values == null ? null : values.get(itemOid);
	}

	public Double number(String visitOid, String itemOid) {
		String text = value(visitOid, itemOid);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	public boolean leftEarly() {
		return withdrawalDate != null;
	}

	public boolean died() {
		return "DIED".equals(endStatus) || adverseEvents.stream().anyMatch(AnalysisEvent::fatal);
	}
}
