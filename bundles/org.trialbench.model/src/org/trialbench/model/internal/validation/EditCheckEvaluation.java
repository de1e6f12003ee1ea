package org.trialbench.model.internal.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.CanonicalText;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.derivation.ItemLabel;
import org.trialbench.model.derivation.ValueScope;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/**
 * Evaluates the protocol's edit checks on one form record. Values of other forms are read as {@link ValueScope}
 * describes; derived items count with their derived value. A comparison with an absent or unparseable side neither
 * holds nor fails: absence is the required check's business, a bad value the type check's.
 */
public final class EditCheckEvaluation {
	private final Derivations derivations;

	public EditCheckEvaluation(Derivations derivations) {
		this.derivations = derivations;
	}

	public void check(FormRecord record, ProtocolIndex protocol, Report report) {
		for (EditCheck check : protocol.checksOn(record.getDefinition())) {
			switch (check) {
			case ComparisonCheck comparison -> checkComparison(record, comparison, report);
			case ConditionalRequiredCheck conditional -> checkConditional(record, conditional, report);
			default -> {
				// no other kinds of edit check exist yet
			}
			}
		}
	}

	private void checkComparison(FormRecord record, ComparisonCheck check, Report report) {
		Comparison assertion = check.getAssertion();
		Optional<Boolean> holds = holds(assertion, record);
		if (holds.isEmpty() || holds.get()) {
			return;
		}
		ItemDefinition item = assertion.getItem();
		String problem = describe(check, assertion, record);
		report.add(TrialConstraint.EDIT_CHECK_COMPARISON, severity(check), RecordLocation.of(record).withItem(item),
				problem, ValueScope.of(record).find(item).<Object>map(v -> v).orElse(record), check, item);
	}

	private void checkConditional(FormRecord record, ConditionalRequiredCheck check, Report report) {
		Comparison when = check.getWhen();
		if (!holds(when, record).orElse(false)) {
			return;
		}
		ValueScope scope = ValueScope.of(record);
		for (ItemDefinition required : check.getRequiredItems()) {
			Optional<ItemValue> value = scope.find(required);
			boolean present = value.map(ValueScope::hasValue).orElse(false);
			boolean explained = value.isPresent() && value.get().getMissingCode() != null
					&& value.get().getMissingCode() != MissingCode.NONE;
			if (present || explained) {
				continue;
			}
			String text = check.getMessage() != null && !check.getMessage().isBlank() ? check.getMessage()
					: "required when " + condition(when);
			report.add(TrialConstraint.EDIT_CHECK_CONDITIONAL_REQUIRED, severity(check),
					RecordLocation.of(record).withItem(required),
					text + " (" + sideText(when.getItem(), record) + ") [" + check.getOid() + "]",
					value.<Object>map(v -> v).orElse(record), check, required);
		}
	}

	/** Whether the comparison holds; empty when a side has no comparable value. */
	Optional<Boolean> holds(Comparison comparison, FormRecord record) {
		if (comparison == null || comparison.getItem() == null) {
			return Optional.empty();
		}
		ItemDefinition item = comparison.getItem();
		Optional<String> left = derivations.valueOf(item, record).value();
		Optional<String> right = comparison.getOtherItem() != null
				? derivations.valueOf(comparison.getOtherItem(), record).value()
				: Optional.ofNullable(comparison.getValue());
		if (left.isEmpty() || right.isEmpty()) {
			return Optional.empty();
		}
		ItemDataType type = CanonicalText.effectiveType(item);
		int order;
		try {
			order = compare(CanonicalText.parse(type, left.get()), CanonicalText.parse(type, right.get()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.of(switch (comparison.getOperator()) {
		case LESS_THAN -> order < 0;
		case LESS_OR_EQUAL -> order <= 0;
		case EQUAL -> order == 0;
		case NOT_EQUAL -> order != 0;
		case GREATER_OR_EQUAL -> order >= 0;
		case GREATER_THAN -> order > 0;
		});
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Comparable left, Comparable right) {
		if (left.getClass() != right.getClass()) {
			throw new IllegalArgumentException("not comparable");
		}
		return left.compareTo(right);
	}

	private String describe(ComparisonCheck check, Comparison assertion, FormRecord record) {
		String text = check.getMessage() != null && !check.getMessage().isBlank() ? check.getMessage()
				: ItemLabel.of(assertion.getItem()) + " must be " + assertion.getOperator().getLiteral() + " "
						+ rightSide(assertion);
		String values = sideText(assertion.getItem(), record)
				+ (assertion.getOtherItem() != null ? ", " + sideText(assertion.getOtherItem(), record) : "");
		return text + " (" + values + ") [" + check.getOid() + "]";
	}

	private static String condition(Comparison comparison) {
		return ItemLabel.of(comparison.getItem()) + " " + comparison.getOperator().getLiteral() + " "
				+ rightSide(comparison);
	}

	private static String rightSide(Comparison comparison) {
		return comparison.getOtherItem() != null ? ItemLabel.of(comparison.getOtherItem()) : comparison.getValue();
	}

	private String sideText(ItemDefinition item, FormRecord record) {
		return item.getOid() + " = " + derivations.valueOf(item, record).value().orElse("(no value)");
	}

	private static int severity(EditCheck check) {
		CheckSeverity severity = check.getSeverity();
		if (severity == null) {
			return Diagnostic.ERROR;
		}
		return switch (severity) {
		case INFO -> Diagnostic.INFO;
		case WARNING -> Diagnostic.WARNING;
		case ERROR -> Diagnostic.ERROR;
		};
	}
}
