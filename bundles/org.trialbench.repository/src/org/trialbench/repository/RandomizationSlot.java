package org.trialbench.repository;

import java.time.Instant;

/**
 * One entry of a randomization list: the stratum, its position in the stratum's sequence (from 1), the permuted
 * block it belongs to (block number and size), the arm code, and once used the subject, user and time.
 */
public record RandomizationSlot(String stratum, int sequence, int block, int blockSize, String armCode,
		String subjectId, String usedBy, Instant usedAt) {

	public boolean used() {
		return subjectId != null;
	}

	/** The randomization number written on the allocation, e.g. "DES-007". */
	public String randomizationNumber() {
		return number(stratum, sequence);
	}

	public static String number(String stratum, int sequence) {
		return String.format("%s-%03d", stratum, sequence);
	}
}
