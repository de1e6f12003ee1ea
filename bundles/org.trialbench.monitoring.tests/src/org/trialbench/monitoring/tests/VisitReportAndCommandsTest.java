package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.trialbench.clinical.SdvState;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.SourceDataVerification;
import org.trialbench.monitoring.VisitReport;
import org.trialbench.monitoring.VisitReportWorkbook;
import org.trialbench.monitoring.WorklistFilter;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.repository.TrialSession;

/** The visit report read back from its .xlsx, and the headless commands as Declarative Services finds them. */
class VisitReportAndCommandsTest {

	private static final Instant VISIT = Instant.parse("2026-11-02T10:00:00Z");

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession monitor;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		monitor = store.as("monitor1");
	}

	@AfterEach
	void close() {
		store.close();
	}

	/** Verifies ten values and raises one query during a visit on 2 November. */
	private List<WorklistRow> visit() throws Exception {
		String site = DemoStore.site(monitor, "01").getId();
		List<WorklistRow> pending = WorklistFilter.open().apply(SdvWorklist.load(monitor, site, new NullProgressMonitor()))
				.stream().filter(r -> r.state() == SdvState.PENDING).limit(10).toList();
		new SourceDataVerification(Clock.fixed(VISIT, ZoneOffset.UTC)).verify(monitor, pending, "site visit",
				new NullProgressMonitor());
		WorklistRow item = pending.stream().filter(r -> r.target() == org.trialbench.monitoring.SdvTarget.ITEM)
				.findFirst().orElseThrow();
		new QueryDesk(Clock.fixed(VISIT.plusSeconds(600), ZoneOffset.UTC)).raise(monitor,
				item.value().subjectId(), item.id(), "Value differs from the source");
		return pending;
	}

	@Test
	void theReportListsWhatWasVerifiedAndReadsBackFromTheWorkbook() throws Exception {
		List<WorklistRow> verified = visit();
		VisitReport report = VisitReport.build(monitor, DemoStore.site(monitor, "01"), LocalDate.of(2026, 11, 2),
				LocalDate.of(2026, 11, 3), Instant.parse("2026-11-03T17:00:00Z"), new NullProgressMonitor());
		assertEquals(verified.stream().map(WorklistRow::id).sorted().toList(),
				report.verified().stream().map(WorklistRow::id).sorted().toList());
		assertEquals(1, report.raised().size());
		assertFalse(report.actions().isEmpty());

		Path file = directory.resolve("report.xlsx");
		VisitReportWorkbook.write(report, file);
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals(List.of("Summary", "Verified", "Findings", "Queries"),
					List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
							workbook.getSheetName(3)));
			Sheet summary = workbook.getSheet("Summary");
			assertEquals("01 " + report.siteName(), valueOf(summary, "Site"));
			assertEquals("2026-11-02 to 2026-11-03", valueOf(summary, "Visit"));
			assertEquals("monitor1", valueOf(summary, "Monitor"));
			assertEquals(10.0, numberOf(summary, "Values verified during the visit"));
			assertEquals(1.0, numberOf(summary, "Raised during the visit"));
			assertEquals(1, ((org.apache.poi.xssf.usermodel.XSSFWorkbook) workbook).getAllPictures().size(),
					"the query-age chart");
			Sheet sheet = workbook.getSheet("Verified");
			assertEquals(11, sheet.getPhysicalNumberOfRows(), "a header and ten values");
			List<String> subjects = new ArrayList<>();
			for (int r = 1; r <= 10; r++) {
				subjects.add(sheet.getRow(r).getCell(0).getStringCellValue());
				assertEquals("verified", sheet.getRow(r).getCell(7).getStringCellValue());
				assertEquals("monitor1", sheet.getRow(r).getCell(8).getStringCellValue());
				assertEquals("2026-11-02 10:00", sheet.getRow(r).getCell(9).getStringCellValue());
			}
			assertEquals(verified.stream().map(r -> r.value().screeningNumber()).sorted().toList(),
					subjects.stream().sorted().toList());
			Sheet queries = workbook.getSheet("Queries");
			boolean found = false;
			for (Row row : queries) {
				found |= row.getRowNum() > 0 && row.getCell(6).getStringCellValue().equals("Value differs from the source")
						&& row.getCell(7).getStringCellValue().equals("raised");
			}
			assertTrue(found, "the query raised during the visit is listed");
		}
	}

	@Test
	void theReportReadsBackFromThePdf() throws Exception {
		List<WorklistRow> verified = visit();
		VisitReport report = VisitReport.build(monitor, DemoStore.site(monitor, "01"), LocalDate.of(2026, 11, 2),
				LocalDate.of(2026, 11, 3), Instant.parse("2026-11-03T17:00:00Z"), new NullProgressMonitor());
		Path file = directory.resolve("report.pdf");
		org.trialbench.monitoring.VisitReportPdf.write(report, file);
		String text;
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 1);
			assertEquals("Monitoring visit report, site 01", pdf.getDocumentInformation().getTitle());
			assertEquals("monitor1", pdf.getDocumentInformation().getAuthor());
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
		}
		assertTrue(text.contains("Monitoring visit report: site 01 " + report.siteName()), text);
		assertTrue(text.contains("Visit 2026-11-02 to 2026-11-03; monitor monitor1; created 2026-11-03 17:00 UTC"), text);
		assertTrue(text.contains("verified during the visit: 10"), text);
		assertTrue(text.contains("Verified during the visit (10)"), text);
		assertTrue(text.contains("Queries raised during the visit (1)"), text);
		assertTrue(text.contains("Value differs from the source"), text);
		for (WorklistRow row : verified) {
			assertTrue(text.contains(row.value().screeningNumber() + "  " + row.visitName()), row.toString());
		}
		for (String action : report.actions()) {
			assertTrue(text.replace("\n    ", " ").contains("- " + action.substring(0, Math.min(40, action.length()))),
					action);
		}
	}

	private static String valueOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static double numberOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static HeadlessCommand command(String name) {
		BundleContext context = FrameworkUtil.getBundle(VisitReport.class).getBundleContext();
		assertTrue(context != null, "the monitoring bundle is started");
		try {
			for (ServiceReference<HeadlessCommand> reference : context.getServiceReferences(HeadlessCommand.class,
					null)) {
				HeadlessCommand command = context.getService(reference);
				if (command.name().equals(name)) {
					return command;
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
		throw new AssertionError("no headless command " + name + " registered");
	}

	@Test
	void theCommandsAreRegisteredAndWriteTheReport() throws Exception {
		visit();
		store.close();
		assertEquals("sdv-plan", command("sdv-plan").name());
		assertEquals("visit-report", command("visit-report").name());
		// the registered instances read the user's settings; these read the test store's
		var settings = store.settings();
		String out = run(new org.trialbench.monitoring.internal.SdvPlanCommandAccess().sdvPlan(settings), "--site", "01");
		assertTrue(out.contains("critical"), out);
		assertTrue(out.lines().anyMatch(l -> l.startsWith("01\t")), out);
		Path file = directory.resolve("out.xlsx");
		String written = run(new org.trialbench.monitoring.internal.SdvPlanCommandAccess().visitReport(settings,
				Clock.fixed(Instant.parse("2026-11-03T12:00:00Z"), ZoneOffset.UTC)), "--site", "01", "--from",
				"2026-11-02", "--out", file.toString());
		assertTrue(written.contains("verified during the visit: 10"), written);
		assertTrue(written.contains("monitor monitor1"), "acts as the site's monitor by default: " + written);
		assertTrue(Files.size(file) > 0);
		Path pdf = directory.resolve("out.pdf");
		run(new org.trialbench.monitoring.internal.SdvPlanCommandAccess().visitReport(settings,
				Clock.fixed(Instant.parse("2026-11-03T12:00:00Z"), ZoneOffset.UTC)), "--site", "01", "--from",
				"2026-11-02", "--out", pdf.toString());
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document)
					.contains("Verified during the visit (10)"));
		}
		CommandException bad = assertThrows(CommandException.class,
				() -> run(new org.trialbench.monitoring.internal.SdvPlanCommandAccess().visitReport(settings,
						Clock.systemUTC()), "--site", "99", "--out", directory.resolve("x.xlsx").toString()));
		assertTrue(bad.getMessage().contains("no site '99'"), bad.getMessage());
		CommandException noOut = assertThrows(CommandException.class,
				() -> run(new org.trialbench.monitoring.internal.SdvPlanCommandAccess().visitReport(settings,
						Clock.systemUTC()), "--site", "01"));
		assertEquals(2, noOut.exitCode());
	}

	private static String run(HeadlessCommand command, String... words) throws CommandException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = command.run(CommandArguments.parse(command.name(), List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertEquals(0, code);
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
