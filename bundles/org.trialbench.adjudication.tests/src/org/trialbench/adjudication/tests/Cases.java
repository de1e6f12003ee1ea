package org.trialbench.adjudication.tests;

import java.time.Instant;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.User;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.ProtocolFactory;

/** Cases and reviews built in memory, for the rules that need no store. */
final class Cases {
	static final User A = user("a");
	static final User B = user("b");
	static final User C = user("c");
	private static int ids;

	private Cases() {
	}

	static User user(String name) {
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setId("user-" + name);
		user.setUsername(name);
		return user;
	}

	static AdjudicationCase open() {
		AdjudicationCase c = ClinicalFactory.eINSTANCE.createAdjudicationCase();
		c.setId("case-" + (++ids));
		c.setStatus(AdjudicationStatus.PENDING);
		return c;
	}

	/** Adds a review submitted at the given minute of a fixed day. */
	static AdjudicationReview review(AdjudicationCase c, User who, int round, AdjudicationDecision decision, int minute) {
		AdjudicationReview review = ClinicalFactory.eINSTANCE.createAdjudicationReview();
		review.setId("review-" + (++ids));
		review.setAdjudicator(who);
		review.setRound(round);
		review.setDecision(decision);
		review.setRationale("because");
		review.setSubmittedAt(Instant.parse("2026-06-01T10:00:00Z").plusSeconds(60L * minute));
		c.getReviews().add(review);
		return review;
	}

	static AdjudicationSettings settings(DisagreementResolution resolution) {
		AdjudicationSettings settings = ProtocolFactory.eINSTANCE.createAdjudicationSettings();
		settings.setReviewersPerCase(2);
		settings.setDisagreementResolution(resolution);
		return settings;
	}
}
