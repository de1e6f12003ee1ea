package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * A data import (records kept in another system, e.g. an ODM file) is written by a data manager or an
 * administrator at every site, with a reason, under the importer's name; ordinary data entry keeps its rules, and
 * an import never touches users or sites, never removes a record, and a blinded importer never writes what
 * reveals the allocation. On the embedded store with the {@link SmallTrial}.
 */
class DataImportTest {
	static final String S1 = RepositoryContract.S1;
	static final String S4 = "subject-02-0001";

	@TempDir
	Path directory;
	JdbcTrialRepository repository;

	@BeforeEach
	void load() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void close() {
		repository.close();
	}

	@Test
	void aDataManagerImportsValuesAtEverySiteWithAReasonUnderOwnName() throws Exception {
		try (TrialSession dm = repository.localSession("dm")) {
			CommitInfo commit;
			try (TrialTransaction tx = dm.beginImport()) {
				RepositoryContract.value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
				ItemValue pain = RepositoryContract.value(tx.editSubject(S4), "IT.ECK.PAIN");
				pain.setValue("3");
				pain.setSdvState(SdvState.VERIFIED); // as the source system recorded it
				commit = tx.commit("Imported from ODM file site-export.xml");
			}
			assertEquals("dm", commit.username());
			List<AuditEntry> entries = dm.audit().latest(3);
			assertEquals(3, entries.stream().filter(e -> e.commitId() == commit.commitId()).count());
			for (AuditEntry entry : entries) {
				assertEquals("dm", entry.username());
				assertEquals("Imported from ODM file site-export.xml", entry.reason());
			}
			assertEquals("2", RepositoryContract.value(dm.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
			assertEquals("3", RepositoryContract.value(dm.subject(S4).orElseThrow(), "IT.ECK.PAIN").getValue());
		}
	}

	@Test
	void aDataManagerImportsANewSubjectAtAnySite() throws Exception {
		try (TrialSession dm = repository.localSession("dm")) {
			Site vienna = dm.trial().getSites().stream().filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
			FormDefinition eckardt = dm.protocol().getForms().stream()
					.filter(f -> f.getOid().equals("F.ECKARDT")).findFirst().orElseThrow();
			Subject subject = ClinicalFactory.eINSTANCE.createSubject();
			subject.setScreeningNumber("02-0009");
			subject.setConsentDate(LocalDate.of(2026, 3, 1));
			subject.setStatus(SubjectStatus.SCREENING);
			Visit visit = ClinicalFactory.eINSTANCE.createVisit();
			visit.setDefinition(dm.protocol().getVisits().get(0));
			visit.setOccurrence(1);
			visit.setStatus(VisitStatus.DONE);
			FormRecord form = ClinicalFactory.eINSTANCE.createFormRecord();
			form.setDefinition(eckardt);
			form.setOccurrence(1);
			ItemValue value = ClinicalFactory.eINSTANCE.createItemValue();
			value.setDefinition(eckardt.getItems().get(0));
			value.setValue("1");
			form.getItemValues().add(value);
			visit.getForms().add(form);
			subject.getVisits().add(visit);
			try (TrialTransaction tx = dm.beginImport()) {
				tx.addSubject(vienna, subject);
				tx.commit("Imported from ODM file vienna.xml");
			}
			assertEquals(7, dm.countSubjects(org.trialbench.repository.SubjectFilter.all()));
		}
	}

	@Test
	void anImportNeedsAReasonEvenForNewData() throws Exception {
		try (TrialSession admin = repository.localSession("admin"); TrialTransaction tx = admin.beginImport()) {
			RepositoryContract.value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			StoreException refused = assertThrows(StoreException.class, () -> tx.commit(" "));
			assertTrue(refused.getMessage().contains("reason"), refused.getMessage());
		}
	}

	@Test
	void onlyADataManagerOrAnAdministratorImports() throws Exception {
		for (String username : List.of("inv01", "mon01", "safety", "adj")) {
			try (TrialSession session = repository.localSession(username)) {
				AccessDeniedException refused = assertThrows(AccessDeniedException.class, session::beginImport,
						username);
				assertTrue(refused.getMessage().contains("data manager or an administrator"), refused.getMessage());
			}
		}
	}

	@Test
	void outsideAnImportADataManagerStillDoesNotEditValues() throws Exception {
		try (TrialSession dm = repository.localSession("dm"); TrialTransaction tx = dm.begin()) {
			RepositoryContract.value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			assertThrows(AccessDeniedException.class, () -> tx.commit("a data manager corrects by hand"));
		}
	}

	@Test
	void anImportWritesOnlySubjectsRecordsNeverAdjudicationOrUsers() throws Exception {
		try (TrialSession dm = repository.localSession("dm"); TrialTransaction tx = dm.beginImport()) {
			tx.addCase(ClinicalFactory.eINSTANCE.createAdjudicationCase());
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("import"));
			assertTrue(refused.getMessage().contains("only subjects' records are imported"), refused.getMessage());
		}
		try (TrialSession dm = repository.localSession("dm"); TrialTransaction tx = dm.beginImport()) {
			assertThrows(AccessDeniedException.class, () -> tx.editUser("inv01"));
		}
	}

	@Test
	void anImportNeverRemovesARecord() throws Exception {
		try (TrialSession admin = repository.localSession("admin"); TrialTransaction tx = admin.beginImport()) {
			Subject subject = tx.editSubject(S1);
			subject.getVisits().get(0).getForms().remove(0);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("import"));
			assertTrue(refused.getMessage().contains("no record is removed"), refused.getMessage());
		}
	}

