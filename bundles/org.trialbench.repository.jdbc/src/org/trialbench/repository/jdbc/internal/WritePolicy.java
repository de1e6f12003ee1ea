package org.trialbench.repository.jdbc.internal;

import java.util.Set;

import org.trialbench.clinical.Role;

/**
 * What each role may change, checked for every changed value before a commit is written. Monitors verify and
 * query but never edit clinical data; investigators enter data at their own sites but never verify it; safety
 * staff own adverse events; investigators answer queries but never close or re-open them; adjudicators write their reviews; administrators keep sites and users.
 */
public final class WritePolicy {

	private static final Set<String> SDV_FEATURES = Set.of("sdvState", "verifiedBy", "verifiedAt");
	private static final Set<String> QUERY_TYPES = Set.of("Query", "QueryMessage");
	private static final Set<String> SAFETY_TYPES = Set.of("AdverseEvent", "MeddraCoding");
	/** Query statuses and message kinds that close or re-open a query (the literals are the same). */
	private static final Set<String> QUERY_DECISIONS = Set.of("closed", "close", "reopened", "reopen");
	private static final Set<String> TRIAL_TYPES = Set.of("Trial", "Site", "User");
	private static final Set<String> ADJUDICATION_TYPES = Set.of("AdjudicationCase", "AdjudicationReview", "Signature");

	private WritePolicy() {
	}

	/**
	 * Null when one of the roles allows the change, otherwise why not (for the access-denied message).
	 *
	 * @param feature the changed feature, or {@code (created)} / {@code (deleted)}
	 */
	public static String refusal(Set<Role> roles, Set<String> userSites, ObjectRow row, String feature) {
		for (Role role : roles) {
			if (allows(role, userSites, row, feature)) {
				return null;
			}
		}
		return "a user with the roles " + roles + " may not change " + feature + " of a " + row.type();
	}

	/**
	 * Whether the change closes or re-opens a query (its status, or a close/re-open message): the decision of
	 * whoever raised it, never of the site that answers it.
	 */
	private static boolean decidesQuery(ObjectRow row, String feature) {
		if (row.type().equals("Query") && (feature.equals("status") || feature.equals("(created)"))) {
			return QUERY_DECISIONS.contains(row.state().get("status"));
		}
		if (row.type().equals("QueryMessage") && !feature.equals("(deleted)")) {
			return QUERY_DECISIONS.contains(row.state().get("kind"));
		}
		return false;
	}

	private static boolean allows(Role role, Set<String> userSites, ObjectRow row, String feature) {
		String type = row.type();
		boolean atOwnSite = row.siteId() != null && userSites.contains(row.siteId());
		return switch (role) {
		case INVESTIGATOR -> atOwnSite && !SDV_FEATURES.contains(feature) && !TRIAL_TYPES.contains(type)
				&& !ADJUDICATION_TYPES.contains(type) && !decidesQuery(row, feature);
		case MONITOR -> atOwnSite && (QUERY_TYPES.contains(type) || (type.equals("ItemValue")
				&& SDV_FEATURES.contains(feature)));
		case SAFETY -> row.subjectId() != null && (SAFETY_TYPES.contains(type) || QUERY_TYPES.contains(type));
		case DATA_MANAGER -> QUERY_TYPES.contains(type);
		case ADJUDICATOR -> ADJUDICATION_TYPES.contains(type) && !type.equals("AdjudicationCase");
		case ADMINISTRATOR -> TRIAL_TYPES.contains(type) || ADJUDICATION_TYPES.contains(type);
		case STATISTICIAN, WRITING_COMMITTEE -> false;
		};
	}
}
