package org.trialbench.adjudication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationReview;

/**
 * The reviews of a case that count. A signed review is never edited; a correction is a newer signed review by the
 * same adjudicator in the same round, which then replaces the older one. Ordered by submission time.
 */
public final class EffectiveReviews {

	private EffectiveReviews() {
	}

	public static List<AdjudicationReview> of(AdjudicationCase adjudicationCase, int round) {
		Map<String, AdjudicationReview> latest = new LinkedHashMap<>();
		for (AdjudicationReview review : sorted(adjudicationCase.getReviews())) {
			if (review.getRound() == round && review.getDecision() != null && review.getAdjudicator() != null) {
				latest.put(review.getAdjudicator().getId(), review); // a later one replaces an earlier one
			}
		}
		return sorted(latest.values());
	}

	/** Reviews superseded by a later correction (kept, and shown, for the audit). */
	public static List<AdjudicationReview> superseded(AdjudicationCase adjudicationCase) {
		List<AdjudicationReview> effective = new ArrayList<>(of(adjudicationCase, 1));
		effective.addAll(of(adjudicationCase, 2));
		return sorted(adjudicationCase.getReviews()).stream().filter(r -> !effective.contains(r)).toList();
	}

	static List<AdjudicationReview> sorted(Iterable<AdjudicationReview> reviews) {
		List<AdjudicationReview> list = new ArrayList<>();
		reviews.forEach(list::add);
		list.sort(Comparator.comparing((AdjudicationReview r) -> r.getSubmittedAt() == null ? Instant.MAX
				: r.getSubmittedAt()).thenComparing(AdjudicationReview::getId));
		return list;
	}
}
