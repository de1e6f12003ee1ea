package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.publication.Population;
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.excel.WorkbookAnchorReader;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.command.AuditCommand;

/**
 * On a real embedded store with a demo trial: the data manager locks, an investigator corrects a value after the
 * lock; the tables workbook of the lock records the lock's audit anchor on its About sheet, the listings of the
 * live data the head they were read at; {@code audit --verify --anchor FILE} proves the trail up to either unchanged,
 * and names the entry once one before the anchor is changed behind the application's back.
 */
class AuditAnchorExportTest {

	@TempDir
	Path home;
	private String previousHome;
	private JdbcTrialRepository repository;
	private DataLock lock;
	private Path store;

	@BeforeEach
	void lockedTrialCorrectedAfterTheLock() throws Exception {
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Path store = home.resolve("store").resolve("trialbench");
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		try (OutputStream out = Files.newOutputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			settings.store(out, null);
		}
		DemoTrial demo = new DemoTrialGenerator(2, 40, 7).generate(new NullProgressMonitor());
		// a new embedded store is PostgreSQL, as the commands below open it through the settings
		repository = JdbcTrialRepository.embeddedPostgres(store);
		this.store = store;
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		try (TrialSession dm = repository.localSession("datamanager")) {
			lock = dm.lockData("Database lock for the primary analysis");
		}
		try (TrialSession investigator = repository.localSession("pi01")) {
			String subjectId = investigator.subjects(SubjectFilter.all()).get(0).id();
			try (TrialTransaction tx = investigator.begin()) {
				Subject subject = tx.editSubject(subjectId);
				// a value of a form that is not signed (a signed one changes only after its signature is withdrawn)
				ItemValue value = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
						.filter(f -> f.getSignature() == null).flatMap(f -> f.getItemValues().stream())
						.filter(v -> v.getValue() != null).findFirst().orElseThrow();
				value.setValue(value.getValue() + " (corrected)");
				tx.commit("transcription error");
			}
		}
	}

