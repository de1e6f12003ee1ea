package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Repetitions;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoUsers;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * One benchmark run: the trial of the requested size in a folder of its own, then each selected benchmark, printing
 * its figures as soon as they are known.
 */
public final class BenchRun {
	/** The benchmarks by the names {@code --only} takes, in the order they run. */
	public static final List<String> NAMES = List.of("commit", "worklist", "lock", "export", "tables", "listing", "odm",
			"store-size", "engine", "commit-pg", "odm-pg", "startup");
	private static final String BENCH_OWNER_PASSWORD = "bench-owner";

	/** Whether to run the PostgreSQL commit benchmark. */
	public enum Postgres {
		AUTO, REQUIRED, OFF
	}

	private final int subjects;
	private final Set<String> only;
	private final Postgres postgres;
	private final Repetitions light;
	private final Repetitions heavy;
	private final int listingRows;
	private final Path folder;
	private final PrintStream out;

	public BenchRun(int subjects, Set<String> only, Postgres postgres, Repetitions light, Repetitions heavy,
			int listingRows, Path folder, PrintStream out) {
		this.subjects = subjects;
		this.only = only;
		this.postgres = postgres;
		this.light = light;
		this.heavy = heavy;
		this.listingRows = listingRows;
		this.folder = folder;
		this.out = out;
	}

	private boolean selected(String name) {
		return only.isEmpty() || only.contains(name);
	}

	public List<BenchResult> run() throws Exception {
		List<BenchResult> results = new ArrayList<>();
		Path home = folder.resolve("home");
		// the embedded trial takes most of a run to load: only when a benchmark reads it
		boolean embedded = List.of("commit", "worklist", "lock", "export", "tables", "listing", "odm", "store-size",
				"startup").stream().anyMatch(this::selected);
		long h2Load = 0;
		try (BenchTrial trial = embedded ? BenchTrial.create(subjects, home, out) : null) {
			h2Load = trial == null ? 0 : trial.storeMillis();
			if (selected("commit")) {
				String site = "01";
				try (TrialSession investigator = trial.session("inv" + site)) {
					String url = trial.jdbcUrl();
					report(results, CrfCommitBench.run("CRF commit, 60 values with audit (H2)", investigator,
							trial::session, () -> new org.h2.Driver().connect(url, credentials("trialbench", "")),
							light));
				}
			}
			if (selected("worklist")) {
				try (TrialSession monitor = trial.session("monitor1")) {
					report(results, SdvWorklistBench.run(monitor, light));
				}
			}
			if (selected("lock")) {
				try (TrialSession dataManager = trial.session("datamanager")) {
					report(results, ExportBench.lock(dataManager, new Repetitions(0, 1)));
				}
			}
			if (selected("export")) {
				try (TrialSession statistician = trial.session("statistician")) {
					report(results, ExportBench.tables(statistician, folder, heavy));
					report(results, ExportBench.listings(statistician, folder, heavy));
				}
			}
			if (selected("tables") || selected("listing")) {
				try (TrialSession statistician = trial.session("statistician")) {
					long start = System.nanoTime();
					AnalysisDataset data = AnalysisDatasets.read(statistician,
							AnalysisDatasets.resolve(statistician, AnalysisDatasets.LIVE), new NullProgressMonitor());
					long read = (System.nanoTime() - start) / 1_000_000;
					out.println("(analysis dataset of " + data.subjects().size() + " subjects read from the store in "
							+ read + " ms)");
					if (selected("tables")) {
						report(results, PublicationBench.tables(data, folder, light));
					}
					if (selected("listing")) {
						report(results, PublicationBench.listing(PublicationBench.repeated(data, listingRows), folder,
								heavy));
					}
				}
			}
			if (selected("odm")) {
				try (TrialSession administrator = trial.session("admin")) {
					for (BenchResult result : OdmBench.run(administrator, folder, heavy, "")) {
						report(results, result);
					}
				}
			}
		}
		if (selected("store-size")) {
			StoreSize.report(home.resolve("store").resolve("trialbench.mv.db"), folder, out);
		}
		if (selected("engine")) {
			EngineBench.run(subjects, folder, h2Load, out);
		}
		if (selected("commit-pg")) {
			report(results, postgresCommit());
		}
		if (selected("odm-pg")) {
			postgresOdm().forEach(result -> report(results, result));
		}
		if (selected("startup")) {
			Optional<String> unavailable = StartupBench.unavailable();
			report(results, unavailable.isPresent() ? BenchResult.skip("Start to first rendered view", unavailable.get())
					: StartupBench.run(home, folder.resolve("startup"), heavy));
		}
		return results;
	}

