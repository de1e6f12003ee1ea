package org.trialbench.monitoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** The queries a site has to answer (open or re-opened), oldest first. */
public final class SiteInbox {

	private SiteInbox() {
	}

	public static List<QueryHeader> of(TrialSession session, String siteId) throws StoreException {
		return of(session.queries(siteId));
	}

	public static List<QueryHeader> of(List<QueryHeader> queries) {
		return queries.stream().filter(q -> QueryLifecycle.awaitsSite(q.status()))
				.sorted(Comparator.comparing(QueryHeader::raisedAt, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	/** Queries that are not settled (open, answered, re-opened), oldest first: what a monitor follows up. */
	public static List<QueryHeader> unresolved(List<QueryHeader> queries) {
		return queries.stream().filter(q -> QueryLifecycle.unresolved(q.status()))
				.sorted(Comparator.comparing(QueryHeader::raisedAt, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	public static long oldestDays(List<QueryHeader> queries, Instant now) {
		return queries.stream().mapToLong(q -> QueryAging.ageDays(q, now)).max().orElse(0);
	}
}
