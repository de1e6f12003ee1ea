package org.trialbench.model.internal.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.model.derivation.CanonicalText;
import org.trialbench.model.derivation.DerivationSignature;
import org.trialbench.model.derivation.ItemLabel;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * Sanity of a protocol before any data is entered against it: what clinical data refer to must be unambiguous (OIDs,
 * arm and stratum codes), and every derivation, code list, range, visit and edit check must be evaluable.
 */
public final class ProtocolConstraints {
	private ProtocolConstraints() {
	}

	public static void check(Study study, Report report) {
		checkOids(study, report);
		checkArms(study, report);
		checkStrata(study, report);
		checkCodeLists(study, report);
		for (FormDefinition form : study.getForms()) {
			for (ItemDefinition item : form.getItems()) {
				checkItem(study, item, report);
			}
		}
		checkVisits(study, report);
		checkEditChecks(study, report);
	}

	private static void checkOids(Study study, Report report) {
		Map<String, ProtocolElement> byOid = new HashMap<>();
		if (study.getOid() != null) {
			byOid.put(study.getOid(), study);
		}
		for (Iterator<EObject> contents = study.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof ProtocolElement element && element.getOid() != null) {
				ProtocolElement first = byOid.putIfAbsent(element.getOid(), element);
				if (first != null) {
					error(report, TrialConstraint.PROTOCOL_DUPLICATE_OID, element, "OID " + element.getOid()
							+ " is also used by " + first.eClass().getName() + " " + name(first)
							+ "; clinical data would refer to either", first);
				}
			}
		}
	}

	private static void checkArms(Study study, Report report) {
		Map<String, Arm> byCode = new HashMap<>();
		for (Arm arm : study.getArms()) {
			if (arm.getCode() == null || arm.getCode().isBlank()) {
				error(report, TrialConstraint.PROTOCOL_ARM_CODE, arm, "arm has no code");
				continue;
			}
			Arm first = byCode.putIfAbsent(arm.getCode(), arm);
			if (first != null) {
				error(report, TrialConstraint.PROTOCOL_ARM_CODE, arm,
						"arm code '" + arm.getCode() + "' is also the code of arm " + name(first), first);
			}
		}
	}

	private static void checkStrata(Study study, Report report) {
		for (StratificationFactor factor : study.getStratificationFactors()) {
			Map<String, Stratum> byCode = new HashMap<>();
			CodeList codeList = factor.getItem() != null ? factor.getItem().getCodeList() : null;
			for (Stratum stratum : factor.getStrata()) {
				if (stratum.getCode() == null || stratum.getCode().isBlank()) {
					error(report, TrialConstraint.PROTOCOL_STRATUM_CODE, stratum, "stratum has no code");
				} else {
					Stratum first = byCode.putIfAbsent(stratum.getCode(), stratum);
					if (first != null) {
						error(report, TrialConstraint.PROTOCOL_STRATUM_CODE, stratum, "stratum code '"
								+ stratum.getCode() + "' is also the code of stratum " + name(first), first);
					}
				}
				if (codeList != null && stratum.getItemValue() != null && !hasCode(codeList, stratum.getItemValue())) {
					error(report, TrialConstraint.PROTOCOL_STRATUM_CODE, stratum,
							"stratum value '" + stratum.getItemValue() + "' is not a code of "
									+ ItemLabel.of(factor.getItem()) + " (code list " + codeList.getOid() + ")",
							codeList);
				}
			}
		}
	}

	private static void checkCodeLists(Study study, Report report) {
		for (CodeList codeList : study.getCodeLists()) {
			Set<String> codes = new HashSet<>();
			for (CodeListItem code : codeList.getItems()) {
				String text = code.getCode();
				if (text == null || text.isBlank()) {
					error(report, TrialConstraint.PROTOCOL_CODE_LIST, codeList, "has a blank code", code);
					continue;
				}
				if (!codes.add(text)) {
					error(report, TrialConstraint.PROTOCOL_CODE_LIST, codeList, "has code '" + text + "' twice", code);
				}
				ItemDataType type = codeList.getDataType();
				if (type == ItemDataType.INTEGER || type == ItemDataType.DECIMAL) {
					try {
						CanonicalText.parse(type, text);
					} catch (IllegalArgumentException e) {
						error(report, TrialConstraint.PROTOCOL_CODE_LIST, codeList,
								"is a " + type.getLiteral() + " code list but code " + e.getMessage(), code);
					}
				}
			}
		}
	}

	private static void checkItem(Study study, ItemDefinition item, Report report) {
		if (item.isDerived() && item.getDerivation() == null) {
			error(report, TrialConstraint.PROTOCOL_DERIVED_ITEM, item, "is derived but has no derivation");
		} else if (!item.isDerived() && item.getDerivation() != null) {
			error(report, TrialConstraint.PROTOCOL_DERIVED_ITEM, item, "has derivation "
					+ item.getDerivation().getOid() + " but is not marked derived, so it would be typed as well",
					item.getDerivation());
		} else if (item.isDerived()) {
			for (String problem : DerivationSignature.problems(item)) {
				error(report, TrialConstraint.PROTOCOL_DERIVATION, item, problem, item.getDerivation());
			}
		}
		CodeList codeList = item.getCodeList();
		if (item.getDataType() == ItemDataType.CODE && codeList == null) {
			error(report, TrialConstraint.PROTOCOL_CODE_LIST, item, "is a code item without a code list");
		} else if (codeList != null && !inStudy(study, codeList)) {
			error(report, TrialConstraint.PROTOCOL_CODE_LIST, item,
					"refers to code list " + codeList.getOid() + " which is not defined in this protocol", codeList);
		}
		boolean ranged = item.isSetMin() || item.isSetMax();
		if (ranged && !CanonicalText.isNumeric(item)) {
			error(report, TrialConstraint.PROTOCOL_ITEM_RANGE, item,
					"has a minimum or maximum but is a " + item.getDataType().getLiteral() + " item");
		}
		if (item.isSetMin() && item.isSetMax() && item.getMin() != null && item.getMax() != null
				&& item.getMin().compareTo(item.getMax()) > 0) {
			error(report, TrialConstraint.PROTOCOL_ITEM_RANGE, item, "minimum " + item.getMin().toPlainString()
					+ " is above maximum " + item.getMax().toPlainString());
		}
		if (item.getDecimalPlaces() != null && item.getDecimalPlaces() < 0) {
			error(report, TrialConstraint.PROTOCOL_ITEM_RANGE, item,
					"has " + item.getDecimalPlaces() + " decimal places");
		}
	}

	private static void checkVisits(Study study, Report report) {
		for (VisitDefinition visit : study.getVisits()) {
			for (FormDefinition form : visit.getForms()) {
				if (!inStudy(study, form)) {
					error(report, TrialConstraint.PROTOCOL_VISIT_FORM, visit, "collects form "
							+ (form.eIsProxy() ? EcoreUtil.getURI(form).toString() : form.getOid())
							+ " which is not defined in this protocol", form);
				}
			}
			if (visit.getWindowBeforeDays() < 0 || visit.getWindowAfterDays() < 0) {
				error(report, TrialConstraint.PROTOCOL_VISIT_WINDOW, visit, "window -" + visit.getWindowBeforeDays()
						+ "/+" + visit.getWindowAfterDays() + " days has a negative side");
			}
		}
	}

	private static void checkEditChecks(Study study, Report report) {
		for (EditCheck check : study.getEditChecks()) {
			if (check instanceof ComparisonCheck comparison) {
				checkComparison(study, check, comparison.getAssertion(), report);
			} else if (check instanceof ConditionalRequiredCheck conditional) {
				checkComparison(study, check, conditional.getWhen(), report);
				for (ItemDefinition required : conditional.getRequiredItems()) {
					if (!inStudy(study, required)) {
						error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check,
								"requires " + ItemLabel.of(required) + " which is not an item of this protocol", required);
					}
				}
			}
		}
	}

	private static void checkComparison(Study study, EditCheck check, Comparison comparison, Report report) {
		if (comparison == null || comparison.getItem() == null) {
			return; // the missing comparison or item is reported by EMF's multiplicity check
		}
		ItemDefinition item = comparison.getItem();
		if (!inStudy(study, item)) {
			error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check,
					"compares " + ItemLabel.of(item) + " which is not an item of this protocol", item);
			return;
		}
		if (comparison.getOtherItem() != null) {
			if (!inStudy(study, comparison.getOtherItem())) {
				error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check, "compares with "
						+ ItemLabel.of(comparison.getOtherItem()) + " which is not an item of this protocol",
						comparison.getOtherItem());
			} else if (CanonicalText.effectiveType(item) != CanonicalText.effectiveType(comparison.getOtherItem())) {
				error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check, "compares " + ItemLabel.of(item) + " ("
						+ CanonicalText.effectiveType(item).getLiteral() + ") with " + ItemLabel.of(comparison.getOtherItem())
						+ " (" + CanonicalText.effectiveType(comparison.getOtherItem()).getLiteral() + ")",
						comparison.getOtherItem());
			}
		} else if (comparison.getValue() == null) {
			error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check,
					"compares " + ItemLabel.of(item) + " with neither a value nor another item");
		} else {
			try {
				CanonicalText.parse(CanonicalText.effectiveType(item), comparison.getValue());
			} catch (IllegalArgumentException e) {
				error(report, TrialConstraint.PROTOCOL_EDIT_CHECK, check,
						"compares " + ItemLabel.of(item) + " with " + e.getMessage(), item);
			}
		}
	}

	private static boolean hasCode(CodeList codeList, String code) {
		for (CodeListItem item : codeList.getItems()) {
			if (code.equals(item.getCode())) {
				return true;
			}
		}
		return false;
	}

	private static boolean inStudy(Study study, EObject element) {
		return element != null && !element.eIsProxy() && EcoreUtil.getRootContainer(element) == study;
	}

	private static String name(ProtocolElement element) {
		return element.getName() != null ? element.getOid() + " (" + element.getName() + ")" : element.getOid();
	}

	private static void error(Report report, TrialConstraint constraint, EObject target, String problem,
			Object... related) {
		report.add(constraint, Diagnostic.ERROR, RecordLocation.of(target), problem, target, related);
	}
}
