package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.safety.SafetyFinding;
import org.trialbench.safety.SeriousnessRules;

/** ICH E2A seriousness, grades and outcome go together; grades only on the protocol's scales. */
class SeriousnessRulesTest {
	private static AdverseEventSettings settings() {
		AdverseEventSettings settings = ProtocolFactory.eINSTANCE.createAdverseEventSettings();
		settings.getGradingScales().addAll(List.of(GradingScale.CTCAE_V5, GradingScale.ASGE));
		settings.getSeriousnessCriteria().addAll(SeriousnessCriterion.VALUES);
		return settings;
	}

	private static AdverseEvent event(int grade) {
		AdverseEvent event = ClinicalFactory.eINSTANCE.createAdverseEvent();
		event.setVerbatimTerm("Bleeding");
		event.setCtcaeGrade(grade);
		event.setOutcome(AeOutcome.RECOVERED);
		return event;
	}

	private static List<String> errors(AdverseEvent event) {
		return SeriousnessRules.check(event, settings()).stream().filter(SafetyFinding::error).map(SafetyFinding::field)
				.toList();
	}

	@Test
	void aMildNonSeriousEventBreaksNoRule() {
		assertTrue(SeriousnessRules.check(event(1), settings()).isEmpty());
	}

	@Test
	void seriousExactlyWhenACriterionIsMet() {
		AdverseEvent event = event(3);
		event.setSerious(true);
		event.setAwareAt(Instant.parse("2026-05-01T08:00:00Z"));
		assertEquals(List.of("seriousnessCriteria"), errors(event), "serious without criteria");
		event.setSerious(false);
		event.getSeriousnessCriteria().add(SeriousnessCriterion.HOSPITALIZATION);
		assertTrue(SeriousnessRules.serious(event));
		assertEquals(List.of("serious"), errors(event), "criteria met but flagged non-serious");
		event.setSerious(true);
		assertTrue(errors(event).isEmpty());
	}

	@Test
	void deathGoesWithAFatalOutcomeGrade5AsgeFatalAndAgreeV() {
		AdverseEvent event = event(5);
		event.setSerious(true);
		event.setAwareAt(Instant.parse("2026-05-01T08:00:00Z"));
		event.getSeriousnessCriteria().add(SeriousnessCriterion.DEATH);
		assertEquals(List.of("outcome", "ctcaeGrade"), errors(event), "death but outcome recovered, grade 5 not fatal");
		event.setOutcome(AeOutcome.FATAL);
		event.setAsgeSeverity(AsgeSeverity.SEVERE);
		assertEquals(List.of("asgeSeverity"), errors(event));
		event.setAsgeSeverity(AsgeSeverity.FATAL);
		assertTrue(errors(event).isEmpty());
		event.setCtcaeGrade(4);
		assertEquals(List.of("ctcaeGrade"), errors(event), "a fatal event has grade 5");
	}

	@Test
	void aFatalOutcomeWithoutTheDeathCriterionIsRefused() {
		AdverseEvent event = event(5);
		event.setOutcome(AeOutcome.FATAL);
		assertEquals(List.of("seriousnessCriteria"), errors(event));
	}

	@Test
	void aSeriousEventNeedsTheAwarenessThatStartsItsClock() {
		AdverseEvent event = event(3);
		event.setSerious(true);
		event.getSeriousnessCriteria().add(SeriousnessCriterion.HOSPITALIZATION);
		assertEquals(List.of("awareAt"), errors(event));
	}

	@Test
	void gradesOnlyOnTheProtocolsScalesAndCriteriaItCollects() {
		AdverseEvent event = event(2);
		event.setAgreeGrade(AgreeGrade.GRADE_II);
		assertEquals(List.of("agreeGrade"), errors(event), "the protocol grades with CTCAE and ASGE only");
		AdverseEventSettings narrow = settings();
		narrow.getSeriousnessCriteria().remove(SeriousnessCriterion.CONGENITAL_ANOMALY);
		AdverseEvent congenital = event(2);
		congenital.setSerious(true);
		congenital.setAwareAt(Instant.parse("2026-05-01T08:00:00Z"));
		congenital.getSeriousnessCriteria().add(SeriousnessCriterion.CONGENITAL_ANOMALY);
		assertTrue(SeriousnessRules.check(congenital, narrow).stream().anyMatch(
				f -> f.error() && f.message().contains("does not collect")));
	}

	@Test
	void grade4OrAsgeModerateNonSeriousIsAWarningNotAnError() {
		AdverseEvent event = event(4);
		event.setAsgeSeverity(AsgeSeverity.MODERATE);
		List<SafetyFinding> findings = SeriousnessRules.check(event, settings());
		assertEquals(2, findings.size());
		assertFalse(findings.stream().anyMatch(SafetyFinding::error));
	}
}
