package org.trialbench.repository.jdbc.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster kept inside a store folder and run by the workbench itself, with the binaries of
 * {@link PostgresBinaries}: the prototype of an embedded store on the same engine as the server store.
 * <p>
 * <b>Layout.</b> Everything is in {@code STORE/postgresql} (mode 0700): the cluster ({@code data}), its password
 * ({@code password}, 0600), the running server's address ({@code server.properties}: port and process id), the
 * server's log and two lock files. The cluster is made by {@code initdb} on first use, with the same roles and
 * database as a server store ({@link LocalPostgres#SUPERUSER}, {@link LocalPostgres#OWNER}, database
 * {@value LocalPostgres#DATABASE}), and password (SCRAM) authentication.
 * <p>
 * <b>Listening.</b> Loopback only ({@code 127.0.0.1}, a free port chosen at each start), no Unix socket, every
 * connection with the cluster's password, which only the store folder's owner can read. (pgJDBC has no Unix-socket
 * transport of its own; see BENCHMARKS.md for what one would take.)
 * <p>
 * <b>Several processes on one store.</b> The workbench and a headless command may open the same store at once.
 * Deciding who starts the server happens under an exclusive lock of {@code control.lock}: the first process starts
 * it and writes {@code server.properties}; the others find it there, check that it answers and attach. Each process
 * that uses the server holds a shared lock of {@code users.lock} until it closes. The one that closes last (it can
 * then take that lock exclusively) stops the server. Locks of a process that dies (even by kill -9) are released by
 * the operating system, so a dead process never keeps the server alive for ever and a stale {@code server.properties}
 * (a server that no longer answers) is recovered by starting the server again. A process that exits without
 * closing the store (System.exit, SIGTERM) leaves it in a shutdown hook. A server whose last user was killed with
 * SIGKILL keeps running until the next process opens and closes the store.
 * <p>
 * <b>Run as root.</b> PostgreSQL refuses to run as root. A root process (as in CI) runs initdb, pg_ctl and the server
 * in an unprivileged user namespace ({@code unshare --user --map-user=1 --map-group=1}, util-linux 2.38+): inside,
 * the server is user 1 (daemon) and passes PostgreSQL's check; outside, it is still root, so the files in the store
 * stay the store owner's and no other account or change of ownership is needed. A normal desktop user runs the
 * binaries directly.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	/** The folder inside the store folder that holds the cluster. */
	public static final String FOLDER = "postgresql";
	/** The user id the server has inside its user namespace when started by root (daemon on Debian and others). */
	private static final int NAMESPACE_UID = 1;
	/** SCRAM iterations of the store's own roles' verifiers (see {@code Shared.quickLogins}). */
	static final int STORE_ROLE_ITERATIONS = 16;
	/** The marker that the store's own roles have their quick logins. */
	static final String QUICK_LOGINS = "quick-logins";
	private static final Map<Path, Shared> OPEN = new HashMap<>();
	private static boolean exitHook;

	/** How long each step of starting took (milliseconds; 0 for a step not taken). */
	public record Timings(long initdb, long start, long createDatabase) {
	}

	private final Shared shared;
	private boolean closed;

	private EmbeddedPostgres(Shared shared) {
		this.shared = shared;
	}

	/** Opens the store's cluster with the binaries from the per-user cache (unpacked there first if needed). */
	public static EmbeddedPostgres open(Path store) throws IOException {
		return open(store, PostgresBinaries.installed(PostgresBinaries.defaultCache()));
	}

	/**
	 * Opens the store's cluster with the given binaries: makes it on first use, starts its server unless another
	 * process already runs it, or attaches to that server.
	 *
	 * @param bin the binaries' {@code bin} folder ({@link PostgresBinaries#installed(Path)})
	 */
	public static EmbeddedPostgres open(Path store, Path bin) throws IOException {
		Path folder = store.toAbsolutePath().normalize().resolve(FOLDER);
		synchronized (OPEN) {
			Shared shared = OPEN.get(folder);
			if (shared == null) {
				shared = Shared.open(folder, bin);
				OPEN.put(folder, shared);
				if (!exitHook) {
					exitHook = true;
					Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::leaveAll,
							"Trialbench: leave the embedded stores' servers"));
				}
			}
			shared.users++;
			return new EmbeddedPostgres(shared);
		}
	}

	/**
	 * Removes a store folder whose cluster nobody uses and nobody will (a half-made one an interrupted upgrade left):
	 * its server is stopped if one still runs (its starter died), then the whole folder is deleted.
	 */
	public static void discard(Path store, Path bin) throws IOException {
		Path root = store.toAbsolutePath().normalize();
		Path folder = root.resolve(FOLDER);
		synchronized (OPEN) {
			if (OPEN.containsKey(folder)) {
				throw new IOException("The store in " + root + " is still open in this process; it is not removed");
			}
		}
		if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
			new Shared(folder, bin, "").stopQuietly();
		}
		if (Files.exists(root)) {
			PostgresBinaries.delete(root);
		}
	}

	/** The store's database on the running server. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + shared.port + "/" + LocalPostgres.DATABASE;
	}

	/** The database owner's role ({@link LocalPostgres#OWNER}). */
	public String owner() {
		return LocalPostgres.OWNER;
	}

	/** The password of the owner and of the cluster's superuser. */
	public char[] password() {
		return shared.password.toCharArray();
	}

	/** Whether this process started the server (rather than attaching to one another process started). */
	public boolean startedServer() {
		return shared.startedServer;
	}

	/** The server's process id. */
	public long serverPid() {
		return shared.pid;
	}

	/** How long making and starting took in this process. */
	public Timings timings() {
		return shared.timings;
	}

	/** The cluster's folder ({@code STORE/postgresql/data}). */
	public Path dataFolder() {
		return shared.folder.resolve("data");
	}

	/** Whether processes of this user run the server in a user namespace (true for root). */
	public static boolean inUserNamespace() {
		return isRoot();
	}

	/**
	 * Leaves the server: the last process on this machine to leave stops it; otherwise it keeps running for the
	 * others.
	 */
	@Override
	public void close() throws IOException {
		synchronized (OPEN) {
			if (closed) {
				return;
			}
			closed = true;
			if (--shared.users > 0) {
				return;
			}
			OPEN.remove(shared.folder);
			shared.leave();
		}
	}

	/**
	 * At the JVM's exit (also on SIGTERM, as when a desktop session ends the workbench), leaves every server still
	 * in use here, so that the last process stops it instead of leaving it running until the next open.
	 */
	private static void leaveAll() {
		synchronized (OPEN) {
			for (Shared shared : List.copyOf(OPEN.values())) {
				try {
					shared.leave();
				} catch (IOException | RuntimeException e) {
					System.err.println("Trialbench: cannot leave the embedded store's server in " + shared.folder
							+ ": " + e.getMessage());
				}
			}
			OPEN.clear();
		}
	}

	/** One store's server as this JVM uses it: one lock of each file per JVM, as POSIX locks are per process. */
	private static final class Shared {
		final Path folder;
		final Path bin;
		final String password;
		FileChannel usersChannel;
		FileLock usersLock;
		int port;
		long pid;
		boolean startedServer;
		Timings timings = new Timings(0, 0, 0);
		int users;

		private Shared(Path folder, Path bin, String password) {
			this.folder = folder;
			this.bin = bin;
			this.password = password;
		}

		static Shared open(Path folder, Path bin) throws IOException {
			Files.createDirectories(folder);
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			try (FileChannel control = FileChannel.open(folder.resolve("control.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock decision = control.lock()) {
				Path initialized = folder.resolve("initialized");
				Shared shared;
				if (!Files.exists(initialized)) {
					shared = new Shared(folder, bin, newPassword(folder));
				} else {
					shared = new Shared(folder, bin, Files.readString(folder.resolve("password")).strip());
				}
				try {
					if (!Files.exists(initialized)) {
						shared.initialize();
						Files.writeString(initialized, PostgresBinaries.VERSION + "\n");
					} else if (!shared.attach()) {
						shared.startServer();
					}
					if (!Files.exists(folder.resolve(QUICK_LOGINS))) {
						shared.quickLogins();
					}
					shared.usersChannel = FileChannel.open(folder.resolve("users.lock"), StandardOpenOption.CREATE,
							StandardOpenOption.READ, StandardOpenOption.WRITE);
					shared.usersLock = shared.usersChannel.lock(0, Long.MAX_VALUE, true);
				} catch (IOException | RuntimeException e) {
					if (shared.startedServer) {
						try {
							shared.stopQuietly(); // nobody will use a server this process failed to set up
						} catch (RuntimeException ignored) {
							e.addSuppressed(ignored);
						}
					}
					throw e;
				}
				return shared;
			}
		}

		private static String newPassword(Path folder) throws IOException {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Path file = folder.resolve("password");
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, password + "\n");
			return password;
		}

		/**
		 * The store's own two roles (superuser and owner) log in with this folder's password, 192 random bits, which
		 * key stretching cannot make any harder to guess; so their SCRAM verifiers are made with
		 * {@value #STORE_ROLE_ITERATIONS} iterations instead of PostgreSQL's 4096, which the client of every
		 * connection otherwise works through (a headless command opens about six: some 80 ms in a cold JVM, and
		 * PBKDF2's compilation on top). Trial users' own passwords keep PostgreSQL's count. Done once per store
		 * (the marker file {@value #QUICK_LOGINS}); the first open after it logs in as before.
		 */
		private void quickLogins() throws IOException {
			try (Connection connection = connect(LocalPostgres.SUPERUSER, "postgres");
					Statement statement = connection.createStatement()) {
				statement.execute("SET scram_iterations = " + STORE_ROLE_ITERATIONS);
				for (String role : List.of(LocalPostgres.SUPERUSER, LocalPostgres.OWNER)) {
					statement.execute("ALTER ROLE " + role + " PASSWORD '" + password.replace("'", "''") + "'");
				}
			} catch (SQLException e) {
				throw new IOException("Cannot set the logins of the store's roles in " + folder + ": "
						+ e.getMessage(), e);
			}
			Files.writeString(folder.resolve(QUICK_LOGINS), STORE_ROLE_ITERATIONS + "\n");
		}

		/** initdb, start, the owner role and the database; a half-made cluster from an earlier try is replaced. */
		private void initialize() throws IOException {
			Path data = folder.resolve("data");
			if (Files.exists(data)) {
				stopQuietly();
				PostgresBinaries.delete(data);
			}
			long start = System.nanoTime();
			run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", LocalPostgres.SUPERUSER,
					"--pwfile=" + folder.resolve("password"), "--auth=scram-sha-256", "-E", "UTF8", "--no-locale",
					"--no-instructions"), true);
			// only loopback, no Unix socket; WAL kept small for a desktop store
			Files.writeString(data.resolve("postgresql.conf"), """

					# Trialbench embedded store
					listen_addresses = '127.0.0.1'
					unix_socket_directories = ''
					max_wal_size = 256MB
					""", StandardOpenOption.APPEND);
			long initdb = millis(start);
			startServer();
			long started = timings.start();
			start = System.nanoTime();
			try (Connection connection = connect(LocalPostgres.SUPERUSER, "postgres");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE ROLE " + LocalPostgres.OWNER + " LOGIN CREATEROLE CREATEDB PASSWORD '"
						+ password.replace("'", "''") + "'");
				statement.execute("CREATE DATABASE " + LocalPostgres.DATABASE + " OWNER " + LocalPostgres.OWNER);
			} catch (SQLException e) {
				throw new IOException("Cannot create the store's database in " + data + ": " + e.getMessage(), e);
			}
			timings = new Timings(initdb, started, millis(start));
		}

		/** Attaches to the server that server.properties names, if it is alive and answers. */
		private boolean attach() throws IOException {
			Path file = folder.resolve("server.properties");
			if (!Files.exists(file)) {
				return false;
			}
			Properties server = new Properties();
			try (var in = Files.newInputStream(file)) {
				server.load(in);
			}
			try {
				port = Integer.parseInt(server.getProperty("port", ""));
				pid = Long.parseLong(server.getProperty("pid", ""));
			} catch (NumberFormatException e) {
				return false;
			}
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				try (Connection connection = connect(LocalPostgres.SUPERUSER, "postgres")) {
					return true;
				} catch (SQLException e) {
					// alive but not answering (stopping, or a reused process id): started again below
				}
			}
			return false;
		}

		private void startServer() throws IOException {
			Path data = folder.resolve("data");
			Files.deleteIfExists(folder.resolve("server.properties"));
			if (Files.exists(data.resolve("postmaster.pid"))) {
				stopQuietly(); // a server nobody registered (its starter died before writing server.properties)
			}
			long start = System.nanoTime();
			IOException last = null;
			for (int attempt = 0; attempt < 3; attempt++) {
				port = freePort();
				try {
					run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
							folder.resolve("server.log").toString(), "-o", "-p " + port, "start"), true);
					last = null;
					break;
				} catch (IOException e) {
					last = e; // most likely the port was taken in between: another one
				}
			}
			if (last != null) {
				throw last;
			}
			String postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
			pid = Long.parseLong(postmaster);
			startedServer = true;
			Properties server = new Properties();
			server.setProperty("port", Integer.toString(port));
			server.setProperty("pid", Long.toString(pid));
			server.setProperty("version", PostgresBinaries.VERSION);
			Path temporary = folder.resolve("server.properties.tmp");
			try (var out = Files.newOutputStream(temporary)) {
				server.store(out, "the running server of this store (written by the process that started it)");
			}
			Files.move(temporary, folder.resolve("server.properties"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			timings = new Timings(0, millis(start), 0);
		}

		/** This process leaves; the last one on the machine stops the server. */
		void leave() throws IOException {
			try (FileChannel control = FileChannel.open(folder.resolve("control.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock decision = control.lock()) {
				usersLock.release();
				try (FileLock last = usersChannel.tryLock(0, Long.MAX_VALUE, false)) {
					if (last != null) {
						if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
							run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
									"-w", "-m", "fast", "stop"), true);
						} // else the server died (killed or crashed): the next open starts it again
						Files.deleteIfExists(folder.resolve("server.properties"));
					}
				}
			} finally {
				usersChannel.close();
			}
		}

		private void stopQuietly() {
			try {
				run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-w", "-m",
						"fast", "stop"), false);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		Connection connect(String user, String database) throws SQLException {
			Properties properties = new Properties();
			properties.setProperty("user", user);
			properties.setProperty("password", password);
			properties.setProperty("connectTimeout", "10");
			return new org.postgresql.Driver()
					.connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
		}

		/** Runs one of the binaries (in a user namespace when root); fails with its output if it fails. */
		private void run(List<String> command, boolean mustSucceed) throws IOException {
			List<String> full = new ArrayList<>();
			if (isRoot()) {
				full.addAll(List.of("unshare", "--user", "--map-user=" + NAMESPACE_UID,
						"--map-group=" + NAMESPACE_UID, "--"));
			}
			full.addAll(command);
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			try {
				if (!process.waitFor(120, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IOException("Timed out after 120 s: " + String.join(" ", full));
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted: " + String.join(" ", full), e);
			}
			if (mustSucceed && process.exitValue() != 0) {
				String log = Optional.of(folder.resolve("server.log")).filter(Files::exists).map(p -> {
					try {
						List<String> lines = Files.readAllLines(p);
						return "\nlast lines of " + p + ":\n"
								+ String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
					} catch (IOException e) {
						return "";
					}
				}).orElse("");
				String root = isRoot() ? "\n(PostgreSQL refuses to run as root, so Trialbench runs it in an unprivileged "
						+ "user namespace with unshare of util-linux 2.38 or newer; that must be allowed here)" : "";
				throw new IOException("PostgreSQL of the store in " + folder + " failed (exit " + process.exitValue()
						+ "): " + String.join(" ", full) + "\n" + output.strip() + log + root);
			}
		}
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
