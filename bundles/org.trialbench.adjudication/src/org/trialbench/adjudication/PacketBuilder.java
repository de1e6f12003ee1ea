package org.trialbench.adjudication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.adjudication.AdjudicationPacket.AdverseEventSummary;
import org.trialbench.adjudication.AdjudicationPacket.EckardtAssessment;
import org.trialbench.adjudication.AdjudicationPacket.Reintervention;
import org.trialbench.adjudication.AdjudicationPacket.Score;
import org.trialbench.adjudication.AdjudicationPacket.SourceNote;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.DerivationSignature;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitKind;

/**
 * Builds the blinded packet of a case. The store already withholds allocations and arm-specific records from
 * adjudicators; the packet does not rely on that alone: it takes nothing from arm-specific forms or items marked as
 * revealing the allocation, nothing of the subject record but the screening number, withholds adverse-event terms the
 * protocol expects in one arm only, and scrubs free text of {@link RevealingTerms}.
 */
public final class PacketBuilder {

	private final Study study;
	private final RevealingTerms revealing;
	private final List<ItemDefinition> eckardtItems = new ArrayList<>();
	private ItemDefinition eckardtTotal;
	private ItemDefinition eckardtSuccess;
	private ItemDefinition rescueDate;

	public PacketBuilder(Study study) {
		this(study, new RevealingTerms(study, List.of()));
	}

	public PacketBuilder(Study study, RevealingTerms revealing) {
		this.study = study;
		this.revealing = revealing;
		for (Derivation derivation : study.getDerivations()) {
			if (derivation.getKind() == DerivationKind.ECKARDT_TOTAL) {
				eckardtItems.addAll(derivation.getInputs());
				eckardtTotal = derivedBy(derivation);
			} else if (derivation.getKind() == DerivationKind.ECKARDT_SUCCESS) {
				eckardtSuccess = derivedBy(derivation);
			} else if (DerivationSignature.eventItem(derivation) != null) {
				// time to re-intervention: a rescue happened when its event date is recorded
				rescueDate = DerivationSignature.eventItem(derivation);
			}
		}
	}

	private ItemDefinition derivedBy(Derivation derivation) {
		for (FormDefinition form : study.getForms()) {
			for (ItemDefinition item : form.getItems()) {
				if (item.getDerivation() == derivation) {
					return item;
				}
			}
		}
		return null;
	}

	public RevealingTerms revealing() {
		return revealing;
	}

