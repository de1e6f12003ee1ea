package org.trialbench.publication.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The headless commands against a real embedded store with a demo trial: lock, export the tables and read the
 * workbook back (sheets, provenance, numbers, merged headers, frozen panes, pictures), export the listings as
 * .xlsx and CSV.
 */
class ExportCommandsTest {

	@TempDir
	static Path directory;
	static Properties settings = new Properties();

	@BeforeAll
	static void store() throws Exception {
		Path store = directory.resolve("store");
		DemoTrial demo = new DemoTrialGenerator(3, 120, 5).generate(new NullProgressMonitor());
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(store)) {
			repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		}
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		String locked = run(new LockDataCommand(), "lock-data", "--reason", "Database lock for the primary analysis");
		assertTrue(locked.contains("LOCK-1"), locked);
	}

	@AfterAll
	static void nothing() {
	}

	static String run(HeadlessCommand command, String name, String... words) throws CommandException {
		JdbcRepositoryProvider provider = new JdbcRepositoryProvider();
		if (command instanceof LockDataCommand lock) {
			lock.settings = () -> settings;
			lock.setRepositoryProvider(provider);
		} else if (command instanceof ExportTablesCommand tables) {
			tables.settings = () -> settings;
			tables.setRepositoryProvider(provider);
		} else if (command instanceof ExportListingsCommand listings) {
			listings.settings = () -> settings;
			listings.setRepositoryProvider(provider);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = command.run(CommandArguments.parse(name, List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertEquals(0, code);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void tablesWorkbookHoldsEveryTableWithItsProvenanceAndPictures() throws Exception {
		Path file = directory.resolve("out/tables.xlsx");
		String output = run(new ExportTablesCommand(), "export-tables", "--out", file.toString(), "--population", "pp");
		assertTrue(output.contains("100%"), "progress is reported: " + output);
		List<PublicationTable> expected;
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(directory.resolve("store"));
				TrialSession session = repository.localSession("statistician")) {
			expected = PublicationTables.of(AnalysisDatasets.read(session, AnalysisDatasets.resolve(session, "LOCK-1"),
					new NullProgressMonitor()), Population.PP, new NullProgressMonitor());
		}
		// a copy to open in a spreadsheet program after the build (target/ is build output)
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target", "tables-sample.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertEquals(List.of("About", "CONSORT", "Table 1", "Table 2", "Table 3", "Table 4", "Table 5", "Table 6"),
					sheets);
			for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
				// printable: one page wide, as many down as needed, the header rows on every page of a table
				assertTrue(sheet.getFitToPage(), sheet.getSheetName() + " fits to page");
				assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName() + " one page wide");
				assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName() + " pages down as needed");
				if (!sheet.getSheetName().equals("About")) {
					assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName() + " repeats its header rows");
				}
			}
			int landscape = 0;
			for (PublicationTable table : expected) {
				// landscape only where portrait is too narrow: columns wider than about 100 characters, wide figures
				XSSFSheet sheet = workbook.getSheet(table.sheetName());
				int characters = 0;
				for (int c = 0; c < table.columns(); c++) {
					characters += sheet.getColumnWidth(c) / 256;
				}
				// every figure starts a printed page: a row break right above the row it is anchored at
				List<Integer> breaks = new ArrayList<>();
				for (int b : sheet.getRowBreaks()) {
					breaks.add(b);
				}
				List<Integer> figureRows = new ArrayList<>();
				if (sheet.getDrawingPatriarch() != null) {
					for (var shape : sheet.getDrawingPatriarch().getShapes()) {
						if (shape instanceof org.apache.poi.xssf.usermodel.XSSFPicture figure) {
							figureRows.add(figure.getClientAnchor().getRow1());
						}
					}
				}
				assertEquals(table.pictures().size(), figureRows.size(), table.sheetName() + " figures");
				for (int row : figureRows) {
					assertTrue(breaks.contains(row - 1), table.sheetName() + ": no page break above the figure at row "
							+ row + " (breaks " + breaks + ")");
				}
				boolean wide = characters > 100 || table.pictures().stream().anyMatch(p -> p.width() > 700);
				assertEquals(wide, sheet.getPrintSetup().getLandscape(), table.sheetName() + ", " + characters
						+ " characters wide");
				landscape += wide ? 1 : 0;
			}
			assertTrue(landscape > 0 && landscape < expected.size(), "some tables print landscape, not all");
			DataFormatter formatter = new DataFormatter();
			String about = text(workbook.getSheet("About"), formatter);
			assertTrue(about.contains("LOCK-1") && about.contains("Per protocol") && about.contains("Trialbench"),
					about);
			assertTrue(about.contains("all sites of the trial"), "the statistician's tables count every site: " + about);
			for (PublicationTable table : expected) {
				XSSFSheet sheet = workbook.getSheet(table.sheetName());
				assertEquals(table.title(), sheet.getRow(0).getCell(0).getStringCellValue());
				String all = text(sheet, formatter);
				// every body cell of the computed table is in the sheet, digit for digit
				table.rows().forEach(row -> row.cells().forEach(cell -> assertTrue(all.contains(cell.text()),
						table.sheetName() + " lacks " + cell.text())));
				assertNotNull(sheet.getPaneInformation(), table.sheetName() + " has a frozen header");
				assertTrue(sheet.getPaneInformation().isFreezePane());
				XSSFDrawing drawing = sheet.getDrawingPatriarch();
				assertEquals(table.pictures().size(), drawing == null ? 0 : drawing.getShapes().size(),
						table.sheetName() + " pictures");
			}
			XSSFSheet primary = workbook.getSheet("Table 2");
			boolean mergedHeader = false;
			for (CellRangeAddress region : primary.getMergedRegions()) {
				mergedHeader |= region.getFirstRow() == 3 && region.getNumberOfCells() == 2;
			}
			assertTrue(mergedHeader, "the arms' header spans two columns");
			assertTrue(text(primary, formatter).contains("Per protocol"));
		}
		try (var files = Files.list(file.getParent())) {
			assertEquals(List.of("tables-table-6-figure-1.svg", "tables.xlsx"),
					files.map(p -> p.getFileName().toString()).sorted().toList(),
					"the workbook and the Kaplan–Meier figure as SVG; no temporary file is left behind");
		}
		// the vector figure is well-formed SVG with the curves in it
		var svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(file.resolveSibling("tables-table-6-figure-1.svg").toFile());
		assertEquals("svg", svg.getDocumentElement().getTagName());
		assertTrue(svg.getElementsByTagName("polyline").getLength() > 10, "axes, curves and censoring ticks");
	}

	/**
	 * An investigator sees only the own site's subjects, so the tables computed by one count only those: the command,
	 * the About sheet and every table's source line say so, and the numbers are the site's, not the trial's.
	 */
	@Test
	void anInvestigatorsTablesSayTheyCountOnlyTheOwnSite() throws Exception {
		Path file = directory.resolve("inv01/tables.xlsx");
		String output = run(new ExportTablesCommand(), "export-tables", "--out", file.toString(), "--as", "inv01");
		assertTrue(output.contains("Note: inv01 sees only site 01, so the tables count only those sites' subjects, "
				+ "not the trial's (3 sites)"), output);
		int siteSubjects;
		int trialSubjects;
		try (JdbcTrialRepository repository = JdbcTrialRepository.embeddedPostgres(directory.resolve("store"));
				TrialSession investigator = repository.localSession("inv01");
				TrialSession statistician = repository.localSession("statistician")) {
			var own = AnalysisDatasets.read(investigator, AnalysisDatasets.resolve(investigator, "LOCK-1"),
					new NullProgressMonitor());
			siteSubjects = own.subjects().size();
			trialSubjects = AnalysisDatasets.read(statistician, AnalysisDatasets.resolve(statistician, "LOCK-1"),
					new NullProgressMonitor()).subjects().size();
			assertTrue(own.subjects().stream().allMatch(subject -> subject.siteCode().equals("01")),
					"only site 01's subjects are read");
		}
		assertTrue(siteSubjects > 0 && siteSubjects < trialSubjects, siteSubjects + " of " + trialSubjects);
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			String sites = null;
			for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("About")) {
				if (WorkbookProvenance.SITES.equals(formatter.formatCellValue(row.getCell(0)))) {
					sites = formatter.formatCellValue(row.getCell(1));
				}
			}
			assertEquals("subjects of site 01 only (1 of the trial's 3 sites): inv01 sees only these sites, so these "
					+ "are not the trial's results", sites);
			for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
				if (!sheet.getSheetName().equals("About")) {
					String all = text((XSSFSheet) sheet, formatter);
					assertTrue(all.contains("; subjects of site 01 only (1 of the trial's 3 sites)"),
							sheet.getSheetName() + " says whose subjects it counts");
				}
			}
			// the CONSORT flow counts the site's screened subjects, not the trial's
			XSSFSheet consort = workbook.getSheet("CONSORT");
			List<String> assessed = null;
			for (org.apache.poi.ss.usermodel.Row row : consort) {
				if (formatter.formatCellValue(row.getCell(0)).startsWith("Assessed for eligibility")) {
					assessed = new ArrayList<>();
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						assessed.add(formatter.formatCellValue(cell));
					}
				}
			}
			assertNotNull(assessed, "the CONSORT table's first row");
			assertEquals(String.valueOf(siteSubjects), assessed.stream().skip(1).filter(c -> !c.isBlank()).findFirst()
					.orElse(""), "assessed for eligibility, the site's subjects: " + assessed);
		}
	}

	@Test
	void listingsAsStreamedWorkbookAndAsCsv() throws Exception {
		Path xlsx = directory.resolve("listings.xlsx");
		run(new ExportListingsCommand(), "export-listings", "--out", xlsx.toString());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet subjects = workbook.getSheet("Subjects");
			assertEquals(120, subjects.getLastRowNum(), "one row per screened subject below the header");
			assertEquals("Screening number", subjects.getRow(0).getCell(0).getStringCellValue());
			assertEquals("Randomization number", subjects.getRow(0).getCell(1).getStringCellValue());
			assertEquals("ITT", subjects.getRow(0).getCell(8).getStringCellValue());
			assertEquals(CellType.BOOLEAN, subjects.getRow(1).getCell(8).getCellType(), "ITT flag");
			assertTrue(text(workbook.getSheet("About"), new DataFormatter()).contains("LOCK-1"));
		}
		Path csv = directory.resolve("csv/listings.csv");
		String output = run(new ExportListingsCommand(), "export-listings", "--out", csv.toString(), "--format", "csv");
		assertTrue(output.contains("listings-adverse-events.csv"), output);
		List<String> lines = Files.readAllLines(csv.resolveSibling("listings-subjects.csv"), StandardCharsets.UTF_8);
		assertEquals(121, lines.size());
		assertTrue(lines.get(0).startsWith("\uFEFFScreening number,Randomization number"), lines.get(0));
		assertFalse(Files.exists(csv), "CSV listings are named after --out, one per listing");
	}

	@Test
	void badOptionsAreNamed() {
		CommandException format = assertThrows(CommandException.class, () -> run(new ExportListingsCommand(),
				"export-listings", "--out", "x.csv", "--format", "ods"));
		assertTrue(format.getMessage().contains("xlsx or csv"), format.getMessage());
		CommandException snapshot = assertThrows(CommandException.class, () -> run(new ExportTablesCommand(),
				"export-tables", "--out", directory.resolve("t.xlsx").toString(), "--snapshot", "LOCK-3"));
		assertTrue(snapshot.getMessage().contains("no data lock 'LOCK-3'"), snapshot.getMessage());
		CommandException blinded = assertThrows(CommandException.class, () -> run(new ExportTablesCommand(),
				"export-tables", "--out", directory.resolve("t.xlsx").toString(), "--as", "adjudicator1"));
		assertTrue(blinded.getMessage().contains("blinded"), blinded.getMessage());
	}

	@Test
	void commandsAreRegisteredAsServices() {
		BundleContext context = FrameworkUtil.getBundle(ExportTablesCommand.class).getBundleContext();
		List<String> names = new ArrayList<>();
		try {
			for (ServiceReference<HeadlessCommand> reference : context.getServiceReferences(HeadlessCommand.class,
					null)) {
				names.add(context.getService(reference).name());
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
		assertTrue(names.containsAll(List.of("export-tables", "export-listings", "lock-data")), names.toString());
	}

	static String text(XSSFSheet sheet, DataFormatter formatter) {
		StringBuilder all = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('\n')));
		return all.toString();
	}
}
