package org.trialbench.bench.internal;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.repository.TrialSession;

/** The SDV worklist of one site as its monitor opens it: item value headers from the store, turned into rows. */
final class SdvWorklistBench {

	private SdvWorklistBench() {
	}

	static BenchResult run(TrialSession monitor, Repetitions repetitions) throws Exception {
		String site = monitor.trial().getSites().get(0).getId();
		String code = monitor.trial().getSites().get(0).getCode();
		Side product = repetitions.measure("product", "rows",
				repetition -> SdvWorklist.load(monitor, site, new NullProgressMonitor()).size());
		return BenchResult.of("SDV worklist of site " + code, product, null, Goal.millisBelow(200),
				"as " + monitor.user().getUsername() + "; no floor: the goal is absolute");
	}
}
