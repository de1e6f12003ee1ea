package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.demo.DemoTrial;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;
import org.trialbench.repository.jdbc.local.PostgresBinaries;

/**
 * The embedded-PostgreSQL prototype ({@link EmbeddedPostgres}) measured for choosing the embedded engine:
 * <ul>
 * <li>cold start: unpacking the binaries into an empty cache, initdb, starting the server, creating the database;</li>
 * <li>warm start: starting the existing cluster again (what every workbench start would pay), beside the start-up
 * budget: the whole start may take 1.3x an empty e4 application (about 2.5 s here), so a server started one after
 * the other with the window has {@value #SERIAL_BUDGET_MILLIS} ms;</li>
 * <li>the demo trial loaded into a new cluster, beside the load of the benchmark's own embedded store in the same run
 * (when one ran);</li>
 * <li>the cluster's size after the load beside its size after {@code VACUUM FULL} (goal <= 1.5x);</li>
 * <li>where the load spends its time in the database: PL/pgSQL functions and triggers by total time
 * ({@code track_functions = all}).</li>
 * </ul>
 * Binaries, cache and cluster are kept in the benchmark's folder and deleted afterwards.
 */
final class EngineBench {
	static final long SERIAL_BUDGET_MILLIS = 750;
	static final double SIZE_GOAL = 1.5;

	private EngineBench() {
	}

	static void run(int subjects, Path folder, long embeddedLoadMillis, PrintStream out) throws Exception {
		Path root = folder.resolve("engine");
		if (Files.exists(root)) {
			delete(root);
		}
		Path cache = root.resolve("cache");
		Path store = root.resolve("store");
		out.println("Embedded PostgreSQL " + PostgresBinaries.VERSION + (EmbeddedPostgres.inUserNamespace()
				? " (run as root: the server runs in a user namespace)" : " (run directly)"));
		long start = System.nanoTime();
		Path bin = PostgresBinaries.installed(cache);
		long unpack = millis(start);
		start = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgres.open(store, bin);
		long open = millis(start);
		EmbeddedPostgres.Timings cold = postgres.timings();
		out.println(String.format(Locale.ROOT,
				"  cold start %,d ms: unpack %,d ms (once per user and version), initdb %,d ms, start %,d ms, "
						+ "database %,d ms (once per store)",
				unpack + open, unpack, cold.initdb(), cold.start(), cold.createDatabase()));
		try {
			try (Connection superuser = superuser(postgres); Statement statement = superuser.createStatement()) {
				statement.execute("ALTER SYSTEM SET track_functions = 'all'");
				statement.execute("SELECT pg_reload_conf()");
			}
			DemoTrial demo = BenchTrial.generate(BenchTrial.sitesFor(subjects), subjects);
			JdbcTrialRepository repository = JdbcTrialRepository.server(postgres.jdbcUrl(), postgres.owner(),
					postgres.password());
			try {
				start = System.nanoTime();
				repository.initializeServer();
				long schema = millis(start);
				start = System.nanoTime();
				repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
				long load = millis(start);
				out.println(String.format(Locale.ROOT, "  schema (all PostgreSQL migrations) %,d ms", schema));
				out.println(String.format(Locale.ROOT, "  demo trial of %,d subjects loaded in %,d ms%s", subjects,
						load, embeddedLoadMillis > 0 ? String.format(Locale.ROOT,
								"; into the benchmark's embedded store in this run: %,d ms", embeddedLoadMillis)
								: " (the benchmark's embedded store not loaded in this run)"));
			} finally {
				repository.close();
			}
			functions(postgres, out);
			Path data = postgres.dataFolder();
			long base;
			long whole;
			try (Connection superuser = superuser(postgres, LocalPostgres.DATABASE);
					Statement statement = superuser.createStatement()) {
				statement.execute("CHECKPOINT");
				base = size(data.resolve("base"));
				whole = size(data);
				start = System.nanoTime();
				statement.execute("VACUUM FULL");
				statement.execute("CHECKPOINT");
				out.println(String.format(Locale.ROOT, "  (VACUUM FULL took %,d ms)", millis(start)));
			}
			long baseCompact = size(data.resolve("base"));
			long wholeCompact = size(data);
			double ratio = (double) base / baseCompact;
			out.println(String.format(Locale.ROOT,
					"  tables and indexes after the load %,d MB, after VACUUM FULL %,d MB: %.2fx  goal <= %.1fx  %s",
					base >> 20, baseCompact >> 20, ratio, SIZE_GOAL, ratio <= SIZE_GOAL ? "PASS" : "MISS"));
			out.println(String.format(Locale.ROOT,
					"  whole cluster folder (with WAL, at most max_wal_size 256 MB kept) %,d MB, after VACUUM FULL %,d MB",
					whole >> 20, wholeCompact >> 20));
		} finally {
			start = System.nanoTime();
			postgres.close();
			out.println(String.format(Locale.ROOT, "  stop (last process leaves) %,d ms", millis(start)));
		}
		List<Long> warm = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			start = System.nanoTime();
			try (EmbeddedPostgres again = EmbeddedPostgres.open(store, bin)) {
				long opened = millis(start);
				try (Connection connection = superuser(again)) {
					warm.add(millis(start));
				}
				if (i == 0) {
					out.println(String.format(Locale.ROOT, "  (first warm open: pg_ctl start %,d ms, open %,d ms)",
							again.timings().start(), opened));
				}
			}
		}
		long median = warm.stream().sorted().toList().get(1);
		out.println(String.format(Locale.ROOT,
				"  warm start of the loaded cluster to first connection: %s ms, median %,d ms  "
						+ "goal <= %,d ms (start-up budget if not in the background)  %s",
				warm, median, SERIAL_BUDGET_MILLIS, median <= SERIAL_BUDGET_MILLIS ? "PASS" : "MISS"));
		out.flush();
		delete(root);
	}

	/** The PL/pgSQL functions (triggers included) that took the most time in the load. */
	private static void functions(EmbeddedPostgres postgres, PrintStream out) throws SQLException {
		try (Connection superuser = superuser(postgres, LocalPostgres.DATABASE);
				Statement statement = superuser.createStatement();
				ResultSet rows = statement.executeQuery("SELECT funcname, calls, total_time, self_time "
						+ "FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 8")) {
			out.println("  database functions by total time in the load (ms; self = without the functions it calls):");
			while (rows.next()) {
				out.println(String.format(Locale.ROOT, "    %-32s calls %,10d  total %,10.0f  self %,10.0f",
						rows.getString(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4)));
			}
		}
	}

	private static Connection superuser(EmbeddedPostgres postgres) throws SQLException {
		return superuser(postgres, "postgres");
	}

	private static Connection superuser(EmbeddedPostgres postgres, String database) throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", LocalPostgres.SUPERUSER);
		credentials.setProperty("password", new String(postgres.password()));
		String url = postgres.jdbcUrl();
		return new org.postgresql.Driver().connect(url.substring(0, url.lastIndexOf('/') + 1) + database,
				credentials);
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				} catch (IOException e) {
					return 0; // a file removed while counting (a WAL segment recycled)
				}
			}).sum();
		}
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
