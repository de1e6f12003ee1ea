package org.trialbench.model.derivation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.VisitDefinition;

/**
 * Computes derived item values (ItemDefinition.derived with a {@link Derivation}) from the values entered on the
 * forms, so that nobody types a derived value. Derived inputs (an Eckardt success computed from the derived total)
 * are recomputed rather than read from the store, so a stale stored value never propagates.
 * <p>
 * Typical use: after a form is saved, {@link #apply(FormRecord)} (or {@link #apply(Subject)} when a value other forms
 * depend on, such as a baseline, has changed) and record the returned changes in the audit trail. Validation uses
 * {@link #derive} to check that stored derived values are what the derivation gives.
 * <p>
 * See {@link DerivationSignature} for the inputs and parameters of each kind. Instances hold no state and may be
 * shared.
 */
public final class Derivations {

	/** All derived values of the record's form, in form order, without changing anything. */
	public Map<ItemDefinition, DerivationResult> recompute(FormRecord record) {
		Evaluation evaluation = new Evaluation();
		Map<ItemDefinition, DerivationResult> results = new LinkedHashMap<>();
		if (record.getDefinition() == null) {
			return results;
		}
		for (ItemDefinition item : record.getDefinition().getItems()) {
			if (item.isDerived()) {
				results.put(item, evaluation.derive(item, record));
			}
		}
		return results;
	}

	/** The value the derivation gives for one derived item of the record. */
	public DerivationResult derive(ItemDefinition item, FormRecord record) {
		return new Evaluation().derive(item, record);
	}

	/**
	 * The value of any item as seen from a record (see {@link ValueScope}): the derived value for a derived item, the
	 * stored value otherwise.
	 */
	public DerivationResult valueOf(ItemDefinition item, FormRecord from) {
		return new Evaluation().valueOf(item, from);
	}

	/** Writes the derived values of the record, creating item values with new ids (ObjectIds) where needed. */
	public List<DerivedChange> apply(FormRecord record) {
		return apply(record, Derivations::randomId);
	}

	/**
	 * Writes the derived values of the record and returns what changed. An item value that cannot be derived loses
	 * its value (a stale total must not survive a corrected item); one that gets a value loses any missing code.
	 *
	 * @param newId gives the id of each item value that has to be created
	 */
	public List<DerivedChange> apply(FormRecord record, Supplier<String> newId) {
		List<DerivedChange> changes = new ArrayList<>();
		for (Map.Entry<ItemDefinition, DerivationResult> entry : recompute(record).entrySet()) {
			ItemDefinition item = entry.getKey();
			String newText = entry.getValue().value().orElse(null);
			Optional<ItemValue> existing = ValueScope.valueIn(record, item);
			if (existing.isEmpty()) {
				if (newText != null) {
					ItemValue created = ClinicalFactory.eINSTANCE.createItemValue();
					created.setId(newId.get());
					created.setDefinition(item);
					created.setValue(newText);
					record.getItemValues().add(created);
					changes.add(new DerivedChange(created, null, newText, entry.getValue()));
				}
				continue;
			}
			ItemValue value = existing.get();
			String oldText = value.getValue();
			if (!Objects.equals(oldText, newText)) {
				value.setValue(newText);
				if (newText != null) {
					value.setMissingCode(MissingCode.NONE);
				}
				changes.add(new DerivedChange(value, oldText, newText, entry.getValue()));
			}
		}
		return changes;
	}

	/** Writes the derived values of every form record of the subject. */
	public List<DerivedChange> apply(Subject subject) {
		return apply(subject, Derivations::randomId);
	}

	/** Writes the derived values of every form record of the subject. */
	public List<DerivedChange> apply(Subject subject, Supplier<String> newId) {
		List<DerivedChange> changes = new ArrayList<>();
		for (Visit visit : subject.getVisits()) {
			for (FormRecord record : visit.getForms()) {
				changes.addAll(apply(record, newId));
			}
		}
		return changes;
	}

	private static String randomId() {
		return org.trialbench.model.identity.ObjectIds.next();
	}

