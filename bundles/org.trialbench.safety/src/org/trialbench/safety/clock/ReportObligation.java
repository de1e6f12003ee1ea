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
}
