package org.trialbench.repository;

import java.time.LocalDate;

import org.trialbench.clinical.VisitStatus;

/** What a schedule or metric needs of one visit without loading its subject's record. */
public record VisitHeader(String id, String subjectId, String screeningNumber, String siteId, String visitOid,
		int occurrence, LocalDate date, VisitStatus status) {
}
