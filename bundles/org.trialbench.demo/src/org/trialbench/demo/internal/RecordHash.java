package org.trialbench.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;

/**
 * The SHA-256 that binds a demo signature to what was signed. The e-signature service will define the canonical
 * content of a record; until then the demo uses a simple line format: the record's id and definition, then one
 * "OID=value|missing code" line per item value in form order.
 */
final class RecordHash {
	private RecordHash() {
	}

	static String of(FormRecord form) {
		StringBuilder text = new StringBuilder();
		text.append(form.getId()).append('\n').append(form.getDefinition().getOid()).append('#')
				.append(form.getOccurrence()).append('\n');
		for (ItemValue value : form.getItemValues()) {
			text.append(value.getDefinition().getOid()).append('=').append(value.getValue() == null ? "" : value
					.getValue()).append('|').append(value.getMissingCode().getLiteral()).append('\n');
		}
		return sha256(text.toString());
	}

	static String of(String caseId, AdjudicationReview review) {
		return sha256(caseId + '\n' + review.getId() + '\n' + review.getRound() + '\n' + review.getDecision()
				.getLiteral() + '\n' + review.getRationale() + '\n');
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
