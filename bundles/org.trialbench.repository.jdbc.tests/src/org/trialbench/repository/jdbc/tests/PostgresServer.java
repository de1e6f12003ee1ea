package org.trialbench.repository.jdbc.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: initdb into a temporary directory, started on a free loopback port with
 * password (SCRAM) authentication, stopped and deleted afterwards. Uses the Debian server binaries
 * (/usr/lib/postgresql/N/bin, installed by ./run-tests). PostgreSQL refuses to run as root, so under root the
 * server runs as the system account postgres.
 */
final class PostgresServer implements AutoCloseable {

	static final String OWNER = "trialbench_owner";
	static final String OWNER_PASSWORD = "owner-secret";

	private final Path bin;
	private final Path directory;
	private final int port;
	private final boolean asPostgres;

	private PostgresServer(Path bin, Path directory, int port, boolean asPostgres) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgres = asPostgres;
	}

	static PostgresServer start() throws IOException, InterruptedException {
		Path bin = findBin();
		Path directory = Files.createTempDirectory("trialbench-pg");
		boolean asPostgres = "root".equals(System.getProperty("user.name"));
		Path passwordFile = directory.resolve("pwfile");
		Files.writeString(passwordFile, OWNER_PASSWORD + "\n");
		if (asPostgres) {
			run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PostgresServer server = new PostgresServer(bin, directory, port, asPostgres);
		server.pg(List.of(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-U", OWNER,
				"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"));
		server.startServer();
		server.pg(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", OWNER,
				"-d", "postgres", "-c", "CREATE DATABASE trial OWNER " + OWNER));
		return server;
	}

	void startServer() throws IOException, InterruptedException {
		pg(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-t", "60",
				"-l", directory.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
	}

	void stopServer() throws IOException, InterruptedException {
		pg(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-m", "fast",
				"stop"));
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/trial";
	}

	private void pg(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		run(full, true);
	}

	private static void run(List<String> command, boolean withPassword) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (withPassword) {
			builder.environment().put("PGPASSWORD", OWNER_PASSWORD);
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("failed: " + String.join(" ", command) + "\n" + output);
		}
	}

	private static Path findBin() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(root)) {
			try (Stream<Path> versions = Files.list(root)) {
				Path bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
						.max(Comparator.naturalOrder()).orElse(null);
				if (bin != null) {
					return bin;
				}
			}
		}
		throw new IOException("No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install postgresql "
				+ "(./run-tests does this)");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			stopServer();
		} finally {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
