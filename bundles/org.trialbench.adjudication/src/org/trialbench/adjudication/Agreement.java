package org.trialbench.adjudication;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.protocol.AdjudicationSettings;

/**
 * Agreement of the two independent first-round reviews over the cases where both are in: percent agreement and
 * Cohen's kappa over the three decisions (met, not met, indeterminate). Rater 1 is the review submitted first,
 * rater 2 the one submitted second, so kappa's chance agreement uses the marginals of first and second decisions.
 *
 * @param cases cases with two independent reviews
 * @param agreed cases where both decided alike
 * @param table counts by first decision (rows) and second decision (columns), in {@link AdjudicationDecision} order
 */
public record Agreement(int cases, int agreed, int[][] table) {

	/** From decision pairs (first, second). */
	public static Agreement ofPairs(List<AdjudicationDecision[]> pairs) {
		int k = AdjudicationDecision.VALUES.size();
		int[][] table = new int[k][k];
		int agreed = 0;
		for (AdjudicationDecision[] pair : pairs) {
			table[pair[0].getValue()][pair[1].getValue()]++;
			if (pair[0] == pair[1]) {
				agreed++;
			}
		}
		return new Agreement(pairs.size(), agreed, table);
	}

	public static Agreement of(List<AdjudicationCase> cases, AdjudicationSettings settings) {
		List<AdjudicationDecision[]> pairs = new ArrayList<>();
		for (AdjudicationCase adjudicationCase : cases) {
			List<AdjudicationReview> first = EffectiveReviews.of(adjudicationCase, 1);
			if (first.size() >= 2) {
				pairs.add(new AdjudicationDecision[] { first.get(0).getDecision(), first.get(1).getDecision() });
			}
		}
		return ofPairs(pairs);
	}

	/** Observed agreement as a percentage; NaN without cases. */
	public double percentAgreement() {
		return cases == 0 ? Double.NaN : 100.0 * agreed / cases;
	}

	/**
	 * Cohen's kappa = (po - pe) / (1 - pe), with po the observed agreement and pe the sum over decisions of the product
	 * of both raters' marginal proportions. NaN without cases; 1 when both raters always gave the same single decision
	 * (pe = 1, perfect agreement).
	 */
	public double kappa() {
		if (cases == 0) {
			return Double.NaN;
		}
		int k = table.length;
		double po = (double) agreed / cases;
		double pe = 0;
		for (int c = 0; c < k; c++) {
			int row = 0;
			int column = 0;
			for (int j = 0; j < k; j++) {
				row += table[c][j];
				column += table[j][c];
			}
			pe += ((double) row / cases) * ((double) column / cases);
		}
		return pe >= 1.0 ? 1.0 : (po - pe) / (1 - pe);
	}
}
