package org.trialbench.repository.jdbc.internal;

import java.util.Set;

import org.trialbench.clinical.Role;

/**
 * What each role may change, checked for every changed value before a commit is written. Monitors verify and
 * query but never edit clinical data; investigators enter data at their own sites but never verify it; safety
 * staff own adverse events; investigators answer queries but never close or re-open them; adjudicators write their reviews; administrators keep sites and users.
 * A form's signature is the site's: investigators at the site sign a form and withdraw its signature (a
 * withdrawal deletes the signature row with the commit's reason, so the audit trail keeps who signed when, and who
 * withdrew it when and why); nobody edits a signature. Who of the site's investigators may do it is
 * {@link #signOffRefusal}'s rule. The server store's {@code tb_refusal} (schema 15) applies the same rules. What a
 * standing signature covers does not change until it is withdrawn ({@link #signedFormRefusal}, schema 17).
 */
public final class WritePolicy {

	private static final Set<String> SDV_FEATURES = Set.of("sdvState", "verifiedBy", "verifiedAt");
	/** What a monitor verifies: item values, a subject's consent record and adverse events. */
	private static final Set<String> SDV_TYPES = Set.of("ItemValue", "Subject", "AdverseEvent");
	private static final Set<String> QUERY_TYPES = Set.of("Query", "QueryMessage");
	private static final Set<String> SAFETY_TYPES = Set.of("AdverseEvent", "MeddraCoding");
	/** Query statuses and message kinds that close or re-open a query (the literals are the same). */
	private static final Set<String> QUERY_DECISIONS = Set.of("closed", "close", "reopened", "reopen");
	private static final Set<String> TRIAL_TYPES = Set.of("Trial", "Site", "User");
	private static final Set<String> ADJUDICATION_TYPES = Set.of("AdjudicationCase", "AdjudicationReview", "Signature");
	/** What an adjudicator's submission moves on a case: the workflow state, never the subject or endpoint. */
	private static final Set<String> CASE_PROGRESS = Set.of("status", "finalDecision", "resolution", "closedAt");
	/** Signed once, never changed: a correction is a new signed review (21 CFR Part 11). */
	private static final Set<String> WRITE_ONCE_TYPES = Set.of("AdjudicationReview", "Signature");
	private static final String CREATED = "(created)";
	private static final String DELETED = "(deleted)";

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
		if (formSignature(row) && !feature.equals(CREATED) && !feature.equals(DELETED)) {
			return "not allowed to change " + feature + " of a form's signature: a signature is withdrawn with a "
					+ "reason and the form signed again, never edited";
		}
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
				&& (!ADJUDICATION_TYPES.contains(type) || formSignature(row)) && !decidesQuery(row, feature);
		case MONITOR -> atOwnSite && (QUERY_TYPES.contains(type) || (SDV_TYPES.contains(type)
				&& SDV_FEATURES.contains(feature)));
		case SAFETY -> row.subjectId() != null && !SDV_FEATURES.contains(feature)
				&& (SAFETY_TYPES.contains(type) || QUERY_TYPES.contains(type));
		case DATA_MANAGER -> QUERY_TYPES.contains(type);
		case ADJUDICATOR -> type.equals("AdjudicationCase") ? CASE_PROGRESS.contains(feature)
				: ADJUDICATION_TYPES.contains(type) && !formSignature(row);
		case ADMINISTRATOR -> TRIAL_TYPES.contains(type) || (ADJUDICATION_TYPES.contains(type) && !formSignature(row));
		case STATISTICIAN, WRITING_COMMITTEE -> false;
		};
	}

	/** A form's signature (under a subject's form), as opposed to an adjudication decision's. */
	private static boolean formSignature(ObjectRow row) {
		return row.type().equals("Signature") && row.subjectId() != null;
	}

	/**
	 * Null when this user may sign or withdraw a form's signature, otherwise why not; null for every other row and
	 * in a data import (which carries the source's signatures). 21 CFR Part 11 binds a signature to its signer:
	 * the site's principal investigator, who is responsible for the site's data, signs its forms, and only the
	 * signer or the site's principal investigator withdraws a signature (never a monitor, an administrator or
	 * another investigator). The server store's schema 15 checks the same in a trigger.
	 *
	 * @param principalInvestigator the user id of the form's site's principal investigator, null when none
	 */
	public static String signOffRefusal(String userId, ObjectRow row, String feature, String principalInvestigator,
			boolean dataImport) {
		if (dataImport || !formSignature(row)) {
			return null;
		}
		if (feature.equals(CREATED)) {
			return userId.equals(principalInvestigator) ? null
					: "not the principal investigator of the form's site: only the principal investigator signs a "
							+ "site's forms";
		}
		if (feature.equals(DELETED)) {
			return userId.equals(principalInvestigator) || userId.equals(row.state().get("signer")) ? null
					: "neither the signer nor the principal investigator of the form's site: only they withdraw a "
							+ "form's signature";
		}
		return null;
	}

	/**
	 * A form's signature as it stood when a commit began, with what a refusal names: the form (definition and
	 * subject), the signer and the time of signing.
	 *
	 * @param withdrawnHere whether the commit withdraws this signature (deletes its row)
	 */
	public record StandingSignature(String signatureId, String form, String signer, String signedAt,
			boolean withdrawnHere) {
	}

	/**
	 * Null when the change may be written under a form whose signature stood when the commit began, otherwise why
	 * not (21 CFR Part 11: what was signed stays as it was signed until the signature is withdrawn). Under such a
	 * form nothing changes but the verification of its item values (a monitor verifies signed forms) and, in the
	 * commit that withdraws the signature, the form's status (never to signed); no item value or second signature
	 * is added, none is removed, and the form is not deleted. Queries hang under the item values and stay open.
	 * The correction path is the signature's withdrawal with a reason in a commit of its own, then the correction,
	 * then a new signature. The server store's schema 17 ({@code tb_signed_form_refusal}) applies the same rule.
	 *
	 * @param row       an item value, a form record, or a row created under the form (its new state)
	 * @param feature   the changed feature, or {@code (created)} / {@code (deleted)}
	 * @param signature the form's standing signature, null when the form was not signed when the commit began
	 */
	public static String signedFormRefusal(ObjectRow row, String feature, StandingSignature signature) {
		if (signature == null) {
			return null;
		}
		String action;
		switch (row.type()) {
		case "ItemValue" -> {
			if (SDV_FEATURES.contains(feature)) {
				return null;
			}
			String item = row.state().getOrDefault("definition", row.id());
			action = feature.equals(CREATED) ? "add a value of " + item + " to"
					: feature.equals(DELETED) ? "remove the value of " + item + " from"
							: "change " + feature + " of " + item + " on";
		}
		case "FormRecord" -> {
			if (feature.equals("status") && signature.withdrawnHere()
					&& !"signed".equals(row.state().get("status"))) {
				return null;
			}
			action = feature.equals(DELETED) ? "delete" : feature.equals(CREATED) ? "create" : "change " + feature
					+ " of";
		}
		default -> {
			if (!feature.equals(CREATED)) {
				return null;
			}
			action = "add a " + row.type() + " to";
		}
		}
		return "not allowed to " + action + " form " + signature.form() + ": the form is signed by "
				+ signature.signer() + (signature.signedAt() == null ? "" : " at " + signature.signedAt())
				+ "; withdraw the signature first (the signer or the site's principal investigator, with a reason, in "
				+ "a commit of its own), then correct the form and sign it again";
	}

	/** Who may start a data import: a data manager or an administrator. */
	public static boolean mayImport(Set<Role> roles) {
		return roles.contains(Role.DATA_MANAGER) || roles.contains(Role.ADMINISTRATOR);
	}

	/**
	 * Null when a data import may write the change, otherwise why not. An import carries records kept in another
	 * system into subjects' records, so it writes at every site what each site's investigators, monitors and
	 * safety staff would have entered there (including the source's verification state and form signatures, as
	 * the source recorded them); the audit trail names the importer and the reason. It never removes a record,
	 * never touches trial set-up, users or adjudication, and a blinded importer never writes a record that reveals
	 * the allocation (the store would hide it from that user afterwards).
	 */
	public static String importRefusal(Set<Role> roles, boolean blinded, ObjectRow row, String feature) {
		if (!mayImport(roles)) {
			return "only a data manager or an administrator imports";
		}
		if (row.subjectId() == null) {
			return "only subjects' records are imported, never a " + row.type();
		}
		if (feature.equals("(deleted)")) {
			return "no record is removed";
		}
		if (blinded && row.revealsAllocation()) {
			return "a blinded user does not write a record that reveals the allocation";
		}
		return null;
	}

	/**
	 * Null when a new row does not claim someone else's authorship, otherwise why not: a review is written by its
	 * adjudicator and a signature (of a review or of a form) by its signer, never on another user's behalf. Only a
	 * data import carries subjects' form signatures as the source system recorded them. The server store's commit
	 * function applies the same rule (schema 12).
	 */
	public static String authorship(String userId, ObjectRow created, boolean dataImport) {
		if (dataImport && created.subjectId() != null) {
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
