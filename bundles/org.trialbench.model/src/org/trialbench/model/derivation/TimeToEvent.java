package org.trialbench.model.derivation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Days from an anchor date (such as the procedure) to an event (such as re-intervention); without an event, days to
 * the censoring date (the last date the subject was known to be event-free) and marked censored.
 *
 * @param days     days from the anchor, 0 when the event is on the anchor date
 * @param censored true when no event was observed and the time runs to the censoring date
 */
public record TimeToEvent(long days, boolean censored) {

	public TimeToEvent {
		if (days < 0) {
			throw new IllegalArgumentException("time to event cannot be negative: " + days);
		}
	}

	/**
	 * The time to the event if there is one, else the censored time.
	 *
	 * @param anchor   day 0; without it there is no time
	 * @param event    the event date, null when no event was observed
	 * @param censorAt the last event-free date, null when unknown
	 * @return empty when the anchor is missing, or when there is neither an event nor a censoring date
	 * @throws IllegalArgumentException when the event or censoring date is before the anchor
	 */
	public static Optional<TimeToEvent> of(LocalDate anchor, LocalDate event, LocalDate censorAt) {
		if (anchor == null) {
			return Optional.empty();
		}
		if (event != null) {
			if (event.isBefore(anchor)) {
				throw new IllegalArgumentException("event date " + event + " is before the anchor date " + anchor);
			}
			return Optional.of(new TimeToEvent(ChronoUnit.DAYS.between(anchor, event), false));
		}
		if (censorAt == null) {
			return Optional.empty();
		}
		if (censorAt.isBefore(anchor)) {
			throw new IllegalArgumentException("censoring date " + censorAt + " is before the anchor date " + anchor);
		}
		return Optional.of(new TimeToEvent(ChronoUnit.DAYS.between(anchor, censorAt), true));
	}
}
