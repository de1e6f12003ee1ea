package org.trialbench.model.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The constraints {@link TrialValidator} checks, each with a stable numeric code (the {@link Diagnostic#getCode()} of
 * its diagnostics, source {@link TrialValidator#DIAGNOSTIC_SOURCE}) and a stable id for commands and reports. Codes
 * and ids never change meaning; new constraints get new codes.
 * <p>
 * The data of every diagnostic starts with the object the finding is about (an ItemValue, FormRecord, Visit, Subject,
 * AdverseEvent or protocol element), followed by related objects: the ItemDefinition of a missing item, the EditCheck
 * that fired, the other element of a duplicate.
 */
public enum TrialConstraint {
	/** The value does not parse as the item's data type (integer, decimal, date, datetime, boolean). */
	ITEM_TYPE(101, "item.type"),
	/** A number below the item's minimum or above its maximum. */
	ITEM_RANGE(102, "item.range"),
	/** A decimal with more decimal places than the item allows. */
	ITEM_DECIMAL_PLACES(103, "item.decimalPlaces"),
	/** A value that is not a code of the item's code list. */
	ITEM_CODE_LIST(104, "item.codeList"),
	/**
	 * A required item has neither a value nor a missing code other than none. Warning while the form is in
	 * progress, error once it is complete, signed or locked; not checked before the form is started.
	 */
	ITEM_REQUIRED(105, "item.required"),
	/** A derived item's stored value differs from what its derivation gives: derived values are never typed. */
	ITEM_DERIVED_VALUE(106, "item.derivedValue"),
	/** An Eckardt item (an input of an Eckardt derivation) outside 0–3. */
	ITEM_ECKARDT_GRADE(107, "item.eckardtGrade"),
	/**
	 * A derived item cannot be derived because its inputs do not go together (consent before birth, an event before
	 * its anchor). An input whose own value is wrong is reported on that value instead (type, Eckardt grade).
	 */
	ITEM_DERIVATION_INVALID(108, "item.derivationInvalid"),
	/** A value and a missing code at once (warning): one of them is wrong. */
	ITEM_VALUE_WITH_MISSING_CODE(109, "item.valueWithMissingCode"),
	/** A value of an item that is not on the record's form. */
	ITEM_NOT_ON_FORM(110, "item.notOnForm"),
	/** Two values of the same item in one form record. */
	ITEM_DUPLICATE(111, "item.duplicate"),

	/** The birth date is not before the consent date. */
	DATE_BIRTH_AFTER_CONSENT(201, "date.birthAfterConsent"),
	/** Randomized before consent, or randomized without a consent date. */
	DATE_CONSENT_AFTER_RANDOMIZATION(202, "date.consentAfterRandomization"),
	/** The procedure visit is before randomization. */
	DATE_PROCEDURE_BEFORE_RANDOMIZATION(203, "date.procedureBeforeRandomization"),
	/** A follow-up visit is not after the procedure. */
	DATE_FOLLOW_UP_BEFORE_PROCEDURE(204, "date.followUpBeforeProcedure"),
	/** An adverse event resolved before its onset. */
	DATE_AE_RESOLUTION_BEFORE_ONSET(205, "date.aeResolutionBeforeOnset"),
	/** A visit outside its protocol window (warning). */
	DATE_VISIT_OUT_OF_WINDOW(206, "date.visitOutOfWindow"),
	/** A visit before the consent date: no study procedure may precede consent. */
	DATE_VISIT_BEFORE_CONSENT(207, "date.visitBeforeConsent"),

	/** A protocol ComparisonCheck fired; severity from the check. */
	EDIT_CHECK_COMPARISON(301, "editCheck.comparison"),
	/** A protocol ConditionalRequiredCheck fired; severity from the check. */
	EDIT_CHECK_CONDITIONAL_REQUIRED(302, "editCheck.conditionalRequired"),

	/**
	 * A signed form whose content no longer gives its signature's record hash (21 CFR Part 11.70): it was changed
	 * under a standing signature, which the stores refuse, so this means a change around them or a signature made
	 * over other content.
	 */
	SIGNATURE_BINDING(501, "signature.binding"),

	/** Two protocol elements share an OID. */
	PROTOCOL_DUPLICATE_OID(401, "protocol.duplicateOid"),
	/** An arm without a code, or two arms with the same code. */
	PROTOCOL_ARM_CODE(402, "protocol.armCode"),
	/** A stratum without a code, a code used twice in a factor, or a stratum value not in the factor item's codes. */
	PROTOCOL_STRATUM_CODE(403, "protocol.stratumCode"),
	/** A derived item without a derivation, or a derivation on an item not marked derived. */
	PROTOCOL_DERIVED_ITEM(404, "protocol.derivedItem"),
	/** A derivation with the wrong inputs, parameters or result type (see DerivationSignature). */
	PROTOCOL_DERIVATION(405, "protocol.derivation"),
	/** A visit that collects a form not defined in this protocol. */
	PROTOCOL_VISIT_FORM(406, "protocol.visitForm"),
	/** A code item without a code list, or a code list with blank, duplicate or mistyped codes. */
	PROTOCOL_CODE_LIST(407, "protocol.codeList"),
	/** An item range with minimum above maximum, a range on a non-numeric item, or negative decimal places. */
	PROTOCOL_ITEM_RANGE(408, "protocol.itemRange"),
	/** An edit check that refers to items outside the protocol or compares with an unparseable constant. */
	PROTOCOL_EDIT_CHECK(409, "protocol.editCheck"),
	/** A visit window of negative days. */
	PROTOCOL_VISIT_WINDOW(410, "protocol.visitWindow");

	private final int code;
	private final String id;

	TrialConstraint(int code, String id) {
		this.code = code;
		this.id = id;
	}

	/** The {@link Diagnostic#getCode()} of this constraint's diagnostics. */
	public int code() {
		return code;
	}

	/** A stable, readable id such as "item.range". */
	public String id() {
		return id;
	}

	/** The constraint with the given code. */
	public static Optional<TrialConstraint> of(int code) {
		for (TrialConstraint constraint : values()) {
			if (constraint.code == code) {
				return Optional.of(constraint);
			}
		}
		return Optional.empty();
	}

	/** The constraint a diagnostic reports, empty for diagnostics of other validators (such as EMF's own). */
	public static Optional<TrialConstraint> of(Diagnostic diagnostic) {
		return TrialValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) ? of(diagnostic.getCode())
				: Optional.empty();
	}
}
