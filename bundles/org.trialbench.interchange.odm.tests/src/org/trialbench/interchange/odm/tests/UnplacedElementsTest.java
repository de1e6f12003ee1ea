package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.Study;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Nothing in a file is dropped silently: an element the import does not place is an error with its line and column,
 * or a mapping the report states. Files in the shape of a REDCap export, changed the way hand-edited or
 * nonconformant files are.
 */
class UnplacedElementsTest {

	@TempDir
	Path directory;

	private static String redcap() throws Exception {
		try (InputStream in = UnplacedElementsTest.class.getClassLoader().getResource("data/redcap-classic.xml")
				.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A store with the REDCap project's protocol and the sites 01 Munich and 02 Vienna. */
	private int stores;

	private JdbcTrialRepository store(String text) throws Exception {
		return storeWithProtocolOf(redcap());
	}

	private static String data(String name) throws Exception {
		try (InputStream in = UnplacedElementsTest.class.getClassLoader().getResource("data/" + name).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private JdbcTrialRepository storeWithProtocolOf(String protocolFile) throws Exception {
		Study study = OdmImport.readProtocol(Stores.source("p.xml", protocolFile.getBytes(StandardCharsets.UTF_8)), null)
				.study();
		Trial trial = ClinicalFactory.eINSTANCE.createTrial();
		trial.setId("trial-eso");
		trial.setName("Eso classic");
		trial.setProtocol(study);
		for (String[] codeAndName : new String[][] { { "01", "Munich" }, { "02", "Vienna" } }) {
			Site site = ClinicalFactory.eINSTANCE.createSite();
			site.setId("site-" + codeAndName[0]);
			site.setCode(codeAndName[0]);
			site.setName(codeAndName[1]);
			trial.getSites().add(site);
		}
		return Stores.initialize(directory.resolve("store" + stores++), trial);
	}

	private static int lineOf(String text, String marker) {
		int at = text.indexOf(marker);
		assertTrue(at >= 0, marker);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	private OdmProblem refusedWith(String text, String message) throws Exception {
		try (JdbcTrialRepository store = store(text); TrialSession session = store.localSession(Stores.IMPORTER)) {
			OdmInvalidException refused = assertThrows(OdmInvalidException.class,
					() -> new OdmImport(session).run(Stores.source("f.xml", text.getBytes(StandardCharsets.UTF_8)),
							new OdmImport.Options(false, "migration", "01"), new NullProgressMonitor()));
			assertEquals(0, session.countSubjects(SubjectFilter.all()), "nothing saved");
			return refused.problems().stream().filter(p -> p.isError() && p.message().contains(message)).findFirst()
					.orElseThrow(() -> new AssertionError(refused.problems().toString()));
		}
	}

	/** The file with the wrapper of the last StudyEventData of the given start tag removed; its FormData stay. */
	private static String withoutLastEvent(String text, String event) {
		int last = text.lastIndexOf(event);
		text = text.substring(0, last) + text.substring(last + event.length());
		int end = text.indexOf("</StudyEventData>", last);
		return text.substring(0, end) + text.substring(end + "</StudyEventData>".length());
	}

	@Test
	void formDataWithoutStudyEventDataGoesToTheOneVisitThatHoldsItsFormAndTheReportSaysSo() throws Exception {
		String text = withoutLastEvent(redcap(), "<StudyEventData StudyEventOID=\"Event.event_1_arm_1\" "
				+ "StudyEventRepeatKey=\"1\" redcap:UniqueEventName=\"event_1_arm_1\">");
		try (JdbcTrialRepository store = store(text); TrialSession session = store.localSession(Stores.IMPORTER)) {
			ImportReport report = new OdmImport(session).run(Stores.source("f.xml", text.getBytes(StandardCharsets.UTF_8)),
					new OdmImport.Options(false, "migration", "01"), new NullProgressMonitor());
			assertTrue(report.mappings().stream().anyMatch(m -> m.startsWith("FormData directly in SubjectData")
					&& m.contains("-> visit Event.event_1_arm_1, the one visit that holds its form")),
					report.mappings().toString());
			assertEquals(2, session.countSubjects(SubjectFilter.all()));
		}
	}

	@Test
	void formDataWithoutStudyEventDataIsAnErrorAtItsLineWhenSeveralVisitsHoldItsForm() throws Exception {
		String longitudinal = data("redcap-longitudinal-dags.xml");
		String event = "<StudyEventData StudyEventOID=\"Event.month_6_arm_1\" StudyEventRepeatKey=\"1\" "
				+ "redcap:UniqueEventName=\"month_6_arm_1\">";
		int last = longitudinal.lastIndexOf(event);
		String text = withoutLastEvent(longitudinal, event);
		int formAt = text.indexOf("<FormData", last); // the FormData the removed start tag held
		int line = (int) text.substring(0, formAt).chars().filter(c -> c == '\n').count() + 1;
		try (JdbcTrialRepository store = storeWithProtocolOf(longitudinal);
				TrialSession session = store.localSession(Stores.IMPORTER)) {
			OdmInvalidException refused = assertThrows(OdmInvalidException.class,
					() -> new OdmImport(session).run(Stores.source("f.xml", text.getBytes(StandardCharsets.UTF_8)),
							new OdmImport.Options(false, "migration", "01"), new NullProgressMonitor()));
			OdmProblem problem = refused.problems().stream().filter(p -> p.isError()
					&& p.message().contains("FormData inside SubjectData is not where ODM 1.3.2 puts it")).findFirst()
					.orElseThrow(() -> new AssertionError(refused.problems().toString()));
			assertEquals(line, problem.line(), problem.toString());
			assertTrue(problem.column() > 0);
			assertTrue(problem.message().contains("into the StudyEventData of its visit"), problem.toString());
			assertEquals(0, session.countSubjects(SubjectFilter.all()), "nothing saved");
		}
	}

	@Test
	void itemDataOutsideItemGroupDataAndUnknownElementsAreErrors() throws Exception {
		String text = redcap().replace("<ItemData ItemOID=\"proc_kind\" Value=\"2\"/>\n\t\t\t\t</ItemGroupData>",
				"</ItemGroupData>\n\t\t\t\t<ItemData ItemOID=\"proc_kind\" Value=\"2\"/>");
		OdmProblem outside = refusedWith(text, "ItemData inside FormData is not where ODM 1.3.2 puts it");
		assertEquals(lineOf(text, "<ItemData ItemOID=\"proc_kind\" Value=\"2\"/>"), outside.line());

		String unknown = redcap().replace("<ItemData ItemOID=\"proc_kind\" Value=\"2\"/>",
				"<ItemValue ItemOID=\"proc_kind\" Value=\"2\"/>");
		OdmProblem problem = refusedWith(unknown, "the element ItemValue is not part of ODM 1.3.2 ItemGroupData");
		assertEquals(lineOf(unknown, "<ItemValue"), problem.line());
	}

	@Test
	void anUnknownDataAccessGroupIsAnErrorNotTheDefaultSite() throws Exception {
		String text = redcap().replace("<SubjectData SubjectKey=\"102\" redcap:RecordIdField=\"record_id\">",
				"<SubjectData SubjectKey=\"102\" redcap:RecordIdField=\"record_id\" redcap:DataAccessGroup=\"graz\">");
		OdmProblem problem = refusedWith(text, "redcap:DataAccessGroup 'graz' of record 102 is no site of this trial");
		assertEquals(lineOf(text, "redcap:DataAccessGroup=\"graz\""), problem.line());
		assertTrue(problem.message().contains("./trialbench site add"), problem.toString());
	}

	@Test
	void typedItemDataImportsAndTheDryRunStatesEveryMapping() throws Exception {
		String text = redcap()
				.replace("<ItemData ItemOID=\"proc_date\" Value=\"2026-02-10\"/>",
						"<ItemDataDate ItemOID=\"proc_date\">2026-02-10</ItemDataDate>")
				.replace("<SubjectData SubjectKey=\"102\" redcap:RecordIdField=\"record_id\">",
						"<SubjectData SubjectKey=\"102\" redcap:RecordIdField=\"record_id\" redcap:DataAccessGroup=\"vienna\">")
				.replace("<ItemData ItemOID=\"consented\" Value=\"1\"/>",
						"<ItemData ItemOID=\"consented\" Value=\"1\"><AuditRecord><UserRef UserOID=\"u1\"/>"
								+ "<LocationRef LocationOID=\"l1\"/><DateTimeStamp>2026-01-01T10:00:00</DateTimeStamp>"
								+ "</AuditRecord></ItemData>");
		try (JdbcTrialRepository store = store(text); TrialSession session = store.localSession(Stores.IMPORTER)) {
			ImportReport dry = new OdmImport(session).run(Stores.source("f.xml", text.getBytes(StandardCharsets.UTF_8)),
					new OdmImport.Options(true, null, "01"), new NullProgressMonitor());
			assertNull(dry.commit());
			String mappings = String.join("\n", dry.mappings());
			assertTrue(mappings.contains("ItemDataDate (ODM's typed item data) read as ItemData"), mappings);
			assertTrue(mappings.contains("REDCap data access group 'vienna' -> site 02 (Vienna)"), mappings);
			assertTrue(mappings.contains("AuditRecord elements in ItemData are not imported"), mappings);
			assertTrue(mappings.contains("REDCap yesno field consented"), mappings);
			assertTrue(mappings.contains("REDCap check box field prior_tx"), mappings);
			assertTrue(mappings.matches("(?s).*CodeList DataType boolean.*\\(5 times, first at line \\d+, column \\d+\\).*"),
					mappings);
			assertEquals(0, session.countSubjects(SubjectFilter.all()));

			ImportReport report = new OdmImport(session).run(
					Stores.source("f.xml", text.getBytes(StandardCharsets.UTF_8)),
					new OdmImport.Options(false, "migration from REDCap", "01"), new NullProgressMonitor());
			assertNotNull(report.commit());
			assertEquals(2, report.subjectsAdded());
			assertEquals("01 101, 02 102", session.subjects(SubjectFilter.all()).stream()
					.map(h -> h.siteCode() + " " + h.screeningNumber()).reduce((a, b) -> a + ", " + b).orElseThrow());
		}
	}
}
