package org.trialbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;

/** A kept work folder keeps its trial for the next run of the same size; another size or a broken store is made anew. */
class BenchTrialReuseTest {

	@TempDir
	Path home;

	@Test
	void aSecondRunOfTheSameSizeOpensTheStoredTrialInsteadOfMakingItAgain() throws Exception {
		int stored;
		try (BenchTrial first = BenchTrial.create(30, home, quiet())) {
			stored = subjectCount(first);
			assertTrue(first.storeMillis() > 0);
		}
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		try (BenchTrial second = BenchTrial.create(30, home, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
			assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Opening the demo trial of 30 subjects"),
					printed.toString(StandardCharsets.UTF_8));
			assertEquals(0, second.storeMillis());
			assertEquals(stored, subjectCount(second));
		}
		printed.reset();
		try (BenchTrial other = BenchTrial.create(40, home, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
			assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Generating a demo trial of 40 subjects"),
					printed.toString(StandardCharsets.UTF_8));
			assertTrue(subjectCount(other) > stored, "the store of 30 subjects was replaced, not added to");
		}
	}

	@Test
	void aStoreWithoutItsMarkerIsMadeAnew() throws Exception {
		try (BenchTrial first = BenchTrial.create(30, home, quiet())) {
			assertTrue(Files.isDirectory(first.storeFolder().resolve("postgresql").resolve("data")),
					"an embedded PostgreSQL store, as a new default store is");
			assertFalse(Files.exists(home.resolve("store").resolve("trialbench.mv.db")), "no H2 file");
		}
		Files.delete(home.resolve("bench-trial.properties")); // as if the making had been interrupted
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		try (BenchTrial again = BenchTrial.create(30, home, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
			assertFalse(printed.toString(StandardCharsets.UTF_8).startsWith("Opening"));
			assertTrue(again.storeMillis() > 0);
		}
	}

	private static int subjectCount(BenchTrial trial) throws Exception {
		try (TrialSession admin = trial.session("admin")) {
			return admin.subjects(SubjectFilter.all()).size();
		}
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}
}