	/**
	 * One evaluation: remembers what it derived so shared inputs are computed once, and notices a protocol whose
	 * derivations depend on each other in a circle.
	 */
	private static final class Evaluation {
		private record Key(FormRecord record, ItemDefinition item) {
		}

		private final Map<Key, DerivationResult> done = new HashMap<>();
		private final Set<Key> inProgress = new HashSet<>();

		DerivationResult valueOf(ItemDefinition item, FormRecord from) {
			Optional<FormRecord> owner = ValueScope.of(from).recordFor(item.getForm());
			if (owner.isEmpty()) {
				return DerivationResult.missing(ItemLabel.of(item) + " has no form record to read it from");
			}
			return valueIn(item, owner.get());
		}

		DerivationResult valueIn(ItemDefinition item, FormRecord owner) {
			if (item.isDerived() && item.getDerivation() != null) {
				return derive(item, owner);
			}
			Optional<ItemValue> value = ValueScope.valueIn(owner, item);
			if (value.isPresent() && ValueScope.hasValue(value.get())) {
				return DerivationResult.value(value.get().getValue());
			}
			return DerivationResult.missing(ItemLabel.of(item) + " has no value");
		}

		DerivationResult derive(ItemDefinition item, FormRecord record) {
			Derivation derivation = item.getDerivation();
			if (!item.isDerived() || derivation == null) {
				return DerivationResult.invalid(ItemLabel.of(item) + " is not a derived item with a derivation", item);
			}
			Key key = new Key(record, item);
			DerivationResult known = done.get(key);
			if (known != null) {
				return known;
			}
			if (!inProgress.add(key)) {
				return DerivationResult.invalid("the derivation of " + ItemLabel.of(item) + " depends on itself", item);
			}
			DerivationResult result;
			try {
				result = compute(derivation, item, record);
			} finally {
				inProgress.remove(key);
			}
			done.put(key, result);
			return result;
		}

		private DerivationResult compute(Derivation derivation, ItemDefinition target, FormRecord record) {
			List<ItemDefinition> inputs = derivation.getInputs();
			return switch (derivation.getKind()) {
			case ECKARDT_TOTAL -> eckardtTotal(inputs, target, record);
			case ECKARDT_SUCCESS -> eckardtSuccess(derivation, inputs, target, record);
			case SUM -> sum(inputs, target, record);
			case AGE_AT_CONSENT -> ageAtConsent(inputs, target, record);
			case TIME_TO_EVENT -> timeToEvent(derivation, inputs, target, record);
			case BMI -> bmi(inputs, target, record);
			case CHANGE_FROM_BASELINE -> changeFromBaseline(derivation, inputs, target, record);
			case DAYS_BETWEEN -> daysBetween(inputs, target, record);
			};
		}

		// ------------------------------------------------------------------ Eckardt

		private DerivationResult eckardtTotal(List<ItemDefinition> inputs, ItemDefinition target, FormRecord record) {
			if (inputs.size() != 4) {
				return wrongInputs(target, "the four Eckardt items", inputs.size());
			}
			Outcome<Integer> total = eckardtTotalOf(inputs, record);
			return total.map(value -> number(BigDecimal.valueOf(value), target, 0));
		}

		private DerivationResult eckardtSuccess(Derivation derivation, List<ItemDefinition> inputs,
				ItemDefinition target, FormRecord record) {
			int threshold;
			try {
				threshold = DerivationSignature.successThreshold(derivation);
			} catch (IllegalArgumentException e) {
				return DerivationResult.invalid("parameter " + DerivationSignature.SUCCESS_THRESHOLD + ": "
						+ e.getMessage(), null);
			}
			Outcome<Integer> total;
			if (inputs.size() == 4) {
				total = eckardtTotalOf(inputs, record);
			} else if (inputs.size() == 1) {
				total = number(inputs.get(0), record).then(value -> {
					int whole = value.intValue();
					if (value.scale() > 0 || whole < 0 || whole > EckardtScore.TOTAL_MAX) {
						return Outcome.failed(DerivationResult.invalid(ItemLabel.of(inputs.get(0)) + " value "
								+ value.toPlainString() + " is not an Eckardt total 0–" + EckardtScore.TOTAL_MAX,
								inputs.get(0)));
					}
					return Outcome.of(whole);
				});
			} else {
				return wrongInputs(target, "the Eckardt total or the four Eckardt items", inputs.size());
			}
			return total.map(value -> flag(EckardtScore.isSuccess(value, threshold), target));
		}

