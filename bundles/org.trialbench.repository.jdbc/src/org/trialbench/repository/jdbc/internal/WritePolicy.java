package org.trialbench.repository.jdbc.internal;

import java.util.Set;

import org.trialbench.clinical.Role;

/**
 * What each role may change, checked for every changed value before a commit is written. Monitors verify and
 * query but never edit clinical data; investigators enter data at their own sites but never verify it; safety
 * staff own adverse events; adjudicators write their reviews; administrators keep sites and users.
 */
public final class WritePolicy {

	private static final Set<String> SDV_FEATURES = Set.of("sdvState", "verifiedBy", "verifiedAt");
	private static final Set<String> QUERY_TYPES = Set.of("Query", "QueryMessage");
	private static final Set<String> SAFETY_TYPES = Set.of("AdverseEvent", "MeddraCoding");
	private static final Set<String> TRIAL_TYPES = Set.of("Trial", "Site", "User");
	private static final Set<String> ADJUDICATION_TYPES = Set.of("AdjudicationCase", "AdjudicationReview", "Signature");
	/** What an adjudicator's submission moves on a case: the workflow state, never the subject or endpoint. */
	private static final Set<String> CASE_PROGRESS = Set.of("status", "finalDecision", "resolution", "closedAt");
	/** Signed once, never changed: a correction is a new signed review (21 CFR Part 11). */
	private static final Set<String> WRITE_ONCE_TYPES = Set.of("AdjudicationReview", "Signature");
	private static final String CREATED = "(created)";

	private WritePolicy() {
	}

	/**
	 * Null when one of the roles allows the change, otherwise why not (for the access-denied message).
	 *
	 * @param feature the changed feature, or {@code (created)} / {@code (deleted)}
	 */
	public static String refusal(Set<Role> roles, Set<String> userSites, ObjectRow row, String feature) {
		if (WRITE_ONCE_TYPES.contains(row.type()) && row.subjectId() == null && !feature.equals(CREATED)) {
			return "not allowed to change " + feature + " of a signed " + row.type()
					+ ": signed decisions are corrected by a new signed review, never edited";
		}
		for (Role role : roles) {
			if (allows(role, userSites, row, feature)) {
				return null;
			}
		}
		return "a user with the roles " + roles + " may not change " + feature + " of a " + row.type();
	}

	private static boolean allows(Role role, Set<String> userSites, ObjectRow row, String feature) {
		String type = row.type();
		boolean atOwnSite = row.siteId() != null && userSites.contains(row.siteId());
		return switch (role) {
		case INVESTIGATOR -> atOwnSite && !SDV_FEATURES.contains(feature) && !TRIAL_TYPES.contains(type)
				&& !ADJUDICATION_TYPES.contains(type);
		case MONITOR -> atOwnSite && (QUERY_TYPES.contains(type) || (type.equals("ItemValue")
				&& SDV_FEATURES.contains(feature)));
		case SAFETY -> row.subjectId() != null && (SAFETY_TYPES.contains(type) || QUERY_TYPES.contains(type));
		case DATA_MANAGER -> QUERY_TYPES.contains(type);
		case ADJUDICATOR -> type.equals("AdjudicationCase") ? CASE_PROGRESS.contains(feature)
				: ADJUDICATION_TYPES.contains(type);
		case ADMINISTRATOR -> TRIAL_TYPES.contains(type) || ADJUDICATION_TYPES.contains(type);
		case STATISTICIAN, WRITING_COMMITTEE -> false;
		};
	}

	/**
	 * Null when a new row does not claim someone else's authorship, otherwise why not: a review is written by its
	 * adjudicator and a review's signature by its signer, never on another user's behalf.
	 */
	public static String authorship(String userId, ObjectRow created) {
		if (created.subjectId() != null) {
			return null;
		}
		String author = switch (created.type()) {
		case "AdjudicationReview" -> created.state().get("adjudicator");
		case "Signature" -> created.state().get("signer");
		default -> userId;
		};
		return userId.equals(author) ? null
				: "not allowed to create a " + created.type() + " in the name of another user (" + author + ")";
	}
}
