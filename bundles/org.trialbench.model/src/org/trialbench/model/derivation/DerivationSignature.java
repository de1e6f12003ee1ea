package org.trialbench.model.derivation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * What each {@link DerivationKind} expects of the protocol: how many inputs of which types, which parameters, and
 * what type of item can hold the result. Checked when the protocol is validated so that a misspelt parameter or a
 * missing input shows up as a protocol error, not as silently absent values in the trial.
 * <p>
 * Inputs by kind, in order:
 * <ul>
 * <li>eckardtTotal: dysphagia, regurgitation, retrosternal pain, weight loss (integer or numeric code)</li>
 * <li>eckardtSuccess: the Eckardt total item, or the four items; parameter successThreshold (default 3)</li>
 * <li>sum: one or more numbers</li>
 * <li>ageAtConsent: none (the subject's birth and consent dates) or birth date and consent date items</li>
 * <li>timeToEvent: anchor date, event date, optional censoring date (default: the subject's last completed visit);
 * parameter result = days (default) or censored. With parameter anchorVisit = OID of a visit, the anchor is the date
 * of the subject's first completed visit of that definition (the procedure visit, say) and the inputs are the event
 * date and the optional censoring date.</li>
 * <li>bmi: weight in kg, height in cm</li>
 * <li>changeFromBaseline: the measured item; parameter baselineVisit = OID of the baseline visit</li>
 * <li>daysBetween: from date, to date (the result is negative when "to" is earlier)</li>
 * </ul>
 */
public final class DerivationSignature {
	/** eckardtSuccess: success is a total at or below this whole number (0–12). */
	public static final String SUCCESS_THRESHOLD = "successThreshold";
	/** changeFromBaseline: OID of the visit whose value is the baseline. */
	public static final String BASELINE_VISIT = "baselineVisit";
	/** timeToEvent: OID of the visit whose date is the anchor, instead of an anchor date item. */
	public static final String ANCHOR_VISIT = "anchorVisit";
	/** timeToEvent: which part of the time to event the item holds. */
	public static final String RESULT = "result";
	/** timeToEvent result: days from the anchor (the default). */
	public static final String RESULT_DAYS = "days";
	/** timeToEvent result: true when no event was observed. */
	public static final String RESULT_CENSORED = "censored";

	private static final Set<ItemDataType> NUMBERS = EnumSet.of(ItemDataType.INTEGER, ItemDataType.DECIMAL);
	private static final Set<ItemDataType> WHOLE = EnumSet.of(ItemDataType.INTEGER);
	private static final Set<ItemDataType> DATES = EnumSet.of(ItemDataType.DATE);
	private static final Set<ItemDataType> FLAG = EnumSet.of(ItemDataType.BOOLEAN);

	private record Shape(int minInputs, int maxInputs, Set<ItemDataType> inputTypes, Set<String> parameters,
			Set<ItemDataType> resultTypes) {
	}

	private static final Map<DerivationKind, Shape> SHAPES = Map.of( //
			DerivationKind.ECKARDT_TOTAL, new Shape(4, 4, WHOLE, Set.of(), WHOLE), //
			DerivationKind.ECKARDT_SUCCESS, new Shape(1, 4, WHOLE, Set.of(SUCCESS_THRESHOLD), FLAG), //
			DerivationKind.SUM, new Shape(1, Integer.MAX_VALUE, NUMBERS, Set.of(), NUMBERS), //
			DerivationKind.AGE_AT_CONSENT, new Shape(0, 2, DATES, Set.of(), WHOLE), //
			DerivationKind.TIME_TO_EVENT, new Shape(1, 3, DATES, Set.of(RESULT, ANCHOR_VISIT), WHOLE), //
			DerivationKind.BMI, new Shape(2, 2, NUMBERS, Set.of(), EnumSet.of(ItemDataType.DECIMAL)), //
			DerivationKind.CHANGE_FROM_BASELINE, new Shape(1, 1, NUMBERS, Set.of(BASELINE_VISIT), NUMBERS), //
			DerivationKind.DAYS_BETWEEN, new Shape(2, 2, DATES, Set.of(), WHOLE));

	private DerivationSignature() {
	}

	/**
	 * Everything wrong with how the derived item and its derivation are set up, as sentences; empty when it can be
	 * evaluated.
	 */
	public static List<String> problems(ItemDefinition target) {
		List<String> problems = new ArrayList<>();
		Derivation derivation = target.getDerivation();
		if (derivation == null) {
			problems.add("has no derivation");
			return problems;
		}
		DerivationKind kind = derivation.getKind();
		Shape shape = SHAPES.get(kind);
		String name = "derivation " + derivation.getOid() + " (" + kind.getLiteral() + ")";
		int inputs = derivation.getInputs().size();
		boolean countOk = inputs >= shape.minInputs() && inputs <= shape.maxInputs()
				&& (kind != DerivationKind.ECKARDT_SUCCESS || inputs == 1 || inputs == 4)
				&& (kind != DerivationKind.AGE_AT_CONSENT || inputs == 0 || inputs == 2)
				&& (kind != DerivationKind.TIME_TO_EVENT || inputs >= timeToEventDateInputs(derivation)
						&& inputs <= timeToEventDateInputs(derivation) + 1);
		if (!countOk) {
			problems.add(name + " has " + inputs + " inputs; it needs " + expectedInputs(derivation, shape));
		}
		Study study = studyOf(derivation);
		for (ItemDefinition input : derivation.getInputs()) {
			if (input.eIsProxy() || studyOf(input) != study) {
				problems.add(name + " input " + ItemLabel.of(input) + " is not an item of this protocol");
			} else if (!shape.inputTypes().contains(CanonicalText.effectiveType(input))) {
				problems.add(name + " input " + ItemLabel.of(input) + " is " + typeName(input) + "; it needs "
						+ typeNames(shape.inputTypes()));
			}
			if (input == target) {
				problems.add(name + " uses its own result " + ItemLabel.of(target) + " as an input");
			}
		}
		for (Map.Entry<String, String> parameter : derivation.getParameters()) {
			if (!shape.parameters().contains(parameter.getKey())) {
				problems.add(name + " has unknown parameter '" + parameter.getKey() + "'"
						+ (shape.parameters().isEmpty() ? "" : "; it knows " + String.join(", ", shape.parameters())));
			}
		}
		problems.addAll(parameterProblems(name, derivation, study));
		Set<ItemDataType> resultTypes = resultTypes(derivation, shape);
		if (resultTypes != null && !resultTypes.contains(CanonicalText.effectiveType(target))) {
			problems.add(name + " gives " + typeNames(resultTypes) + " but " + ItemLabel.of(target) + " is "
					+ typeName(target));
		}
		return problems;
	}

	/** The baseline visit a changeFromBaseline derivation names, null when not found. */
	public static VisitDefinition baselineVisit(Derivation derivation) {
		return visitParameter(derivation, BASELINE_VISIT);
	}

	/** The visit whose date anchors a timeToEvent derivation, null when it names none or none that is known. */
	public static VisitDefinition anchorVisit(Derivation derivation) {
		return visitParameter(derivation, ANCHOR_VISIT);
	}

	/** Whether a timeToEvent derivation takes its anchor from a visit date rather than from a date item. */
	public static boolean anchoredAtVisit(Derivation derivation) {
		return derivation.getParameters().containsKey(ANCHOR_VISIT);
	}

	/** How many date inputs a timeToEvent derivation needs before the optional censoring date. */
	private static int timeToEventDateInputs(Derivation derivation) {
		return anchoredAtVisit(derivation) ? 1 : 2;
	}

	private static VisitDefinition visitParameter(Derivation derivation, String key) {
		String oid = derivation.getParameters().get(key);
		Study study = studyOf(derivation);
		if (oid == null || study == null) {
			return null;
		}
		for (VisitDefinition visit : study.getVisits()) {
			if (oid.equals(visit.getOid())) {
				return visit;
			}
		}
		return null;
	}

	/** The Eckardt success threshold of an eckardtSuccess derivation. */
	public static int successThreshold(Derivation derivation) {
		String text = derivation.getParameters().get(SUCCESS_THRESHOLD);
		if (text == null) {
			return EckardtScore.DEFAULT_SUCCESS_THRESHOLD;
		}
		BigDecimal threshold = CanonicalText.integer(text.trim());
		if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(EckardtScore.TOTAL_MAX)) > 0) {
			throw new IllegalArgumentException(
					"successThreshold " + threshold + " is outside 0–" + EckardtScore.TOTAL_MAX);
		}
		return threshold.intValue();
	}

	/** The part of the time to event a timeToEvent derivation gives: days or censored. */
	public static String timeToEventResult(Derivation derivation) {
		String result = derivation.getParameters().get(RESULT);
		if (result == null || result.equals(RESULT_DAYS)) {
			return RESULT_DAYS;
		}
		if (result.equals(RESULT_CENSORED)) {
			return RESULT_CENSORED;
		}
		throw new IllegalArgumentException("result '" + result + "' is neither days nor censored");
	}

	private static List<String> parameterProblems(String name, Derivation derivation, Study study) {
		List<String> problems = new ArrayList<>();
		switch (derivation.getKind()) {
		case ECKARDT_SUCCESS -> {
			try {
				successThreshold(derivation);
			} catch (IllegalArgumentException e) {
				problems.add(name + " parameter " + SUCCESS_THRESHOLD + ": " + e.getMessage());
			}
		}
		case CHANGE_FROM_BASELINE -> {
			String oid = derivation.getParameters().get(BASELINE_VISIT);
			if (oid == null) {
				problems.add(name + " needs parameter " + BASELINE_VISIT + " (the OID of the baseline visit)");
			} else if (baselineVisit(derivation) == null) {
				problems.add(name + " parameter " + BASELINE_VISIT + " '" + oid + "' is not a visit of this protocol");
			}
		}
		case TIME_TO_EVENT -> {
			try {
				timeToEventResult(derivation);
			} catch (IllegalArgumentException e) {
				problems.add(name + " parameter " + RESULT + ": " + e.getMessage());
			}
			if (anchoredAtVisit(derivation) && anchorVisit(derivation) == null) {
				problems.add(name + " parameter " + ANCHOR_VISIT + " '" + derivation.getParameters().get(ANCHOR_VISIT)
						+ "' is not a visit of this protocol");
			}
		}
		default -> {
			// the other kinds take no parameters; unknown ones are reported by the caller
		}
		}
		return problems;
	}

	private static Set<ItemDataType> resultTypes(Derivation derivation, Shape shape) {
		if (derivation.getKind() == DerivationKind.TIME_TO_EVENT) {
			try {
				return RESULT_CENSORED.equals(timeToEventResult(derivation)) ? FLAG : WHOLE;
			} catch (IllegalArgumentException e) {
				return null; // unknown until the parameter, reported above, is corrected
			}
		}
		return shape.resultTypes();
	}

	private static String expectedInputs(Derivation derivation, Shape shape) {
		return switch (derivation.getKind()) {
		case TIME_TO_EVENT -> anchoredAtVisit(derivation) ? "1 or 2 (event date, optional censoring date)"
				: "2 or 3 (anchor date, event date, optional censoring date)";
		case ECKARDT_SUCCESS -> "1 (the Eckardt total) or 4 (the Eckardt items)";
		case AGE_AT_CONSENT -> "0 (the subject's dates) or 2 (birth date, consent date)";
		case SUM -> "at least 1";
		default -> shape.minInputs() == shape.maxInputs() ? Integer.toString(shape.minInputs())
				: shape.minInputs() + " to " + shape.maxInputs();
		};
	}

	private static Study studyOf(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof Study study ? study : null;
	}

	private static String typeName(ItemDefinition item) {
		ItemDataType effective = CanonicalText.effectiveType(item);
		if (effective == null) {
			return "untyped";
		}
		String literal = effective.getLiteral();
		return ("aeiou".indexOf(literal.charAt(0)) >= 0 ? "an " : "a ") + literal + " item";
	}

	private static String typeNames(Set<ItemDataType> types) {
		List<String> names = new ArrayList<>();
		for (ItemDataType type : types) {
			names.add(type.getLiteral());
		}
		return String.join(" or ", names);
	}
}
