package org.trialbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.bench.Repetitions;

/**
 * {@code --only engine} at a tiny size: embedded PostgreSQL is unpacked, made, loaded with the demo trial, measured
 * and removed; every figure is printed and positive. No timing is asserted.
 */
class EngineBenchTest {

	@TempDir
	Path folder;

	@Test
	void theEngineBenchmarkPrintsEachFigure() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		new BenchRun(40, Set.of("engine"), BenchRun.Postgres.OFF, new Repetitions(0, 1), new Repetitions(0, 1), 100,
				folder, out).run();
		String text = printed.toString(StandardCharsets.UTF_8);
		Matcher cold = Pattern.compile("cold start ([0-9,]+) ms: unpack ([0-9,]+) ms .*initdb ([0-9,]+) ms, start "
				+ "([0-9,]+) ms").matcher(text);
		assertTrue(cold.find(), text);
		for (int group = 1; group <= 4; group++) {
			assertTrue(Long.parseLong(cold.group(group).replace(",", "")) > 0, text);
		}
		Matcher load = Pattern.compile("demo trial of 40 subjects loaded in ([0-9,]+) ms").matcher(text);
		assertTrue(load.find(), text);
		Matcher size = Pattern.compile("after the load ([0-9,]+) MB, after VACUUM FULL ([0-9,]+) MB: ([0-9.]+)x")
				.matcher(text);
		assertTrue(size.find(), text);
		assertTrue(Double.parseDouble(size.group(3)) > 0, text);
		assertTrue(text.contains("tb_commit_write") || text.contains("calls"), text);
		assertTrue(Pattern.compile("warm start .* median [0-9,]+ ms").matcher(text).find(), text);
		assertFalse(Files.exists(folder.resolve("engine")), "the benchmark's cluster and cache are removed");
	}
}
