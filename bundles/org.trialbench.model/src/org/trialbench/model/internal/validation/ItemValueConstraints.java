package org.trialbench.model.internal.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.CanonicalText;
import org.trialbench.model.derivation.EckardtScore;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/**
 * Checks one entered value against its item definition: type, Eckardt grade, range, decimal places, code list, and a
 * value that also carries a missing code. Derived items are left to {@link FormRecordConstraints}, which compares
 * them with their derivation.
 */
public final class ItemValueConstraints {
	private static final int LISTED_CODES = 12;

	private ItemValueConstraints() {
	}

	public static void check(ItemValue value, ProtocolIndex protocol, Report report) {
		ItemDefinition item = value.getDefinition();
		String text = value.getValue();
		if (item == null || item.eIsProxy() || item.isDerived() || text == null || text.isBlank()) {
			return;
		}
		RecordLocation location = RecordLocation.of(value);
		if (value.getMissingCode() != null && value.getMissingCode() != MissingCode.NONE) {
			report.add(TrialConstraint.ITEM_VALUE_WITH_MISSING_CODE, Diagnostic.WARNING, location,
					"has the value '" + text + "' and the missing code " + value.getMissingCode().getLiteral()
							+ "; keep one of them",
					value, item);
		}
		ItemDataType type = CanonicalText.effectiveType(item);
		Comparable<?> parsed;
		try {
			parsed = CanonicalText.parse(type, text);
		} catch (IllegalArgumentException e) {
			report.add(TrialConstraint.ITEM_TYPE, Diagnostic.ERROR, location, "value " + e.getMessage(), value, item);
			return;
		}
		if (protocol.isEckardtItem(item) && !isEckardtGrade(parsed)) {
			// reported instead of range and code list: one error for one wrong grade
			report.add(TrialConstraint.ITEM_ECKARDT_GRADE, Diagnostic.ERROR, location, "value " + text + " is outside "
					+ EckardtScore.ITEM_MIN + "–" + EckardtScore.ITEM_MAX, value, item);
			return;
		}
		if (parsed instanceof BigDecimal number) {
			checkRange(value, item, number, location, report);
			checkDecimalPlaces(value, item, number, location, report);
		}
		checkCodeList(value, item, text, location, report);
	}

	private static boolean isEckardtGrade(Comparable<?> parsed) {
		if (!(parsed instanceof BigDecimal number) || number.scale() > 0) {
			return false;
		}
		return number.compareTo(BigDecimal.valueOf(EckardtScore.ITEM_MIN)) >= 0
				&& number.compareTo(BigDecimal.valueOf(EckardtScore.ITEM_MAX)) <= 0;
	}

	private static void checkRange(ItemValue value, ItemDefinition item, BigDecimal number, RecordLocation location,
			Report report) {
		BigDecimal min = item.isSetMin() ? item.getMin() : null;
		BigDecimal max = item.isSetMax() ? item.getMax() : null;
		boolean below = min != null && number.compareTo(min) < 0;
		boolean above = max != null && number.compareTo(max) > 0;
		if (!below && !above) {
			return;
		}
		String unit = item.getUnit() != null && !item.getUnit().isBlank() ? " " + item.getUnit() : "";
		String problem;
		if (min != null && max != null) {
			problem = "value " + number.toPlainString() + " is outside " + min.toPlainString() + "–" + max.toPlainString()
					+ unit;
		} else if (below) {
			problem = "value " + number.toPlainString() + " is below the minimum " + min.toPlainString() + unit;
		} else {
			problem = "value " + number.toPlainString() + " is above the maximum " + max.toPlainString() + unit;
		}
		report.add(TrialConstraint.ITEM_RANGE, Diagnostic.ERROR, location, problem, value, item);
	}

	private static void checkDecimalPlaces(ItemValue value, ItemDefinition item, BigDecimal number,
			RecordLocation location, Report report) {
		Integer places = item.getDecimalPlaces();
		if (CanonicalText.effectiveType(item) != ItemDataType.DECIMAL || places == null || number.scale() <= places) {
			return;
		}
		report.add(TrialConstraint.ITEM_DECIMAL_PLACES, Diagnostic.ERROR, location, "value " + number.toPlainString()
				+ " has " + number.scale() + " decimal places; at most " + places + " allowed", value, item);
	}

	private static void checkCodeList(ItemValue value, ItemDefinition item, String text, RecordLocation location,
			Report report) {
		CodeList codeList = item.getCodeList();
		if (codeList == null || codeList.eIsProxy()) {
			return;
		}
		List<String> codes = new ArrayList<>();
		for (CodeListItem code : codeList.getItems()) {
			if (text.equals(code.getCode())) {
				return;
			}
			codes.add(code.getCode());
		}
		String listed = codes.size() <= LISTED_CODES ? " (" + String.join(", ", codes) + ")" : "";
		report.add(TrialConstraint.ITEM_CODE_LIST, Diagnostic.ERROR, location,
				"value '" + text + "' is not in code list " + codeList.getOid() + listed, value, item, codeList);
	}
}
