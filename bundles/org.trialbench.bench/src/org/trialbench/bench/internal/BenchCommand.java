package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Repetitions;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;

/** {@code ./trialbench bench}: the benchmarks at scale, each beside its physical floor measured in the same run. */
@Component(service = HeadlessCommand.class)
public class BenchCommand implements HeadlessCommand {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "benchmarks on a generated 10,000-subject trial, each beside its physical floor";
	}

	@Override
	public String usage() {
		return "./trialbench bench [--subjects N] [--only NAME,...] [--postgres|--no-postgres] [--repetitions N]\n"
				+ "                   [--listing-rows N] [--dir FOLDER]\n"
				+ "  Generates a demo trial (default 10000 subjects) in a store of its own and prints, per benchmark,\n"
				+ "  the median (min, max) of the measured repetitions after warm-ups, the floor measured in the same\n"
				+ "  run, the ratio, the goal with PASS or MISS, and the peak heap above what was live before.\n"
				+ "  --only         some of: " + String.join(",", BenchRun.NAMES) + "\n"
				+ "  --postgres     require the PostgreSQL benchmarks, commit-pg and odm-pg (default: run them when the\n"
				+ "                 server binaries are installed under /usr/lib/postgresql); --no-postgres skips them\n"
				+ "  --repetitions  measured repetitions of the quick benchmarks (default 7; heavy ones take 3)\n"
				+ "  --listing-rows rows of the listing benchmark (default 1000000)\n"
				+ "  --dir          work folder, kept afterwards (default: a temporary folder, deleted); a later run on\n"
				+ "                 it with the same --subjects reuses its stored trial\n"
				+ "  The trial is stored in an embedded PostgreSQL store, as a new default store is; the run ends with\n"
				+ "  the table 'Issue 19 goals' (store size checkpoints, load, lock and an ODM import into a new store vs\n"
				+ "  a server store, exports, ODM heap).\n"
				+ "  Start-up is measured only with a DISPLAY (e.g. xvfb-run -a ./trialbench bench).";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		int subjects = arguments.integer("subjects", 10_000, 20, 200_000);
		String onlyText = arguments.string("only").orElse("");
		boolean postgres = arguments.flag("postgres");
		boolean noPostgres = arguments.flag("no-postgres");
		int repetitions = arguments.integer("repetitions", 7, 1, 1000);
		int listingRows = arguments.integer("listing-rows", 1_000_000, 1, 50_000_000);
		Path dir = arguments.path("dir").orElse(null);
		arguments.rejectUnknown();
		if (postgres && noPostgres) {
			throw CommandException.usage("bench: --postgres and --no-postgres contradict each other");
		}
		Set<String> only = new LinkedHashSet<>();
		for (String name : onlyText.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			if (!BenchRun.NAMES.contains(name.strip())) {
				throw CommandException.usage("bench: unknown benchmark '" + name.strip() + "' in --only; the benchmarks are "
						+ String.join(",", BenchRun.NAMES));
			}
			only.add(name.strip());
		}
		Path folder;
		try {
			folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("trialbench-bench");
		} catch (IOException e) {
			throw new CommandException("bench: cannot create the work folder: " + e.getMessage(), e);
		}
		out.println("Trialbench benchmarks: " + subjects + " subjects; " + machine());
		try {
			BenchRun run = new BenchRun(subjects, only,
					postgres ? BenchRun.Postgres.REQUIRED : noPostgres ? BenchRun.Postgres.OFF : BenchRun.Postgres.AUTO,
					new Repetitions(3, repetitions), new Repetitions(1, Math.max(1, Math.min(3, repetitions))),
					listingRows, folder, out);
			List<BenchResult> results = run.run();
			long missed = results.stream().filter(r -> r.ran() && !r.met()).count();
			out.println();
			out.println("Summary:");
			for (BenchResult result : results) {
				out.println("  " + BenchTable.summaryLine(result));
			}
			out.println(missed == 0 ? "Every benchmark's goal met." : missed + " benchmark goal(s) missed.");
			long issueMissed = run.goals().rows().stream().filter(row -> row.verdict().equals("MISS")).count();
			out.println("Issue 19 goals (table above): " + (issueMissed == 0 ? "none missed." : issueMissed + " missed."));
			return 0;
		} catch (Exception e) {
			throw new CommandException("bench: " + e, e);
		} finally {
			if (dir == null) {
				delete(folder);
			}
		}
	}

	/** Cores, maximum heap and JVM, so that figures are read with the machine they ran on. */
	static String machine() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.availableProcessors() + " cores, max heap " + (runtime.maxMemory() >> 20) + " MB, Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version") + ", load average "
				+ String.format(java.util.Locale.ROOT, "%.2f",
						ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
