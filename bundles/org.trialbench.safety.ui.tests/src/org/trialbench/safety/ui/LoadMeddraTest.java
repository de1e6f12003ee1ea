package org.trialbench.safety.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.meddra.DictionaryException;
import org.trialbench.safety.meddra.MeddraDictionary;

/** File > Load MedDRA...: a complete distribution becomes the coding dictionary; a wrong folder changes nothing. */
class LoadMeddraTest {
	@TempDir
	Path dir;

	@Test
	void aDistributionFolderBecomesTheDictionaryAndAWrongFolderChangesNothing() throws Exception {
		Path settings = dir.resolve("trialbench.properties");
		Files.writeString(settings, "session.user=safety\n");

		try {
			LoadMeddraHandler.load(Files.createDirectories(dir.resolve("not-meddra")), settings);
			fail("a folder without the MedDRA files is refused");
		} catch (DictionaryException expected) {
			// refused, with the reason the user sees
		}
		assertFalse(Files.readString(settings).contains(SafetySettings.MEDDRA_DIR), "nothing written");

		Path meddra = AdverseEventPartUiTest.writeSyntheticMeddra(dir.resolve("meddra"));
		MeddraDictionary loaded = LoadMeddraHandler.load(meddra, settings);
		Properties written = new Properties();
		try (Reader reader = Files.newBufferedReader(settings)) {
			written.load(reader);
		}
		assertEquals(meddra.toAbsolutePath().toString(), written.getProperty(SafetySettings.MEDDRA_DIR));
		assertEquals(loaded.version(), written.getProperty(SafetySettings.MEDDRA_VERSION));
		assertEquals("safety", written.getProperty("session.user"), "the other settings stay");
		assertTrue(loaded.ptCount() > 0);
	}
}
