package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.safety.AdverseEventDraft;
import org.trialbench.safety.AdverseEventRecording;
import org.trialbench.safety.AdverseEventRejected;
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportKind;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.safety.meddra.MeddraDistribution;
import org.trialbench.safety.meddra.MeddraPath;
import org.trialbench.safety.report.CiomsReport;
import org.trialbench.safety.report.ReportVersions;
import org.trialbench.safety.report.SaeLineListing;

/**
 * The safety desk on a real embedded store holding a small demo trial: an investigator records a serious event, the
 * safety officer codes it and follows it up; the dashboard, the line listing and the case report show its clocks and
 * its versions; blinded staff see no arm; a record that breaks a rule is refused and the store keeps what it had.
 */
class SafetyDeskStoreTest {
	@TempDir
	static Path home;
	private static JdbcTrialRepository store;
	private static String subjectId;
	private static String screeningNumber;
	private static String investigator;
	private static LocalDate procedure;
	private static MeddraPath perforation;

	@BeforeAll
	static void store() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(1, 16, 7).generate(new NullProgressMonitor());
		store = JdbcTrialRepository.embedded(home.resolve("store/trial"));
		store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		investigator = demo.trial().getUsers().stream().filter(u -> u.getUsername().startsWith("inv")).findFirst()
				.orElseThrow().getUsername();
		try (TrialSession session = store.localSession("safety")) {
			for (SubjectHeader header : session.subjects(SubjectFilter.all())) {
				Subject subject = session.subject(header.id()).orElseThrow();
				for (Visit visit : subject.getVisits()) {
					if (procedure == null && subject.getAllocation() != null && visit.getStatus() == VisitStatus.DONE
							&& visit.getDefinition().getKind() == VisitKind.PROCEDURE) {
						subjectId = subject.getId();
						screeningNumber = subject.getScreeningNumber();
						procedure = visit.getDate();
					}
				}
			}
		}
		assertNotNull(procedure, "the demo trial has a treated subject");
		perforation = MeddraDistribution.load(new SyntheticMeddra().writeTo(home.resolve("meddra"))).path("99000002")
				.orElseThrow();
	}

	@AfterAll
	static void close() {
		store.close();
	}

	private static AdverseEventDraft perforation(Set<SeriousnessCriterion> criteria, AeOutcome outcome, Integer grade,
			MeddraPath coding) {
		return new AdverseEventDraft("Esophageal perforation after the procedure", procedure.plusDays(1), null, true,
				grade, AsgeSeverity.SEVERE, null, criteria, Relationship.DEFINITELY_RELATED,
				ActionTaken.ENDOSCOPIC_INTERVENTION, outcome, procedure.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC),
				coding);
	}

	private static AdverseEvent reload(TrialSession session, String eventId) throws Exception {
		return session.subject(subjectId).orElseThrow().getAdverseEvents().stream()
				.filter(e -> e.getId().equals(eventId)).findFirst().orElseThrow();
	}

	@Test
	void recordCodeAndFollowUpASeriousEventThenReportIt() throws Exception {
		String eventId;
		try (TrialSession site = store.localSession(investigator)) {
			AdverseEventRecording.Saved saved = new AdverseEventRecording(site).save(subjectId, null,
					perforation(Set.of(SeriousnessCriterion.HOSPITALIZATION), AeOutcome.RECOVERING, 3, null),
					"initial entry");
			assertNotNull(saved.commit());
			eventId = saved.eventId();
			AdverseEvent stored = reload(site, eventId);
			assertTrue(stored.isSerious(), "serious follows from the criterion");
			assertTrue(stored.isTreatmentEmergent(), "onset the day after the procedure");
			assertNull(stored.getCoding());
		}
		try (TrialSession safety = store.localSession("safety")) {
			AdverseEventRecording.Saved coded = new AdverseEventRecording(safety).save(subjectId, eventId,
					perforation(Set.of(SeriousnessCriterion.HOSPITALIZATION, SeriousnessCriterion.LIFE_THREATENING),
							AeOutcome.RECOVERING, 4, perforation),
					"MedDRA coding; follow-up: life-threatening");
			assertNotNull(coded.commit());
			AdverseEvent stored = reload(safety, eventId);
			assertEquals("99000002", stored.getCoding().getLltCode());
			assertEquals("99100001", stored.getCoding().getPtCode());
			assertEquals("99400001", stored.getCoding().getSocCode());
			assertEquals(SyntheticMeddra.VERSION, stored.getCoding().getDictionaryVersion());
			assertEquals(List.of(SeriousnessCriterion.LIFE_THREATENING, SeriousnessCriterion.HOSPITALIZATION),
					stored.getSeriousnessCriteria(), "kept in ICH E2A order");
			assertNull(new AdverseEventRecording(safety).save(subjectId, eventId,
					perforation(Set.of(SeriousnessCriterion.HOSPITALIZATION, SeriousnessCriterion.LIFE_THREATENING),
							AeOutcome.RECOVERING, 4, perforation), "nothing new").commit(), "no change, no commit");

			ReportVersions versions = ReportVersions.of(stored, safety.audit());
			assertEquals(2, versions.count(), "initial report and one follow-up");
			assertEquals("MedDRA coding; follow-up: life-threatening", versions.latest().reason());

			// the site became aware at 09:30 UTC the day after the procedure; two days later nothing is sent yet
			Instant now = procedure.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
			ReportingClock clock = new ReportingClock(safety.protocol().getAdverseEventSettings(), ZoneOffset.UTC,
					Clock.fixed(now, ZoneOffset.UTC));
			SafetyDashboard dashboard = SafetyDashboard.collect(safety, clock, new NullProgressMonitor());
			SafetyCase mine = dashboard.cases().stream().filter(c -> c.event().getId().equals(eventId)).findFirst()
					.orElseThrow();
			assertEquals(ClockState.OVERDUE, mine.obligations().get(0).state(), "24 h passed without a report");
			assertEquals(ReportKind.SAE_INITIAL, mine.obligations().get(0).kind());
			assertNotNull(mine.arm(), "the safety officer is unblinded");
			assertTrue(dashboard.rows().stream().anyMatch(r -> r.safetyCase() == mine));

			Path listing = home.resolve("out/sae-listing.xlsx");
			Map<String, ReportVersions> history = new HashMap<>();
			for (SafetyCase c : dashboard.cases()) {
				history.put(c.event().getId(), ReportVersions.of(c.event(), safety.audit()));
			}
			SaeLineListing.write(dashboard.cases(), history, ZoneOffset.UTC, listing);
			try (InputStream in = Files.newInputStream(listing); XSSFWorkbook book = new XSSFWorkbook(in)) {
				Sheet sheet = book.getSheet(SaeLineListing.SHEET);
				assertEquals(dashboard.cases().size(), sheet.getLastRowNum(), "one row per serious event");
				Row row = findRow(sheet, "Esophageal perforation after the procedure");
				assertEquals(screeningNumber, cell(row, "Subject"));
				assertEquals(mine.arm(), cell(row, "Arm"));
				assertEquals("Esophageal perforation (99000002)", cell(row, "LLT"));
				assertEquals("Gastrointestinal disorders (synthetic) (99400001)", cell(row, "Primary SOC"));
				assertEquals("life-threatening, hospitalization", cell(row, "Seriousness criteria"));
				assertEquals("overdue", cell(row, "Sponsor report state"));
				assertEquals("2", cell(row, "Report version"));
				assertEquals("safety", cell(row, "Last changed by"));
				assertEquals("yes", cell(row, "Treatment-emergent"));
			}

			Path cioms = home.resolve("out/cioms.xlsx");
			CiomsReport.write(mine, versions, safety.protocol().getName(), ZoneOffset.UTC, cioms, now);
			try (InputStream in = Files.newInputStream(cioms); XSSFWorkbook book = new XSSFWorkbook(in)) {
				Sheet report = book.getSheet(CiomsReport.SHEET);
				assertEquals("follow-up 1 (version 2)", value(report, "Report version"));
				assertEquals("  [X] life-threatening", labelRow(report, "  [X] life-threatening"));
				assertEquals("  [ ] death", labelRow(report, "  [ ] death"));
				assertEquals(screeningNumber, value(report, "1. Patient (subject)"));
				Sheet history2 = book.getSheet(CiomsReport.VERSIONS);
				assertEquals(2, history2.getLastRowNum(), "two versions");
				assertEquals(investigator, new DataFormatter().formatCellValue(history2.getRow(1).getCell(3)));
				assertEquals("initial entry", new DataFormatter().formatCellValue(history2.getRow(1).getCell(4)));
			}
		}
		try (TrialSession blinded = store.localSession("datamanager")) {
			Instant now = procedure.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
			ReportingClock clock = new ReportingClock(blinded.protocol().getAdverseEventSettings(), ZoneId.of("UTC"),
					Clock.fixed(now, ZoneOffset.UTC));
			List<SafetyCase> cases = SafetyDashboard.collect(blinded, clock, new NullProgressMonitor()).cases();
			assertFalse(cases.isEmpty());
			assertTrue(cases.stream().allMatch(c -> c.arm() == null && SafetyCase.BLINDED.equals(c.armLabel())),
					"a blinded data manager sees no arm");
			Path listing = home.resolve("out/sae-listing-blinded.xlsx");
			SaeLineListing.write(cases, Map.of(), ZoneOffset.UTC, listing);
			try (InputStream in = Files.newInputStream(listing); XSSFWorkbook book = new XSSFWorkbook(in)) {
				Sheet sheet = book.getSheet(SaeLineListing.SHEET);
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					assertEquals(SafetyCase.BLINDED, cell(sheet.getRow(r), "Arm"));
				}
			}
		}
	}

	@Test
	void aRecordThatBreaksASeriousnessRuleIsRefusedAndNothingIsWritten() throws Exception {
		try (TrialSession site = store.localSession(investigator)) {
			int before = site.subject(subjectId).orElseThrow().getAdverseEvents().size();
			long auditBefore = site.audit().forSubject(subjectId).size();
			AdverseEventRejected rejected = assertThrows(AdverseEventRejected.class,
					() -> new AdverseEventRecording(site).save(subjectId, null,
							perforation(Set.of(SeriousnessCriterion.DEATH), AeOutcome.RECOVERING, 5, null), "initial entry"));
			assertTrue(rejected.getMessage().contains("outcome: the event resulted in death"), rejected.getMessage());
			assertTrue(rejected.getMessage().startsWith("Adverse event 'Esophageal perforation after the procedure' of subject "
					+ screeningNumber), rejected.getMessage());
			assertEquals(before, site.subject(subjectId).orElseThrow().getAdverseEvents().size());
			assertEquals(auditBefore, site.audit().forSubject(subjectId).size());
		}
	}

	private static Row findRow(Sheet sheet, String verbatim) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (verbatim.equals(cell(sheet.getRow(r), "Verbatim term"))) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row for " + verbatim);
	}

	private static String cell(Row row, String column) {
		return new DataFormatter().formatCellValue(row.getCell(SaeLineListing.COLUMNS.indexOf(column)));
	}

	private static String value(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
				return new DataFormatter().formatCellValue(row.getCell(1));
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static String labelRow(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
				return label;
			}
		}
		throw new AssertionError("no row " + label);
	}
}
