package org.trialbench.publication;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_REASON;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_STATUS;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_DATE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_END_OF_STUDY;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_PROCEDURE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
		LocalDate procedureDate = null;
		boolean procedureDone = false;
		LocalDate primaryDate = null;
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
				}
			}
			if (oid.equals(VISIT_PROCEDURE)) {
				procedureDone = true;
				procedureDate = visit.getDate();
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
		return new AnalysisSubject(subject.getId(), subject.getScreeningNumber(), site, subject.getStatus(),
				subject.getScreenFailCategory(), subject.getScreenFailReason(),
				subject.getAllocation() == null || subject.getAllocation().getArm() == null ? null
						: subject.getAllocation().getArm().getCode(),
				subject.getStratum() == null ? null : subject.getStratum().getCode(),
				subject.getAllocation() == null ? null : subject.getAllocation().getReceivedAllocatedIntervention(),
				subject.getAllocation() == null ? null : subject.getAllocation().getNotReceivedReason(),
				procedureDone, subject.getWithdrawalDate(), end.get(ITEM_END_STATUS),
				end.getOrDefault(ITEM_END_REASON, subject.getWithdrawalReason()), Map.copyOf(visits), success,
				firstRescue, List.copyOf(events));
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
