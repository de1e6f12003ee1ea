package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.internal.Describe;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * A demo trial exported from one store and imported into an empty store with the same set-up comes back with every
 * subject's record equal, as one audited commit; a dry run changes nothing; importing it again changes nothing.
 */
class ClinicalRoundTripTest {
	@TempDir
	static Path directory;
	static DemoTrial demo;
	static byte[] file;

	@BeforeAll
	static void export() throws Exception {
		demo = Stores.demo(2, 16);
		try (JdbcTrialRepository source = Stores.filled(directory.resolve("source"), demo);
				TrialSession admin = source.localSession("admin")) {
			file = Stores.export(admin, OdmExportOptions.full());
		}
	}

	@Test
	void everySubjectComesBackEqualInOneCommit() throws Exception {
		try (JdbcTrialRepository source = JdbcTrialRepository.embedded(directory.resolve("source"));
				JdbcTrialRepository target = Stores.empty(directory.resolve("target"), demo.trial());
				TrialSession from = source.localSession("admin");
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			ImportReport report = new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "migration from the pilot store", null), new NullProgressMonitor());
			assertNotNull(report.commit());
			assertEquals("migration from the pilot store", report.commit().reason());
			assertEquals(Stores.IMPORTER, report.commit().username());
			assertEquals(from.countSubjects(SubjectFilter.all()), report.subjectsAdded());
			assertEquals(from.countSubjects(SubjectFilter.all()), to.countSubjects(SubjectFilter.all()));
			for (SubjectHeader header : from.subjects(SubjectFilter.all())) {
				String before = Describe.of(from.subject(header.id()).orElseThrow());
				String after = Describe.of(to.subject(header.id()).orElseThrow());
				assertEquals(before, after, header.screeningNumber());
			}
			// every imported value carries the import's commit in the audit trail
			AuditEntry latest = to.audit().latest(1).get(0);
			assertEquals(report.commit().commitId(), latest.commitId());

