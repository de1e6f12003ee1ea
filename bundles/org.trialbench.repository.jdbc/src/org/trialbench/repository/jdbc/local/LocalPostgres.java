package org.trialbench.repository.jdbc.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server on this machine, for tests and benchmarks: initdb into a fresh temporary folder
 * with the Debian server binaries ({@code /usr/lib/postgresql/N/bin}), started on a free loopback port with password
 * (SCRAM) authentication and a database {@code trial} owned by {@link #OWNER}; stopped and deleted on close.
 * PostgreSQL refuses to run as root, so under root the server runs as the system account postgres (which is why the
 * folder is a temporary one of its own: postgres could not enter a private work folder).
 */
public final class LocalPostgres implements AutoCloseable {

	/** The database owner: may create roles, as {@code server-init} needs. */
	public static final String OWNER = "trialbench_owner";
	/**
	 * The cluster's bootstrap superuser (same password as the owner). The store's owner is no superuser: it holds
	 * only CREATEROLE and CREATEDB, as the README asks of a real server's owner, so that the tests show the store
	 * needs no more.
	 */
	public static final String SUPERUSER = "trialbench_superuser";
	public static final String DATABASE = "trial";
	/** The shared buffers of a durable (benchmark) server: a trial store's working set, not a quarter of any machine. */
	public static final String SHARED_BUFFERS = "1GB";
	private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");

	private final Path bin;
	private final Path directory;
	private final int port;
	private final boolean asPostgres;
	private final String ownerPassword;
	private final boolean durable;

	private LocalPostgres(Path bin, Path directory, int port, boolean asPostgres, String ownerPassword,
			boolean durable) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgres = asPostgres;
		this.ownerPassword = ownerPassword;
		this.durable = durable;
	}

	/** The newest installed server binaries, if any. */
	public static Optional<Path> binaries() throws IOException {
		if (!Files.isDirectory(DEBIAN_BINARIES)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
			return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.naturalOrder());
		}
	}

	/** Starts a server with the newest installed binaries; fails naming what to install when there are none. */
	public static LocalPostgres start(String ownerPassword, boolean durable) throws IOException, InterruptedException {
		Path bin = binaries().orElseThrow(() -> new IOException("No PostgreSQL server binaries under "
				+ DEBIAN_BINARIES + ": apt-get install postgresql (./run-tests does this)"));
		return start(bin, ownerPassword, durable);
	}

	/**
	 * Starts a server with the given binaries. {@code durable}: set up as the README recommends for a real server
	 * (fsync on, so that a commit costs what it costs there, and {@value #SHARED_BUFFERS} of shared buffers instead
	 * of PostgreSQL's 128 MB default, which is meant for the smallest machines); for benchmarks. Tests turn fsync
	 * off for speed and keep the default buffers.
	 */
	public static LocalPostgres start(Path bin, String ownerPassword, boolean durable)
			throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("trialbench-pg");
		boolean asPostgres = "root".equals(System.getProperty("user.name"));
		Path passwordFile = directory.resolve("pwfile");
		Files.writeString(passwordFile, ownerPassword + "\n");
		LocalPostgres server = null;
		try {
			if (asPostgres) {
				run(List.of("chown", "-R", "postgres:postgres", directory.toString()), null);
			}
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			server = new LocalPostgres(bin, directory, port, asPostgres, ownerPassword, durable);
			server.pg(List.of(bin.resolve("initdb").toString(), "-D", server.data(), "-U", SUPERUSER,
					"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"));
			server.startServer();
			server.pg(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
					SUPERUSER, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c",
					"CREATE ROLE " + OWNER + " LOGIN CREATEROLE CREATEDB PASSWORD '" + ownerPassword.replace("'", "''")
							+ "'",
					"-c", "CREATE DATABASE " + DATABASE + " OWNER " + OWNER));
			return server;
		} catch (IOException | InterruptedException | RuntimeException e) {
			if (server != null) {
				server.stopQuietly();
			}
			delete(directory);
			throw e;
		}
	}

	/** Starts the server again after {@link #stopServer()}, on the same port and data. */
	public void startServer() throws IOException, InterruptedException {
		pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "-t", "60", "-l",
				directory.resolve("server.log").toString(), "-o", "-p " + port + " -k " + directory
						+ " -c listen_addresses=127.0.0.1"
						+ (durable ? " -c shared_buffers=" + SHARED_BUFFERS : " -c fsync=off"),
				"start"));
	}

	/** Stops the server (fast shutdown: open connections are cut), keeping its data. */
	public void stopServer() throws IOException, InterruptedException {
		pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "-m", "fast", "stop"));
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	public String ownerPassword() {
		return ownerPassword;
	}

	private String data() {
		return directory.resolve("data").toString();
	}

	private void pg(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		run(full, ownerPassword);
	}

	private static void run(List<String> command, String password) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (password != null) {
			builder.environment().put("PGPASSWORD", password);
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException("failed: " + String.join(" ", command) + "\n" + output);
		}
	}

	private void stopQuietly() {
		try {
			stopServer();
		} catch (IOException | InterruptedException e) {
			// not started, or already gone: the folder is deleted next either way
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			stopServer();
		} finally {
			delete(directory);
		}
	}
}
