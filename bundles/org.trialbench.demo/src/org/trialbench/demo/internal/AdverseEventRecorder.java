package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Subject;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * Adverse events after the study procedure: the typical events of each procedure (mucosal injury,
 * capnoperitoneum, bleeding, reflux esophagitis and chest pain after POEM; chest pain and reflux after botulinum
 * toxin), rare serious complications, and background events unrelated to the procedure. Events are graded with
 * CTCAE v5, endoscopic complications also with the ASGE lexicon; serious ones carry their criteria and reporting
 * times. MedDRA coding is left for the coder: the demo ships no MedDRA content.
 */
final class AdverseEventRecorder {
	/** One kind of event: in which arm (null: both), how often, when, how bad, and how related. */
	private record Kind(String term, String arm, double percent, int onsetFrom, int onsetTo, double[] grades,
			double seriousPercent, Relationship relationship, boolean endoscopic, ActionTaken action,
			int resolvesFrom, int resolvesTo) {
	}

	private static final double[] MILD = { 80, 18, 2, 0, 0 };
	private static final double[] MODERATE = { 35, 50, 15, 0, 0 };
	private static final double[] SEVERE = { 0, 20, 65, 15, 0 };
	private static final List<Kind> KINDS = List.of(
			new Kind("Mucosal injury", ARM_POEM, 8, 0, 0, MILD, 0, Relationship.DEFINITELY_RELATED, true,
					ActionTaken.ENDOSCOPIC_INTERVENTION, 2, 10),
			new Kind("Capnoperitoneum", ARM_POEM, 7, 0, 0, MILD, 0, Relationship.DEFINITELY_RELATED, true,
					ActionTaken.OTHER_INTERVENTION, 1, 3),
			new Kind("Bleeding", ARM_POEM, 3, 0, 4, new double[] { 10, 50, 40, 0, 0 }, 70,
					Relationship.PROBABLY_RELATED, true, ActionTaken.ENDOSCOPIC_INTERVENTION, 2, 14),
			new Kind("Reflux esophagitis", ARM_POEM, 20, 60, 240, MODERATE, 0, Relationship.PROBABLY_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 30, 200),
			new Kind("Chest pain", ARM_POEM, 12, 0, 7, MILD, 0, Relationship.POSSIBLY_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 2, 21),
			new Kind("Esophageal perforation", ARM_POEM, 0.6, 0, 2, SEVERE, 100, Relationship.DEFINITELY_RELATED, true,
					ActionTaken.ENDOSCOPIC_INTERVENTION, 7, 30),
			new Kind("Aspiration pneumonia", ARM_POEM, 1.5, 0, 3, SEVERE, 100, Relationship.POSSIBLY_RELATED, true,
					ActionTaken.MEDICAL_THERAPY, 5, 20),
			new Kind("Chest pain", ARM_BTX, 15, 0, 5, MILD, 0, Relationship.PROBABLY_RELATED, false,
					ActionTaken.NONE, 1, 10),
			new Kind("Reflux", ARM_BTX, 8, 3, 30, MILD, 0, Relationship.POSSIBLY_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 7, 60),
			new Kind("Mediastinitis", ARM_BTX, 0.5, 1, 7, SEVERE, 100, Relationship.PROBABLY_RELATED, true,
					ActionTaken.MEDICAL_THERAPY, 10, 30),
			new Kind("Nasopharyngitis", null, 8, 10, 360, MILD, 0, Relationship.NOT_RELATED, false, ActionTaken.NONE,
					5, 14),
			new Kind("Urinary tract infection", null, 3, 10, 360, MODERATE, 0, Relationship.NOT_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 5, 14),
			new Kind("Back pain", null, 3, 10, 360, MILD, 0, Relationship.NOT_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 7, 60),
			new Kind("Atrial fibrillation", null, 1.5, 30, 360, SEVERE, 80, Relationship.NOT_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 3, 20),
			new Kind("Pneumonia", null, 1.2, 30, 360, SEVERE, 70, Relationship.NOT_RELATED, false,
					ActionTaken.MEDICAL_THERAPY, 7, 21),
			new Kind("Wrist fracture", null, 1, 30, 360, SEVERE, 60, Relationship.NOT_RELATED, false,
					ActionTaken.SURGICAL_INTERVENTION, 40, 90));
	private static final String[] QUERY_TEXTS = { "onsetDate", "The onset date is not in the source; please verify.",
			"ctcaeGrade", "The grade does not match the description in the source; please check.", "relationship",
			"Please explain the relationship assessment." };

	private final Ids ids;
	private final Chance chance;
	private final ProtocolIndex protocol;
	private final QueryDesk queries;

	AdverseEventRecorder(Ids ids, Chance chance, ProtocolIndex protocol, QueryDesk queries) {
		this.ids = ids;
		this.chance = chance;
		this.protocol = protocol;
		this.queries = queries;
	}

	/** The events of a subject treated on the procedure date and followed until the last day (inclusive). */
	void record(Subject subject, Arm arm, LocalDate procedure, LocalDate lastDay) {
		for (Kind kind : KINDS) {
			if ((kind.arm() == null || kind.arm().equals(arm.getOid())) && chance.percent(kind.percent())) {
				LocalDate onset = procedure.plusDays(chance.between(kind.onsetFrom(), kind.onsetTo()));
				if (!onset.isAfter(lastDay)) {
					int grade = chance.weighted(kind.grades(), 1, 2, 3, 4, 5);
					boolean serious = grade >= 4 || grade == 3 && chance.percent(kind.seriousPercent());
					event(subject, arm, kind, procedure, onset, lastDay, grade, serious);
				}
			}
		}
	}

