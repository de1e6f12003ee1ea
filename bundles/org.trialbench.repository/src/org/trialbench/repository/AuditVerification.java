package org.trialbench.repository;

import java.util.Optional;

/** Result of checking the audit hash chain: how many entries were checked and the first broken one, if any. */
public record AuditVerification(long entriesChecked, Optional<Long> firstBrokenSequence, String problem) {
	public boolean intact() {
		return firstBrokenSequence.isEmpty();
	}
}
