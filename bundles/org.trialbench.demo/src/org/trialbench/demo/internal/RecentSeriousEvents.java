package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_PROCEDURE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * Serious adverse events that reached the sites in the last days before the data cutoff and whose reports are still
 * being worked on, so that the safety desk's regulatory clocks have open reports at the cutoff: a SUSAR reported to
 * the sponsor but not yet to the authorities (due), an SAE the site has not reported to the sponsor within 24 hours
 * (overdue), and one the site learned of on the cutoff day (due). They go to the first subjects still in follow-up,
 * one per site, and draw no random numbers, so the rest of the demo stays as it was.
 */
final class RecentSeriousEvents {
	/** What happened, how many days before the cutoff, when the site learned of it and when it told the sponsor. */
	private record Case(String term, int onsetDaysBefore, Relationship relationship, LocalTime aware,
			LocalTime reportedToSponsor) {
	}

	private static final List<Case> CASES = List.of(
			new Case("Aspiration pneumonia", 6, Relationship.POSSIBLY_RELATED, LocalTime.of(10, 5), LocalTime.of(15, 40)),
			new Case("Pneumonia", 3, Relationship.NOT_RELATED, LocalTime.of(8, 30), null),
			new Case("Atrial fibrillation", 0, Relationship.NOT_RELATED, LocalTime.of(11, 20), null));

	private final Ids ids;
	private final ProtocolIndex protocol;

	RecentSeriousEvents(Ids ids, ProtocolIndex protocol) {
		this.ids = ids;
		this.protocol = protocol;
	}

	void add(List<Site> sites) {
		List<Subject> inFollowUp = new ArrayList<>();
		for (Site site : sites) {
			site.getSubjects().stream().filter(s -> procedure(s) != null).findFirst().ifPresent(inFollowUp::add);
		}
		for (int i = 0; i < CASES.size() && i < inFollowUp.size(); i++) {
			add(inFollowUp.get(i), CASES.get(i));
		}
	}

	/** The procedure of a subject still in follow-up, at least two weeks before the cutoff; else null. */
	private static Visit procedure(Subject subject) {
		if (subject.getStatus() != SubjectStatus.RANDOMIZED || subject.getAllocation() == null) {
			return null;
		}
		return subject.getVisits().stream()
				.filter(v -> v.getDefinition() != null && VISIT_PROCEDURE.equals(v.getDefinition().getOid())
						&& v.getStatus() == VisitStatus.DONE && v.getDate() != null
						&& v.getDate().isBefore(DemoCalendar.DATA_CUTOFF.minusDays(14)))
				.findFirst().orElse(null);
	}

	private void add(Subject subject, Case c) {
		LocalDate onset = DemoCalendar.DATA_CUTOFF.minusDays(c.onsetDaysBefore());
		AdverseEvent event = ids.assign(ClinicalFactory.eINSTANCE.createAdverseEvent());
		event.setVerbatimTerm(c.term());
		event.setOnsetDate(onset);
		event.setCtcaeGrade(3);
		event.setRelationship(c.relationship());
		event.setSerious(true);
		event.getSeriousnessCriteria().add(SeriousnessCriterion.HOSPITALIZATION);
		event.setActionTaken(ActionTaken.MEDICAL_THERAPY);
		event.setOngoing(true);
		event.setOutcome(AeOutcome.RECOVERING);
		event.setExpected(protocol.isExpected(c.term(), subject.getAllocation().getArm()));
		LocalDate awareDay = c.onsetDaysBefore() > 0 ? onset.plusDays(1) : onset;
		Instant aware = awareDay.atTime(c.aware()).toInstant(ZoneOffset.UTC);
		event.setAwareAt(aware);
		if (c.reportedToSponsor() != null) {
			event.setReportedToSponsorAt(awareDay.atTime(c.reportedToSponsor()).toInstant(ZoneOffset.UTC));
		}
		subject.getAdverseEvents().add(event);
	}
}