	/** The packet of a case about the given subject (as the adjudicator's session loaded it). */
	public AdjudicationPacket build(AdjudicationCase adjudicationCase, Subject subject) {
		Endpoint endpoint = adjudicationCase.getEndpoint();
		Visit timePoint = null;
		for (Visit visit : subject.getVisits()) {
			if (adjudicationCase.getVisit() != null && visit.getId().equals(adjudicationCase.getVisit().getId())) {
				timePoint = visit;
			}
		}
		List<EckardtAssessment> eckardt = new ArrayList<>();
		List<Reintervention> reinterventions = new ArrayList<>();
		List<SourceNote> notes = new ArrayList<>();
		for (Visit visit : visitsInOrder(subject)) {
			String visitName = visit.getDefinition() == null ? "Visit" : visit.getDefinition().getName();
			Map<ItemDefinition, String> values = new LinkedHashMap<>();
			for (FormRecord form : visit.getForms()) {
				if (form.getDefinition() == null || form.getDefinition().getArm() != null) {
					continue;
				}
				boolean rescued = false;
				LocalDate rescuedOn = null;
				for (ItemValue value : form.getItemValues()) {
					ItemDefinition item = value.getDefinition();
					if (item == null || item.isRevealsAllocation()) {
						continue;
					}
					values.put(item, value.getValue());
					if (item == rescueDate && value.getValue() != null && !value.getValue().isBlank()) {
						rescued = true;
						rescuedOn = LocalDate.parse(value.getValue());
					} else if (item.getDataType() == ItemDataType.TEXT && value.getValue() != null
							&& !value.getValue().isBlank()) {
						String text = revealing.scrub(value.getValue());
						notes.add(new SourceNote(visitName + ", " + form.getDefinition().getName() + ": " + item.getName(),
								text));
					}
				}
				if (rescued) {
					reinterventions.add(new Reintervention(visitName, rescuedOn != null ? rescuedOn : visit.getDate()));
				}
			}
			if (!eckardtItems.isEmpty() && eckardtItems.stream().anyMatch(values::containsKey)) {
				List<Score> scores = eckardtItems.stream()
						.map(item -> new Score(item.getName(), integer(values.get(item)))).toList();
				Integer total = integer(values.get(eckardtTotal));
				String success = values.get(eckardtSuccess);
				eckardt.add(new EckardtAssessment(visitName, visit.getDate(), scores, total,
						success == null ? null : Boolean.valueOf(success)));
			}
		}
		List<AdverseEventSummary> events = new ArrayList<>();
		LocalDate procedure = procedureDate(subject);
		for (AdverseEvent event : subject.getAdverseEvents()) {
			if (procedure != null && event.getOnsetDate() != null && event.getOnsetDate().isBefore(procedure)) {
				continue; // before the study treatment: not evidence about its outcome
			}
			String term = event.getCoding() != null && event.getCoding().getPtName() != null
					? event.getCoding().getPtName() : event.getVerbatimTerm();
			String shownTerm;
			if (revealing.armOnlyEvent(term) || revealing.armOnlyEvent(event.getVerbatimTerm())) {
				shownTerm = "Event withheld: expected in one treatment group only";
			} else {
				shownTerm = revealing.scrub(term);
			}
			events.add(new AdverseEventSummary(shownTerm, event.getOnsetDate(), event.getResolutionDate(),
					event.isSerious(), event.getCtcaeGrade(), event.isSetOutcome() ? org.trialbench.model.status.LiteralWords.of(event.getOutcome()) : null));
		}
		events.sort(Comparator.comparing(AdverseEventSummary::onset, Comparator.nullsLast(Comparator.naturalOrder())));
		String visitName = timePoint == null || timePoint.getDefinition() == null ? null
				: timePoint.getDefinition().getName();
		// a case at any other visit than the endpoint's time point was opened for a re-intervention before it
		boolean reintervention = timePoint != null && endpoint != null && endpoint.getTimePointVisit() != null
				&& timePoint.getDefinition() != endpoint.getTimePointVisit();
		String question = reintervention
				? "A re-intervention was reported at " + visitName + (timePoint.getDate() == null ? ""
						: " (" + timePoint.getDate() + ")")
						+ ", before the endpoint's time point. Does it mean the endpoint was not met (treatment failure)?"
						+ " Decide from the evidence below: endpoint met, not met, or indeterminate."
				: "Was the endpoint met" + (visitName != null ? " at " + visitName : "")
						+ "? Decide from the evidence below: endpoint met, not met, or indeterminate.";
		return new AdjudicationPacket(adjudicationCase.getId(), subject.getScreeningNumber(),
				endpoint == null ? null : endpoint.getName(),
				endpoint == null ? null : revealing.scrub(endpoint.getDescription()), question,
				visitName, timePoint == null ? null : timePoint.getDate(), reintervention, List.copyOf(eckardt), List.copyOf(reinterventions),
				List.copyOf(events), List.copyOf(notes), WITHHELD_RULES);
	}

	/** One fixed line per rule: how much was withheld differs by arm, so no counts are shown. */
	private static final List<String> WITHHELD_RULES = List.of(
			"Records and values that would reveal the treatment group are not shown.",
			"Adverse events expected in one treatment group only are shown without their term.",
			"Words naming a treatment group are replaced by " + RevealingTerms.WITHHELD + " in free text.");

	private static List<Visit> visitsInOrder(Subject subject) {
		List<Visit> visits = new ArrayList<>(subject.getVisits());
		visits.sort(Comparator.comparing(Visit::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return visits;
	}

	private static LocalDate procedureDate(Subject subject) {
		for (Visit visit : subject.getVisits()) {
			if (visit.getDefinition() != null && visit.getDefinition().getKind() == VisitKind.PROCEDURE
					&& visit.getDate() != null) {
				return visit.getDate();
			}
		}
		return null;
	}

	private static Integer integer(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