			ImportReport again = new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "again", null), new NullProgressMonitor());
			assertNull(again.commit(), "nothing to save the second time");
			assertEquals(0, again.subjectsAdded() + again.subjectsChanged());
		}
	}

	@Test
	void aDryRunReportsWhatWouldChangeAndSavesNothing() throws Exception {
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("dry"), demo.trial());
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			long commitsBefore = to.audit().latest(1).get(0).commitId();
			ImportReport report = new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(true, null, null), new NullProgressMonitor());
			assertTrue(report.dryRun());
			assertNull(report.commit());
			assertTrue(report.subjectsAdded() > 0);
			assertTrue(report.changes().get(0).contains(": added at site "), report.changes().get(0));
			assertEquals(0, to.countSubjects(SubjectFilter.all()));
			assertEquals(commitsBefore, to.audit().latest(1).get(0).commitId());
		}
	}

	@Test
	void aChangedValueIsOneAuditedChangeWithOldAndNew() throws Exception {
		try (JdbcTrialRepository source = JdbcTrialRepository.embedded(directory.resolve("source"));
				JdbcTrialRepository target = Stores.empty(directory.resolve("edit"), demo.trial());
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			new OdmImport(to).run(Stores.source("trial.xml", file), new OdmImport.Options(false, "load", null),
					new NullProgressMonitor());
			// a site corrects one weight in its system and sends the file again
			String xml = new String(file, StandardCharsets.UTF_8);
			int at = xml.indexOf("ItemOID=\"IT.DM.WEIGHT\"", xml.indexOf("<ClinicalData"));
			int value = xml.indexOf("Value=\"", at) + 7;
			String old = xml.substring(value, xml.indexOf('"', value));
			String corrected = xml.substring(0, value) + "99.5" + xml.substring(xml.indexOf('"', value));
			ImportReport report = new OdmImport(to).run(Stores.source("fix.xml", corrected.getBytes(StandardCharsets.UTF_8)),
					new OdmImport.Options(false, "weight corrected at source", null), new NullProgressMonitor());
			assertEquals(1, report.subjectsChanged(), report.changes().toString());
			assertEquals(1, report.changedValues(), report.changes().toString());
			assertTrue(report.changes().get(0).endsWith("IT.DM.WEIGHT: value " + old + " -> 99.5"), report.changes().get(0));
			// a verified value also gets its verification re-opened in the same commit (a second entry)
			AuditEntry entry = to.audit().latest(2).stream().filter(e -> e.feature().equals("value")).findFirst()
					.orElseThrow();
			assertEquals(old, entry.oldValue());
			assertEquals("99.5", entry.newValue());
			assertEquals("weight corrected at source", entry.reason());
		}
	}

	@Test
	void aBlindedDataManagerImportsAllButWhatRevealsTheAllocation() throws Exception {
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("dm"), demo.trial());
				TrialSession dm = target.localSession("datamanager");
				TrialSession admin = target.localSession("admin")) {
			ImportReport report = new OdmImport(dm).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "migration by data management", null), new NullProgressMonitor());
			assertEquals("datamanager", report.commit().username());
			assertEquals(demo.trial().getSites().stream().mapToInt(s -> s.getSubjects().size()).sum(),
					report.subjectsAdded());
			assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains("reveal the allocation")
					&& w.message().contains("datamanager is blinded")), report.warnings().toString());
			for (SubjectHeader header : admin.subjects(SubjectFilter.all())) {
				org.trialbench.clinical.Subject subject = admin.subject(header.id()).orElseThrow();
				assertNull(subject.getAllocation(), header.screeningNumber());
				subject.eAllContents().forEachRemaining(o -> assertFalse(
						org.trialbench.repository.Blinding.revealsAllocation(o), header.screeningNumber() + " " + o));
			}
			// the same file again: nothing new for the data manager, who cannot see what was left out
			ImportReport again = new OdmImport(dm).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "again", null), new NullProgressMonitor());
			assertNull(again.commit(), again.changes().toString());
		}
	}

	@Test
	void aFileSetsANewTrialUpInAnEmptyStoreThenFillsIt() throws Exception {
		org.trialbench.clinical.Trial setUp = OdmImport.readTrialSetup(Stores.source("trial.xml", file), "admin");
		assertEquals(demo.trial().getProtocol().getOid(), setUp.getProtocol().getOid());
		assertEquals(demo.trial().getSites().stream().map(s -> s.getCode() + " " + s.getName()).toList(),
				setUp.getSites().stream().map(s -> s.getCode() + " " + s.getName()).toList());
		assertEquals(demo.trial().getUsers().stream().map(u -> u.getUsername() + " " + u.getRoles() + " "
				+ u.getSites().stream().map(s -> s.getCode()).toList()).toList(),
				setUp.getUsers().stream().map(u -> u.getUsername() + " " + u.getRoles() + " "
						+ u.getSites().stream().map(s -> s.getCode()).toList()).toList());
		try (JdbcTrialRepository fresh = JdbcTrialRepository.embedded(directory.resolve("fresh"))) {
			fresh.initialize(setUp, new org.trialbench.repository.InitialCredentials(java.util.Map.of()),
					"Trial set up from ODM file trial.xml", new NullProgressMonitor());
			try (TrialSession admin = fresh.localSession("admin");
					JdbcTrialRepository source = JdbcTrialRepository.embedded(directory.resolve("source"));
					TrialSession from = source.localSession("admin")) {
				ImportReport report = new OdmImport(admin).run(Stores.source("trial.xml", file),
						new OdmImport.Options(false, "moved to a new store", null), new NullProgressMonitor());
				assertEquals(from.countSubjects(SubjectFilter.all()), report.subjectsAdded());
				for (SubjectHeader header : from.subjects(SubjectFilter.all())) {
					assertEquals(Describe.of(from.subject(header.id()).orElseThrow()),
							Describe.of(admin.subject(header.id()).orElseThrow()), header.screeningNumber());
				}
			}
		}
	}

	@Test
	void anInvestigatorDoesNotImport() throws Exception {
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("pi"), demo.trial());
				TrialSession pi = target.localSession("pi01")) {
			org.trialbench.repository.AccessDeniedException refused = org.junit.jupiter.api.Assertions.assertThrows(
					org.trialbench.repository.AccessDeniedException.class, () -> new OdmImport(pi).run(
							Stores.source("trial.xml", file), new OdmImport.Options(true, null, null),
							new NullProgressMonitor()));
			assertTrue(refused.getMessage().contains("data manager or an administrator"), refused.getMessage());
		}
	}

	@Test
	void theExportCarriesAuditRecordsSignaturesAndAdminData() {
		String xml = new String(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<AuditRecord EditPoint=\"DataManagement\">"));
		assertTrue(xml.contains("<ReasonForChange>"));
		assertTrue(xml.contains("<SubjectData SubjectKey="));
		assertTrue(xml.contains("<ItemData ItemOID="));
		assertTrue(xml.contains("<AdminData StudyOID="));
		assertTrue(xml.contains("<Location OID=\"SITE.01\""));
		assertTrue(xml.contains("FileType=\"Snapshot\""));
	}
}