		private Outcome<Integer> eckardtTotalOf(List<ItemDefinition> inputs, FormRecord record) {
			Integer[] grades = new Integer[4];
			DerivationResult firstMissing = null;
			for (int i = 0; i < 4; i++) {
				ItemDefinition input = inputs.get(i);
				DerivationResult value = valueOf(input, record);
				switch (value) {
				case DerivationResult.Invalid invalid -> {
					return Outcome.failed(invalid);
				}
				case DerivationResult.Missing missing -> {
					if (firstMissing == null) {
						firstMissing = missing;
					}
				}
				case DerivationResult.Value text -> {
					try {
						grades[i] = CanonicalText.integer(text.text()).intValueExact();
					} catch (IllegalArgumentException | ArithmeticException e) {
						return Outcome.failed(DerivationResult.invalidEntry(ItemLabel.of(input) + " value '" + text.text()
								+ "' is not an Eckardt grade 0–3", input));
					}
				}
				}
			}
			EckardtScore score;
			try {
				score = EckardtScore.of(grades[0], grades[1], grades[2], grades[3]);
			} catch (EckardtScore.InvalidItemException e) {
				ItemDefinition input = inputs.get(e.item().ordinal());
				return Outcome.failed(DerivationResult.invalidEntry(ItemLabel.of(input) + " value " + e.grade()
						+ " is outside " + EckardtScore.ITEM_MIN + "–" + EckardtScore.ITEM_MAX, input));
			}
			// an invalid item is reported even when another item is still missing: it needs correcting either way
			if (firstMissing != null) {
				return Outcome.failed(firstMissing);
			}
			return Outcome.of(score.total().getAsInt());
		}

		// ------------------------------------------------------------------ numbers

		private DerivationResult sum(List<ItemDefinition> inputs, ItemDefinition target, FormRecord record) {
			if (inputs.isEmpty()) {
				return wrongInputs(target, "at least one number", 0);
			}
			BigDecimal total = BigDecimal.ZERO;
			for (ItemDefinition input : inputs) {
				Outcome<BigDecimal> value = number(input, record);
				if (value.failure() != null) {
					return value.failure();
				}
				total = total.add(value.value());
			}
			return number(total, target, -1);
		}

		private DerivationResult bmi(List<ItemDefinition> inputs, ItemDefinition target, FormRecord record) {
			if (inputs.size() != 2) {
				return wrongInputs(target, "weight (kg) and height (cm)", inputs.size());
			}
			Outcome<BigDecimal> weight = number(inputs.get(0), record);
			if (weight.failure() != null) {
				return weight.failure();
			}
			Outcome<BigDecimal> height = number(inputs.get(1), record);
			if (height.failure() != null) {
				return height.failure();
			}
			int places = target.getDecimalPlaces() != null ? target.getDecimalPlaces()
					: BodyMassIndex.DEFAULT_DECIMAL_PLACES;
			try {
				return number(BodyMassIndex.of(weight.value(), height.value(), places), target, places);
			} catch (IllegalArgumentException e) {
				ItemDefinition offending = weight.value().signum() <= 0 ? inputs.get(0) : inputs.get(1);
				return DerivationResult.invalid(ItemLabel.of(offending) + ": " + e.getMessage(), offending);
			}
		}

