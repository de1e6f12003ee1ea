package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.Relationship;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.safety.SafetyWords;

/** The codes read as words: no camel case on screen or in the SAE reports. */
class SafetyWordsTest {
	@Test
	void codesReadAsWords() {
		assertEquals("not related", SafetyWords.of(Relationship.NOT_RELATED));
		assertEquals("recovered with sequelae", SafetyWords.of(AeOutcome.RECOVERED_WITH_SEQUELAE));
		assertEquals("endoscopic intervention", SafetyWords.of(ActionTaken.ENDOSCOPIC_INTERVENTION));
		assertEquals("grade IIIa", SafetyWords.of(AgreeGrade.GRADE_II_IA));
		assertEquals("grade V", SafetyWords.of(AgreeGrade.GRADE_V));
		assertEquals("life-threatening", SafetyWords.of(SeriousnessCriterion.LIFE_THREATENING));
		assertEquals("", SafetyWords.of(null));
		for (List<? extends Enumerator> values : List.of(Relationship.VALUES, AeOutcome.VALUES, ActionTaken.VALUES,
				AgreeGrade.VALUES, AsgeSeverity.VALUES, SeriousnessCriterion.VALUES)) {
			for (Enumerator value : values) {
				String words = SafetyWords.of(value);
				assertFalse(words.isBlank(), value.getName());
				assertFalse(!(value instanceof AgreeGrade) && !words.equals(words.toLowerCase()), words);
			}
		}
	}
}
