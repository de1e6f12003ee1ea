package org.trialbench.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;

import org.trialbench.core.WorkbenchSettings;

/**
 * The safety desk's settings in {@code trialbench.properties}: where the user's MedDRA distribution lives (it is read
 * from there each time, never copied into Trialbench) and the sponsor's time zone for calendar-day clocks.
 */
public final class SafetySettings {
	public static final String MEDDRA_DIR = "safety.meddra.dir";
	public static final String MEDDRA_VERSION = "safety.meddra.version";
	public static final String TIME_ZONE = "safety.timeZone";

	private SafetySettings() {
	}

	public static Optional<Path> meddraDirectory(Properties settings) {
		String dir = settings.getProperty(MEDDRA_DIR);
		return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
	}

	/** The sponsor's zone; the system's when not set. */
	public static ZoneId zone(Properties settings) {
		String zone = settings.getProperty(TIME_ZONE);
		try {
			return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.trim());
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(TIME_ZONE + " in " + WorkbenchSettings.file() + " is not a time zone: '"
					+ zone + "' (use e.g. Europe/Berlin)", e);
		}
	}

	/** Stores the given keys in the settings file, keeping everything else in it. */
	public static void store(Path file, Properties changes) throws IOException {
		Properties current = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				current.load(in);
			}
		}
		current.putAll(changes);
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path partial = Files.createTempFile(parent, ".trialbench", ".properties");
		try (OutputStream out = Files.newOutputStream(partial)) {
			current.store(out, "Trialbench settings");
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
	}
}