	/** The fatal event that ends a subject's participation (not related to the procedure). */
	void death(Subject subject, Arm arm, LocalDate procedure, LocalDate date) {
		Kind kind = new Kind(chance.pick("Myocardial infarction", "Stroke"), null, 0, 0, 0, SEVERE, 100,
				Relationship.NOT_RELATED, false, ActionTaken.NOT_APPLICABLE, 0, 0);
		event(subject, arm, kind, procedure, date, date, 5, true);
	}

	private void event(Subject subject, Arm arm, Kind kind, LocalDate procedure, LocalDate onset, LocalDate lastDay,
			int grade, boolean serious) {
		AdverseEvent event = ids.assign(ClinicalFactory.eINSTANCE.createAdverseEvent());
		event.setVerbatimTerm(kind.term());
		event.setOnsetDate(onset);
		event.setCtcaeGrade(grade);
		Relationship relationship = kind.relationship();
		if (relationship != Relationship.NOT_RELATED && relationship != Relationship.DEFINITELY_RELATED
				&& chance.percent(20)) {
			relationship = Relationship.get(relationship.getValue() + (chance.percent(50) ? 1 : -1));
		}
		event.setRelationship(relationship);
		boolean related = relationship.getValue() >= Relationship.POSSIBLY_RELATED_VALUE;
		if (kind.endoscopic() && related && ChronoUnit.DAYS.between(procedure, onset) <= 14) {
			event.setAsgeSeverity(switch (grade) {
			case 1, 2 -> AsgeSeverity.MILD;
			case 3 -> serious ? AsgeSeverity.MODERATE : AsgeSeverity.MILD;
			case 4 -> AsgeSeverity.SEVERE;
			default -> AsgeSeverity.FATAL;
			});
		}
		event.setSerious(serious);
		if (serious) {
			event.getSeriousnessCriteria().add(SeriousnessCriterion.HOSPITALIZATION);
			if (grade == 4) {
				event.getSeriousnessCriteria().add(SeriousnessCriterion.LIFE_THREATENING);
			}
			if (grade == 5) {
				event.getSeriousnessCriteria().add(0, SeriousnessCriterion.DEATH);
			}
		}
		event.setActionTaken(grade == 3 && kind.action() == ActionTaken.ENDOSCOPIC_INTERVENTION && chance.percent(20)
				? ActionTaken.SURGICAL_INTERVENTION : kind.action());
		outcome(event, kind, onset, lastDay, grade);
		event.setExpected(protocol.isExpected(kind.term(), arm));
		clocks(event, onset, serious, related, grade);
		subject.getAdverseEvents().add(event);
		if (chance.percent(8)) {
			int i = 2 * chance.nextInt(QUERY_TEXTS.length / 2);
			queries.raise(event, QUERY_TEXTS[i], onset, QUERY_TEXTS[i + 1]);
		}
	}

	private void outcome(AdverseEvent event, Kind kind, LocalDate onset, LocalDate lastDay, int grade) {
		if (grade == 5) {
			event.setOutcome(AeOutcome.FATAL);
			event.setResolutionDate(onset);
			return;
		}
		LocalDate resolution = onset.plusDays(chance.between(kind.resolvesFrom(), kind.resolvesTo()));
		if (resolution.isAfter(lastDay)) {
			event.setOngoing(true);
			event.setOutcome(chance.percent(60) ? AeOutcome.RECOVERING : AeOutcome.NOT_RECOVERED);
		} else {
			event.setResolutionDate(resolution);
			event.setOutcome(chance.percent(93) ? AeOutcome.RECOVERED : AeOutcome.RECOVERED_WITH_SEQUELAE);
		}
	}

	/**
	 * When the site learned of the event and, for serious ones, when it reported to the sponsor (usually within
	 * 24 hours, sometimes late) and, for unexpected related ones (SUSARs), when the sponsor reported to the
	 * authorities; nothing after the data cutoff.
	 */
	private void clocks(AdverseEvent event, LocalDate onset, boolean serious, boolean related, int grade) {
		Instant aware = DemoCalendar.after(onset, 0, 2, chance);
		if (aware == null) {
			return;
		}
		event.setAwareAt(aware);
		if (!serious) {
			return;
		}
		Instant end = DemoCalendar.DATA_CUTOFF.atTime(23, 59).toInstant(ZoneOffset.UTC);
		Instant sponsor = aware.plus(Duration.ofMinutes(chance.percent(90) ? chance.between(60, 20 * 60)
				: chance.between(26 * 60, 72 * 60)));
		if (sponsor.isAfter(end)) {
			return;
		}
		event.setReportedToSponsorAt(sponsor);
		if (related && Boolean.FALSE.equals(event.getExpected())) {
			int days = grade >= 4 ? chance.between(2, 6) : chance.between(5, 14);
			Instant authority = sponsor.plus(Duration.ofDays(days));
			if (!authority.isAfter(end)) {
				event.setReportedToAuthorityAt(authority);
			}
		}
	}
}
