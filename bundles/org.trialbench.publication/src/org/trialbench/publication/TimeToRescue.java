package org.trialbench.publication;

/**
 * Time to treatment failure as the protocol defines it (D.TTR, D.TTR.CENSORED): days from the procedure to the
 * first re-intervention, or, without one, to the last day the subject was known to be free of it (censored).
 *
 * @param days   days from the procedure, 0 when the event is on the procedure day
 * @param event  true for a re-intervention, false when censored
 * @param reason why the time ends: the re-intervention's type, or why follow-up ended (end of study, in follow-up
 *               at the snapshot)
 */
public record TimeToRescue(long days, boolean event, String reason) {

	public TimeToRescue {
		if (days < 0) {
			throw new IllegalArgumentException("a time to re-intervention cannot be negative: " + days);
		}
	}
}
