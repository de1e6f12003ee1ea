package org.trialbench.adjudication;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.protocol.AdjudicationSettings;

/**
 * The committee's view of all cases: how many are open (no or not all independent reviews), agreed, in consensus
 * (or waiting for the third adjudicator) and closed (agreed or resolved), and how well the independent reviews agree.
 */
public record CommitteeOverview(int open, int agreed, int inConsensus, int closed, int cancelled, Agreement agreement,
		Map<AdjudicationStatus, Integer> byStatus) {

	public static CommitteeOverview of(List<AdjudicationCase> cases, AdjudicationSettings settings) {
		Map<AdjudicationStatus, Integer> byStatus = new EnumMap<>(AdjudicationStatus.class);
		for (AdjudicationStatus status : AdjudicationStatus.VALUES) {
			byStatus.put(status, 0);
		}
		for (AdjudicationCase adjudicationCase : cases) {
			AdjudicationStatus status = adjudicationCase.getStatus() == null ? AdjudicationStatus.PENDING
					: adjudicationCase.getStatus();
			byStatus.merge(status, 1, Integer::sum);
		}
		int open = byStatus.get(AdjudicationStatus.PENDING) + byStatus.get(AdjudicationStatus.IN_REVIEW);
		int agreed = byStatus.get(AdjudicationStatus.AGREED);
		int consensus = byStatus.get(AdjudicationStatus.DISAGREEMENT);
		int closed = agreed + byStatus.get(AdjudicationStatus.RESOLVED);
		return new CommitteeOverview(open, agreed, consensus, closed, byStatus.get(AdjudicationStatus.CANCELLED),
				Agreement.of(cases, settings), byStatus);
	}
}