		private DerivationResult changeFromBaseline(Derivation derivation, List<ItemDefinition> inputs,
				ItemDefinition target, FormRecord record) {
			if (inputs.size() != 1) {
				return wrongInputs(target, "the measured item", inputs.size());
			}
			ItemDefinition input = inputs.get(0);
			VisitDefinition baselineVisit = DerivationSignature.baselineVisit(derivation);
			if (baselineVisit == null) {
				return DerivationResult.invalid("parameter " + DerivationSignature.BASELINE_VISIT + " '"
						+ derivation.getParameters().get(DerivationSignature.BASELINE_VISIT)
						+ "' does not name a visit of the protocol", null);
			}
			Visit visit = record.getVisit();
			if (visit != null && visit.getDefinition() == baselineVisit) {
				// by convention (CDISC ADaM) there is no change at the baseline visit itself
				return DerivationResult.missing("this is the baseline visit " + baselineVisit.getName());
			}
			Outcome<BigDecimal> current = number(input, record);
			if (current.failure() != null) {
				return current.failure();
			}
			Optional<FormRecord> baselineRecord = ValueScope.of(record).recordAt(baselineVisit, input.getForm());
			if (baselineRecord.isEmpty()) {
				return DerivationResult.missing("no baseline value: the subject has no " + baselineVisit.getName()
						+ " record of " + ItemLabel.of(input));
			}
			Outcome<BigDecimal> baseline = parsedNumber(input, valueIn(input, baselineRecord.get()));
			if (baseline.failure() != null) {
				return baseline.failure() instanceof DerivationResult.Missing missing
						? DerivationResult.missing("no baseline value: " + missing.reason())
						: baseline.failure();
			}
			BigDecimal change = current.value().subtract(baseline.value());
			return number(change, target, -1);
		}

		// ------------------------------------------------------------------ dates

		private DerivationResult ageAtConsent(List<ItemDefinition> inputs, ItemDefinition target, FormRecord record) {
			LocalDate birth;
			LocalDate consent;
			if (inputs.isEmpty()) {
				Optional<Subject> subject = ValueScope.of(record).subject();
				if (subject.isEmpty()) {
					return DerivationResult.missing("the form record belongs to no subject");
				}
				birth = subject.get().getBirthDate();
				consent = subject.get().getConsentDate();
				if (birth == null) {
					return DerivationResult.missing("the subject has no birth date");
				}
				if (consent == null) {
					return DerivationResult.missing("the subject has no consent date");
				}
				if (consent.isBefore(birth)) {
					return DerivationResult.invalid("consent date " + consent + " is before birth date " + birth, null);
				}
			} else if (inputs.size() == 2) {
				Outcome<LocalDate> birthDate = date(inputs.get(0), record);
				if (birthDate.failure() != null) {
					return birthDate.failure();
				}
				Outcome<LocalDate> consentDate = date(inputs.get(1), record);
				if (consentDate.failure() != null) {
					return consentDate.failure();
				}
				birth = birthDate.value();
				consent = consentDate.value();
				if (consent.isBefore(birth)) {
					return DerivationResult.invalid(ItemLabel.of(inputs.get(1)) + " " + consent + " is before "
							+ ItemLabel.of(inputs.get(0)) + " " + birth, inputs.get(1));
				}
			} else {
				return wrongInputs(target, "none or birth date and consent date", inputs.size());
			}
			OptionalInt years = AgeAtConsent.years(birth, consent);
			return number(BigDecimal.valueOf(years.getAsInt()), target, 0);
		}

