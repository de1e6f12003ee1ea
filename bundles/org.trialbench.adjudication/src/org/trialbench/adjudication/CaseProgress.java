package org.trialbench.adjudication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.DisagreementResolution;

/**
 * Where a case stands, from its effective reviews and the protocol's adjudication settings: pending without a
 * review, in review until the configured number of independent reviews is in, agreed when they all decide alike,
 * otherwise in disagreement until resolved by consensus (every first-round adjudicator signs the same decision in
 * round 2) or by a third adjudicator (whose round-2 decision settles the case).
 *
 * @param status the case's status
 * @param finalDecision the decision that counts for the analysis, null while open
 * @param resolution how a disagreement was resolved, null when the reviews agreed or the case is open
 * @param closedAt when the deciding review was submitted, null while open
 */
public record CaseProgress(AdjudicationStatus status, AdjudicationDecision finalDecision,
		DisagreementResolution resolution, Instant closedAt) {

	public static int reviewersPerCase(AdjudicationSettings settings) {
		return settings == null || settings.getReviewersPerCase() < 1 ? 2 : settings.getReviewersPerCase();
	}

	public static DisagreementResolution resolution(AdjudicationSettings settings) {
		return settings == null ? DisagreementResolution.CONSENSUS : settings.getDisagreementResolution();
	}

	/** The independent first-round reviews that count: the first ones submitted, as many as the protocol asks. */
	public static List<AdjudicationReview> independentReviews(AdjudicationCase adjudicationCase,
			AdjudicationSettings settings) {
		List<AdjudicationReview> first = EffectiveReviews.of(adjudicationCase, 1);
		return first.subList(0, Math.min(first.size(), reviewersPerCase(settings)));
	}

	public static CaseProgress of(AdjudicationCase adjudicationCase, AdjudicationSettings settings) {
		if (adjudicationCase.getStatus() == AdjudicationStatus.CANCELLED) {
			return new CaseProgress(AdjudicationStatus.CANCELLED, null, null, adjudicationCase.getClosedAt());
		}
		List<AdjudicationReview> first = independentReviews(adjudicationCase, settings);
		if (first.isEmpty()) {
			return new CaseProgress(AdjudicationStatus.PENDING, null, null, null);
		}
		if (first.size() < reviewersPerCase(settings)) {
			return new CaseProgress(AdjudicationStatus.IN_REVIEW, null, null, null);
		}
		Set<AdjudicationDecision> decisions = first.stream().map(AdjudicationReview::getDecision)
				.collect(Collectors.toSet());
		if (decisions.size() == 1) {
			return new CaseProgress(AdjudicationStatus.AGREED, decisions.iterator().next(), null, last(first));
		}
		Set<String> firstAdjudicators = first.stream().map(r -> r.getAdjudicator().getId()).collect(Collectors.toSet());
		List<AdjudicationReview> second = EffectiveReviews.of(adjudicationCase, 2);
		if (resolution(settings) == DisagreementResolution.THIRD_ADJUDICATOR) {
			for (AdjudicationReview review : second) {
				if (!firstAdjudicators.contains(review.getAdjudicator().getId())) {
					return new CaseProgress(AdjudicationStatus.RESOLVED, review.getDecision(),
							DisagreementResolution.THIRD_ADJUDICATOR, review.getSubmittedAt());
				}
			}
		} else {
			List<AdjudicationReview> consensus = second.stream()
					.filter(r -> firstAdjudicators.contains(r.getAdjudicator().getId())).toList();
			Set<AdjudicationDecision> agreed = consensus.stream().map(AdjudicationReview::getDecision)
					.collect(Collectors.toSet());
			if (consensus.size() == firstAdjudicators.size() && agreed.size() == 1) {
				return new CaseProgress(AdjudicationStatus.RESOLVED, agreed.iterator().next(),
						DisagreementResolution.CONSENSUS, last(consensus));
			}
		}
		return new CaseProgress(AdjudicationStatus.DISAGREEMENT, null, null, null);
	}

	private static Instant last(List<AdjudicationReview> reviews) {
		return reviews.stream().map(AdjudicationReview::getSubmittedAt).filter(Objects::nonNull)
				.max(Instant::compareTo).orElse(null);
	}

	public boolean closed() {
		return status == AdjudicationStatus.AGREED || status == AdjudicationStatus.RESOLVED
				|| status == AdjudicationStatus.CANCELLED;
	}

	/** Writes this progress into a working copy; true when anything changed. */
	public boolean applyTo(AdjudicationCase adjudicationCase) {
		boolean changed = false;
		if (adjudicationCase.getStatus() != status) {
			adjudicationCase.setStatus(status);
			changed = true;
		}
		if (!Objects.equals(adjudicationCase.isSetFinalDecision() ? adjudicationCase.getFinalDecision() : null,
				finalDecision)) {
			if (finalDecision == null) {
				adjudicationCase.unsetFinalDecision();
			} else {
				adjudicationCase.setFinalDecision(finalDecision);
			}
			changed = true;
		}
		if (!Objects.equals(adjudicationCase.isSetResolution() ? adjudicationCase.getResolution() : null, resolution)) {
			if (resolution == null) {
				adjudicationCase.unsetResolution();
			} else {
				adjudicationCase.setResolution(resolution);
			}
			changed = true;
		}
		if (!Objects.equals(adjudicationCase.getClosedAt(), closedAt)) {
			adjudicationCase.setClosedAt(closedAt);
			changed = true;
		}
		return changed;
	}
}
