package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.Endpoint;

/**
 * Blinded adjudication of the primary endpoint: a case for every randomized subject seen at 6 months, judged by two
 * adjudicators from the recorded data (success is an Eckardt score of at most 3 without rescue before the visit).
 * Recent cases wait for reviews; most older ones agreed, a few disagreed and were settled by consensus.
 */
final class AdjudicationDesk {
	private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;
	private final Ids ids;
	private final Chance chance;
	private final Endpoint endpoint;
	private final List<User> adjudicators;

	AdjudicationDesk(Ids ids, Chance chance, ProtocolIndex protocol, Staff staff) {
		this.ids = ids;
		this.chance = chance;
		this.endpoint = protocol.get(ENDPOINT_PRIMARY, Endpoint.class);
		this.adjudicators = staff.adjudicators();
	}

	void open(Trial trial) {
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				Visit visit = sixMonthVisit(subject);
				if (subject.getAllocation() != null && visit != null) {
					open(trial, subject, visit);
				}
			}
		}
	}

	private void open(Trial trial, Subject subject, Visit visit) {
		Instant created = DemoCalendar.after(visit.getDate(), 3, 14, chance);
		if (created == null) {
			return;
		}
		AdjudicationCase judged = ids.assign(FACTORY.createAdjudicationCase());
		judged.setSubject(subject);
		judged.setEndpoint(endpoint);
		judged.setVisit(visit);
		judged.setCreatedAt(created);
		judged.setStatus(AdjudicationStatus.PENDING);
		trial.getAdjudicationCases().add(judged);

		Evidence evidence = evidence(subject, visit);
		AdjudicationDecision truth = evidence.met() ? AdjudicationDecision.ENDPOINT_MET
				: AdjudicationDecision.ENDPOINT_NOT_MET;
		Instant end = DemoCalendar.DATA_CUTOFF.atTime(23, 59).toInstant(ZoneOffset.UTC);
		List<User> pair = new ArrayList<>(adjudicators);
		User first = pair.remove(chance.nextInt(pair.size()));
		User second = pair.remove(chance.nextInt(pair.size()));
		boolean disagree = chance.percent(8);

		Instant firstAt = created.plus(Duration.ofHours(chance.between(4, 240)));
		if (firstAt.isAfter(end)) {
			return;
		}
		review(judged, first, 1, truth, evidence.rationale(), firstAt);
		judged.setStatus(AdjudicationStatus.IN_REVIEW);
		Instant secondAt = created.plus(Duration.ofHours(chance.between(4, 480)));
		if (secondAt.isAfter(end)) {
			return;
		}
		AdjudicationDecision other = disagree ? (chance.percent(50) ? AdjudicationDecision.INDETERMINATE
				: opposite(truth)) : truth;
		review(judged, second, 1, other, disagree ? "Symptom history at the visit is ambiguous." : evidence
				.rationale(), secondAt);
		Instant both = firstAt.isAfter(secondAt) ? firstAt : secondAt;
		if (!disagree) {
			judged.setStatus(AdjudicationStatus.AGREED);
			judged.setFinalDecision(truth);
			judged.setClosedAt(both);
			return;
		}
		judged.setStatus(AdjudicationStatus.DISAGREEMENT);
		Instant meeting = both.plus(Duration.ofDays(chance.between(3, 30)));
		if (meeting.isAfter(end)) {
			return;
		}
		String agreed = "Consensus after discussion: " + evidence.rationale();
		review(judged, first, 2, truth, agreed, meeting);
		review(judged, second, 2, truth, agreed, meeting.plus(Duration.ofMinutes(chance.between(1, 30))));
		judged.setStatus(AdjudicationStatus.RESOLVED);
		judged.setResolution(DisagreementResolution.CONSENSUS);
		judged.setFinalDecision(truth);
		judged.setClosedAt(meeting);
	}

	private void review(AdjudicationCase judged, User adjudicator, int round, AdjudicationDecision decision,
			String rationale, Instant at) {
		AdjudicationReview review = ids.assign(FACTORY.createAdjudicationReview());
		review.setAdjudicator(adjudicator);
		review.setRound(round);
		review.setDecision(decision);
		review.setRationale(rationale);
		review.setSubmittedAt(at);
		Signature signature = ids.assign(FACTORY.createSignature());
		signature.setSigner(adjudicator);
		signature.setSignerName(adjudicator.getFullName());
		signature.setMeaning(SignatureMeaning.AUTHORSHIP);
		signature.setSignedAt(at);
		signature.setRecordHash(org.trialbench.adjudication.ReviewSignature.hash(judged.getId(), review));
		review.setSignature(signature);
		judged.getReviews().add(review);
	}

	private static AdjudicationDecision opposite(AdjudicationDecision decision) {
		return decision == AdjudicationDecision.ENDPOINT_MET ? AdjudicationDecision.ENDPOINT_NOT_MET
				: AdjudicationDecision.ENDPOINT_MET;
	}

	private record Evidence(boolean met, String rationale) {
	}

	/** What the packet shows: the Eckardt total at the visit and whether a rescue came before it (not its type). */
	private static Evidence evidence(Subject subject, Visit sixMonths) {
		String total = null;
		String success = null;
		for (FormRecord form : sixMonths.getForms()) {
			for (ItemValue value : form.getItemValues()) {
				String oid = value.getDefinition().getOid();
				if (oid.equals(ITEM_ECKARDT_TOTAL)) {
					total = value.getValue();
				} else if (oid.equals(ITEM_ECKARDT_SUCCESS)) {
					success = value.getValue();
				}
			}
		}
		LocalDate rescue = firstRescue(subject);
		boolean rescuedBefore = rescue != null && !rescue.isAfter(sixMonths.getDate());
		if (rescuedBefore) {
			return new Evidence(false, "Re-intervention on " + rescue + ", before the 6-month visit.");
		}
		boolean met = "true".equals(success);
		return new Evidence(met, "Eckardt score " + total + " at the 6-month visit; no re-intervention before it.");
	}

	static LocalDate firstRescue(Subject subject) {
		LocalDate first = null;
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				if (!form.getDefinition().getOid().equals(FORM_REINTERVENTION)) {
					continue;
				}
				String rescued = null;
				String date = null;
				for (ItemValue value : form.getItemValues()) {
					if (value.getDefinition().getOid().equals(ITEM_RESCUE)) {
						rescued = value.getValue();
					} else if (value.getDefinition().getOid().equals(ITEM_RESCUE_DATE)) {
						date = value.getValue();
					}
				}
				if ("true".equals(rescued) && date != null) {
					LocalDate day = LocalDate.parse(date);
					first = first == null || day.isBefore(first) ? day : first;
				}
			}
		}
		return first;
	}

	private static Visit sixMonthVisit(Subject subject) {
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() == VisitStatus.DONE && visit.getDefinition().getOid().equals(VISIT_MONTH_6)) {
				return visit;
			}
		}
		return null;
	}
}
