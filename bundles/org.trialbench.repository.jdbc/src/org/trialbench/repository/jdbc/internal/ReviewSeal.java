package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Independence of adjudication reviews, kept in the store: an adjudicator's review of a case (and the signature
 * under it) is sealed to that case and its author. Another adjudicator sees it only after submitting an own review
 * of the same case, so nobody can learn a colleague's decision before deciding. The seal is two columns of the
 * object row and of its audit entries (schema 6); the embedded store applies it in {@link JdbcTrialSession}, the
 * PostgreSQL server with row-level security.
 *
 * @param caseId the adjudication case the sealed row belongs to
 * @param ownerId the user id of the review's adjudicator
 */
public record ReviewSeal(String caseId, String ownerId) {

	static final String REVIEW = "AdjudicationReview";
	private static final String SIGNATURE = "Signature";

	/** Seals of the rows one commit writes, so that a signature written with its review finds the review's seal. */
	public static final class Ledger {
		private final Connection connection;
		private final Map<String, ReviewSeal> known = new HashMap<>();

		public Ledger(Connection connection) {
			this.connection = connection;
		}

		/** The seal of a row, or null when the row is not part of a review. */
		public ReviewSeal of(ObjectRow row) throws SQLException {
			ReviewSeal seal = null;
			if (row.type().equals(REVIEW)) {
				seal = new ReviewSeal(row.parentId(), row.state().get("adjudicator"));
			} else if (row.type().equals(SIGNATURE) && row.parentId() != null && row.subjectId() == null) {
				seal = known.containsKey(row.parentId()) ? known.get(row.parentId()) : stored(row.parentId());
			}
			if (seal != null) {
				known.put(row.id(), seal);
			}
			return seal;
		}

		private ReviewSeal stored(String id) throws SQLException {
			try (PreparedStatement query = connection
					.prepareStatement("SELECT sealed_case, sealed_owner FROM clinical_object WHERE id = ?")) {
				query.setString(1, id);
				try (ResultSet rs = query.executeQuery()) {
					return rs.next() && rs.getString(1) != null ? new ReviewSeal(rs.getString(1), rs.getString(2)) : null;
				}
			}
		}
	}

	/** Whether a viewer may see a row with the given seal columns. */
	static boolean open(String sealedCase, String sealedOwner, boolean viewerIsAdjudicator, String viewerId,
			Set<String> casesReviewedByViewer) {
		return sealedCase == null || !viewerIsAdjudicator || viewerId.equals(sealedOwner)
				|| casesReviewedByViewer.contains(sealedCase);
	}
}
