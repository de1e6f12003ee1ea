package org.trialbench.app.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trialbench.clinical.Role;

/**
 * The perspective a user's work starts in: an adjudicator's inbox, a monitor's worklist, the safety desk, the
 * publication tables; investigators and data managers start in data entry. A user with several roles starts where
 * the first of them in this order leads, the rarer and more specific roles first, so that an investigator who also
 * adjudicates (at another site) does not miss the inbox. Administrators and statisticians without another role keep
 * whatever perspective is shown.
 */
public final class HomePerspective {
	static final String PREFIX = "org.trialbench.app.perspective.";

	private static final List<Map.Entry<Role, String>> ORDER = List.of(Map.entry(Role.ADJUDICATOR, "adjudication"),
			Map.entry(Role.SAFETY, "safety"), Map.entry(Role.MONITOR, "monitoring"),
			Map.entry(Role.WRITING_COMMITTEE, "publication"), Map.entry(Role.INVESTIGATOR, "dataentry"),
			Map.entry(Role.DATA_MANAGER, "dataentry"));

	private HomePerspective() {
	}

	/** The perspective id for these roles, or empty to leave the workbench as it is. */
	public static Optional<String> of(Collection<Role> roles) {
		for (Map.Entry<Role, String> entry : ORDER) {
			if (roles.contains(entry.getKey())) {
				return Optional.of(PREFIX + entry.getValue());
			}
		}
		return Optional.empty();
	}
}
