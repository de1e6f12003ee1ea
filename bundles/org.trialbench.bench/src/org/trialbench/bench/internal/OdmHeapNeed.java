package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The heap ODM export and import need, and their floors, found as the smallest maximum heap each completes in
 * ({@link HeapSearch}), each run as a command of its own through the launcher script as a user runs it: {@code
 * export-odm} and {@code import-odm} (the re-import of the exported file, which commits nothing), and their floors
 * {@code bench-floor odm-copy} and {@code odm-read}, which open the store and log in as those commands do, so that
 * all four JVMs hold the same besides their work; {@code bench-floor idle} (the opened session alone) is measured
 * too, so that the part the work adds can be read.
 * <p>
 * Why not the in-process peak ({@link org.trialbench.bench.HeapHighWater}, printed by {@code odm} as "peak heap"):
 * in a generational collector the peak of the used heap is mostly the young generation the collector chose, and G1
 * chooses it from its pause-time ratio, not from what the work keeps: a work that allocates faster gets a larger
 * eden (BENCHMARKS.md has the GC logs). A heap a work completes in bounds everything it keeps at any moment, whatever
 * the collector's sizing.
 * <p>
 * A run completes when its command ends with exit code 0 (an {@code OutOfMemoryError} ends it at once, {@code
 * -XX:+ExitOnOutOfMemoryError}), its output is as long as with the default heap, and it ends within twice its time
 * with the launcher's default heap (at least 15 s more): a heap in which the collector takes as long as the work
 * is not one the work runs in.
 */
final class OdmHeapNeed {
	static final String NAME = "ODM heap needed (child JVMs)";
	private static final int FIRST_GUESS_MB = 32;
	private static final int CEILING_MB = 2048;

	/** One command whose heap is searched; its output goes to {@code logName.log} in the state folder. */
	record Side(String label, String logName, List<String> arguments, Path output) {
	}

	/** What the search found for one command, and its time with the default heap. */
	record Need(Side side, HeapSearch.Result result, long referenceMillis) {
		String line() {
			return String.format(Locale.ROOT, "  %-44s %s  (%s; %,.1f s with the default heap)", side.label(),
					result.found() ? result.megabytes() + " MB" : "more than " + CEILING_MB + " MB", result.trail(),
					referenceMillis / 1000.0);
		}
	}

	/** The needs of one run: export, its floor, import, its floor, the session alone. */
	record Needs(Need export, Need exportFloor, Need imported, Need importFloor, Need idle) {
	}

	private OdmHeapNeed() {
	}

	static Optional<String> unavailable() {
		return ExportWall.script().isPresent() ? Optional.empty()
				: Optional.of("not run from the installed product's launcher script (./trialbench)");
	}

	static Needs run(Path home, Path folder, PrintStream out) throws Exception {
		Path script = ExportWall.script().orElseThrow();
		Path state = Files.createDirectories(folder.resolve("odm-heap"));
		Path exported = state.resolve("study.xml");
		Path copy = state.resolve("study-copy.xml");
		out.println();
		out.println(NAME + ": the smallest -Xmx each command completes in, as ./trialbench runs it on this store");
		out.flush();
		// the export first: its file is what the others read
		Need export = need(script, home, state, new Side("export-odm", "export-odm",
				List.of("export-odm", "--out", exported.toString()), exported), out);
		Need exportFloor = need(script, home, state, new Side("floor: bench-floor odm-copy (StAX copy)", "odm-copy",
				List.of("bench-floor", "odm-copy", "--in", exported.toString(), "--out", copy.toString()), copy), out);
		Need imported = need(script, home, state, new Side("import-odm (re-import, commits nothing)", "import-odm",
				List.of("import-odm", "--in", exported.toString(), "--reason", "benchmark: heap needed"), null), out);
		Need importFloor = need(script, home, state, new Side("floor: bench-floor odm-read (StAX read)", "odm-read",
				List.of("bench-floor", "odm-read", "--in", exported.toString()), null), out);
		Need idle = need(script, home, state, new Side("the session alone: bench-floor idle", "idle",
				List.of("bench-floor", "idle"), null), out);
		// a probe ended by OutOfMemoryError or its time limit leaves the store's server running: one more command
		// with the default heap attaches to it and, as the last user, stops it
		Run last = run(script, home, idle.side(), null, state.resolve("idle-stop.log"), TimeUnit.MINUTES.toMillis(10));
		if (!last.completed()) {
			throw new IOException("bench-floor idle did not complete with the default heap (exit " + last.exit() + ")");
		}
		return new Needs(export, exportFloor, imported, importFloor, idle);
	}

	private static Need need(Path script, Path home, Path state, Side side, PrintStream out) throws Exception {
		Path log = state.resolve(side.logName() + ".log");
		long start = System.nanoTime();
		Run reference = run(script, home, side, null, log, TimeUnit.HOURS.toMillis(1));
		long referenceMillis = (System.nanoTime() - start) / 1_000_000;
		if (!reference.completed()) {
			throw new IOException(side.label() + " did not complete with the default heap (exit " + reference.exit()
					+ "): " + String.join("\n  ", Files.readAllLines(log)));
		}
		long size = side.output() == null ? -1 : Files.size(side.output());
		long limit = Math.max(2 * referenceMillis, referenceMillis + 15_000);
		HeapSearch.Result result = HeapSearch.smallest(megabytes -> {
			Run probe = run(script, home, side, megabytes, log, limit);
			return probe.completed() && (size < 0 || Files.size(side.output()) == size);
		}, FIRST_GUESS_MB, CEILING_MB);
		Need need = new Need(side, result, referenceMillis);
		out.println(need.line());
		out.flush();
		return need;
	}

	/** How a run ended: its exit code (-1: stopped at the time limit). */
	private record Run(int exit) {
		boolean completed() {
			return exit == 0;
		}
	}

	/** Runs the command through the launcher script, with a maximum heap of {@code megabytes} (null: its default). */
	private static Run run(Path script, Path home, Side side, Integer megabytes, Path log, long limitMillis)
			throws Exception {
		if (side.output() != null) {
			Files.deleteIfExists(side.output());
		}
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(side.arguments());
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.put("TRIALBENCH_HOME", home.toString());
		environment.put("TRIALBENCH_SKIP_BUILD", "1");
		environment.remove("TRIALBENCH_MAX_HEAP");
		environment.put("TRIALBENCH_JAVA_OPTS", "-XX:+ExitOnOutOfMemoryError");
		if (megabytes != null) {
			environment.put("TRIALBENCH_MAX_HEAP", megabytes + "m");
		}
		Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(limitMillis, TimeUnit.MILLISECONDS)) {
			// the launcher may wait for its JVM (first run): stop both
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor();
			return new Run(-1);
		}
		return new Run(process.exitValue());
	}
}
