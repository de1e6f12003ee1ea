package org.trialbench.safety;

import java.util.Locale;
import java.util.Optional;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.ReferenceSafetyInformation;

/**
 * Expectedness against the protocol's reference safety information: an event is expected when an expected event of
 * its arm (or of every arm) has its MedDRA PT code, or names its verbatim, LLT or PT term.
 */
public final class Expectedness {
	private Expectedness() {
	}

	/**
	 * True or false; empty when it cannot be told: no reference safety information, or the only matching entries are
	 * arm-specific and the arm is hidden from this user (blinded).
	 *
	 * @param arm the subject's arm, null when not visible
	 */
	public static Optional<Boolean> assess(AdverseEvent event, Arm arm, ReferenceSafetyInformation rsi) {
		if (rsi == null) {
			return Optional.empty();
		}
		boolean armSpecificMatch = false;
		for (ExpectedEvent expected : rsi.getExpectedEvents()) {
			if (matches(expected, event)) {
				if (expected.getArm() == null || expected.getArm() == arm
						|| arm != null && expected.getArm().getOid() != null
								&& expected.getArm().getOid().equals(arm.getOid())) {
					return Optional.of(true);
				}
				armSpecificMatch = true;
			}
		}
		return armSpecificMatch && arm == null ? Optional.empty() : Optional.of(false);
	}

	private static boolean matches(ExpectedEvent expected, AdverseEvent event) {
		MeddraCoding coding = event.getCoding();
		if (expected.getPtCode() != null && coding != null && expected.getPtCode().equals(coding.getPtCode())) {
			return true;
		}
		String term = normal(expected.getTerm());
		return term != null && (term.equals(normal(event.getVerbatimTerm()))
				|| coding != null && (term.equals(normal(coding.getLltName())) || term.equals(normal(coding.getPtName()))));
	}

	private static String normal(String text) {
		return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
	}
}
