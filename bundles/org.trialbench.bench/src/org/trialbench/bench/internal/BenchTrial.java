package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * The trial every benchmark works on: the demo generator's trial of the requested size, stored once in an embedded
 * store in the benchmark's own folder (never the user's store): the default store of a new installation, embedded
 * PostgreSQL ({@link JdbcTrialRepository#embeddedPostgres}) in {@code home/store/trialbench}, as {@code ./trialbench
 * demo} makes it. About 250 subjects per site, as in a large
 * multicentre trial, so that one site's worklist is a site's, not the trial's.
 * <p>
 * Storing 10,000 subjects takes minutes, so a kept work folder ({@code --dir}) keeps its trial: a later run on the
 * same folder with the same size and seed opens the stored trial instead of making it again (migrated to the
 * current schema on opening). A store whose making was interrupted has no marker and is made anew.
 */
public final class BenchTrial implements AutoCloseable {
	public static final long SEED = DemoTrialGenerator.DEFAULT_SEED;

	private final int subjects;
	private final int sites;
	private final Path storeFolder;
	private final JdbcTrialRepository store;
	/** This benchmark's own handle on the store's cluster, for the superuser's and the owner's plain connections. */
	private final EmbeddedPostgres cluster;
	private final long generateMillis;
	private final long storeMillis;

	private BenchTrial(int subjects, int sites, Path storeFolder, JdbcTrialRepository store, long generateMillis,
			long storeMillis) throws StoreException {
		this.subjects = subjects;
		this.sites = sites;
		this.storeFolder = storeFolder;
		this.store = store;
		try {
			this.cluster = EmbeddedPostgres.open(storeFolder);
		} catch (IOException e) {
			store.close();
			throw new StoreException("cannot join the benchmark store's cluster in " + storeFolder + ": "
					+ e.getMessage(), e);
		}
		this.generateMillis = generateMillis;
		this.storeMillis = storeMillis;
	}

	public static int sitesFor(int subjects) {
		return Math.max(2, Math.min(DemoTrialGenerator.MAX_SITES, (subjects + 249) / 250));
	}

	/**
	 * Generates the demo trial and stores it in an embedded PostgreSQL store in {@code home/store/trialbench}, or opens
	 * the one an earlier run stored there with the same size and seed.
	 */
	public static BenchTrial create(int subjects, Path home, PrintStream log) throws StoreException {
		int sites = sitesFor(subjects);
		Path folder = home.resolve("store").resolve("trialbench");
		Path marker = home.resolve(MARKER);
		if (Files.isDirectory(folder.resolve(EmbeddedPostgres.FOLDER).resolve("data")) && describes(marker, subjects)) {
			log.println("Opening the demo trial of " + subjects + " subjects at " + sites + " sites (seed " + SEED
					+ ") an earlier run stored in " + folder + " (its earlier commits stay in it) ...");
			return new BenchTrial(subjects, sites, folder, JdbcTrialRepository.embeddedPostgres(folder), 0, 0);
		}
		try {
			Files.deleteIfExists(marker);
			remove(folder);
			// an H2 store of an earlier version of the benchmark would be opened instead of the new one
			Files.deleteIfExists(home.resolve("store").resolve("trialbench.mv.db"));
		} catch (IOException e) {
			throw new StoreException("cannot remove the earlier benchmark store " + folder + ": " + e.getMessage(), e);
		}
		log.println("Generating a demo trial of " + subjects + " subjects at " + sites + " sites (seed " + SEED + ") ...");
		long start = System.nanoTime();
		DemoTrial demo = generate(sites, subjects);
		long generated = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		JdbcTrialRepository store = JdbcTrialRepository.embeddedPostgres(folder);
		long opened = (System.nanoTime() - start) / 1_000_000;
		log.println("  generated in " + generated + " ms; the new embedded store (cluster made, started, migrated) "
				+ "opened in " + opened + " ms");
		start = System.nanoTime();
		try {
			store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
		long stored = (System.nanoTime() - start) / 1_000_000;
		log.println("  stored in the embedded PostgreSQL store in " + stored + " ms");
		mark(marker, subjects);
		return new BenchTrial(subjects, sites, folder, store, generated, stored);
	}

	/**
	 * Removes an earlier benchmark store: its server is stopped first (joining and leaving it stops a server that a
	 * killed run left running), then its folder.
	 */
	static void remove(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		if (Files.isDirectory(folder.resolve(EmbeddedPostgres.FOLDER).resolve("data"))) {
			EmbeddedPostgres.open(folder).close();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static final String MARKER = "bench-trial.properties";

	private static boolean describes(Path marker, int subjects) {
		if (!Files.isRegularFile(marker)) {
			return false;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
		return String.valueOf(subjects).equals(properties.getProperty("subjects"))
				&& String.valueOf(SEED).equals(properties.getProperty("seed"));
	}

	private static void mark(Path marker, int subjects) throws StoreException {
		Properties properties = new Properties();
		properties.setProperty("subjects", String.valueOf(subjects));
		properties.setProperty("seed", String.valueOf(SEED));
		try (Writer writer = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
			properties.store(writer, "the demo trial stored by ./trialbench bench in store/");
		} catch (IOException e) {
			throw new StoreException("cannot write " + marker + ": " + e.getMessage(), e);
		}
	}

	public static DemoTrial generate(int sites, int subjects) {
		return new DemoTrialGenerator(sites, subjects, SEED).generate(new NullProgressMonitor());
	}

	public int subjects() {
		return subjects;
	}

	public int sites() {
		return sites;
	}

	/** The embedded store's folder ({@code home/store/trialbench}). */
	public Path storeFolder() {
		return storeFolder;
	}

	/** The embedded store's JDBC URL, for the floors' plain JDBC connections to the same database. */
	public String jdbcUrl() {
		return store.jdbcUrl();
	}

	/** A plain connection to the store's database as its owner (the floors write their twin tables with it). */
	public Connection owner() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", cluster.owner());
		properties.setProperty("password", new String(cluster.password()));
		// the floor batches as well as the store does: multi-row inserts (pgJDBC's reWriteBatchedInserts)
		properties.setProperty("reWriteBatchedInserts", "true");
		return new org.postgresql.Driver().connect(cluster.jdbcUrl(), properties);
	}

	/** A plain connection as the cluster's superuser to {@code database} on the store's server. */
	public Connection superuser(String database) throws SQLException {
		return superuser(cluster, database);
	}

	/** A plain connection as the superuser of an embedded store's cluster to {@code database} on its server. */
	static Connection superuser(EmbeddedPostgres cluster, String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", LocalPostgres.SUPERUSER);
		properties.setProperty("password", new String(cluster.password()));
		String url = cluster.jdbcUrl();
		return new org.postgresql.Driver().connect(url.substring(0, url.lastIndexOf('/') + 1) + database, properties);
	}

	public TrialRepository store() {
		return store;
	}

	public long generateMillis() {
		return generateMillis;
	}

	public long storeMillis() {
		return storeMillis;
	}

	public TrialSession session(String user) throws StoreException {
		try {
			return store.localSession(user);
		} catch (org.trialbench.repository.AuthenticationException e) {
			throw new StoreException("the benchmark trial has no user " + user + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		store.close();
		try {
			cluster.close();
		} catch (IOException e) {
			System.err.println("bench: cannot leave the benchmark store's server in " + storeFolder + ": "
					+ e.getMessage());
		}
	}
}
