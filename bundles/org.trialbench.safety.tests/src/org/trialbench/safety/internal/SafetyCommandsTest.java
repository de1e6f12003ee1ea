package org.trialbench.safety.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.report.SaeLineListing;

/**
 * The safety commands as {@code ./trialbench} runs them, on an embedded store holding a demo trial whose newest
 * serious events are still being reported at the data cutoff (30 October 2026).
 */
class SafetyCommandsTest {
	@TempDir
	static Path dir;
	static Properties settings;
	static int serious;

	@BeforeAll
	static void store() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(3, 45, 2026).generate(new NullProgressMonitor());
		for (Site site : demo.trial().getSites()) {
			for (Subject subject : site.getSubjects()) {
				serious += (int) subject.getAdverseEvents().stream().filter(AdverseEvent::isSerious).count();
			}
		}
		settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, dir.resolve("store/trialbench").toString());
		settings.setProperty(SafetySettings.TIME_ZONE, "UTC");
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(dir.resolve("store/trialbench"))) {
			store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		}
	}

	@AfterAll
	static void done() {
		settings = null;
	}

	private static SafetyClocksCommand withStore(SafetyClocksCommand command) {
		command.provider = new JdbcRepositoryProvider();
		return command;
	}

	private static SaeListingCommand withStore(SaeListingCommand command) {
		command.provider = new JdbcRepositoryProvider();
		return command;
	}

	private static String run(HeadlessCommand command, int exitCode, String... words) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			assertEquals(exitCode, command.run(CommandArguments.parse(command.name(), List.of(words)), out),
					bytes.toString(StandardCharsets.UTF_8));
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void clocksAtTheCutoffShowTheReportsStillOpen() throws Exception {
		Clock later = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
		String output = run(withStore(new SafetyClocksCommand(() -> settings, later)), 1, "--open", "--at",
				"2026-10-30");
		List<String> lines = output.lines().toList();
		// aware 28 Oct 08:30, not reported: 24 h passed on 29 Oct 08:30
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("OVERDUE") && l.contains(" Pneumonia ")
				&& l.contains("2026-10-29 08:30")), output);
		// aware on the cutoff day at 11:20: due the next day at 11:20
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("DUE") && l.contains("Atrial fibrillation")
				&& l.contains("2026-10-31 11:20")), output);
		// a SUSAR the sponsor received on 25 Oct (day 0): due to the authorities by the end of day 15, 9 Nov
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("DUE") && l.contains("Aspiration pneumonia")
				&& l.contains("2026-11-09 23:59")), output);
		assertTrue(lines.stream().noneMatch(l -> l.startsWith("SUBMITTED")), "--open leaves out what was sent");
		assertTrue(lines.get(lines.size() - 1).contains("as of 2026-10-30 23:59"), output);

		// without --at the same open reports are all overdue on 25 November
		String now = run(withStore(new SafetyClocksCommand(() -> settings, later)), 1, "--open");
		assertTrue(now.lines().filter(l -> l.startsWith("DUE")).findAny().isEmpty(), now);

		CommandException bad = assertThrows(CommandException.class,
				() -> run(withStore(new SafetyClocksCommand(() -> settings, later)), 2, "--at", "2026-13-01"));
		assertTrue(bad.getMessage().contains("--at '2026-13-01'"), bad.getMessage());
	}

	@Test
	void lineListingHasARowPerSeriousEvent() throws Exception {
		Path out = dir.resolve("listing.xlsx");
		run(withStore(new SaeListingCommand(() -> settings, Clock.systemUTC())), 0, "--out", out.toString());
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet(SaeLineListing.SHEET);
			assertEquals(serious, sheet.getLastRowNum(), "header and one row per serious event");
		}
	}

	@Test
	void meddraLoadRecordsTheFolderAndNamesWhatIsMissing() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("meddra"));
		Files.writeString(folder.resolve("meddra_release.asc"), "99.0$English$$$\n");
		Files.writeString(folder.resolve("soc.asc"), "99400001$Infections (synthetic)$Infec$$$$$$$$\n");
		Files.writeString(folder.resolve("hlgt.asc"), "99300003$Respiratory infections$$$$$$$$\n");
		Files.writeString(folder.resolve("hlt.asc"), "99200004$Lower respiratory tract infections$$$$$$$$\n");
		Files.writeString(folder.resolve("pt.asc"), "99100004$Pneumonia aspiration$$99400001$$$$$$$$\n");
		Files.writeString(folder.resolve("soc_hlgt.asc"), "99400001$99300003$\n");
		Files.writeString(folder.resolve("hlgt_hlt.asc"), "99300003$99200004$\n");
		Files.writeString(folder.resolve("hlt_pt.asc"), "99200004$99100004$\n");
		Path file = dir.resolve("home/trialbench.properties");
		MeddraLoadCommand load = new MeddraLoadCommand(() -> file);
		CommandException missing = assertThrows(CommandException.class, () -> run(load, 0, "--dir", folder.toString()));
		assertTrue(missing.getMessage().contains("llt.asc"), missing.getMessage());
		assertTrue(Files.notExists(file), "nothing recorded when the files are incomplete");

		Files.writeString(folder.resolve("llt.asc"), "99000007$Aspiration pneumonia$99100004$$$$$$$Y$$\n");
		String output = run(load, 0, "--dir", folder.toString());
		assertTrue(output.contains("MedDRA 99.0"), output);
		Properties saved = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			saved.load(in);
		}
		assertEquals(folder.toAbsolutePath().toString(), saved.getProperty(SafetySettings.MEDDRA_DIR));
		assertEquals("99.0", saved.getProperty(SafetySettings.MEDDRA_VERSION));
	}
}
