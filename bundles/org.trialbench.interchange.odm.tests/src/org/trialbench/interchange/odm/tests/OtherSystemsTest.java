package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/** Files in the shape REDCap and OpenClinica write import: their metadata as a protocol, their data into a store. */
class OtherSystemsTest {

	private static byte[] data(String name) throws Exception {
		try (InputStream in = OtherSystemsTest.class.getClassLoader().getResource("data/" + name).openStream()) {
			return in.readAllBytes();
		}
	}

	private static ItemDefinition item(Study study, String oid) {
		return study.getForms().stream().flatMap(f -> f.getItems().stream()).filter(i -> oid.equals(i.getOid()))
				.findFirst().orElseThrow(() -> new AssertionError(oid));
	}

	@Test
	void aRedcapProjectBecomesAProtocol() throws Exception {
		OdmImport.ProtocolImport imported = OdmImport.readProtocol(Stores.source("redcap.xml", data("redcap-style.xml")), null);
		Study study = imported.study();
		assertEquals("Project.SpasmRegistry", study.getOid());
		FormDefinition baseline = study.getForms().get(0);
		assertEquals("Form.baseline", baseline.getOid());
		// the items of both item groups, in order
		assertEquals(List.of("record_id", "eckardt_total", "diagnosis", "ppi_tried___1", "visit_date", "baseline_complete"),
				baseline.getItems().stream().map(ItemDefinition::getOid).toList());
		ItemDefinition eckardt = item(study, "eckardt_total");
		assertEquals(ItemDataType.INTEGER, eckardt.getDataType());
		assertEquals(0, eckardt.getMin().intValue());
		assertEquals(12, eckardt.getMax().intValue());
		assertTrue(eckardt.isRequired());
		assertEquals("Eckardt score (total)", eckardt.getQuestion());
		ItemDefinition diagnosis = item(study, "diagnosis");
		assertEquals(ItemDataType.CODE, diagnosis.getDataType());
		assertEquals("Jackhammer esophagus", diagnosis.getCodeList().getItems().get(2).getDecode());
		assertEquals(ItemDataType.DATE, item(study, "visit_date").getDataType());
	}

	@Test
	void anOpenClinicaExportImportsMetadataAndData(@TempDir Path directory) throws Exception {
		byte[] file = data("openclinica-style.xml");
		OdmImport.ProtocolImport imported = OdmImport.readProtocol(Stores.source("oc.xml", file), null);
		Study study = imported.study();
		ItemDefinition irp = item(study, "I_HRM_IRP");
		assertEquals(ItemDataType.DECIMAL, irp.getDataType());
		assertEquals("mmHg", irp.getUnit());
		assertEquals(1, irp.getDecimalPlaces());
		assertEquals("SE_SCREENING", study.getVisits().get(0).getOid());
		assertEquals("F_HRM_V1", study.getVisits().get(0).getForms().get(0).getOid());

		// a trial on that protocol with the site OpenClinica calls S_ESO_MUC
		Trial trial = ClinicalFactory.eINSTANCE.createTrial();
		trial.setId("trial-oc");
		trial.setName("EsoSpasm");
		trial.setProtocol(study);
		Site site = ClinicalFactory.eINSTANCE.createSite();
		site.setId("site-muc");
		site.setCode("S_ESO_MUC");
		site.setName("Munich");
		trial.getSites().add(site);
		try (JdbcTrialRepository store = Stores.initialize(directory.resolve("oc"), trial);
				TrialSession session = store.localSession(Stores.IMPORTER)) {
			ImportReport report = new OdmImport(session).run(Stores.source("oc.xml", file),
					new OdmImport.Options(false, "migration from OpenClinica", null), new NullProgressMonitor());
			assertNotNull(report.commit());
			assertEquals(2, report.subjectsAdded());
			assertEquals(4, report.changedValues(), report.changes().toString());
			assertEquals(2, session.countSubjects(SubjectFilter.all()));
			String id = session.subjects(SubjectFilter.all()).get(0).id();
			Subject first = session.subject(id).orElseThrow();
			// OpenClinica's study subject id, not its internal SubjectKey OID, names the subject
			assertEquals("ESO-001", first.getScreeningNumber());
			assertEquals(org.trialbench.clinical.Sex.FEMALE, first.getSex());
			assertTrue(report.mappings().stream().anyMatch(m -> m.startsWith("OpenClinica:StudySubjectID")),
					report.mappings().toString());
			List<ItemValue> values = first.getVisits().get(0).getForms().get(0).getItemValues();
			assertEquals("28.4", values.get(0).getValue());
			assertEquals("1", values.get(1).getValue());
		}
	}

	/** A trial on the REDCap project's protocol with two sites; REDCap's data access group "munich" names site 01. */
	private static Trial redcapTrial(Study study) {
		Trial trial = ClinicalFactory.eINSTANCE.createTrial();
		trial.setId("trial-redcap");
		trial.setName("Spasm registry");
		trial.setProtocol(study);
		for (String[] codeAndName : new String[][] { { "01", "Munich" }, { "02", "Vienna" } }) {
			Site site = ClinicalFactory.eINSTANCE.createSite();
			site.setId("site-" + codeAndName[0]);
			site.setCode(codeAndName[0]);
			site.setName(codeAndName[1]);
			trial.getSites().add(site);
		}
		return trial;
	}

