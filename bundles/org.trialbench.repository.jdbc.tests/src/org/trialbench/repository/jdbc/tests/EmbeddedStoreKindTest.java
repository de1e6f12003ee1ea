package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.User;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.PostgresBinaries;

/**
 * The embedded store kind as the settings open it ({@code store.kind=embedded}): a new store is an embedded
 * PostgreSQL cluster in the store folder, an existing H2 store is upgraded to it with its data (H2StoreUpgradeTest
 * tests the upgrade itself); trusted local sessions on
 * PostgreSQL are held to the user's row-level security; the workbench and a headless command share one store.
 */
class EmbeddedStoreKindTest {

	@TempDir
	Path home;

	private TrialRepository open(Path store) throws Exception {
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		return new JdbcRepositoryProvider().open(settings);
	}

	@Test
	void aNewEmbeddedStoreIsPostgresqlWithLocalSessionsAndPasswordLogins() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		long serverPid;
		try (TrialRepository repository = open(store)) {
			JdbcTrialRepository jdbc = (JdbcTrialRepository) repository;
			assertTrue(jdbc.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:"), jdbc.jdbcUrl());
			assertEquals(StoreDescription.Kind.EMBEDDED, repository.description().kind());
			assertEquals(store.toAbsolutePath().toString(), repository.description().location());
			assertTrue(Files.isDirectory(store.resolve(EmbeddedPostgres.FOLDER).resolve("data")));
			assertFalse(Files.exists(store.resolveSibling("trialbench.mv.db")), "no H2 file was made");
			serverPid = serverPid(store);
			assertTrue(repository.isEmpty());
			SmallTrial small = new SmallTrial();
			repository.initialize(small.trial, small.credentials(), "embedded store on PostgreSQL",
					new NullProgressMonitor());
			assertFalse(repository.isEmpty());
			assertEquals(List.of(SmallTrial.USERS), repository.localUsers().stream().map(User::getUsername).toList());
			try (TrialSession investigator = repository.localSession("inv01")) {
				assertEquals("inv01", investigator.user().getUsername());
				assertEquals(List.of("01"), investigator.visibleSites().stream().map(s -> s.getCode()).toList());
				assertEquals(3, investigator.countSubjects(SubjectFilter.all()), "only the subjects of site 01");
				assertTrue(investigator.subject("subject-02-0001").isEmpty(), "a subject of site 02 is not there");
			}
			try (TrialSession dataManager = repository.localSession("dm")) {
				assertEquals(6, dataManager.countSubjects(SubjectFilter.all()));
			}
			assertThrows(AuthenticationException.class, () -> repository.localSession("nobody"));
			assertThrows(AuthenticationException.class, () -> repository.localSession("trialbench_owner"),
					"a local session is a trial user's, never the store owner's");
			try (TrialSession byPassword = repository.login("inv02", "secret-inv02".toCharArray())) {
				assertEquals(List.of("02"), byPassword.visibleSites().stream().map(s -> s.getCode()).toList());
			}
			assertThrows(AuthenticationException.class, () -> repository.login("inv02", "wrong".toCharArray()));
		}
		EmbeddedPostgresTest.assertServerStopped(serverPid, store); // the last process to close the store stops it
		// opened again: the same cluster, the trial is there
		try (TrialRepository again = open(store); TrialSession admin = again.localSession("admin")) {
			assertEquals(6, admin.countSubjects(SubjectFilter.all()));
		}
	}

