package org.trialbench.repository;

import java.time.Instant;
import java.time.LocalDate;

import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.SdvState;

/**
 * What a worklist shows of one item value without loading its subject's record: where it sits (site, subject,
 * visit, form, by id and protocol OID), the value, its source data verification and how many of its queries wait
 * for an answer or a decision (status open, answered or re-opened). {@code verifiedBy} is the verifying user's id.
 */
public record ItemValueHeader(String id, String subjectId, String screeningNumber, String siteId, String siteCode,
		String visitId, String visitOid, int visitOccurrence, LocalDate visitDate, String formId, String formOid,
		String itemOid, String value, MissingCode missingCode, SdvState sdvState, String verifiedBy,
		Instant verifiedAt, int unresolvedQueries) {
}
