package org.trialbench.repository;

import java.util.List;

/**
 * A commit refused because another commit changed the same values since they were loaded. Each conflict names
 * the value with the version this user started from, this user's value, and the value now stored.
 */
public class ConflictException extends StoreException {
	private static final long serialVersionUID = 1L;

	public record Conflict(String objectId, String objectLabel, String feature, String baseValue, String yourValue,
			String storedValue, String storedBy) {
	}

	private final List<Conflict> conflicts;

	public ConflictException(List<Conflict> conflicts) {
		super(describe(conflicts));
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	private static String describe(List<Conflict> conflicts) {
		StringBuilder text = new StringBuilder("Another user changed ");
		text.append(conflicts.size() == 1 ? "this value" : conflicts.size() + " of these values")
				.append(" since you opened it; nothing was saved.");
		for (Conflict c : conflicts) {
			text.append(" ").append(c.objectLabel()).append(" ").append(c.feature()).append(": yours '")
					.append(c.yourValue()).append("', stored '").append(c.storedValue()).append("' by ")
					.append(c.storedBy()).append('.');
		}
		return text.toString();
	}
}
