package org.trialbench.adjudication;

import java.util.List;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.User;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.DisagreementResolution;

/** What an adjudicator is asked to do with a case, judged from what the adjudicator may see of it. */
public enum ReviewTask {
	/** A first-round review, made without seeing anyone else's. */
	INDEPENDENT_REVIEW(1, "Independent review"),
	/** The two first-round adjudicators disagreed; each signs the decision they agreed on in discussion. */
	CONSENSUS(2, "Consensus"),
	/** The first-round adjudicators disagreed; a third adjudicator settles the case. */
	THIRD_REVIEW(2, "Third adjudicator"),
	/** Nothing to do. */
	NONE(0, "");

	private final int round;
	private final String label;

	ReviewTask(int round, String label) {
		this.round = round;
		this.label = label;
	}

	public int round() {
		return round;
	}

	public String label() {
		return label;
	}

	public static ReviewTask of(AdjudicationCase adjudicationCase, User adjudicator, AdjudicationSettings settings) {
		String me = adjudicator.getId();
		boolean reviewedFirst = has(EffectiveReviews.of(adjudicationCase, 1), me);
		boolean reviewedSecond = has(EffectiveReviews.of(adjudicationCase, 2), me);
		AdjudicationStatus status = adjudicationCase.getStatus();
		if ((status == AdjudicationStatus.PENDING || status == AdjudicationStatus.IN_REVIEW || status == null)
				&& !reviewedFirst) {
			return INDEPENDENT_REVIEW;
		}
		if (status == AdjudicationStatus.DISAGREEMENT && !reviewedSecond) {
			boolean independentReviewer = has(CaseProgress.independentReviews(adjudicationCase, settings), me);
			if (CaseProgress.resolution(settings) == DisagreementResolution.THIRD_ADJUDICATOR) {
				return reviewedFirst ? NONE : THIRD_REVIEW;
			}
			return independentReviewer ? CONSENSUS : NONE;
		}
		return NONE;
	}

	private static boolean has(List<AdjudicationReview> reviews, String userId) {
		return reviews.stream().anyMatch(r -> r.getAdjudicator() != null && userId.equals(r.getAdjudicator().getId()));
	}
}
