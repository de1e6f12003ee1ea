package org.trialbench.demo.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.trialbench.clinical.MissingCode;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.ItemDefinition;

/**
 * Computes a form's derived items from its entered values as the protocol's derivations say; derived values are
 * never drawn at random. Only the kinds the shipped protocol uses are known here (a shared evaluator in the model
 * bundle should replace this once it exists). A derived value whose inputs are missing is missing too.
 */
final class DerivedItems {
	/** What a derivation needs from outside the form. */
	interface SubjectFacts {
		LocalDate consentDate();

		/** The date of the subject's done visit of that definition, or null. */
		LocalDate visitDate(String visitOid);

		/** The earliest event date among the subject's forms where the event item is true, or null. */
		LocalDate firstEventDate(ItemDefinition eventItem, ItemDefinition eventDateItem);
	}

	private DerivedItems() {
	}

	static void fill(FormValues values, SubjectFacts facts) {
		for (ItemDefinition item : values.items()) {
			if (item.isDerived() && item.getDerivation() != null) {
				String value = derive(item, item.getDerivation(), values, facts);
				if (value == null) {
					values.missing(item.getOid(), MissingCode.NOT_DONE);
				} else {
					values.put(item.getOid(), value);
				}
			}
		}
	}

	private static String derive(ItemDefinition item, Derivation derivation, FormValues values, SubjectFacts facts) {
		List<ItemDefinition> inputs = derivation.getInputs();
		switch (derivation.getKind()) {
		case ECKARDT_TOTAL, SUM: {
			int total = 0;
			for (ItemDefinition input : inputs) {
				String value = values.value(input.getOid());
				if (value == null) {
					return null;
				}
				total += Integer.parseInt(value);
			}
			return FormValues.canonical(total);
		}
		case ECKARDT_SUCCESS: {
			String total = values.value(inputs.get(0).getOid());
			if (total == null) {
				return null;
			}
			int threshold = Integer.parseInt(derivation.getParameters().get("successThreshold"));
			return Integer.parseInt(total) <= threshold ? "true" : "false";
		}
		case BMI: {
			String weight = values.value(inputs.get(0).getOid());
			String height = values.value(inputs.get(1).getOid());
			if (weight == null || height == null) {
				return null;
			}
			BigDecimal metres = new BigDecimal(height).movePointLeft(2);
			BigDecimal bmi = new BigDecimal(weight).divide(metres.multiply(metres), MathContext.DECIMAL64);
			int places = item.getDecimalPlaces() == null ? 1 : item.getDecimalPlaces();
			return bmi.setScale(places, RoundingMode.HALF_UP).toPlainString();
		}
		case AGE_AT_CONSENT: {
			String birth = values.value(inputs.get(0).getOid());
			LocalDate consent = facts.consentDate();
			if (birth == null || consent == null) {
				return null;
			}
			return FormValues.canonical(Period.between(LocalDate.parse(birth), consent).getYears());
		}
		case TIME_TO_EVENT: {
			LocalDate start = facts.visitDate(derivation.getParameters().get("startVisit"));
			LocalDate event = facts.firstEventDate(inputs.get(0), inputs.get(1));
			String censor = values.value(inputs.get(2).getOid());
			LocalDate end = event != null ? event : censor == null ? null : LocalDate.parse(censor);
			if (start == null || end == null) {
				return null;
			}
			return FormValues.canonical((int) ChronoUnit.DAYS.between(start, end));
		}
		default:
			throw new IllegalArgumentException("The demo generator cannot compute derivation " + derivation.getOid()
					+ " of kind " + derivation.getKind());
		}
	}
}
