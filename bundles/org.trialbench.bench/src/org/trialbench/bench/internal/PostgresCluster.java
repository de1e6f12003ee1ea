package org.trialbench.bench.internal;

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
 * A throw-away PostgreSQL server for the commit benchmark, started as the repository tests start theirs: initdb
 * into the benchmark's folder with the Debian server binaries ({@code /usr/lib/postgresql/N/bin}), a free loopback
 * port, SCRAM passwords; as the system account postgres when running as root. fsync stays on (unlike the tests), so
 * that a commit costs what it costs on a real server.
 */
final class PostgresCluster implements AutoCloseable {
	static final String OWNER = "trialbench_owner";
	static final String OWNER_PASSWORD = "bench-owner";
	private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");

	private final Path bin;
	private final Path directory;
	private final int port;
	private final boolean asPostgres;

	private PostgresCluster(Path bin, Path directory, int port, boolean asPostgres) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgres = asPostgres;
	}

	/** The newest installed server binaries, if any. */
	static Optional<Path> binaries() throws IOException {
		if (!Files.isDirectory(DEBIAN_BINARIES)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
			return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.naturalOrder());
		}
	}

	/**
	 * Starts a server in a fresh temporary folder of its own: under root the server runs as postgres, which could not
	 * enter the benchmark's private work folder.
	 */
	static PostgresCluster start(Path bin) throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("trialbench-bench-pg");
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
		PostgresCluster cluster = new PostgresCluster(bin, directory, port, asPostgres);
		cluster.pg(List.of(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-U", OWNER,
				"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"));
		cluster.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-t",
				"60", "-l", directory.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start"));
		cluster.pg(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
				OWNER, "-d", "postgres", "-c", "CREATE DATABASE trial OWNER " + OWNER));
		return cluster;
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

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			pg(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-m",
					"fast", "stop"));
		} finally {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