		private DerivationResult timeToEvent(Derivation derivation, List<ItemDefinition> inputs, ItemDefinition target,
				FormRecord record) {
			boolean atVisit = DerivationSignature.anchoredAtVisit(derivation);
			int dates = atVisit ? 1 : 2;
			if (inputs.size() != dates && inputs.size() != dates + 1) {
				return wrongInputs(target, atVisit ? "event date and optionally censoring date"
						: "anchor date, event date and optionally censoring date", inputs.size());
			}
			String resultPart;
			try {
				resultPart = DerivationSignature.timeToEventResult(derivation);
			} catch (IllegalArgumentException e) {
				return DerivationResult.invalid("parameter " + DerivationSignature.RESULT + ": " + e.getMessage(), null);
			}
			Outcome<LocalDate> anchor;
			if (atVisit) {
				VisitDefinition anchorVisit = DerivationSignature.anchorVisit(derivation);
				if (anchorVisit == null) {
					return DerivationResult.invalid("parameter " + DerivationSignature.ANCHOR_VISIT + " '"
							+ derivation.getParameters().get(DerivationSignature.ANCHOR_VISIT)
							+ "' does not name a visit of the protocol", null);
				}
				LocalDate date = firstCompletedVisit(record, anchorVisit);
				if (date == null) {
					return DerivationResult.missing("the subject has no completed " + anchorVisit.getName() + " visit");
				}
				anchor = Outcome.of(date);
			} else {
				anchor = date(inputs.get(0), record);
			}
			if (anchor.failure() != null) {
				return anchor.failure();
			}
			ItemDefinition eventItem = inputs.get(dates - 1);
			LocalDate event = null;
			// a repeated event (a second re-intervention) does not move the time to the first one
			for (ItemValue value : ValueScope.of(record).findAll(eventItem)) {
				if (!ValueScope.hasValue(value)) {
					continue;
				}
				Outcome<LocalDate> date = parsedDate(eventItem, DerivationResult.value(value.getValue()));
				if (date.failure() != null) {
					return date.failure();
				}
				if (event == null || date.value().isBefore(event)) {
					event = date.value();
				}
			}
			LocalDate censorAt = null;
			ItemDefinition censorItem = inputs.size() == dates + 1 ? inputs.get(dates) : null;
			if (censorItem != null) {
				DerivationResult censorValue = valueOf(censorItem, record);
				if (censorValue instanceof DerivationResult.Invalid) {
					return censorValue;
				}
				if (censorValue instanceof DerivationResult.Value) {
					Outcome<LocalDate> date = parsedDate(censorItem, censorValue);
					if (date.failure() != null) {
						return date.failure();
					}
					censorAt = date.value();
				}
			} else {
				censorAt = lastCompletedVisit(record);
			}
			Optional<TimeToEvent> time;
			try {
				time = TimeToEvent.of(anchor.value(), event, censorAt);
			} catch (IllegalArgumentException e) {
				ItemDefinition offending = event != null ? eventItem : censorItem;
				return DerivationResult.invalid(
						(offending != null ? ItemLabel.of(offending) + ": " : "") + e.getMessage(), offending);
			}
			if (time.isEmpty()) {
				return DerivationResult.missing("neither " + ItemLabel.of(eventItem) + " nor a censoring date is known");
			}
			return DerivationSignature.RESULT_CENSORED.equals(resultPart) ? flag(time.get().censored(), target)
					: number(BigDecimal.valueOf(time.get().days()), target, 0);
		}

		private static LocalDate firstCompletedVisit(FormRecord record, VisitDefinition definition) {
			Optional<Subject> subject = ValueScope.of(record).subject();
			LocalDate first = null;
			if (subject.isPresent()) {
				for (Visit visit : subject.get().getVisits()) {
					if (visit.getDefinition() == definition && visit.getStatus() == VisitStatus.DONE
							&& visit.getDate() != null && (first == null || visit.getDate().isBefore(first))) {
						first = visit.getDate();
					}
				}
			}
			return first;
		}

		private static LocalDate lastCompletedVisit(FormRecord record) {
			Optional<Subject> subject = ValueScope.of(record).subject();
			LocalDate last = null;
			if (subject.isPresent()) {
				for (Visit visit : subject.get().getVisits()) {
					if (visit.getStatus() == VisitStatus.DONE && visit.getDate() != null
							&& (last == null || visit.getDate().isAfter(last))) {
						last = visit.getDate();
					}
				}
			}
			return last;
		}

		private DerivationResult daysBetween(List<ItemDefinition> inputs, ItemDefinition target, FormRecord record) {
			if (inputs.size() != 2) {
				return wrongInputs(target, "from date and to date", inputs.size());
			}
			Outcome<LocalDate> from = date(inputs.get(0), record);
			if (from.failure() != null) {
				return from.failure();
			}
			Outcome<LocalDate> to = date(inputs.get(1), record);
			if (to.failure() != null) {
				return to.failure();
			}
			return number(BigDecimal.valueOf(ChronoUnit.DAYS.between(from.value(), to.value())), target, 0);
		}