	@Test
	void anExistingH2StoreIsUpgradedToPostgresqlWithItsData() throws Exception {
		Path store = home.resolve("old").resolve("trialbench");
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store)) {
			SmallTrial small = new SmallTrial();
			h2.initialize(small.trial, small.credentials(), "an H2 store of an earlier version",
					new NullProgressMonitor());
		}
		try (TrialRepository repository = open(store); TrialSession dataManager = repository.localSession("dm")) {
			assertTrue(((JdbcTrialRepository) repository).jdbcUrl().startsWith("jdbc:postgresql:"));
			assertEquals(store.toAbsolutePath().toString(), repository.description().location());
			assertEquals(6, dataManager.countSubjects(SubjectFilter.all()));
			assertEquals("01-0001", dataManager.subject("subject-01-0001").orElseThrow().getScreeningNumber());
		}
		assertTrue(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("initialized")));
		assertFalse(Files.exists(store.resolveSibling("trialbench.mv.db")), "the H2 file is no longer the store");
		try (var kept = Files.list(store.getParent())) {
			assertEquals(1, kept.filter(p -> p.getFileName().toString().startsWith("trialbench.mv.db.upgraded-"))
					.count(), "the H2 file is kept beside it");
		}
		// the same path given with H2's suffix names the same store
		try (TrialRepository repository = open(store.resolveSibling("trialbench.mv.db"))) {
			assertTrue(((JdbcTrialRepository) repository).jdbcUrl().startsWith("jdbc:postgresql:"));
			assertEquals(store.toAbsolutePath().toString(), repository.description().location());
		}
	}

	/**
	 * What code holding a site-bound user's local-session connection can do with plain SQL. Its restrictions hold
	 * against {@code SET ROLE} and against reading or writing past row-level security. The connection was
	 * authenticated as the cluster's superuser, so it can {@code RESET SESSION AUTHORIZATION}: the trust model is
	 * that of the folder's owner, who can read the cluster's password in the folder and connect as superuser anyway
	 * (README). A password login's connection cannot.
	 */
	@Test
	void aLocalSessionsConnectionKeepsTheUsersRestrictionsExceptAgainstItsTrustedOwner() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		try (TrialRepository repository = open(store)) {
			SmallTrial small = new SmallTrial();
			repository.initialize(small.trial, small.credentials(), "attack test", new NullProgressMonitor());
			String url = ((JdbcTrialRepository) repository).jdbcUrl();
			char[] clusterPassword = Files.readString(store.resolve(EmbeddedPostgres.FOLDER).resolve("password"))
					.strip().toCharArray();
			Database local = Database.embeddedServer(url, store, "trialbench_superuser", clusterPassword);
			try (Connection connection = local.connect("inv01", null)) {
				assertEquals("inv01", single(connection, "SELECT session_user"));
				assertEquals("3", single(connection, "SELECT count(*) FROM clinical_object WHERE object_type = 'Subject'"));
				for (String role : List.of("trialbench_owner", "trialbench_superuser", "inv02", "trialbench_definer")) {
					assertSqlRefused(connection, "SET ROLE " + role);
				}
				assertSqlRefused(connection, "UPDATE clinical_object SET state = 'x' WHERE id = 'subject-02-0001'",
						"0 rows");
				assertSqlRefused(connection, "DELETE FROM audit_entry", "0 rows");
				assertSqlRefused(connection, "ALTER ROLE inv01 SUPERUSER");
				assertEquals("3", single(connection, "SELECT count(*) FROM clinical_object WHERE object_type = 'Subject'"));
				// the trusted part: the folder owner's connection may become the superuser again
				try (Statement statement = connection.createStatement()) {
					statement.execute("RESET SESSION AUTHORIZATION");
				}
				assertEquals("trialbench_superuser", single(connection, "SELECT session_user"));
			}
			try (Connection login = Database.server(url).connect("inv01", "secret-inv01".toCharArray())) {
				assertSqlRefused(login, "RESET SESSION AUTHORIZATION; SELECT 1 FROM pg_authid");
				assertSqlRefused(login, "SET SESSION AUTHORIZATION trialbench_superuser");
				assertSqlRefused(login, "SET ROLE trialbench_owner");
				assertEquals("3", single(login, "SELECT count(*) FROM clinical_object WHERE object_type = 'Subject'"));
			}
		}
	}

	/** A workbench (this JVM) and a headless command (a child JVM) on one embedded PostgreSQL store at once. */
	@Test
	void aWorkbenchAndAHeadlessCommandShareTheStore() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		Path bin = PostgresBinaries.installed(PostgresBinaries.defaultCache());
		int times = 4;
		long serverPid;
		try (TrialRepository repository = open(store)) {
			serverPid = serverPid(store);
			SmallTrial small = new SmallTrial();
			repository.initialize(small.trial, small.credentials(), "two processes", new NullProgressMonitor());
			try (TrialSession here = repository.localSession("inv01");
					ChildJvm child = ChildJvm.start("increment", "epg:" + store + "|" + bin, "inv01",
							RepositoryContract.S1, "IT.ECK.PAIN", "1", Integer.toString(times))) {
				child.await("READY", 120);
				ExecutorService pool = Executors.newSingleThreadExecutor();
				AtomicInteger conflicts = new AtomicInteger();
				List<Long> ours = Collections.synchronizedList(new ArrayList<>());
				Future<?> mine = pool.submit(() -> {
					for (int i = 0; i < times; i++) {
						ours.add((long) StoreProcess.incrementOnce(here, RepositoryContract.S1, "IT.ECK.PAIN",
								conflicts));
					}
					return null;
				});
				mine.get(3, TimeUnit.MINUTES);
				pool.shutdown();
				assertEquals(0, child.waitFor(180), child.output());
				assertEquals(times, child.output().lines().filter(l -> l.startsWith("COMMIT ")).count());
				try (TrialSession admin = repository.localSession("admin")) {
					assertEquals(Integer.toString(2 * times), RepositoryContract
							.value(admin.subject(RepositoryContract.S1).orElseThrow(), "IT.ECK.PAIN").getValue(),
							"no update was lost");
				}
			}
			assertTrue(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false),
					"the command leaving did not stop the server the workbench still uses");
			assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
		}
		EmbeddedPostgresTest.assertServerStopped(serverPid, store); // the workbench, leaving last, stopped it
	}

	private static long serverPid(Path store) throws Exception {
		Properties server = new Properties();
		try (var in = Files.newInputStream(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties"))) {
			server.load(in);
		}
		return Long.parseLong(server.getProperty("pid"));
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			assertTrue(rs.next());
			String value = rs.getString(1);
			connection.commit();
			return value;
		}
	}

	private static void assertSqlRefused(Connection connection, String sql) throws SQLException {
		assertSqlRefused(connection, sql, null);
	}

	/** The statement fails, or (for an UPDATE row-level security hides the rows of) changes nothing. */
	private static void assertSqlRefused(Connection connection, String sql, String orNoRows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			boolean failed = false;
			int rows = -1;
			try {
				statement.execute(sql);
				rows = statement.getUpdateCount();
			} catch (SQLException e) {
				failed = true;
			}
			connection.rollback();
			assertTrue(failed || (orNoRows != null && rows == 0), "not refused: " + sql);
		}
	}
}
