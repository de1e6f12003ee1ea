package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Figures;
import org.trialbench.bench.Repetitions;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoUsers;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * One benchmark run: the trial of the requested size in a folder of its own, then each selected benchmark, printing
 * its figures as soon as they are known.
 */
public final class BenchRun {
	/** The benchmarks by the names {@code --only} takes, in the order they run. */
	public static final List<String> NAMES = List.of("load", "commit", "worklist", "lock", "export", "tables", "listing",
			"odm", "odm-heap", "store-size", "export-wall", "odm-new", "engine", "commit-pg", "odm-pg", "startup");
	/** The single commits between two store-size checkpoints (fewer in a trial too small for them). */
	static final int SINGLE_COMMITS = 1000;
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
	private final IssueGoals goals = new IssueGoals();
	/** The PostgreSQL server store of this run's trial, started and loaded once for load, commit-pg and odm-pg. */
	private LocalPostgres server;
	private JdbcTrialRepository serverStore;
	private long serverLoadMillis;

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

	/** The issue-19 summary of the last {@link #run()}. */
	IssueGoals goals() {
		return goals;
	}

	public List<BenchResult> run() throws Exception {
		try {
			return runAll();
		} finally {
			closeServer();
			goals.print(subjects, out);
		}
	}

	private List<BenchResult> runAll() throws Exception {
		List<BenchResult> results = new ArrayList<>();
		Path home = folder.resolve("home");
		// the embedded trial takes most of a run to load: only when a benchmark reads it
		boolean embedded = List.of("load", "commit", "worklist", "lock", "export", "tables", "listing", "odm",
				"odm-heap", "store-size", "export-wall", "startup").stream().anyMatch(this::selected);
		boolean sizes = selected("store-size");
		long embeddedLoad = 0;
		BenchResult embeddedLock = null;
		try (BenchTrial trial = embedded ? BenchTrial.create(subjects, home, out) : null) {
			embeddedLoad = trial == null ? 0 : trial.storeMillis();
			if (sizes) {
				if (embeddedLoad > 0) {
					StoreSize.report(trial, IssueGoals.SIZE_LOAD, String.format(java.util.Locale.ROOT,
							"the load of %,d subjects", subjects), out, goals);
				} else {
					goals.notMeasured(IssueGoals.SIZE_LOAD, "the trial was stored by an earlier run in --dir");
				}
			}
			if (selected("commit")) {
				String site = "01";
				try (TrialSession investigator = trial.session("inv" + site)) {
					report(results, CrfCommitBench.run("CRF commit, 60 values with audit (embedded PostgreSQL)",
							investigator, trial::session, trial::owner, light));
				}
			}
			if (selected("worklist")) {
				try (TrialSession monitor = trial.session("monitor1")) {
					report(results, SdvWorklistBench.run(monitor, light));
				}
			}
			if (sizes) {
				int count = Math.min(SINGLE_COMMITS, 2 * subjects);
				try (TrialSession investigator = trial.session("inv01")) {
					SingleCommits.run(investigator, count, out);
				}
				StoreSize.report(trial, IssueGoals.SIZE_COMMITS, String.format(java.util.Locale.ROOT,
						"%,d single commits", count), out, goals);
			}
			if (selected("lock")) {
				try (TrialSession dataManager = trial.session("datamanager")) {
					BenchResult lock = ExportBench.lock(dataManager, locks());
					report(results, lock);
					goals.result(IssueGoals.LOCK, lock);
					embeddedLock = lock;
				}
				if (sizes) {
					StoreSize.report(trial, IssueGoals.SIZE_LOCK, "the data lock", out, goals);
				}
			} else if (sizes) {
				goals.notMeasured(IssueGoals.SIZE_LOCK, "lock not run");
			}
			if (selected("export")) {
				try (TrialSession statistician = trial.session("statistician")) {
					BenchResult tables = ExportBench.tables(statistician, folder, heavy);
					report(results, tables);
					goals.result(IssueGoals.TABLES, tables);
					BenchResult listings = ExportBench.listings(statistician, folder, heavy);
					report(results, listings);
					goals.result(IssueGoals.LISTINGS, listings);
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
				List<BenchResult> odm;
				try (TrialSession administrator = trial.session("admin")) {
					odm = OdmBench.run(administrator, folder, heavy, "");
				}
				odm.forEach(result -> report(results, result));
				goals.result(IssueGoals.ODM_EXPORT, odm.get(0));
				goals.result(IssueGoals.ODM_IMPORT, odm.get(1));
				if (sizes) {
					StoreSize.report(trial, IssueGoals.SIZE_ODM,
							"the ODM re-import (commits nothing)", out, goals);
				}
			} else if (sizes) {
				goals.notMeasured(IssueGoals.SIZE_ODM, "odm not run");
			}
		}
		if (selected("odm-heap")) {
			// after the store is closed, as export-wall: each command opens the store as a user's command would
			Optional<String> unavailable = OdmHeapNeed.unavailable();
			if (unavailable.isPresent()) {
				goals.notMeasured(IssueGoals.ODM_EXPORT_HEAP, unavailable.get());
				goals.notMeasured(IssueGoals.ODM_IMPORT_HEAP, unavailable.get());
				out.println(OdmHeapNeed.NAME + ": " + unavailable.get());
			} else {
				OdmHeapNeed.Needs needs = OdmHeapNeed.run(home, folder, out);
				goals.heapNeed(IssueGoals.ODM_EXPORT_HEAP, needs.export(), needs.exportFloor());
				goals.heapNeed(IssueGoals.ODM_IMPORT_HEAP, needs.imported(), needs.importFloor());
			}
		}
		if (selected("export-wall")) {
			// after the store is closed: the command starts the store's server as a user's command would
			Optional<String> unavailable = ExportWall.unavailable();
			BenchResult wall = unavailable.isPresent() ? BenchResult.skip(ExportWall.NAME, unavailable.get())
					: ExportWall.run(home, folder, heavy);
			report(results, wall);
			goals.result(IssueGoals.TABLES_WALL, wall);
		}
		if (selected("load")) {
			loadRatio(embeddedLoad);
		}
		if (embeddedLock != null) {
			lockRatio(results, embeddedLock);
		}
		if (selected("odm-new")) {
			odmNewStore();
		}
		if (selected("engine")) {
			EngineBench.run(subjects, folder, embeddedLoad, out);
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

	/** The embedded store's load of this run beside the same trial's load into a PostgreSQL server store. */
	private void loadRatio(long embeddedLoad) throws Exception {
		if (embeddedLoad == 0) {
			goals.notMeasured(IssueGoals.LOAD, "the trial was stored by an earlier run in --dir");
			return;
		}
		if (serverSkipped(IssueGoals.LOAD, "Load into a PostgreSQL server store")) {
			return;
		}
		onPostgres((cluster, store) -> null);
		serverRatio(IssueGoals.LOAD, String.format(java.util.Locale.ROOT, "Demo load of %,d subjects", subjects),
				embeddedLoad, serverLoadMillis, true);
	}

	/**
	 * The trial's exported file (written by {@code odm}) imported into a new embedded store and into a new
	 * PostgreSQL server store (a cluster of its own: the trial's roles are the cluster's), one after the other: the
	 * time ratio, and the new embedded store's size against its compacted copy.
	 */
	private void odmNewStore() throws Exception {
		Path file = folder.resolve("study.xml");
		if (!Files.isRegularFile(file)) {
			goals.notMeasured(IssueGoals.ODM_NEW, "odm not run: no exported file");
			goals.notMeasured(IssueGoals.SIZE_ODM_NEW, "odm not run: no exported file");
			out.println(OdmNewStore.NAME + ": not run (odm, which exports the file, did not run)");
			return;
		}
		Path folderOfStore = folder.resolve("odm-new").resolve("trialbench");
		BenchTrial.remove(folderOfStore);
		out.println(OdmNewStore.NAME + " (" + Files.size(file) / (1 << 20) + " MB, as import-odm --new-trial):");
		out.flush();
		OdmNewStore.Run embedded;
		try (JdbcTrialRepository store = JdbcTrialRepository.embeddedPostgres(folderOfStore)) {
			embedded = OdmNewStore.into(store, file, DemoUsers.PASSWORD.toCharArray());
		}
		out.println(String.format(java.util.Locale.ROOT, "  embedded store: %,d subjects, %,d values in %,d ms",
				embedded.subjects(), embedded.values(), embedded.millis()));
		try (EmbeddedPostgres cluster = EmbeddedPostgres.open(folderOfStore)) {
			StoreSize.report(database -> BenchTrial.superuser(cluster, database), IssueGoals.SIZE_ODM_NEW,
					"an ODM import into a new store", out, goals);
		}
		if (serverSkipped(IssueGoals.ODM_NEW, OdmNewStore.NAME + " (PostgreSQL server store)")) {
			return;
		}
		OdmNewStore.Run server;
		try (LocalPostgres cluster = LocalPostgres.start(LocalPostgres.binaries().orElseThrow(), BENCH_OWNER_PASSWORD,
				true);
				JdbcTrialRepository store = JdbcTrialRepository.server(cluster.jdbcUrl(), LocalPostgres.OWNER,
						BENCH_OWNER_PASSWORD.toCharArray())) {
			store.initializeServer();
			server = OdmNewStore.into(store, file, DemoUsers.PASSWORD.toCharArray());
		}
		out.println(String.format(java.util.Locale.ROOT, "  PostgreSQL server store: %,d subjects, %,d values in %,d ms",
				server.subjects(), server.values(), server.millis()));
		serverRatio(IssueGoals.ODM_NEW, OdmNewStore.NAME + " of " + file.getFileName(), embedded.millis(),
				server.millis(), server.subjects() == embedded.subjects());
	}

	/** Locks the data takes on each store kind: as many as a heavy benchmark measures (one in quick runs). */
	private Repetitions locks() {
		return new Repetitions(0, heavy.measured());
	}

	/**
	 * The same data locks on a PostgreSQL server store of the trial (loaded as for {@code load}) beside the embedded
	 * store's: the time ratio of their medians.
	 */
	private void lockRatio(List<BenchResult> results, BenchResult embedded) throws Exception {
		String name = "Data lock (lock-data, PostgreSQL server store)";
		if (serverSkipped(IssueGoals.LOCK_RATIO, name)) {
			return;
		}
		BenchResult server = onPostgres((cluster, store) -> {
			try (TrialSession dataManager = store.login("datamanager", DemoUsers.PASSWORD.toCharArray())) {
				return ExportBench.lock(name, dataManager, locks());
			}
		});
		report(results, server);
		serverRatio(IssueGoals.LOCK_RATIO, String.format(java.util.Locale.ROOT, "Data lock of %,d subjects", subjects),
				embedded.product().samples().medianMillis(), server.product().samples().medianMillis(), true);
	}

	/**
	 * Prints the embedded store's time for some bulk work beside a PostgreSQL server store's and puts the ratio into
	 * the summary (goal {@value IssueGoals#LOAD_GOAL}x); {@code sameWork} false (the two did not do the same) misses.
	 */
	private void serverRatio(String figure, String what, double embeddedMillis, double serverMillis, boolean sameWork) {
		double ratio = embeddedMillis / serverMillis;
		boolean met = sameWork && ratio <= IssueGoals.LOAD_GOAL;
		out.println(String.format(java.util.Locale.ROOT,
				"%s: embedded store %,.0f ms, PostgreSQL server store %,.0f ms: %s  goal <= %s  %s", what,
				embeddedMillis, serverMillis, Figures.ratio(ratio), Figures.ratio(IssueGoals.LOAD_GOAL),
				met ? "PASS" : "MISS"));
		out.flush();
		boolean seconds = serverMillis >= 10_000;
		goals.measured(figure, String.format(java.util.Locale.ROOT, "%s (%,.0f / %,.0f %s)", Figures.ratio(ratio),
				seconds ? embeddedMillis / 1000 : embeddedMillis, seconds ? serverMillis / 1000 : serverMillis,
				seconds ? "s" : "ms"), met);
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

	/**
	 * Whether the server side of a comparison with the embedded store cannot run (--no-postgres, or no server
	 * binaries); then the figure is recorded as not measured and the reason printed.
	 */
	private boolean serverSkipped(String figure, String name) throws IOException {
		Optional<BenchResult> skipped = postgresSkipped(name);
		if (skipped.isPresent()) {
			goals.notMeasured(figure, skipped.get().skipped());
			out.println(skipped.get().lines().get(0));
		}
		return skipped.isPresent();
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

	/**
	 * Runs {@code work} on a PostgreSQL server store of the benchmark's trial: the first call starts the server and
	 * loads the trial (timed), later calls of the same run reuse it.
	 */
	private <T> T onPostgres(OnPostgres<T> work) throws Exception {
		if (serverStore == null) {
			Path bin = LocalPostgres.binaries().orElseThrow();
			out.println("Starting a PostgreSQL server (" + bin + ") and loading the trial ...");
			server = LocalPostgres.start(bin, BENCH_OWNER_PASSWORD, true);
			serverStore = JdbcTrialRepository.server(server.jdbcUrl(), LocalPostgres.OWNER,
					BENCH_OWNER_PASSWORD.toCharArray());
			serverStore.initializeServer();
			load(serverStore);
		}
		return work.run(server, serverStore);
	}

	private void closeServer() throws Exception {
		if (serverStore != null) {
			serverStore.close();
			serverStore = null;
		}
		if (server != null) {
			server.close();
			server = null;
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
		serverLoadMillis = (System.nanoTime() - start) / 1_000_000;
		out.println("  stored in the PostgreSQL server store in " + serverLoadMillis + " ms");
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
