package org.trialbench.model.internal.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Signature;
import org.trialbench.model.derivation.CanonicalText;
import org.trialbench.model.derivation.DerivationResult;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.derivation.ValueScope;
import org.trialbench.model.signature.SignedContent;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;

/**
 * Checks a form record as a whole: values of items that are not on the form or appear twice, required items, and
 * derived values against their derivation.
 */
public final class FormRecordConstraints {
	private FormRecordConstraints() {
	}

	public static void check(FormRecord record, Derivations derivations, Report report) {
		FormDefinition form = record.getDefinition();
		if (form == null || form.eIsProxy()) {
			return;
		}
		checkItemsBelong(record, form, report);
		checkRequired(record, form, report);
		checkDerived(record, form, derivations, report);
		checkSignatureBinds(record, report);
	}

	private static void checkSignatureBinds(FormRecord record, Report report) {
		if (SignedContent.binds(record)) {
			return;
		}
		Signature signature = record.getSignature();
		String signer = SignedContent.signer(signature) == null ? "its signer" : SignedContent.signer(signature);
		report.add(TrialConstraint.SIGNATURE_BINDING, Diagnostic.ERROR, RecordLocation.of(record),
				"was changed after " + signer + " signed it" + (signature.getSignedAt() == null ? ""
						: " at " + signature.getSignedAt())
						+ ": what it holds no longer matches the signature's record hash; withdraw the signature "
						+ "with a reason and sign the form again, or restore what was signed",
				record, signature);
	}

	private static void checkItemsBelong(FormRecord record, FormDefinition form, Report report) {
		Map<ItemDefinition, ItemValue> seen = new HashMap<>();
		for (ItemValue value : record.getItemValues()) {
			ItemDefinition item = value.getDefinition();
			if (item == null) {
				continue;
			}
			if (item.getForm() != form) {
				report.add(TrialConstraint.ITEM_NOT_ON_FORM, Diagnostic.ERROR, RecordLocation.of(value),
						"is not an item of " + RecordLocation.of(record).form() + " (" + form.getOid() + ")", value,
						item);
			}
			ItemValue first = seen.putIfAbsent(item, value);
			if (first != null) {
				report.add(TrialConstraint.ITEM_DUPLICATE, Diagnostic.ERROR, RecordLocation.of(value),
						"is recorded twice on the form ('" + first.getValue() + "' and '" + value.getValue() + "')",
						value, first, item);
			}
		}
	}

	/**
	 * Required items must have a value or say why not. A form still being filled in gets warnings, so that the site
	 * sees what is left without an error list that is only noise; a completed form gets errors.
	 */
	private static void checkRequired(FormRecord record, FormDefinition form, Report report) {
		FormStatus status = record.getStatus();
		if (status == null || status == FormStatus.NOT_STARTED) {
			return;
		}
		int severity = status == FormStatus.IN_PROGRESS ? Diagnostic.WARNING : Diagnostic.ERROR;
		for (ItemDefinition item : form.getItems()) {
			if (!item.isRequired() || item.isDerived()) {
				continue;
			}
			Optional<ItemValue> value = ValueScope.valueIn(record, item);
			boolean explained = value.isPresent() && value.get().getMissingCode() != null
					&& value.get().getMissingCode() != MissingCode.NONE;
			if (value.map(ValueScope::hasValue).orElse(false) || explained) {
				continue;
			}
			report.add(TrialConstraint.ITEM_REQUIRED, severity, RecordLocation.of(record).withItem(item),
					"required value is missing; enter it or give a missing code (not done, not applicable, unknown)",
					value.isPresent() ? value.get() : record, item);
		}
	}

	private static void checkDerived(FormRecord record, FormDefinition form, Derivations derivations, Report report) {
		Map<ItemDefinition, DerivationResult> derived = derivations.recompute(record);
		for (Map.Entry<ItemDefinition, DerivationResult> entry : derived.entrySet()) {
			ItemDefinition item = entry.getKey();
			if (item.getDerivation() == null) {
				continue; // a protocol error, reported on the protocol
			}
			Optional<ItemValue> value = ValueScope.valueIn(record, item);
			String stored = value.filter(ValueScope::hasValue).map(ItemValue::getValue).orElse(null);
			Object target = value.isPresent() ? value.get() : record;
			RecordLocation location = RecordLocation.of(record).withItem(item);
			switch (entry.getValue()) {
			case DerivationResult.Value computed -> {
				if (stored == null) {
					report.add(TrialConstraint.ITEM_DERIVED_VALUE, Diagnostic.ERROR, location, "derived value "
							+ computed.text() + " has not been stored; recompute the form", target, item);
				} else if (!CanonicalText.sameValue(item, stored, computed.text())) {
					report.add(TrialConstraint.ITEM_DERIVED_VALUE, Diagnostic.ERROR, location, "stored value " + stored
							+ " differs from the derived value " + computed.text()
							+ "; derived values are never typed, recompute the form", target, item);
				}
			}
			case DerivationResult.Missing missing -> {
				if (stored != null) {
					report.add(TrialConstraint.ITEM_DERIVED_VALUE, Diagnostic.ERROR, location, "stored value " + stored
							+ " cannot be derived (" + missing.reason() + "); recompute the form", target, item);
				}
			}
			case DerivationResult.Invalid invalid -> {
				if (!invalid.enteredValue()) {
					report.add(TrialConstraint.ITEM_DERIVATION_INVALID, Diagnostic.ERROR, location,
							"cannot be derived: " + invalid.reason(), target, item, invalid.item());
				} else if (stored != null) {
					// the wrong input is reported on its own value; what is left to say here is that this one is stale
					report.add(TrialConstraint.ITEM_DERIVED_VALUE, Diagnostic.ERROR, location, "stored value " + stored
							+ " cannot be derived (" + invalid.reason() + "); recompute the form", target, item,
							invalid.item());
				}
			}
			}
		}
	}
}
