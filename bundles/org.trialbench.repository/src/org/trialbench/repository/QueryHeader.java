package org.trialbench.repository;

import java.time.Instant;

import org.trialbench.clinical.QueryStatus;

/**
 * What an inbox shows of one query without loading its subject's record: where it is attached (an item value or
 * another record, with the item's OID or the queried field), its status, who raised it and when, and its latest
 * message. User references are user ids.
 */
public record QueryHeader(String id, String subjectId, String screeningNumber, String siteId, String siteCode,
		String targetId, String targetType, String itemOidOrField, QueryStatus status, String raisedBy,
		Instant raisedAt, Instant lastMessageAt, String lastMessageBy, String lastMessageText, int messageCount) {
}
