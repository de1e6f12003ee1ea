package org.trialbench.safety.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.Relationship;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * The regulatory clocks of serious adverse events, from the protocol's reporting periods:
 * <ul>
 * <li>SAE to the sponsor: {@code saeReportingHours} (24) hours after the site became aware: an hour clock, the same
 * instant in every time zone;</li>
 * <li>SUSAR to the authorities: day 0 is the calendar day the sponsor received the report (or, before it did, the day
 * the site became aware), and the report is due by the end of day 7 when the event was fatal or life-threatening,
 * day 15 otherwise. Calendar days are counted in the sponsor's time zone, so a deadline moves with daylight saving
 * time and month ends, and the same instant can fall on different days in different zones;</li>
 * <li>the follow-up of a fatal or life-threatening SUSAR: 8 more calendar days after the initial report was sent (or
 * was due). The model records no follow-up submission, so follow-ups are shown while the event is still open
 * (ongoing, or outcome not yet final).</li>
 * </ul>
 * A SUSAR is a serious event at least possibly related to the study procedure and judged unexpected against the
 * reference safety information.
 */
public final class ReportingClock {
	private final int saeHours;
	private final int susarFatalDays;
	private final int susarDays;
	private final ZoneId zone;
	private final Clock clock;

	public ReportingClock(AdverseEventSettings settings, ZoneId sponsorZone, Clock clock) {
		this(settings == null ? 24 : settings.getSaeReportingHours(),
				settings == null ? 7 : settings.getSusarFatalReportingDays(),
				settings == null ? 15 : settings.getSusarReportingDays(), sponsorZone, clock);
	}

	public ReportingClock(int saeHours, int susarFatalDays, int susarDays, ZoneId sponsorZone, Clock clock) {
		this.saeHours = saeHours;
		this.susarFatalDays = susarFatalDays;
		this.susarDays = susarDays;
		this.zone = sponsorZone;
		this.clock = clock;
	}

	public ZoneId zone() {
		return zone;
	}

	public static boolean isSusar(AdverseEvent event) {
		return event.isSerious() && event.isSetRelationship()
				&& event.getRelationship().getValue() >= Relationship.POSSIBLY_RELATED_VALUE
				&& Boolean.FALSE.equals(event.getExpected());
	}

	/** Fatal or life-threatening: the shorter SUSAR clock. */
	public static boolean fatalOrLifeThreatening(AdverseEvent event) {
		return event.getSeriousnessCriteria().contains(SeriousnessCriterion.DEATH)
				|| event.getSeriousnessCriteria().contains(SeriousnessCriterion.LIFE_THREATENING)
				|| event.isSetOutcome() && event.getOutcome() == AeOutcome.FATAL;
	}

	/** The reports the event owes, in the order they fall due; none for a non-serious event or without awareness. */
	public List<ReportObligation> obligations(AdverseEvent event) {
		List<ReportObligation> result = new ArrayList<>();
		Instant aware = event.getAwareAt();
		if (!event.isSerious() || aware == null) {
			return result;
		}
		Instant now = clock.instant();
		Instant saeDeadline = aware.plus(Duration.ofHours(saeHours));
		result.add(obligation(ReportKind.SAE_INITIAL, aware, saeDeadline, null, event.getReportedToSponsorAt(), now));
		if (!isSusar(event)) {
			return result;
		}
		boolean shortClock = fatalOrLifeThreatening(event);
		Instant start = event.getReportedToSponsorAt() != null ? event.getReportedToSponsorAt() : aware;
		LocalDate lastDay = lastDay(start, shortClock ? susarFatalDays : susarDays);
		Instant submitted = event.getReportedToAuthorityAt();
		result.add(obligation(ReportKind.SUSAR_INITIAL, start, endOf(lastDay), lastDay, submitted, now));
		if (shortClock && stillOpen(event)) {
			Instant followStart = submitted != null ? submitted : endOf(lastDay);
			LocalDate followDay = lastDay(submitted != null ? submitted : start, (submitted != null ? 0 : susarFatalDays) + 8);
			result.add(obligation(ReportKind.SUSAR_FOLLOW_UP, followStart, endOf(followDay), followDay, null, now));
		}
		return result;
	}

	/** Day 0 is the calendar day of the start in the sponsor's zone; the last day is day {@code days}. */
	public LocalDate lastDay(Instant start, int days) {
		return start.atZone(zone).toLocalDate().plusDays(days);
	}

	/** The first instant after the given calendar day in the sponsor's zone. */
	public Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private static boolean stillOpen(AdverseEvent event) {
		return event.isOngoing() || !event.isSetOutcome() || event.getOutcome() == AeOutcome.RECOVERING
				|| event.getOutcome() == AeOutcome.NOT_RECOVERED || event.getOutcome() == AeOutcome.UNKNOWN;
	}

	private static ReportObligation obligation(ReportKind kind, Instant start, Instant deadline, LocalDate lastDay,
			Instant submitted, Instant now) {
		ClockState state;
		if (submitted != null) {
			state = submitted.isBefore(deadline) ? ClockState.SUBMITTED : ClockState.SUBMITTED_LATE;
		} else {
			state = now.isBefore(deadline) ? ClockState.DUE : ClockState.OVERDUE;
		}
		return new ReportObligation(kind, start, deadline, lastDay, submitted, state);
	}
}
