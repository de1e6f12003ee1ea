package org.trialbench.adjudication;

import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.protocol.DisagreementResolution;

/**
 * How a case, its state and a decision read for people. The model's literals (`endpointNotMet`) stay in files for the
 * analysis; screens and the signature statement, which the signer reads before re-authenticating, speak in words. A
 * case is named by what it is about (endpoint, time point, subject); its identifier appears only as a short reference,
 * enough to find it in the audit trail.
 */
public final class CaseWording {

	private CaseWording() {
	}

	public static String decision(AdjudicationDecision decision) {
		if (decision == null) {
			return "no decision";
		}
		return switch (decision) {
		case ENDPOINT_MET -> "Endpoint met";
		case ENDPOINT_NOT_MET -> "Endpoint not met";
		case INDETERMINATE -> "Indeterminate";
		};
	}

	public static String status(AdjudicationStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
		case PENDING -> "Pending";
		case IN_REVIEW -> "In review";
		case AGREED -> "Agreed";
		case DISAGREEMENT -> "Disagreement";
		case RESOLVED -> "Resolved";
		case CANCELLED -> "Cancelled";
		};
	}

	public static String resolution(DisagreementResolution resolution) {
		if (resolution == null) {
			return "";
		}
		return switch (resolution) {
		case CONSENSUS -> "Consensus";
		case THIRD_ADJUDICATOR -> "Third adjudicator";
		};
	}

	/**
	 * Words for a model literal as the export writes it ("endpointNotMet", "inReview", "thirdAdjudicator"); a text
	 * that is no such literal comes back unchanged.
	 */
	public static String ofLiteral(String literal) {
		if (literal == null || literal.isEmpty()) {
			return "";
		}
		AdjudicationDecision decision = AdjudicationDecision.get(literal);
		if (decision != null) {
			return decision(decision);
		}
		AdjudicationStatus status = AdjudicationStatus.get(literal);
		if (status != null) {
			return status(status);
		}
		DisagreementResolution resolution = DisagreementResolution.get(literal);
		return resolution != null ? resolution(resolution) : literal;
	}

	/** The meaning as 21 CFR 11.50(a)(3) wants it shown: what the signer declares by signing. */
	public static String meaning(SignatureMeaning meaning) {
		if (meaning == null) {
			return "";
		}
		return switch (meaning) {
		case AUTHORSHIP -> "Authorship: this is my decision";
		case REVIEW -> "Review: I have reviewed this decision";
		case APPROVAL -> "Approval: I approve this decision";
		case RESPONSIBILITY -> "Responsibility: I take responsibility for this decision";
		};
	}

	/** The first block of the case identifier: short, and still unique enough to look the case up. */
	public static String reference(String caseId) {
		if (caseId == null || caseId.isBlank()) {
			return "";
		}
		int dash = caseId.indexOf('-');
		String head = dash > 0 ? caseId.substring(0, dash) : caseId;
		return head.length() > 8 ? head.substring(0, 8) : head;
	}

	/**
	 * "Primary response at Month 12, subject 01-007"; "Primary response: re-intervention at Unscheduled, subject
	 * 01-007" for a suspected treatment failure; without the visit when the case has none.
	 */
	public static String title(AdjudicationPacket packet) {
		StringBuilder title = new StringBuilder(packet.endpoint() == null ? "Case" : packet.endpoint());
		if (packet.timePoint() != null && !packet.timePoint().isBlank()) {
			title.append(packet.reintervention() ? ": re-intervention at " : " at ").append(packet.timePoint());
		}
		if (packet.subject() != null && !packet.subject().isBlank()) {
			title.append(", subject ").append(packet.subject());
		}
		return title.toString();
	}

	/**
	 * What the signer reads and signs: the signer's printed name, the decision, the case in words with its reference,
	 * and the meaning of the signature.
	 */
	public static String signatureStatement(String signerName, AdjudicationDecision decision,
			AdjudicationPacket packet, SignatureMeaning meaning) {
		return "I, " + signerName + ", sign the decision \"" + decision(decision) + "\" on the adjudication of "
				+ title(packet) + " (case " + reference(packet.caseId()) + ").\nMeaning of this signature: "
				+ meaning(meaning) + ".";
	}
}
