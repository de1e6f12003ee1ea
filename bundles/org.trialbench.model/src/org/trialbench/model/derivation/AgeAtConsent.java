package org.trialbench.model.derivation;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

import org.trialbench.clinical.Subject;

/**
 * Age in completed years on the day of consent, the age the eligibility criteria and Table 1 use. Agrees with the
 * derived feature {@link Subject#getAgeAtConsent()}; this form also takes the dates from form items.
 */
public final class AgeAtConsent {
	private AgeAtConsent() {
	}

	/**
	 * Completed years from birth to consent; someone born on 29 February turns a year older on 28 February in
	 * non-leap years, as {@link Period} counts it.
	 *
	 * @return empty when a date is missing or consent is before birth
	 */
	public static OptionalInt years(LocalDate birth, LocalDate consent) {
		if (birth == null || consent == null || consent.isBefore(birth)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Period.between(birth, consent).getYears());
	}

	/** The subject's age at consent from its birth and consent dates. */
	public static OptionalInt of(Subject subject) {
		return years(subject.getBirthDate(), subject.getConsentDate());
	}
}
