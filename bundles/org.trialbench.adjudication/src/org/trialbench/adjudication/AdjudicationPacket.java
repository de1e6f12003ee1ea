package org.trialbench.adjudication;

import java.time.LocalDate;
import java.util.List;

/**
 * What an adjudicator sees of a case: the evidence for the judgement and nothing that reveals the allocation.
 * Built by {@link PacketBuilder}; every field is plain data, so that a test can walk all of them.
 *
 * @param caseId the case
 * @param subject the subject's screening number
 * @param endpoint the endpoint's name
 * @param endpointDefinition what the endpoint means (from the protocol)
 * @param question the judgement asked for
 * @param timePoint the visit the judgement is about, if any
 * @param timePointDate its date
 * @param reintervention whether that visit is a re-intervention before the endpoint's time point (a suspected
 *            treatment failure) rather than the time point itself
 * @param eckardt Eckardt items and totals at every assessment, in time order
 * @param reinterventions rescue treatments (when and at which visit; never their type)
 * @param adverseEvents adverse events from the procedure on
 * @param sourceNotes free-text source entries, with anything revealing the allocation withheld
 * @param withheld what the packet leaves out, for the adjudicator's information
 */
public record AdjudicationPacket(String caseId, String subject, String endpoint, String endpointDefinition,
		String question, String timePoint, LocalDate timePointDate, boolean reintervention,
		List<EckardtAssessment> eckardt,
		List<Reintervention> reinterventions, List<AdverseEventSummary> adverseEvents, List<SourceNote> sourceNotes,
		List<String> withheld) {

	/** One Eckardt assessment: item scores in protocol order, the derived total and success. */
	public record EckardtAssessment(String visit, LocalDate date, List<Score> items, Integer total, Boolean success) {
	}

	public record Score(String item, Integer value) {
	}

	public record Reintervention(String visit, LocalDate date) {
	}

	public record AdverseEventSummary(String term, LocalDate onset, LocalDate resolved, boolean serious,
			Integer ctcaeGrade, String outcome) {
	}

	public record SourceNote(String source, String text) {
	}
}
