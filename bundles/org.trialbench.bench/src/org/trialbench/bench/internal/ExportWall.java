package org.trialbench.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;

/**
 * {@code ./trialbench export-tables} as the user waits for it: the installed product started as a child process with
 * the launcher's JVM options and the benchmark's home (so on the benchmark's embedded store), timed from spawn to
 * exit: the JVM and OSGi start, opening the store (starting its server when no other process runs it), the export,
 * closing. Runs only from the installed product (it needs the Equinox launcher jar of the installation).
 */
final class ExportWall {
	static final String NAME = "export-tables command, wall clock (child process)";
	private static final long TIMEOUT_SECONDS = 600;

	private ExportWall() {
	}

	static Optional<String> unavailable() {
		return StartupBench.launcher().isPresent() ? Optional.empty()
				: Optional.of("not run from the installed product: no Equinox launcher jar");
	}

	static BenchResult run(Path home, Path folder, Repetitions repetitions) throws Exception {
		Path launcher = StartupBench.launcher().orElseThrow();
		Path state = folder.resolve("export-wall");
		Path out = state.resolve("tables.xlsx");
		Optional<Path> script = script();
		Side product = repetitions.measure("command", "files", repetition -> {
			Files.deleteIfExists(out);
			if (script.isPresent()) {
				runScript(script.get(), home, state, out);
			} else {
				spawn(launcher, home, state, out);
			}
			return Files.isRegularFile(out) ? 1 : 0;
		});
		return BenchResult.of(NAME, product, null, Goal.millisBelow(6000), script.isPresent()
				? "`./trialbench export-tables --out FILE` run as a user runs it (the launcher script with its default "
						+ "heap and its class archive, TRIALBENCH_HOME the benchmark's), timed from spawn to exit on the "
						+ "benchmark's store (no other process on it, so each run starts and stops its server)"
				: "spawn to exit of `export-tables --out FILE` on the benchmark's store (no launcher script found, so "
						+ "the JVM is started directly: no class archive); -Xmx" + (Runtime.getRuntime().maxMemory() >> 20)
						+ "m as this process; peak heap: this process's, not the child's");
	}

	/** The launcher script this run was started by ({@code ./trialbench} passes itself), if it is there. */
	static Optional<Path> script() {
		String named = System.getProperty("trialbench.script");
		return named == null ? Optional.empty() : Optional.of(Path.of(named)).filter(Files::isExecutable);
	}

	/** Runs the command through the launcher script, with the user's defaults (no heap or options of this run). */
	private static void runScript(Path script, Path home, Path state, Path out) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(script.toString(), "export-tables", "--out", out.toString());
		builder.environment().put("TRIALBENCH_HOME", home.toString());
		builder.environment().put("TRIALBENCH_SKIP_BUILD", "1");
		builder.environment().remove("TRIALBENCH_MAX_HEAP");
		builder.environment().remove("TRIALBENCH_JAVA_OPTS");
		complete(builder, state);
	}

	/** Runs the command to its end, its output in the state folder's log; a failure names the log's lines. */
	private static void complete(ProcessBuilder builder, Path state) throws Exception {
		Path log = Files.createDirectories(state).resolve("export-tables.log");
		Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("export-tables did not end within " + TIMEOUT_SECONDS + " s; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IOException("export-tables ended with " + process.exitValue() + ": "
					+ String.join("\n  ", Files.readAllLines(log)));
		}
	}

	private static void spawn(Path launcher, Path home, Path state, Path out) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(java.toString(),
				"-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m", "-Dtrialbench.home=" + home,
				"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED", "-jar", launcher.toString(), "-data",
				state.resolve("workspace").toString(), "-configuration", state.resolve("configuration").toString(),
				"-nosplash", "-application", "org.trialbench.app.cli", "export-tables", "--out", out.toString()));
		complete(new ProcessBuilder(command), state);
	}
}
