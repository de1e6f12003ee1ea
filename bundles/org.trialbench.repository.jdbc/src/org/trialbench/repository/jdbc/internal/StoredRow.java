package org.trialbench.repository.jdbc.internal;

import java.util.List;

import org.trialbench.repository.StoredObject;

/**
 * A stored object as read from a row or a lock's record, its feature text ({@link StateText}) kept as it is: the
 * features a reader asks for are unescaped when it asks, the others never.
 */
record StoredRow(String id, String type, String parentId, String containerFeature, int ordinal, String subjectId,
		String siteId, boolean revealsAllocation, String state) implements StoredObject, SubjectRow {

	@Override
	public String[] features(List<String> names) {
		return StateText.values(state, names);
	}
}