		// ------------------------------------------------------------------ reading inputs, formatting results

		private Outcome<BigDecimal> number(ItemDefinition input, FormRecord record) {
			return parsedNumber(input, valueOf(input, record));
		}

		private static Outcome<BigDecimal> parsedNumber(ItemDefinition input, DerivationResult value) {
			if (!(value instanceof DerivationResult.Value text)) {
				return Outcome.failed(value);
			}
			try {
				return Outcome.of(CanonicalText.number(text.text()));
			} catch (IllegalArgumentException e) {
				return Outcome.failed(DerivationResult.invalidEntry(ItemLabel.of(input) + " value " + e.getMessage(), input));
			}
		}

		private Outcome<LocalDate> date(ItemDefinition input, FormRecord record) {
			return parsedDate(input, valueOf(input, record));
		}

		private static Outcome<LocalDate> parsedDate(ItemDefinition input, DerivationResult value) {
			if (!(value instanceof DerivationResult.Value text)) {
				return Outcome.failed(value);
			}
			try {
				return Outcome.of(CanonicalText.date(text.text()));
			} catch (IllegalArgumentException e) {
				return Outcome.failed(DerivationResult.invalidEntry(ItemLabel.of(input) + " value " + e.getMessage(), input));
			}
		}

		/**
		 * A number in the canonical text of the target item: whole numbers for integer items (a fraction is an error,
		 * never rounded away), the item's decimal places for decimal items, else {@code defaultPlaces}, else the
		 * number's own.
		 */
		private static DerivationResult number(BigDecimal value, ItemDefinition target, int defaultPlaces) {
			ItemDataType type = CanonicalText.effectiveType(target);
			if (type == ItemDataType.INTEGER) {
				try {
					return DerivationResult.value(value.stripTrailingZeros().toBigIntegerExact().toString());
				} catch (ArithmeticException e) {
					return DerivationResult.invalid("the result " + value.toPlainString() + " is not a whole number but "
							+ ItemLabel.of(target) + " holds whole numbers", target);
				}
			}
			if (type == ItemDataType.DECIMAL) {
				int places = target.getDecimalPlaces() != null ? target.getDecimalPlaces()
						: defaultPlaces >= 0 ? defaultPlaces : Math.max(0, value.scale());
				return DerivationResult.value(CanonicalText.decimal(value, places));
			}
			if (type == ItemDataType.TEXT) {
				return DerivationResult.value(value.toPlainString());
			}
			return DerivationResult.invalid(ItemLabel.of(target) + " is a " + type.getLiteral()
					+ " item and cannot hold the number " + value.toPlainString(), target);
		}

		private static DerivationResult flag(boolean value, ItemDefinition target) {
			ItemDataType type = target.getDataType();
			if (type == ItemDataType.BOOLEAN || type == ItemDataType.TEXT) {
				return DerivationResult.value(CanonicalText.bool(value));
			}
			return DerivationResult.invalid(ItemLabel.of(target) + " is a " + type.getLiteral()
					+ " item and cannot hold true/false", target);
		}

		private static DerivationResult wrongInputs(ItemDefinition target, String expected, int actual) {
			return DerivationResult.invalid("the derivation of " + ItemLabel.of(target) + " needs " + expected
					+ " as inputs but has " + actual, target);
		}
	}

	/** A parsed input or the reason there is none. */
	private record Outcome<T>(T value, DerivationResult failure) {
		static <T> Outcome<T> of(T value) {
			return new Outcome<>(value, null);
		}

		static <T> Outcome<T> failed(DerivationResult failure) {
			return new Outcome<>(null, failure);
		}

		DerivationResult map(Function<T, DerivationResult> mapping) {
			return failure != null ? failure : mapping.apply(value);
		}

		<U> Outcome<U> then(Function<T, Outcome<U>> next) {
			return failure != null ? failed(failure) : next.apply(value);
		}
	}
}
