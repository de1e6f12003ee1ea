package org.trialbench.adjudication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.trialbench.clinical.AdjudicationDecision.ENDPOINT_MET;
import static org.trialbench.clinical.AdjudicationDecision.ENDPOINT_NOT_MET;
import static org.trialbench.clinical.AdjudicationDecision.INDETERMINATE;

import org.junit.jupiter.api.Test;
import org.trialbench.adjudication.CaseProgress;
import org.trialbench.adjudication.ReviewTask;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.DisagreementResolution;

/** The review workflow's rules: two independent reviews, agreement closes, disagreement goes on as configured. */
class CaseProgressTest {

	private static final AdjudicationSettings CONSENSUS = Cases.settings(DisagreementResolution.CONSENSUS);
	private static final AdjudicationSettings THIRD = Cases.settings(DisagreementResolution.THIRD_ADJUDICATOR);

	@Test
	void twoAgreeingReviewsCloseTheCase() {
		AdjudicationCase c = Cases.open();
		assertEquals(AdjudicationStatus.PENDING, CaseProgress.of(c, CONSENSUS).status());
		assertEquals(ReviewTask.INDEPENDENT_REVIEW, ReviewTask.of(c, Cases.A, CONSENSUS));
		Cases.review(c, Cases.A, 1, ENDPOINT_MET, 1);
		CaseProgress one = CaseProgress.of(c, CONSENSUS);
		assertEquals(AdjudicationStatus.IN_REVIEW, one.status());
		assertNull(one.finalDecision());
		one.applyTo(c);
		assertEquals(ReviewTask.NONE, ReviewTask.of(c, Cases.A, CONSENSUS), "one review per adjudicator");
		assertEquals(ReviewTask.INDEPENDENT_REVIEW, ReviewTask.of(c, Cases.B, CONSENSUS));
		Cases.review(c, Cases.B, 1, ENDPOINT_MET, 7);
		CaseProgress two = CaseProgress.of(c, CONSENSUS);
		assertEquals(AdjudicationStatus.AGREED, two.status());
		assertEquals(ENDPOINT_MET, two.finalDecision());
		assertNull(two.resolution(), "no disagreement to resolve");
		assertEquals(c.getReviews().get(1).getSubmittedAt(), two.closedAt());
		two.applyTo(c);
		assertEquals(ReviewTask.NONE, ReviewTask.of(c, Cases.C, CONSENSUS), "a closed case waits for nobody");
	}

	@Test
	void disagreementIsResolvedByConsensusOfBothFirstAdjudicators() {
		AdjudicationCase c = Cases.open();
		Cases.review(c, Cases.A, 1, ENDPOINT_MET, 1);
		Cases.review(c, Cases.B, 1, INDETERMINATE, 2);
		CaseProgress progress = CaseProgress.of(c, CONSENSUS);
		assertEquals(AdjudicationStatus.DISAGREEMENT, progress.status());
		progress.applyTo(c);
		assertEquals(ReviewTask.CONSENSUS, ReviewTask.of(c, Cases.A, CONSENSUS));
		assertEquals(ReviewTask.NONE, ReviewTask.of(c, Cases.C, CONSENSUS), "consensus is for the two who reviewed");
		Cases.review(c, Cases.A, 2, ENDPOINT_NOT_MET, 10);
		assertEquals(AdjudicationStatus.DISAGREEMENT, CaseProgress.of(c, CONSENSUS).status(), "one side is not a consensus");
		Cases.review(c, Cases.B, 2, ENDPOINT_NOT_MET, 11);
		CaseProgress resolved = CaseProgress.of(c, CONSENSUS);
		assertEquals(AdjudicationStatus.RESOLVED, resolved.status());
		assertEquals(ENDPOINT_NOT_MET, resolved.finalDecision());
		assertEquals(DisagreementResolution.CONSENSUS, resolved.resolution());
	}

	@Test
	void disagreementIsSettledByAThirdAdjudicatorWhenConfigured() {
		AdjudicationCase c = Cases.open();
		Cases.review(c, Cases.A, 1, ENDPOINT_MET, 1);
		Cases.review(c, Cases.B, 1, ENDPOINT_NOT_MET, 2);
		CaseProgress.of(c, THIRD).applyTo(c);
		assertEquals(ReviewTask.NONE, ReviewTask.of(c, Cases.A, THIRD), "a first-round adjudicator is no tie-breaker");
		assertEquals(ReviewTask.THIRD_REVIEW, ReviewTask.of(c, Cases.C, THIRD));
		Cases.review(c, Cases.C, 2, ENDPOINT_NOT_MET, 30);
		CaseProgress resolved = CaseProgress.of(c, THIRD);
		assertEquals(AdjudicationStatus.RESOLVED, resolved.status());
		assertEquals(ENDPOINT_NOT_MET, resolved.finalDecision());
		assertEquals(DisagreementResolution.THIRD_ADJUDICATOR, resolved.resolution());
	}

	@Test
	void aSignedCorrectionReplacesTheOlderDecisionAndCanReopenTheCase() {
		AdjudicationCase c = Cases.open();
		Cases.review(c, Cases.A, 1, ENDPOINT_MET, 1);
		Cases.review(c, Cases.B, 1, ENDPOINT_MET, 2);
		assertEquals(AdjudicationStatus.AGREED, CaseProgress.of(c, CONSENSUS).status());
		Cases.review(c, Cases.B, 1, ENDPOINT_NOT_MET, 3);
		assertEquals(3, c.getReviews().size(), "the corrected decision stays in the record");
		assertEquals(AdjudicationStatus.DISAGREEMENT, CaseProgress.of(c, CONSENSUS).status());
	}
}
