package org.trialbench.publication;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_DAYS_TO_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_DATE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_REASON;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_CENSORED;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_TYPE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_STATUS;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_DATE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_END_OF_STUDY;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_PROCEDURE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.Study;

/**
 * Derives {@link AnalysisSubject}s from clinical records. The primary outcome follows the protocol's primary
 * endpoint: its item (Eckardt success) at its time-point visit, and failure when a rescue treatment came before
 * that visit (or before the primary time point when the visit is missing); otherwise missing.
 */
public final class AnalysisRecords {

	private final String primaryVisit;
	private final String primaryItem;
	private final int primaryDays;

	public AnalysisRecords(Study protocol) {
		Endpoint primary = protocol.getEndpoints().stream().filter(e -> e.getKind() == EndpointKind.PRIMARY)
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"The protocol " + protocol.getOid() + " defines no primary endpoint"));
		if (primary.getTimePointVisit() == null || primary.getItem() == null) {
			throw new IllegalArgumentException("The primary endpoint " + primary.getOid()
					+ " needs a time-point visit and an item to be analysed");
		}
		primaryVisit = primary.getTimePointVisit().getOid();
		primaryItem = primary.getItem().getOid();
		primaryDays = protocol.getPrimaryTimePointDays();
	}

	public String primaryVisit() {
		return primaryVisit;
	}

	public AnalysisSubject of(Subject subject) {
		Map<String, Map<String, String>> visits = new HashMap<>();
		LocalDate firstRescue = null;
		String rescueType = null;
		LocalDate lastSeen = null;
		LocalDate procedureDate = null;
		boolean procedureDone = false;
		LocalDate primaryDate = null;
		java.util.Set<String> procedureArms = new java.util.TreeSet<>();
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() != VisitStatus.DONE || visit.getDefinition() == null) {
				continue;
			}
			String oid = visit.getDefinition().getOid();
			Map<String, String> values = new HashMap<>();
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					if (value.getDefinition() != null && value.getValue() != null
							&& (value.getMissingCode() == null || value.getMissingCode() == MissingCode.NONE)) {
						values.putIfAbsent(value.getDefinition().getOid(), value.getValue());
					}
				}
			}
			if ("true".equals(values.get(ITEM_RESCUE))) {
				LocalDate rescue = date(values.get(ITEM_RESCUE_DATE));
				rescue = rescue != null ? rescue : visit.getDate();
				if (rescue != null && (firstRescue == null || rescue.isBefore(firstRescue))) {
					firstRescue = rescue;
					rescueType = values.get(ITEM_RESCUE_TYPE);
				}
			}
			if (visit.getDate() != null && (lastSeen == null || visit.getDate().isAfter(lastSeen))) {
				lastSeen = visit.getDate();
			}
			if (oid.equals(VISIT_PROCEDURE)) {
				procedureDone = true;
				procedureDate = visit.getDate();
				procedureArms.addAll(armsOfRecordedForms(visit));
			}
			if (oid.equals(primaryVisit) && primaryDate == null) {
				primaryDate = visit.getDate();
			}
			// scheduled visits once (the first done occurrence); unscheduled ones only count for rescues
			visits.putIfAbsent(oid, values);
		}
		Boolean success = primary(visits.get(primaryVisit), primaryDate, procedureDate, firstRescue);
		List<AnalysisEvent> events = new ArrayList<>();
		for (AdverseEvent ae : subject.getAdverseEvents()) {
			MeddraCoding coding = ae.getCoding();
			String verbatim = ae.getVerbatimTerm();
			String soc = coding != null && coding.getSocName() != null ? coding.getSocName() : "Not yet coded";
			String pt = coding != null && coding.getPtName() != null ? coding.getPtName()
					: (verbatim == null ? "(no term)" : verbatim);
			events.add(new AnalysisEvent(soc, pt, verbatim, ae.getCtcaeGrade(), ae.isSerious(),
					ae.getOutcome() == AeOutcome.FATAL || Integer.valueOf(5).equals(ae.getCtcaeGrade()),
					ae.isTreatmentEmergent(), ae.getOnsetDate()));
		}
		Map<String, String> end = visits.getOrDefault(VISIT_END_OF_STUDY, Map.of());
		String site = subject.getSite() == null ? null : subject.getSite().getCode();
		TimeToRescue time = timeToRescue(end, procedureDate, firstRescue, rescueType, lastSeen);
		String allocated = subject.getAllocation() == null || subject.getAllocation().getArm() == null ? null
				: subject.getAllocation().getArm().getCode();
		Boolean receivedAllocated = subject.getAllocation() == null ? null
				: subject.getAllocation().getReceivedAllocatedIntervention();
		String treated = !procedureDone ? null
				: procedureArms.size() == 1 ? procedureArms.iterator().next()
						: Boolean.TRUE.equals(receivedAllocated) ? allocated : null;
		return new AnalysisSubject(subject.getId(), subject.getScreeningNumber(), site, subject.getStatus(),
				subject.getScreenFailCategory(), subject.getScreenFailReason(),
				subject.getAllocation() == null || subject.getAllocation().getArm() == null ? null
						: subject.getAllocation().getArm().getCode(),
				subject.getStratum() == null ? null : subject.getStratum().getCode(),
				subject.getAllocation() == null ? null : subject.getAllocation().getReceivedAllocatedIntervention(),
				subject.getAllocation() == null ? null : subject.getAllocation().getNotReceivedReason(),
				procedureDone, subject.getWithdrawalDate(), end.get(ITEM_END_STATUS),
				end.getOrDefault(ITEM_END_REASON, subject.getWithdrawalReason()), Map.copyOf(visits), success,
				firstRescue, List.copyOf(events),
				subject.getAllocation() == null ? null : subject.getAllocation().getRandomizationNumber(), time,
				treated);
	}

	/**
	 * The codes of the arms whose arm-specific forms (the POEM or the BTX procedure form) hold a value at a
	 * procedure visit: the procedure the subject actually received, whatever the allocation.
	 */
	private static java.util.Set<String> armsOfRecordedForms(Visit visit) {
		java.util.Set<String> arms = new java.util.TreeSet<>();
		for (FormRecord form : visit.getForms()) {
			if (form.getDefinition() == null || form.getDefinition().getArm() == null) {
				continue;
			}
			for (ItemValue value : form.getItemValues()) {
				if (value.getValue() != null
						&& (value.getMissingCode() == null || value.getMissingCode() == MissingCode.NONE)) {
					arms.add(form.getDefinition().getArm().getCode());
					break;
				}
			}
		}
		return arms;
	}

	/**
	 * The protocol's derived time (D.TTR and D.TTR.CENSORED on the end-of-study form) when the subject has ended
	 * the study; before that, the same rule applied to what is known: days from the procedure to the first
	 * re-intervention, else censored at the last visit done.
	 */
	private static TimeToRescue timeToRescue(Map<String, String> end, LocalDate procedure, LocalDate rescue,
			String rescueType, LocalDate lastSeen) {
		String rescueReason = "re-intervention" + (rescueType == null ? "" : " (" + rescueType + ")");
		Long derivedDays = whole(end.get(ITEM_DAYS_TO_RESCUE));
		String derivedCensored = end.get(ITEM_RESCUE_CENSORED);
		if (derivedDays != null && derivedDays >= 0 && derivedCensored != null) {
			boolean censored = Boolean.parseBoolean(derivedCensored.trim());
			return new TimeToRescue(derivedDays, !censored, censored
					? "end of study (" + end.getOrDefault(ITEM_END_STATUS, "status not recorded") + ")"
					: rescueReason);
		}
		if (procedure == null) {
			return null;
		}
		if (rescue != null && !rescue.isBefore(procedure)) {
			return new TimeToRescue(ChronoUnit.DAYS.between(procedure, rescue), true, rescueReason);
		}
		LocalDate censorAt = date(end.get(ITEM_END_DATE));
		String reason = "end of study (" + end.getOrDefault(ITEM_END_STATUS, "status not recorded") + ")";
		if (censorAt == null) {
			censorAt = lastSeen;
			reason = "in follow-up at the snapshot (last visit done)";
		}
		if (censorAt == null || censorAt.isBefore(procedure)) {
			return null;
		}
		return new TimeToRescue(ChronoUnit.DAYS.between(procedure, censorAt), false, reason);
	}

	private static Long whole(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Math.round(Double.parseDouble(text.trim()));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private Boolean primary(Map<String, String> atTimePoint, LocalDate visitDate, LocalDate procedure,
			LocalDate rescue) {
		LocalDate cutoff = visitDate != null ? visitDate
				: procedure != null ? procedure.plusDays(primaryDays) : null;
		if (rescue != null && (cutoff == null || !rescue.isAfter(cutoff))) {
			return Boolean.FALSE;
		}
		String value = atTimePoint == null ? null : atTimePoint.get(primaryItem);
		if (value == null) {
			return null;
		}
		return Boolean.valueOf(value.trim());
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
