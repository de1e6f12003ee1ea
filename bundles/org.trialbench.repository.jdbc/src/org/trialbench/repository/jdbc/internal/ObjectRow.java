package org.trialbench.repository.jdbc.internal;

import java.util.Map;

/**
 * One clinical object as the store holds it: where it sits (parent, containment feature, position), whom it
 * belongs to (subject, site), whether it reveals the allocation, and its feature texts.
 */
public record ObjectRow(String id, String type, String parentId, String containerFeature, int ordinal,
		String subjectId, String siteId, boolean revealsAllocation, Map<String, String> state) implements SubjectRow {

	public String stateText() {
		return StateText.encode(state);
	}
}