	@AfterEach
	void restoreHome() {
		repository.close();
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	@Test
	void theTablesOfALockCarryItsAnchorAndProveTheTrailUpToItUnchanged() throws Exception {
		Path tables = home.resolve("tables.xlsx");
		try (TrialSession statistician = repository.localSession("statistician")) {
			TablesExport.tables(statistician, "LOCK-1", Population.ITT, tables, new NullProgressMonitor());
		}
		Map<String, String> about = aboutSheet(tables);
		assertEquals(String.valueOf(lock.anchor().sequence()), about.get(WorkbookProvenance.AUDIT_ENTRY));
		assertEquals(lock.anchor().hash(), about.get(WorkbookProvenance.AUDIT_HASH));
		assertEquals(lock.anchor(), new WorkbookAnchorReader().read(tables).orElseThrow());

		assertEquals("anchored at entry " + lock.anchor().sequence() + " of tables.xlsx: the audit trail up to it is "
				+ "unchanged", audit("--verify", "--anchor", tables.toString()).strip());
		assertEquals("anchored at entry " + lock.anchor().sequence() + " of LOCK-1: the audit trail up to it is "
				+ "unchanged", audit("--verify", "--anchor", "LOCK-1").strip());

		tamperWithAudit(5);
		CommandException broken = assertThrows(CommandException.class,
				() -> audit("--verify", "--anchor", tables.toString()));
		assertEquals(1, broken.exitCode());
		assertTrue(broken.getMessage().contains("broken at entry 5"), broken.getMessage());
	}

	@Test
	void listingsOfTheLiveDataCarryTheHeadTheyWereReadAt() throws Exception {
		Path listings = home.resolve("listings.xlsx");
		AuditAnchor head;
		try (TrialSession statistician = repository.localSession("statistician")) {
			head = statistician.auditHead().orElseThrow();
			TablesExport.listings(statistician, "live", Population.ITT, ListingsExport.Format.XLSX, listings,
					new NullProgressMonitor());
		}
		assertNotEquals(lock.anchor(), head, "the correction went on after the lock");
		Map<String, String> about = aboutSheet(listings);
		assertEquals(String.valueOf(head.sequence()), about.get(WorkbookProvenance.AUDIT_ENTRY));
		assertEquals(head.hash(), about.get(WorkbookProvenance.AUDIT_HASH));
		assertTrue(audit("--verify", "--anchor", listings.toString())
				.contains("anchored at entry " + head.sequence() + " of listings.xlsx"));

		tamperWithAudit(head.sequence()); // the correction after the lock: before this anchor, after the lock's
		assertThrows(CommandException.class, () -> audit("--verify", "--anchor", listings.toString()));
		assertTrue(audit("--verify", "--anchor", "LOCK-1").contains("unchanged"));
	}

	@Test
	void csvListingsKeepTheAnchorInTheirAboutFile() throws Exception {
		Path csv = home.resolve("csv").resolve("listings.csv");
		AuditAnchor head;
		try (TrialSession statistician = repository.localSession("statistician")) {
			head = statistician.auditHead().orElseThrow();
			TablesExport.listings(statistician, "live", Population.ITT, ListingsExport.Format.CSV, csv,
					new NullProgressMonitor());
		}
		Path about = csv.resolveSibling("listings-about.csv");
		assertTrue(Files.readString(about, StandardCharsets.UTF_8)
				.contains(WorkbookProvenance.AUDIT_HASH + "," + head.hash()));
		assertTrue(audit("--verify", "--anchor", about.toString())
				.contains("anchored at entry " + head.sequence() + " of listings-about.csv"));
		Path subjects = csv.resolveSibling("listings-subjects.csv");
		CommandException none = assertThrows(CommandException.class,
				() -> audit("--verify", "--anchor", subjects.toString()));
		assertTrue(none.getMessage().contains("-about.csv"), none.getMessage());
	}

	@Test
	void aWorkbookWithoutAnAnchorOrAFileOfAnotherKindIsNamed() throws Exception {
		Path plain = home.resolve("plain.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
			workbook.createSheet("About").createRow(0).createCell(0).setCellValue("Study");
			workbook.write(out);
		}
		CommandException none = assertThrows(CommandException.class, () -> audit("--verify", "--anchor", plain.toString()));
		assertTrue(none.getMessage().contains("records no audit anchor"), none.getMessage());
		Path text = Files.writeString(home.resolve("notes.txt"), "LOCK-1");
		CommandException other = assertThrows(CommandException.class, () -> audit("--verify", "--anchor", text.toString()));
		assertTrue(other.getMessage().contains("not a file Trialbench records an audit anchor in"), other.getMessage());
		CommandException usage = assertThrows(CommandException.class, () -> audit("--anchor", "LOCK-1"));
		assertEquals(2, usage.exitCode());
	}

	@Test
	void theAuditCommandOfTheRuntimeReadsWorkbookAnchors() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(WorkbookAnchorReader.class).getBundleContext();
		HeadlessCommand audit = null;
		for (ServiceReference<HeadlessCommand> reference : context.getServiceReferences(HeadlessCommand.class, null)) {
			HeadlessCommand command = context.getService(reference);
			if (command.name().equals("audit")) {
				audit = command;
			}
		}
		assertTrue(audit instanceof AuditCommand, "the store's audit command is a service");
		Path tables = home.resolve("tables.xlsx");
		try (TrialSession statistician = repository.localSession("statistician")) {
			TablesExport.tables(statistician, null, Population.ITT, tables, new NullProgressMonitor());
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, audit.run(CommandArguments.parse("audit", List.of("--verify", "--anchor", tables.toString())),
				new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("of tables.xlsx"), bytes.toString());
	}

	private static String audit(String... words) throws CommandException {
		AuditCommand command = new AuditCommand();
		command.addAnchorReader(new WorkbookAnchorReader());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, command.run(CommandArguments.parse("audit", List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** The About sheet read back with POI's usermodel: label in column A, value in column B. */
	private static Map<String, String> aboutSheet(Path file) throws Exception {
		Map<String, String> lines = new HashMap<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheet("About")) {
				if (row.getCell(0) != null && row.getCell(1) != null) {
					lines.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
				}
			}
		}
		assertFalse(lines.isEmpty());
		return lines;
	}

	/**
	 * Changes an audit entry behind the application's back: with plain SQL as the store cluster's superuser (the
	 * password is in the store folder, readable by its owner), with triggers switched off, since the append-only
	 * trigger refuses the change otherwise.
	 */
	private void tamperWithAudit(long sequence) throws Exception {
		Properties credentials = new Properties();
		credentials.setProperty("user", org.trialbench.repository.jdbc.local.LocalPostgres.SUPERUSER);
		credentials.setProperty("password", Files.readString(store
				.resolve(org.trialbench.repository.jdbc.local.EmbeddedPostgres.FOLDER).resolve("password")).strip());
		try (Connection connection = new org.postgresql.Driver().connect(repository.jdbcUrl(), credentials);
				java.sql.Statement replica = connection.createStatement();
				PreparedStatement update = connection
						.prepareStatement("UPDATE audit_entry SET new_value = 'forged' WHERE sequence = ?")) {
			replica.execute("SET session_replication_role = replica");
			update.setLong(1, sequence);
			assertEquals(1, update.executeUpdate());
		}
	}
}
