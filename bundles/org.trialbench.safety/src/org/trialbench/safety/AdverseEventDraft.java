package org.trialbench.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.Relationship;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.safety.meddra.MeddraPath;

/**
 * What the adverse-event form collects (null: not given). Seriousness follows from the criteria; the
 * treatment-emergent flag and expectedness are derived, never typed.
 *
 * @param coding the chosen MedDRA path, null to keep the event's coding as it is
 */
public record AdverseEventDraft(String verbatimTerm, LocalDate onsetDate, LocalDate resolutionDate, boolean ongoing,
		Integer ctcaeGrade, AsgeSeverity asgeSeverity, AgreeGrade agreeGrade, Set<SeriousnessCriterion> criteria,
		Relationship relationship, ActionTaken actionTaken, AeOutcome outcome, Instant awareAt, MeddraPath coding) {
}
