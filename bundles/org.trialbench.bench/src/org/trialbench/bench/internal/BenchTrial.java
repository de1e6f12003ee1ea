package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The trial every benchmark works on: the demo generator's trial of the requested size, stored once in an embedded
 * store in the benchmark's own folder (never the user's store). About 250 subjects per site, as in a large
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
	private final Path storeFile;
	private final JdbcTrialRepository store;
	private final long generateMillis;
	private final long storeMillis;

	private BenchTrial(int subjects, int sites, Path storeFile, JdbcTrialRepository store, long generateMillis,
			long storeMillis) {
		this.subjects = subjects;
		this.sites = sites;
		this.storeFile = storeFile;
		this.store = store;
		this.generateMillis = generateMillis;
		this.storeMillis = storeMillis;
	}

	public static int sitesFor(int subjects) {
		return Math.max(2, Math.min(DemoTrialGenerator.MAX_SITES, (subjects + 249) / 250));
	}

	/**
	 * Generates the demo trial and stores it in {@code home/store/trialbench.mv.db}, or opens the one an earlier run
	 * stored there with the same size and seed.
	 */
	public static BenchTrial create(int subjects, Path home, PrintStream log) throws StoreException {
		int sites = sitesFor(subjects);
		Path file = home.resolve("store").resolve("trialbench.mv.db");
		Path marker = home.resolve(MARKER);
		if (Files.isRegularFile(file) && describes(marker, subjects)) {
			log.println("Opening the demo trial of " + subjects + " subjects at " + sites + " sites (seed " + SEED
					+ ") an earlier run stored in " + file.getParent() + " (its earlier commits stay in it) ...");
			return new BenchTrial(subjects, sites, file, JdbcTrialRepository.embedded(file), 0, 0);
		}
		try {
			Files.deleteIfExists(marker);
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new StoreException("cannot remove the earlier benchmark store " + file + ": " + e.getMessage(), e);
		}
		log.println("Generating a demo trial of " + subjects + " subjects at " + sites + " sites (seed " + SEED + ") ...");
		long start = System.nanoTime();
		DemoTrial demo = generate(sites, subjects);
		long generated = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		JdbcTrialRepository store = JdbcTrialRepository.embedded(file);
		store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		long stored = (System.nanoTime() - start) / 1_000_000;
		log.println("  generated in " + generated + " ms, stored in the embedded store in " + stored + " ms");
		mark(marker, subjects);
		return new BenchTrial(subjects, sites, file, store, generated, stored);
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

	public Path storeFile() {
		return storeFile;
	}

	/** The embedded store's JDBC URL, for the floors' plain JDBC connections to the same database. */
	public String jdbcUrl() {
		return store.jdbcUrl();
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
	}
}
