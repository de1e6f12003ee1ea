package org.trialbench.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * The embedded store's file beside the size H2's own full compaction gives the same data: a copy of the closed file
 * is opened with plain JDBC and shut down with {@code SHUTDOWN COMPACT} (which re-writes every live page into a new
 * file); the copy is deleted afterwards. Goal: the store's file at most {@value #GOAL}x the compacted one.
 */
final class StoreSize {
	static final double GOAL = 1.5;

	private StoreSize() {
	}

	/** The sizes in bytes: the store's file and its fully compacted copy. */
	record Sizes(long file, long compacted) {
		double ratio() {
			return (double) file / compacted;
		}
	}

	static Sizes measure(Path storeFile, Path folder) throws IOException, SQLException {
		long size = Files.size(storeFile);
		Path copyFolder = Files.createDirectories(folder.resolve("compacted"));
		Path copy = copyFolder.resolve("trialbench.mv.db");
		try {
			Files.copy(storeFile, copy, StandardCopyOption.REPLACE_EXISTING);
			Properties credentials = new Properties();
			credentials.setProperty("user", "trialbench");
			credentials.setProperty("password", "");
			String base = copy.toAbsolutePath().toString();
			base = base.substring(0, base.length() - ".mv.db".length());
			try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + base, credentials);
					Statement shutdown = connection.createStatement()) {
				shutdown.execute("SHUTDOWN COMPACT");
			}
			return new Sizes(size, Files.size(copy));
		} finally {
			Files.deleteIfExists(copy);
			Files.deleteIfExists(copyFolder.resolve("trialbench.trace.db"));
			Files.deleteIfExists(copyFolder);
		}
	}

	static void report(Path storeFile, Path folder, PrintStream out) throws IOException, SQLException {
		Sizes sizes = measure(storeFile, folder);
		out.println("Embedded store file after the run's work");
		out.println(String.format(Locale.ROOT, "  file %,d MB, fully compacted copy %,d MB: %.2fx  goal <= %.1fx  %s",
				sizes.file() >> 20, sizes.compacted() >> 20, sizes.ratio(), GOAL, sizes.ratio() <= GOAL ? "PASS" : "MISS"));
		out.flush();
	}
}
