package org.trialbench.adjudication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.Signature;

/**
 * The 21 CFR Part 11 binding of a signature to the review it signs: a SHA-256 of the review's canonical content (the
 * case, the review's identity, round, decision and rationale, one per line). Who signed, when and with what meaning
 * are fields of the signature itself, written once with the review and audited.
 */
public final class ReviewSignature {

	private ReviewSignature() {
	}

	public static String canonicalContent(String caseId, AdjudicationReview review) {
		return caseId + '\n' + review.getId() + '\n' + review.getRound() + '\n'
				+ (review.getDecision() == null ? "" : review.getDecision().getLiteral()) + '\n' + review.getRationale()
				+ '\n';
	}

	public static String hash(String caseId, AdjudicationReview review) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonicalContent(caseId, review)
					.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Whether the review carries a signature by its own adjudicator that matches what the review now says. */
	public static boolean verifies(String caseId, AdjudicationReview review) {
		Signature signature = review.getSignature();
		return signature != null && signature.getSigner() != null && review.getAdjudicator() != null
				&& signature.getSigner().getId().equals(review.getAdjudicator().getId()) && signature.getSignedAt() != null
				&& signature.getMeaning() != null && hash(caseId, review).equals(signature.getRecordHash());
	}
}
