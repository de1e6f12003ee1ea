package org.trialbench.repository.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash chain: each entry's hash is SHA-256 over the previous entry's hash and every field of the
 * entry, so changing, inserting or deleting an entry breaks the chain from that entry on.
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);
	private static final char FIELD = '\u001f';
	private static final String NULL = "\u0000";

	private AuditChain() {
	}

	public static String hash(String previousHash, long sequence, long commitId, String username, Instant at,
			String reason, String objectId, String objectType, String feature, String oldValue, String newValue,
			String subjectId) {
		StringBuilder canonical = new StringBuilder(256).append(previousHash);
		for (Object field : new Object[] { sequence, commitId, username, at, reason, objectId, objectType, feature,
				oldValue, newValue, subjectId }) {
			canonical.append(FIELD).append(field == null ? NULL : field.toString());
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
		}
	}
}
