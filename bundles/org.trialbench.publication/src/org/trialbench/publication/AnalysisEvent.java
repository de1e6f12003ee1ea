package org.trialbench.publication;

import java.time.LocalDate;

/** One adverse event as the harms tables count it: MedDRA SOC and PT (or the verbatim term while uncoded). */
public record AnalysisEvent(String soc, String pt, String verbatim, Integer grade, boolean serious, boolean fatal,
		boolean treatmentEmergent, LocalDate onset) {
}
