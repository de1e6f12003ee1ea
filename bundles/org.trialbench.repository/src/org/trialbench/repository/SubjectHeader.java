package org.trialbench.repository;

import java.time.LocalDate;

import org.trialbench.clinical.SubjectStatus;

/** What a list or navigator shows of a subject without loading its record. */
public record SubjectHeader(String id, String screeningNumber, String siteId, String siteCode, SubjectStatus status,
		LocalDate consentDate, String stratumOid, long version) {
}
