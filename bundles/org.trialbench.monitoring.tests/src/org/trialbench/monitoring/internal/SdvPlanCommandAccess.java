package org.trialbench.monitoring.internal;

import java.time.Clock;
import java.util.Properties;

import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/** Builds the monitoring commands on given settings and clock, with the JDBC store provider, for tests. */
public final class SdvPlanCommandAccess {

	public SdvPlanCommand sdvPlan(Properties settings) {
		SdvPlanCommand command = new SdvPlanCommand(() -> settings);
		command.setRepositoryProvider(new JdbcRepositoryProvider());
		return command;
	}

	public VisitReportCommand visitReport(Properties settings, Clock clock) {
		VisitReportCommand command = new VisitReportCommand(() -> settings, clock);
		command.setRepositoryProvider(new JdbcRepositoryProvider());
		return command;
	}
}
