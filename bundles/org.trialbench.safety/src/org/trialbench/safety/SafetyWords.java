package org.trialbench.safety;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * How the adverse-event codes read on screen and in reports: plain words instead of the model's camel-case literals
 * ("not related", "recovered with sequelae"), the ICH E2A wording of the seriousness criteria and the AGREE
 * classification's roman grades.
 */
public final class SafetyWords {
	private SafetyWords() {
	}

	/** Empty for null. */
	public static String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		if (value instanceof SeriousnessCriterion criterion) {
			return switch (criterion) {
			case DEATH -> "death";
			case LIFE_THREATENING -> "life-threatening";
			case HOSPITALIZATION -> "hospitalization";
			case DISABILITY -> "disability/incapacity";
			case CONGENITAL_ANOMALY -> "congenital anomaly";
			case IMPORTANT_MEDICAL_EVENT -> "important medical event";
			};
		}
		if (value instanceof AgreeGrade) {
			// the literal is the classification's own numeral (I, IIIa, ...), kept as written
			return "grade " + value.getLiteral();
		}
		return words(value.getLiteral());
	}

	/** camelCase to lower-case words. */
	static String words(String literal) {
		StringBuilder text = new StringBuilder();
		for (char c : literal.toCharArray()) {
			if (Character.isUpperCase(c) && !text.isEmpty()) {
				text.append(' ');
			}
			text.append(c);
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}
}
