package org.trialbench.repository;

import java.time.Instant;
import java.time.LocalDate;

import org.trialbench.clinical.SdvState;

/**
 * What a worklist shows of a record that a monitor verifies as a whole rather than item by item: a subject's consent
 * (type {@code Subject}: date is the consent date, description the consent version) or an adverse event (type
 * {@code AdverseEvent}: date is the onset, description the verbatim term). {@code verifiedBy} is the verifying
 * user's id; {@code unresolvedQueries} counts the record's queries that wait for an answer or a decision.
 */
public record VerifiedRecordHeader(String id, String type, String subjectId, String screeningNumber, String siteId,
		String siteCode, LocalDate date, String description, boolean serious, SdvState sdvState, String verifiedBy,
		Instant verifiedAt, int unresolvedQueries) {

	public static final String CONSENT = "Subject";
	public static final String ADVERSE_EVENT = "AdverseEvent";
}
