package org.trialbench.bench.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.trialbench.bench.Figures;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * The embedded store's size beside the size PostgreSQL's own full compaction gives the same data: the store's
 * database (tables, indexes, their TOAST, free-space and visibility maps: {@code pg_database_size}, after a
 * {@code CHECKPOINT}) against a copy of it ({@code CREATE DATABASE ... TEMPLATE ... STRATEGY FILE_COPY}, which copies
 * the files as they are) after {@code VACUUM FULL}, which re-writes every table and index with only its live rows.
 * The copy is dropped afterwards, so the store itself is never compacted and every checkpoint sees what the work
 * before it left behind. Goal: at most {@value IssueGoals#SIZE_GOAL}x. The copy needs that nobody is connected to the
 * store's database at the time (every benchmark session closed).
 */
final class StoreSize {
	private static final String COPY = "bench_compacted";

	private StoreSize() {
	}

	/** The sizes in bytes: the store's database and its fully compacted copy. */
	record Sizes(long store, long compacted) {
		double ratio() {
			return (double) store / compacted;
		}
	}

	/** Plain connections as the superuser of an embedded store's cluster, to a database of it. */
	@FunctionalInterface
	interface Superuser {
		Connection connect(String database) throws SQLException;
	}

	static Sizes measure(Superuser trial) throws SQLException, InterruptedException {
		try (Connection superuser = trial.connect("postgres"); Statement statement = superuser.createStatement()) {
			statement.execute("CHECKPOINT");
			long store = size(superuser, LocalPostgres.DATABASE);
			statement.execute("DROP DATABASE IF EXISTS " + COPY);
			copy(statement);
			try {
				try (Connection copy = trial.connect(COPY); Statement vacuum = copy.createStatement()) {
					vacuum.execute("VACUUM FULL");
				}
				statement.execute("CHECKPOINT");
				return new Sizes(store, size(superuser, COPY));
			} finally {
				statement.execute("DROP DATABASE IF EXISTS " + COPY);
			}
		}
	}

	/** The copy; an autovacuum worker still in the database for a moment is waited for (the server ends it). */
	private static void copy(Statement statement) throws SQLException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				statement.execute("CREATE DATABASE " + COPY + " TEMPLATE " + LocalPostgres.DATABASE
						+ " STRATEGY FILE_COPY");
				return;
			} catch (SQLException e) {
				if (attempt == 5 || !"55006".equals(e.getSQLState())) {
					throw new SQLException("cannot copy the store's database to measure its compaction (is a session "
							+ "still connected?): " + e.getMessage(), e.getSQLState(), e);
				}
				Thread.sleep(1000);
			}
		}
	}

	private static long size(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT pg_database_size(?)")) {
			query.setString(1, database);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Measures, prints the checkpoint and puts it into the summary as {@code figure}. */
	static Sizes report(BenchTrial trial, String figure, String after, PrintStream out, IssueGoals goals)
			throws SQLException, InterruptedException {
		return report(trial::superuser, figure, after, out, goals);
	}

	/** The same for any embedded store's cluster. */
	static Sizes report(Superuser trial, String figure, String after, PrintStream out, IssueGoals goals)
			throws SQLException, InterruptedException {
		long start = System.nanoTime();
		Sizes sizes = measure(trial);
		boolean met = sizes.ratio() <= IssueGoals.SIZE_GOAL;
		out.println(String.format(Locale.ROOT,
				"Embedded store size after %s: database %,d MB, a copy after VACUUM FULL %,d MB: %s  goal <= %s  %s"
						+ "  (measured in %,d ms)",
				after, sizes.store() >> 20, sizes.compacted() >> 20, Figures.ratio(sizes.ratio()),
				Figures.ratio(IssueGoals.SIZE_GOAL), met ? "PASS" : "MISS", (System.nanoTime() - start) / 1_000_000));
		out.flush();
		goals.measured(figure, "store size after " + after, Figures.ratio(sizes.ratio()) + " (" + (sizes.store() >> 20)
				+ " / " + (sizes.compacted() >> 20) + " MB)", met);
		return sizes;
	}
}
