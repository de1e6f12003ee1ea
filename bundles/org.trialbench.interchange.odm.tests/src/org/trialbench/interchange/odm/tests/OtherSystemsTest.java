package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
			assertEquals("SS_ESO001", first.getScreeningNumber());
			List<ItemValue> values = first.getVisits().get(0).getForms().get(0).getItemValues();
			assertEquals("28.4", values.get(0).getValue());
			assertEquals("1", values.get(1).getValue());
		}
	}
}
