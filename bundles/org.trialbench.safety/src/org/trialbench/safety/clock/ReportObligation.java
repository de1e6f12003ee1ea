package org.trialbench.safety.clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One report an adverse event owes: when its clock started, its deadline (the first instant that is late), the last
 * calendar day it may be sent on (null for hour clocks), when it was sent (null: not yet), and its state at the time
 * it was computed.
 */
public record ReportObligation(ReportKind kind, Instant clockStart, Instant deadline, LocalDate lastDay,
		Instant submitted, ClockState state) {

	/**
	 * For an open report, how long is left or how late it is at the given moment, in whole hours below two days and
	 * whole days beyond ("5 h left", "3 days overdue"); empty once sent.
	 */
	public String timeLeft(Instant now) {
		if (submitted != null) {
			return "";
		}
		long minutes = java.time.Duration.between(now, deadline).toMinutes();
		long hours = Math.abs(minutes) / 60;
		String amount = hours < 48 ? Math.max(hours, 1) + " h" : hours / 24 + " days";
		return minutes >= 0 ? amount + " left" : amount + " overdue";
	}
}
