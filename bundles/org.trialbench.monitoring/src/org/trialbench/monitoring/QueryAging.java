package org.trialbench.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.trialbench.repository.QueryHeader;

/**
 * How long unresolved queries have been waiting: whole days since they were raised, in the buckets monitoring
 * plans usually report (up to a week, two weeks, a month, older).
 */
public final class QueryAging {

	public static final String[] BUCKETS = { "0-7 days", "8-14 days", "15-30 days", "over 30 days" };

	private QueryAging() {
	}

	/** Whole days from raising to now; 0 when the raise time is unknown. */
	public static long ageDays(QueryHeader query, Instant now) {
		return query.raisedAt() == null ? 0 : Math.max(0, Duration.between(query.raisedAt(), now).toDays());
	}

	public static String bucket(long days) {
		return days <= 7 ? BUCKETS[0] : days <= 14 ? BUCKETS[1] : days <= 30 ? BUCKETS[2] : BUCKETS[3];
	}

	/** Unresolved queries per bucket, every bucket present, in order. */
	public static Map<String, Integer> histogram(Collection<QueryHeader> queries, Instant now) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String bucket : BUCKETS) {
			counts.put(bucket, 0);
		}
		for (QueryHeader query : queries) {
			if (QueryLifecycle.unresolved(query.status())) {
				counts.merge(bucket(ageDays(query, now)), 1, Integer::sum);
			}
		}
		return counts;
	}
}
