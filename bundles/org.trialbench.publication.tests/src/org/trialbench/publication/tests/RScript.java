package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an R script (Rscript, with the survival package: Debian r-base-core and r-cran-survival, which run-tests
 * installs) on a CSV file and reads back the lines "name value" it prints; NA reads as NaN. R is the statistician's
 * reference, so the tests compare with what it computes in the same run, never with numbers copied into a test.
 */
final class RScript {

	private RScript() {
	}

	static Map<String, Double> run(Path directory, String script, String csv) throws IOException, InterruptedException {
		Path scriptFile = Files.writeString(directory.resolve("check.R"), script, StandardCharsets.UTF_8);
		Path data = Files.writeString(directory.resolve("data.csv"), csv, StandardCharsets.UTF_8);
		Process process;
		try {
			process = new ProcessBuilder("Rscript", "--vanilla", scriptFile.toString(), data.toString())
					.redirectErrorStream(true).start();
		} catch (IOException e) {
			fail("Rscript is not installed: the statistics are checked against R "
					+ "(apt-get install r-base-core r-cran-survival; ./run-tests installs them)", e);
			throw e;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("Rscript did not finish in 120 s");
		}
		assertEquals(0, process.exitValue(), "Rscript failed:\n" + output);
		Map<String, Double> values = new HashMap<>();
		for (String line : output.split("\\R")) {
			String[] parts = line.trim().split("\\s+");
			if (parts.length == 2 && parts[0].matches("[A-Za-z][\\w.]*")) {
				values.put(parts[0], switch (parts[1]) {
				case "NA", "NaN" -> Double.NaN;
				case "Inf" -> Double.POSITIVE_INFINITY;
				case "-Inf" -> Double.NEGATIVE_INFINITY;
				default -> Double.parseDouble(parts[1]);
				});
			}
		}
		return values;
	}

	static String csv(List<String> header, List<List<Object>> rows) {
		StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
		for (List<Object> row : rows) {
			out.append(String.join(",", row.stream().map(String::valueOf).toList())).append('\n');
		}
		return out.toString();
	}

	/** Equal as R and Java both compute in double precision, or both not available. */
	static void same(double r, double java, String what) {
		if (Double.isNaN(r) || Double.isNaN(java)) {
			assertEquals(Double.isNaN(r), Double.isNaN(java), what + ": R " + r + ", Trialbench " + java);
			return;
		}
		assertEquals(r, java, 1e-6 * Math.max(1, Math.abs(r)), what);
	}
}