	private BenchResult postgresCommit() throws Exception {
		String name = "CRF commit, 60 values with audit (PostgreSQL)";
		Optional<BenchResult> skipped = postgresSkipped(name);
		if (skipped.isPresent()) {
			return skipped.get();
		}
		return onPostgres((cluster, store) -> {
			try (TrialSession investigator = store.login("inv01", DemoUsers.PASSWORD.toCharArray())) {
				// the floor batches as well as the store does: multi-row inserts (pgJDBC's reWriteBatchedInserts)
				Properties floor = credentials(LocalPostgres.OWNER, BENCH_OWNER_PASSWORD);
				floor.setProperty("reWriteBatchedInserts", "true");
				return CrfCommitBench.run(name, investigator,
						username -> store.login(username, DemoUsers.PASSWORD.toCharArray()),
						() -> new org.postgresql.Driver().connect(cluster.jdbcUrl(), floor), light);
			}
		});
	}

	/**
	 * ODM export and import as {@code odm} measures them, on a PostgreSQL server store of the same trial: the
	 * store's page cache is then the server's, outside this JVM's heap.
	 */
	private List<BenchResult> postgresOdm() throws Exception {
		Optional<BenchResult> skipped = postgresSkipped("ODM export and import (PostgreSQL)");
		if (skipped.isPresent()) {
			return List.of(skipped.get());
		}
		return onPostgres((cluster, store) -> {
			try (TrialSession administrator = store.login("admin", DemoUsers.PASSWORD.toCharArray())) {
				return OdmBench.run(administrator, folder, heavy, ", PostgreSQL");
			}
		});
	}

	private Optional<BenchResult> postgresSkipped(String name) throws IOException {
		if (postgres == Postgres.OFF) {
			return Optional.of(BenchResult.skip(name, "--no-postgres"));
		}
		if (LocalPostgres.binaries().isEmpty()) {
			if (postgres == Postgres.REQUIRED) {
				throw new IllegalStateException("--postgres: no PostgreSQL server binaries under /usr/lib/postgresql "
						+ "(apt-get install postgresql)");
			}
			return Optional.of(BenchResult.skip(name, "no PostgreSQL server binaries under /usr/lib/postgresql "
					+ "(apt-get install postgresql)"));
		}
		return Optional.empty();
	}

	private interface OnPostgres<T> {
		T run(LocalPostgres cluster, JdbcTrialRepository store) throws Exception;
	}

	/** Starts a PostgreSQL server, loads the benchmark's trial into a server store and runs {@code work} on it. */
	private <T> T onPostgres(OnPostgres<T> work) throws Exception {
		Path bin = LocalPostgres.binaries().orElseThrow();
		out.println("Starting a PostgreSQL server (" + bin + ") and loading the trial ...");
		try (LocalPostgres cluster = LocalPostgres.start(bin, BENCH_OWNER_PASSWORD, true);
				JdbcTrialRepository store = JdbcTrialRepository.server(cluster.jdbcUrl(), LocalPostgres.OWNER,
						BENCH_OWNER_PASSWORD.toCharArray())) {
			store.initializeServer();
			load(store);
			return work.run(cluster, store);
		}
	}

	/**
	 * Generates the trial and stores it. The generated trial is garbage once this returns: held during the work, it
	 * was live heap that kept G1's heap large (hundreds of MB at 10,000 subjects), and so every side's peak figure.
	 */
	private void load(JdbcTrialRepository store) throws Exception {
		DemoTrial demo = BenchTrial.generate(BenchTrial.sitesFor(subjects), subjects);
		long start = System.nanoTime();
		store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		out.println("  stored in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private static Properties credentials(String user, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		return properties;
	}

	private void report(List<BenchResult> results, BenchResult result) {
		results.add(result);
		result.lines().forEach(out::println);
		out.flush();
	}
}