	private static String value(Subject subject, String eventOid, String itemOid) {
		return subject.getVisits().stream().filter(v -> v.getDefinition().getOid().equals(eventOid))
				.flatMap(v -> v.getForms().stream()).flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals(itemOid)).map(ItemValue::getValue).findFirst()
				.orElse(null);
	}

	@Test
	void aRedcapExportWithDataImportsRecordsByDataAccessGroup(@TempDir Path directory) throws Exception {
		byte[] file = data("redcap-style-data.xml");
		Study study = OdmImport.readProtocol(Stores.source("redcap.xml", file), null).study();
		assertEquals(List.of("Event.baseline_arm_1", "Event.month_3_arm_1"),
				study.getVisits().stream().map(v -> v.getOid()).toList());
		try (JdbcTrialRepository store = Stores.initialize(directory.resolve("redcap"), redcapTrial(study));
				TrialSession session = store.localSession(Stores.IMPORTER)) {
			// record 2 is in no data access group: it goes to the default site the importer chose
			ImportReport report = new OdmImport(session).run(Stores.source("redcap.xml", file),
					new OdmImport.Options(false, "registry data from REDCap", "02"), new NullProgressMonitor());
			assertNotNull(report.commit());
			assertEquals(2, report.subjectsAdded(), report.changes().toString());
			// 6 + 3 values of record 1 (two events), 3 of record 2
			assertEquals(12, report.changedValues(), report.changes().toString());
			var headers = session.subjects(SubjectFilter.all());
			assertEquals(List.of("01 1", "02 2"), headers.stream().map(h -> h.siteCode() + " " + h.screeningNumber()).toList());
			Subject one = session.subject(headers.get(0).id()).orElseThrow();
			assertEquals("7", value(one, "Event.baseline_arm_1", "eckardt_total"));
			assertEquals("3", value(one, "Event.baseline_arm_1", "diagnosis"));
			assertEquals("1", value(one, "Event.baseline_arm_1", "ppi_tried___1"), "a check box stays coded 1/0");
			assertEquals("2026-01-12", value(one, "Event.baseline_arm_1", "visit_date"));
			assertEquals("2", value(one, "Event.baseline_arm_1", "baseline_complete"));
			assertEquals("2", value(one, "Event.month_3_arm_1", "eckardt_total"));
			assertEquals("0", value(one, "Event.month_3_arm_1", "ppi_tried___1"));
			assertEquals("9", value(session.subject(headers.get(1).id()).orElseThrow(), "Event.baseline_arm_1",
					"eckardt_total"));
			assertTrue(store.verifyAudit(new NullProgressMonitor()).intact());

			// the same export again changes nothing
			ImportReport again = new OdmImport(session).run(Stores.source("redcap.xml", file),
					new OdmImport.Options(false, "again", "02"), new NullProgressMonitor());
			assertNull(again.commit(), again.changes().toString());
		}
	}

	@Test
	void aRedcapValueOutsideItsChoicesIsRefusedWithItsLineAndNothingIsSaved(@TempDir Path directory) throws Exception {
		String text = new String(data("redcap-style-data.xml"), java.nio.charset.StandardCharsets.UTF_8);
		String wrong = "<ItemData ItemOID=\"diagnosis\" Value=\"1\"/>";
		assertTrue(text.contains(wrong));
		text = text.replace(wrong, "<ItemData ItemOID=\"diagnosis\" Value=\"4\"/>");
		int line = (int) text.substring(0, text.indexOf("Value=\"4\"")).chars().filter(c -> c == '\n').count() + 1;
		byte[] file = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Study study = OdmImport.readProtocol(Stores.source("redcap.xml", file), null).study();
		try (JdbcTrialRepository store = Stores.initialize(directory.resolve("redcap"), redcapTrial(study));
				TrialSession session = store.localSession(Stores.IMPORTER)) {
			org.trialbench.interchange.odm.OdmInvalidException refused = org.junit.jupiter.api.Assertions.assertThrows(
					org.trialbench.interchange.odm.OdmInvalidException.class,
					() -> new OdmImport(session).run(Stores.source("redcap.xml", file),
							new OdmImport.Options(false, "registry data from REDCap", "02"), new NullProgressMonitor()));
			org.trialbench.interchange.odm.OdmProblem problem = refused.problems().stream()
					.filter(org.trialbench.interchange.odm.OdmProblem::isError).findFirst().orElseThrow();
			assertEquals(line, problem.line(), problem.toString());
			assertTrue(problem.column() > 0, problem.toString());
			assertTrue(problem.message().contains("'4' is not in the code list diagnosis.choices"), problem.toString());
			assertEquals(0, session.countSubjects(SubjectFilter.all()), "record 1 before it was not saved either");
		}
	}
}
