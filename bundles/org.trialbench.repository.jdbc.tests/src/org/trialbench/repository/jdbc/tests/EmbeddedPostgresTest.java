package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.internal.StoreSchema;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;
import org.trialbench.repository.jdbc.local.PostgresBinaries;

/**
 * The embedded-PostgreSQL prototype with the real binaries from Maven Central and real processes: the first open
 * makes and starts the cluster, other processes attach to its server, the server outlives the process that started
 * it while another still uses it and stops when the last one leaves, a kill -9 (of a user or of the server) is
 * recovered from, and all of it works as root (as CI runs), where the server runs in a user namespace.
 */
class EmbeddedPostgresTest {

	@TempDir
	static Path cache;
	private static Path bin;

	@BeforeAll
	static void unpack() throws IOException {
		bin = PostgresBinaries.installed(cache);
	}

	@Test
	void firstOpenMakesTheClusterAndTheStoreOpensOnIt(@TempDir Path store) throws Exception {
		long pid;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.open(store, bin)) {
			pid = postgres.serverPid();
			assertTrue(postgres.startedServer());
			assertTrue(postgres.timings().initdb() > 0, "initdb ran");
			assertTrue(Files.exists(postgres.dataFolder().resolve("PG_VERSION")));
			assertEquals("17", Files.readString(postgres.dataFolder().resolve("PG_VERSION")).strip());
			assertEquals("rwx------", permissions(store.resolve(EmbeddedPostgres.FOLDER)));
			assertEquals("rw-------", permissions(store.resolve(EmbeddedPostgres.FOLDER).resolve("password")));
			JdbcTrialRepository repository = JdbcTrialRepository.server(postgres.jdbcUrl(), postgres.owner(),
					postgres.password());
			try {
				assertEquals(StoreSchema.newestVersion(Database.Vendor.POSTGRESQL), repository.initializeServer());
				SmallTrial small = new SmallTrial();
				repository.initialize(small.trial, small.credentials(), "embedded PostgreSQL test",
						new NullProgressMonitor());
				try (TrialSession investigator = repository.login("inv01", "secret-inv01".toCharArray())) {
					assertFalse(investigator.visibleSites().isEmpty(), "the investigator sees a site");
				}
				// every open runs initializeServer: the stored blinding is left as it is (no protocol parsed and
				// no rows written again), and a store without the mark (an older one) learns it once
				String owner = postgres.owner();
				String password = new String(postgres.password());
				String stored = protocolRows(postgres.jdbcUrl(), owner, password);
				assertTrue(stored.contains(":arm:"), stored);
				repository.initializeServer();
				assertEquals(stored, protocolRows(postgres.jdbcUrl(), owner, password), "not written again");
				try (Connection connection = connect(postgres.jdbcUrl(), owner, password);
						Statement statement = connection.createStatement()) {
					statement.executeUpdate("DELETE FROM store_info WHERE name = 'protocol.blinding'");
					statement.executeUpdate("DELETE FROM protocol_element");
				}
				repository.initializeServer();
				String relearned = protocolRows(postgres.jdbcUrl(), owner, password);
				assertEquals(stored.replaceAll("@\\d+", ""), relearned.replaceAll("@\\d+", ""),
						"the same blinding derived again");
				repository.initializeServer();
				assertEquals(relearned, protocolRows(postgres.jdbcUrl(), owner, password), "and then kept");
			} finally {
				repository.close();
			}
			// no TCP beyond loopback, and a password is required
			assertThrowsSql(() -> connect(postgres.jdbcUrl(), postgres.owner(), "wrong"));
			// the store's own roles (a password of 192 random bits) log in with a short SCRAM verifier, trial users
			// with PostgreSQL's 4096 iterations
			try (Connection connection = connect(postgres.jdbcUrl(), LocalPostgres.SUPERUSER,
					new String(postgres.password())); Statement query = connection.createStatement();
					java.sql.ResultSet rs = query.executeQuery("SELECT rolname, split_part(rolpassword, ':', 1) "
							+ "FROM pg_authid WHERE rolname IN ('" + LocalPostgres.SUPERUSER + "', '"
							+ LocalPostgres.OWNER + "', 'inv01') ORDER BY 1")) {
				java.util.Map<String, String> iterations = new java.util.TreeMap<>();
				while (rs.next()) {
					iterations.put(rs.getString(1), rs.getString(2));
				}
				assertEquals(java.util.Map.of("inv01", "SCRAM-SHA-256$4096", LocalPostgres.OWNER, "SCRAM-SHA-256$16",
						LocalPostgres.SUPERUSER, "SCRAM-SHA-256$16"), iterations);
			}
			assertTrue(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("quick-logins")));
			// as a store made before: the owner's verifier with 4096 iterations and no marker
			try (Connection connection = connect(postgres.jdbcUrl(), LocalPostgres.SUPERUSER,
					new String(postgres.password())); Statement statement = connection.createStatement()) {
				statement.execute("SET scram_iterations = 4096");
				statement.execute("ALTER ROLE " + LocalPostgres.OWNER + " PASSWORD '" + new String(postgres.password())
						+ "'");
			}
			Files.delete(store.resolve(EmbeddedPostgres.FOLDER).resolve("quick-logins"));
		}
		assertServerStopped(pid, store);
		// the next open starts the existing cluster without initdb, and the trial is still there
		try (EmbeddedPostgres again = EmbeddedPostgres.open(store, bin)) {
			assertTrue(again.startedServer());
			assertEquals(0, again.timings().initdb());
			try (Connection connection = connect(again.jdbcUrl(), LocalPostgres.SUPERUSER, new String(again.password()));
					Statement query = connection.createStatement();
					java.sql.ResultSet rs = query.executeQuery("SELECT split_part(rolpassword, ':', 1) FROM pg_authid "
							+ "WHERE rolname = '" + LocalPostgres.OWNER + "'")) {
				assertTrue(rs.next());
				assertEquals("SCRAM-SHA-256$16", rs.getString(1), "an older store's owner gets the quick login once");
			}
			JdbcTrialRepository repository = JdbcTrialRepository.server(again.jdbcUrl(), null, null);
			try (TrialSession investigator = repository.login("inv01", "secret-inv01".toCharArray())) {
				assertFalse(investigator.visibleSites().isEmpty());
			} finally {
				repository.close();
			}
		}
	}

	@Test
	void aCurrentSchemaOpensWithoutFlywayAndAChangedScriptIsStillRefused(@TempDir Path store) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.open(store, bin)) {
			Database database = Database.server(postgres.jdbcUrl());
			assertFalse(StoreSchema.isCurrent(database, postgres.owner(), postgres.password()), "no history yet");
			JdbcTrialRepository repository = JdbcTrialRepository.server(postgres.jdbcUrl(), postgres.owner(),
					postgres.password());
			try {
				int newest = StoreSchema.newestVersion(Database.Vendor.POSTGRESQL);
				assertEquals(newest, repository.initializeServer());
				assertTrue(StoreSchema.isCurrent(database, postgres.owner(), postgres.password()),
						"the checksums are Flyway's");
				assertEquals(newest, repository.initializeServer());
				StoreSchemaTest.SchemaHistory.changeChecksum(database.connect(postgres.owner(), postgres.password()),
						"2");
				assertFalse(StoreSchema.isCurrent(database, postgres.owner(), postgres.password()));
				StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
						repository::initializeServer);
				assertTrue(refused.getMessage().contains("checksum"), refused.getMessage());
			} finally {
				repository.close();
			}
		}
	}

	@Test
	void aSecondProcessAttachesAndTheServerOutlivesTheFirstWhileTheSecondUsesIt(@TempDir Path store)
			throws Exception {
		long pid;
		try (ChildJvm second = ChildJvm.start(EmbeddedPostgresProcess.class, store.toString(), bin.toString())) {
			try (EmbeddedPostgres first = EmbeddedPostgres.open(store, bin)) {
				pid = first.serverPid();
				probe(first, 3);
				second.await("OPEN", 60); // started after ours: it must not start a second server
				second.send("query");
				assertEquals("ROWS 3", second.await("ROWS", 30));
			}
			assertEquals(String.valueOf(pid), second.output().replaceAll("(?s).*OPEN started=false pid=(\\d+).*", "$1"),
					"the second process attached to the first one's server:\n" + second.output());
			// the first process has left: the server still serves the second
			assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
			second.send("query");
			assertEquals("ROWS 3", second.await("ROWS", 30));
			second.send("close");
			second.await("CLOSED", 60);
			assertEquals(0, second.waitFor(30));
		}
		assertServerStopped(pid, store);
	}

	@Test
	void aUserKilledWithSignal9LeavesTheServerToTheOthers(@TempDir Path store) throws Exception {
		long pid;
		try (ChildJvm starter = ChildJvm.start(EmbeddedPostgresProcess.class, store.toString(), bin.toString())) {
			String open = starter.await("OPEN", 120);
			assertTrue(open.startsWith("OPEN started=true"), open);
			pid = Long.parseLong(open.replaceAll(".*pid=(\\d+).*", "$1"));
			starter.kill();
		}
		assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server outlived its starter");
		try (EmbeddedPostgres next = EmbeddedPostgres.open(store, bin)) {
			assertFalse(next.startedServer(), "the next process attaches to the running server");
			assertEquals(pid, next.serverPid());
			probe(next, 2);
		}
		// the dead starter's lock was released by the kernel: the last one to leave stopped the server
		assertServerStopped(pid, store);
	}

	@Test
	void aProcessEndingWithoutClosingTheStoreStillStopsTheServerItWasLastOn(@TempDir Path store) throws Exception {
		long pid;
		try (ChildJvm starter = ChildJvm.start(EmbeddedPostgresProcess.class, store.toString(), bin.toString())) {
			String open = starter.await("OPEN", 120);
			pid = Long.parseLong(open.replaceAll(".*pid=(\\d+).*", "$1"));
			starter.send("exit"); // System.exit without close, as a SIGTERM'd workbench ends: the shutdown hook leaves
			assertEquals(0, starter.waitFor(60), starter.output());
		}
		assertServerStopped(pid, store);
	}

	@Test
	void aServerKilledWithSignal9IsStartedAgainWithItsData(@TempDir Path store) throws Exception {
		long pid;
		try (EmbeddedPostgres first = EmbeddedPostgres.open(store, bin)) {
			pid = first.serverPid();
			probe(first, 4);
			ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
			server.destroyForcibly();
			server.onExit().get(30, TimeUnit.SECONDS);
		}
		// server.properties and postmaster.pid are stale now
		assertTrue(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties"))
				|| Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("data").resolve("postmaster.pid")));
		waitForChildrenOf(pid);
		try (EmbeddedPostgres again = EmbeddedPostgres.open(store, bin)) {
			assertTrue(again.startedServer(), "a stale server.properties is not attached to");
			assertNotEquals(pid, again.serverPid());
			try (Connection connection = connect(again.jdbcUrl(), again.owner(), new String(again.password()));
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT count(*) FROM probe")) {
				rows.next();
				assertEquals(4, rows.getInt(1), "committed rows survive the crash");
			}
			pid = again.serverPid();
		}
		assertServerStopped(pid, store);
	}

	@Test
	void asRootTheServerRunsInAUserNamespaceAndTheFilesStayTheOwners(@TempDir Path store) throws Exception {
		boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.open(store, bin)) {
			Path serverNamespace = Files.readSymbolicLink(Path.of("/proc", Long.toString(postgres.serverPid()), "ns",
					"user"));
			Path ours = Files.readSymbolicLink(Path.of("/proc/self/ns/user"));
			assertEquals(root, EmbeddedPostgres.inUserNamespace());
			if (root) {
				assertNotEquals(ours, serverNamespace, "as root, PostgreSQL runs in a user namespace of its own");
			} else {
				assertEquals(ours, serverNamespace, "a normal user runs the server directly");
			}
			// outside, the cluster's files belong to whoever opened the store (root in CI), not to another account
			Object owner = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			try (Stream<Path> files = Files.walk(postgres.dataFolder())) {
				for (Path file : files.toList()) {
					assertEquals(owner, Files.getAttribute(file, "unix:uid"), file.toString());
				}
			}
			probe(postgres, 1);
		}
	}

	@Test
	void aNormalDesktopUserRunsTheServerDirectly() throws Exception {
		boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		Assumptions.assumeTrue(root, "run as a normal user, every other test here is this case");
		// as root, a child process runs as the unprivileged account nobody, in folders of its own
		Path shared = Files.createTempDirectory("trialbench-desktop-user");
		try {
			Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
			Path binaries = shared.resolve("binaries");
			command("cp", "-a", bin.getParent().toString(), binaries.toString());
			Path store = Files.createDirectories(shared.resolve("store"));
			command("chown", "nobody", store.toString());
			Path copies = Files.createDirectories(shared.resolve("classes"));
			try (ChildJvm desktop = ChildJvm.startAs("nobody", copies,
					List.of(EmbeddedPostgresProcess.class, EmbeddedPostgres.class, org.postgresql.Driver.class),
					EmbeddedPostgresProcess.class, store.toString(), binaries.resolve("bin").toString())) {
				String open = desktop.await("OPEN", 120);
				assertTrue(open.startsWith("OPEN started=true"), open);
				long pid = Long.parseLong(open.replaceAll(".*pid=(\\d+).*", "$1"));
				ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
				assertEquals("nobody", server.info().user().orElse(""), "the server runs as the user who opened");
				assertEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/user")),
						Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "user")),
						"no user namespace for a normal user");
				assertEquals("nobody", Files.getOwner(store.resolve(EmbeddedPostgres.FOLDER).resolve("data")).getName());
				desktop.send("close");
				desktop.await("CLOSED", 60);
				assertEquals(0, desktop.waitFor(30));
				server.onExit().get(30, TimeUnit.SECONDS);
				assertFalse(server.isAlive());
			}
		} finally {
			command("rm", "-rf", shared.toString());
		}
	}

	private static void command(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
	}

	@Test
	void twoProcessesUnpackingAtOnceBothGetTheCompleteBinaries(@TempDir Path fresh) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Path>> results = new ArrayList<>();
			Callable<Path> unpack = () -> PostgresBinaries.installed(fresh);
			results.add(pool.submit(unpack));
			results.add(pool.submit(unpack));
			Path one = results.get(0).get(5, TimeUnit.MINUTES);
			Path two = results.get(1).get(5, TimeUnit.MINUTES);
			assertEquals(one, two);
			assertTrue(Files.isExecutable(one.resolve("postgres")));
			assertTrue(Files.isExecutable(one.resolve("initdb")));
			assertTrue(Files.isSymbolicLink(one.resolveSibling("lib").resolve("libpq.so")));
			try (Stream<Path> left = Files.list(fresh)) {
				assertEquals(List.of(one.getParent().getFileName().toString()),
						left.map(p -> p.getFileName().toString()).toList(), "no half-unpacked copy is left");
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** Creates table probe with n rows (if new) as the owner. */
	private static void probe(EmbeddedPostgres postgres, int rows) throws SQLException {
		try (Connection connection = connect(postgres.jdbcUrl(), postgres.owner(), new String(postgres.password()));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS probe (n integer)");
			statement.execute("INSERT INTO probe SELECT generate_series(1, " + rows + ")");
		}
	}

	/** The stored blinding, each row with the transaction that wrote it ({@code oid:kind:code@xmin}). */
	private static String protocolRows(String url, String user, String password) throws SQLException {
		try (Connection connection = connect(url, user, password); Statement query = connection.createStatement();
				ResultSet rs = query.executeQuery("SELECT string_agg(oid || ':' || kind || ':' || coalesce(code, '') "
						+ "|| '@' || xmin::text, ',' ORDER BY oid) FROM protocol_element")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", user);
		credentials.setProperty("password", password);
		return new org.postgresql.Driver().connect(url, credentials);
	}

	private static void assertThrowsSql(Callable<Connection> connect) {
		try (Connection connection = connect.call()) {
			throw new AssertionError("connected with a wrong password");
		} catch (SQLException expected) {
			assertTrue(expected.getMessage().contains("password"), expected.getMessage());
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	static void assertServerStopped(long pid, Path store) throws Exception {
		ProcessHandle.of(pid).ifPresent(p -> {
			try {
				p.onExit().get(30, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new AssertionError("the server " + pid + " did not stop after the last process left", e);
			}
		});
		assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "server " + pid + " stopped");
		assertFalse(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("server.properties")));
	}

	/** After a kill -9 of the postmaster, its children notice and exit; the shared memory goes with the last. */
	private static void waitForChildrenOf(long pid) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			boolean any = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("")
					.startsWith("postgres: ") && p.parent().map(q -> q.pid() == pid).orElse(false));
			if (!any) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}
}
