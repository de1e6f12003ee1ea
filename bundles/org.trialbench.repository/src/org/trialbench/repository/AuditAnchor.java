package org.trialbench.repository;

import java.util.HexFormat;

/**
 * A point of the audit trail's hash chain kept outside the database: the sequence of one entry and the chain's hash
 * at that entry. Someone with the database owner's rights could change entries and recompute an unkeyed chain, but
 * not the copies of its head that data locks, exported workbooks and ODM files carry: verifying the chain up to an
 * anchor proves that no entry up to it was changed since.
 *
 * @param sequence the audit entry the anchor points at (0 for the genesis of an empty trail)
 * @param hash the chain's SHA-256 hash at that entry, 64 lower-case hex digits
 */
public record AuditAnchor(long sequence, String hash) {

	public AuditAnchor {
		if (sequence < 0) {
			throw new IllegalArgumentException("An audit anchor's entry cannot be negative: " + sequence);
		}
		if (hash == null || hash.length() != 64 || !hash.chars().allMatch(HexFormat::isHexDigit)) {
			throw new IllegalArgumentException("An audit anchor's hash is 64 hex digits, not '" + hash + "'");
		}
		hash = hash.toLowerCase(java.util.Locale.ROOT);
	}

	/** Reads an anchor from its two written parts (as an export stores them), naming what is wrong. */
	public static AuditAnchor parse(String sequence, String hash) {
		if (sequence == null || hash == null) {
			throw new IllegalArgumentException("the audit anchor is missing (entry " + sequence + ", hash " + hash + ")");
		}
		try {
			return new AuditAnchor(Long.parseLong(sequence.trim()), hash.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the audit anchor's entry is not a number: '" + sequence + "'", e);
		}
	}
}
