package org.trialbench.adjudication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.clinical.AdjudicationDecision.ENDPOINT_MET;
import static org.trialbench.clinical.AdjudicationDecision.ENDPOINT_NOT_MET;
import static org.trialbench.clinical.AdjudicationDecision.INDETERMINATE;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.adjudication.Agreement;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.protocol.DisagreementResolution;

/** Percent agreement and Cohen's kappa of the independent reviews, against values computed by hand. */
class AgreementTest {

	private static void add(List<AdjudicationDecision[]> pairs, AdjudicationDecision first, AdjudicationDecision second,
			int times) {
		for (int i = 0; i < times; i++) {
			pairs.add(new AdjudicationDecision[] { first, second });
		}
	}

	@Test
	void twoDecisionsTenCases() {
		// By hand: 4 met/met, 3 not/not, 2 met/not, 1 not/met; po = 7/10 = 0.7.
		// First rater: met 6, not met 4; second rater: met 5, not met 5; pe = 0.6*0.5 + 0.4*0.5 = 0.5.
		// kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
		List<AdjudicationDecision[]> pairs = new ArrayList<>();
		add(pairs, ENDPOINT_MET, ENDPOINT_MET, 4);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_NOT_MET, 3);
		add(pairs, ENDPOINT_MET, ENDPOINT_NOT_MET, 2);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_MET, 1);
		Agreement agreement = Agreement.ofPairs(pairs);
		assertEquals(10, agreement.cases());
		assertEquals(70.0, agreement.percentAgreement(), 1e-12);
		assertEquals(0.4, agreement.kappa(), 1e-12);
	}

	@Test
	void threeDecisionsTwentyCases() {
		// By hand, first decision in rows, second in columns (met, not met, indeterminate):
		//   met   8 1 1  (10)
		//   not   2 5 0  ( 7)
		//   ind   0 1 2  ( 3)
		//  cols  10 7 3
		// po = (8+5+2)/20 = 0.75; pe = (10*10 + 7*7 + 3*3) / 400 = 158/400 = 0.395;
		// kappa = (0.75 - 0.395) / 0.605 = 0.586776859...
		List<AdjudicationDecision[]> pairs = new ArrayList<>();
		add(pairs, ENDPOINT_MET, ENDPOINT_MET, 8);
		add(pairs, ENDPOINT_MET, ENDPOINT_NOT_MET, 1);
		add(pairs, ENDPOINT_MET, INDETERMINATE, 1);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_MET, 2);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_NOT_MET, 5);
		add(pairs, INDETERMINATE, ENDPOINT_NOT_MET, 1);
		add(pairs, INDETERMINATE, INDETERMINATE, 2);
		Agreement agreement = Agreement.ofPairs(pairs);
		assertEquals(75.0, agreement.percentAgreement(), 1e-12);
		assertEquals(0.355 / 0.605, agreement.kappa(), 1e-12);
		assertEquals(0.5868, agreement.kappa(), 5e-5);
	}

	@Test
	void perfectAndChanceAgreement() {
		List<AdjudicationDecision[]> pairs = new ArrayList<>();
		add(pairs, ENDPOINT_MET, ENDPOINT_MET, 3);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_NOT_MET, 2);
		assertEquals(1.0, Agreement.ofPairs(pairs).kappa(), 1e-12);
		// 1 met/met, 1 met/not, 1 not/met, 1 not/not: po = 0.5, pe = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = 0
		pairs.clear();
		add(pairs, ENDPOINT_MET, ENDPOINT_MET, 1);
		add(pairs, ENDPOINT_MET, ENDPOINT_NOT_MET, 1);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_MET, 1);
		add(pairs, ENDPOINT_NOT_MET, ENDPOINT_NOT_MET, 1);
		assertEquals(0.0, Agreement.ofPairs(pairs).kappa(), 1e-12);
		assertTrue(Double.isNaN(Agreement.ofPairs(List.of()).kappa()), "no cases, no kappa");
	}

	@Test
	void casesPairTheFirstTwoEffectiveReviewsBySubmissionTime() {
		// case 1: b first (met), a second (not met) -> pair (met, not met)
		AdjudicationCase one = Cases.open();
		Cases.review(one, Cases.A, 1, ENDPOINT_NOT_MET, 5);
		Cases.review(one, Cases.B, 1, ENDPOINT_MET, 1);
		// case 2: a corrects met to not met after b's not met -> pair (not met, not met) with the correction's time
		AdjudicationCase two = Cases.open();
		Cases.review(two, Cases.A, 1, ENDPOINT_MET, 1);
		Cases.review(two, Cases.B, 1, ENDPOINT_NOT_MET, 2);
		Cases.review(two, Cases.A, 1, ENDPOINT_NOT_MET, 3);
		// case 3: one review only -> not counted
		AdjudicationCase three = Cases.open();
		Cases.review(three, Cases.A, 1, ENDPOINT_MET, 1);
		Agreement agreement = Agreement.of(List.of(one, two, three), Cases.settings(DisagreementResolution.CONSENSUS));
		assertEquals(2, agreement.cases());
		assertEquals(1, agreement.agreed());
		assertEquals(1, agreement.table()[ENDPOINT_MET.getValue()][ENDPOINT_NOT_MET.getValue()]);
		assertEquals(1, agreement.table()[ENDPOINT_NOT_MET.getValue()][ENDPOINT_NOT_MET.getValue()]);
	}
}
