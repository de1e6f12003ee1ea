package org.trialbench.ui.forms;

import java.util.List;

import org.trialbench.clinical.ItemValue;
import org.trialbench.protocol.ItemDefinition;

/**
 * One line of a form as the form view shows it: the item's question, its value formatted for reading, unit,
 * missing code, SDV state, open queries, whether it is derived (computed, never typed), and what validation
 * found. {@code value} is null when nothing was recorded for the item.
 */
public record ItemRow(ItemDefinition item, ItemValue value, String question, String valueText, String unit,
		String missing, String sdv, int openQueries, boolean derived, List<Finding> findings) {

	public int severity() {
		return Finding.worst(findings);
	}

	/** The findings' messages, worst first, one line each. */
	public String findingsText() {
		return String.join("\n", findings.stream()
				.sorted((a, b) -> Integer.compare(b.severity(), a.severity())).map(Finding::message).toList());
	}
}
