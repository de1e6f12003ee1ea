package org.trialbench.bench.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;

/**
 * Start to first rendered view: the installed product started as a child process, as {@code ./trialbench} starts it
 * (Equinox launcher jar, the same JVM options), once as the workbench on the benchmark's store and once as an empty
 * e4 application (one part with one label, {@code org.trialbench.bench.ui/Empty.e4xmi}) on the same installation.
 * With {@value #PROPERTY} set, the bundle org.trialbench.bench.ui prints the wall-clock time of the first paint of
 * the first part and closes the application; the time counts from just before the process is spawned.
 */
final class StartupBench {
	static final String PROPERTY = "trialbench.bench.firstPaint";
	static final String MARK = "trialbench.bench.firstPaint=";
	private static final long TIMEOUT_SECONDS = 180;

	private StartupBench() {
	}

	/** Why the startup benchmark cannot run here, if it cannot. */
	static Optional<String> unavailable() {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			return Optional.of("no DISPLAY: start-up needs a display (e.g. xvfb-run -a ./trialbench bench)");
		}
		return launcher().isPresent() ? Optional.empty()
				: Optional.of("no Equinox launcher jar in the installation (" + installation() + "plugins)");
	}

	static BenchResult run(Path home, Path folder, Repetitions repetitions) throws Exception {
		Path launcher = launcher().orElseThrow();
		Side[] sides = measure(repetitions, () -> spawn(launcher, home, folder.resolve("workbench"), false),
				() -> spawn(launcher, home, folder.resolve("empty"), true));
		Side workbench = sides[0];
		Side empty = sides[1];
		return BenchResult.of("Start to first rendered view", workbench, empty, Goal.timeRatioAtMost(1.3),
				"child processes under DISPLAY=" + System.getenv("DISPLAY") + "; floor: empty e4 application, same "
						+ "installation and JVM options; peak heap: the child's whole heap (sum of its pools' peaks) at its first paint, not an increase");
	}

	/** One start: milliseconds from spawn to first paint, and the child's peak heap then. */
	record Start(long millis, long peakHeapBytes) {
	}

	interface Spawn {
		Start start() throws Exception;
	}

	/**
	 * The workbench and the empty application alternately. Each start is timed by the child's mark, not by this
	 * process (the child still has to close afterwards).
	 */
	static Side[] measure(Repetitions repetitions, Spawn product, Spawn floor) throws Exception {
		for (int i = 0; i < repetitions.warmups(); i++) {
			product.start();
			floor.start();
		}
		long[][] nanos = new long[2][repetitions.measured()];
		long[] peak = new long[2];
		for (int i = 0; i < repetitions.measured(); i++) {
			for (int side = 0; side < 2; side++) {
				Start start = (side == 0 ? product : floor).start();
				nanos[side][i] = start.millis() * 1_000_000;
				peak[side] = Math.max(peak[side], start.peakHeapBytes());
			}
		}
		return new Side[] {
				new Side("product", new org.trialbench.bench.Samples(nanos[0]), nanos[0].length, "starts", peak[0]),
				new Side("floor", new org.trialbench.bench.Samples(nanos[1]), nanos[1].length, "starts", peak[1]) };
	}

	private static String installation() {
		return System.getProperty("osgi.install.area", "");
	}

	static Optional<Path> launcher() {
		try {
			Path plugins = Path.of(URI.create(installation())).resolve("plugins");
			try (Stream<Path> files = Files.list(plugins)) {
				return files.filter(f -> f.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")
						&& f.getFileName().toString().endsWith(".jar")).findFirst();
			}
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Starts the product and waits for its first paint and its exit. Fails when it does not paint in time. */
	static Start spawn(Path launcher, Path home, Path state, boolean emptyApplication) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx2g", "-Dtrialbench.home=" + home,
				"-D" + PROPERTY + "=true", "--enable-native-access=ALL-UNNAMED", "-jar", launcher.toString(), "-data",
				state.resolve("workspace").toString(), "-configuration", state.resolve("configuration").toString(),
				"-nosplash", "-clearPersistedState"));
		if (emptyApplication) {
			command.addAll(List.of("-application", "org.eclipse.e4.ui.workbench.swt.E4Application", "-applicationXMI",
					"org.trialbench.bench.ui/Empty.e4xmi"));
		} else {
			command.addAll(List.of("-product", "org.trialbench.app.product"));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		long spawned = System.currentTimeMillis();
		Process process = builder.start();
		// reading stops only at the child's end; a child that hangs is ended after the timeout
		process.onExit();
		Thread watchdog = Thread.ofVirtual().start(() -> {
			try {
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			} catch (InterruptedException e) {
				process.destroyForcibly();
			}
		});
		List<String> output = new ArrayList<>();
		long painted = -1;
		long peak = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith(MARK)) {
					String[] figures = line.substring(MARK.length()).trim().split(" ");
					painted = Long.parseLong(figures[0]);
					peak = figures.length > 1 ? Long.parseLong(figures[1]) : 0;
				} else if (output.size() < 200) {
					output.add(line);
				}
			}
		} finally {
			process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			watchdog.interrupt();
		}
		if (painted < 0) {
			throw new IOException((emptyApplication ? "the empty e4 application" : "the workbench")
					+ " never reported its first paint; its output:\n  " + String.join("\n  ", output));
		}
		return new Start(painted - spawned, peak);
	}
}