	@Test
	void aSignedArmSpecificFormDoesNotStopABlindedDataManager() throws Exception {
		// the signed form comes from an earlier import (only a site's principal investigator signs a form in the
		// workbench; an import carries the source's signatures)
		try (TrialSession admin = repository.localSession("admin"); TrialTransaction tx = admin.beginImport()) {
			FormRecord procedure = tx.editSubject(S1).getVisits().get(0).getForms().stream()
					.filter(f -> f.getDefinition().getArm() != null).findFirst().orElseThrow();
			org.trialbench.clinical.Signature signature = ClinicalFactory.eINSTANCE.createSignature();
			signature.setSigner(admin.user());
			signature.setMeaning(org.trialbench.clinical.SignatureMeaning.RESPONSIBILITY);
			signature.setSignedAt(java.time.Instant.parse("2026-05-05T10:00:00Z"));
			procedure.setSignature(signature);
			tx.commit("Imported from the source system: signed procedure form");
		}
		// the data manager cannot see the procedure form, but its signature row is not hidden by itself
		try (TrialSession dm = repository.localSession("dm"); TrialTransaction tx = dm.beginImport()) {
			RepositoryContract.value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("Imported from ODM file registry.xml");
		}
	}

	@Test
	void aBlindedDataManagerDoesNotImportAnAllocation() throws Exception {
		try (TrialSession dm = repository.localSession("dm")) {
			assertTrue(dm.blinded());
			Site munich = dm.trial().getSites().get(0);
			Subject subject = ClinicalFactory.eINSTANCE.createSubject();
			subject.setScreeningNumber("01-0009");
			subject.setStatus(SubjectStatus.RANDOMIZED);
			Allocation allocation = ClinicalFactory.eINSTANCE.createAllocation();
			allocation.setArm(dm.protocol().getArms().get(0));
			allocation.setRandomizationNumber("R01-0009");
			subject.setAllocation(allocation);
			try (TrialTransaction tx = dm.beginImport()) {
				tx.addSubject(munich, subject);
				AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("import"));
				assertTrue(refused.getMessage().contains("reveals the allocation"), refused.getMessage());
			}
		}
		try (TrialSession admin = repository.localSession("admin")) {
			assertTrue(admin.subjects(org.trialbench.repository.SubjectFilter.all()).stream()
					.noneMatch(h -> h.screeningNumber().equals("01-0009")), "nothing was saved");
		}
	}
}
