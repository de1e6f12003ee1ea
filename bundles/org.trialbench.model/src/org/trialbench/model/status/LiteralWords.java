package org.trialbench.model.status;

import org.eclipse.emf.common.util.Enumerator;

/**
 * How a model literal without words of its own reads to a person, wherever it is shown (screens, packets, reports):
 * "recoveredWithSequelae" reads "recovered with sequelae". Data exports keep the literals.
 */
public final class LiteralWords {

	private LiteralWords() {
	}

	/** The literal in lower-case words; empty for null. */
	public static String of(Enumerator value) {
		return value == null ? "" : words(value.getLiteral());
	}

	/** camelCase to lower-case words. */
	public static String words(String literal) {
		StringBuilder text = new StringBuilder();
		for (char c : literal.toCharArray()) {
			if (Character.isUpperCase(c) && !text.isEmpty()) {
				text.append(' ');
			}
			text.append(Character.toLowerCase(c));
		}
		return text.toString();
	}
}
