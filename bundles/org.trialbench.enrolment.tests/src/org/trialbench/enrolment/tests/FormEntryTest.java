package org.trialbench.enrolment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * CRF entry on the protocol's own forms: checks fire on every entry, derived values follow, missing-data codes
 * replace values, and a saved value changes only with a reason that the audit trail keeps.
 */
class FormEntryTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession investigator;
	private String subjectId;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		investigator = store.as("inv01");
		subjectId = DemoStore.eligibleSubject(investigator, "01-F001", "DES");
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static ItemDefinition item(Study study, String oid) {
		return study.getForms().stream().flatMap(f -> f.getItems().stream()).filter(i -> i.getOid().equals(oid))
				.findFirst().orElseThrow();
	}

	/** A new screening-visit form of the given definition on the subject's working copy. */
	private static FormRecord newForm(Subject subject, Study study, String formOid) {
		VisitDefinition screening = study.getVisits().stream()
				.filter(v -> v.getOid().equals(PoemBtxOids.VISIT_SCREENING)).findFirst().orElseThrow();
		FormDefinition definition = study.getForms().stream().filter(f -> f.getOid().equals(formOid)).findFirst()
				.orElseThrow();
		return FormEntry.start(subject, screening, definition, LocalDate.now().minusDays(1));
	}

	@Test
	void givenEckardtItemsOneOneZeroOneTheTotalIsThreeAndTheOutcomeSuccess() throws Exception {
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			FormEntry entry = new FormEntry(newForm(transaction.editSubject(subjectId), study, PoemBtxOids.FORM_ECKARDT));
			ItemDefinition dysphagia = item(study, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
			ItemDefinition total = item(study, PoemBtxOids.ITEM_ECKARDT_TOTAL);

			List<Finding> typed = entry.enter(dysphagia, "4");
			assertTrue(typed.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR),
					"4 is outside 0-3 and flagged while typing: " + typed);
			List<Finding> valid = entry.enter(dysphagia, "1");
			assertTrue(valid.isEmpty(), "1 is a valid grade: " + valid);
			entry.enter(item(study, PoemBtxOids.ITEM_ECKARDT_REGURGITATION), "1");
			entry.enter(item(study, PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN), "0");
			entry.enter(item(study, PoemBtxOids.ITEM_ECKARDT_WEIGHT_LOSS), "1");
			assertEquals("3", entry.text(total), "1 + 1 + 0 + 1");
			assertEquals("true", entry.text(item(study, PoemBtxOids.ITEM_ECKARDT_SUCCESS)), "3 <= 3");
			assertFalse(entry.editable(total));
			assertThrows(IllegalArgumentException.class, () -> entry.enter(total, "2"), "derived values are never typed");
			assertFalse(entry.hasErrors(), entry.findings().toString());
		}
	}

	@Test
	void theProtocolsEditCheckFiresOnBothBariumHeightsAsTheyAreTyped() throws Exception {
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			FormEntry entry = new FormEntry(newForm(transaction.editSubject(subjectId), study, PoemBtxOids.FORM_BARIUM));
			ItemDefinition oneMinute = item(study, PoemBtxOids.ITEM_BARIUM_HEIGHT_1_MIN);
			ItemDefinition fiveMinutes = item(study, PoemBtxOids.ITEM_BARIUM_HEIGHT_5_MIN);
			entry.enter(oneMinute, "8,5"); // a decimal comma is taken as a point
			assertEquals("8.5", entry.text(oneMinute));
			List<Finding> fired = entry.enter(fiveMinutes, "10");
			assertTrue(fired.stream().anyMatch(f -> f.constraint() == TrialConstraint.EDIT_CHECK_COMPARISON
					&& f.message().contains("higher at 5 minutes")), fired.toString());
			assertTrue(entry.findings(oneMinute).stream()
					.anyMatch(f -> f.constraint() == TrialConstraint.EDIT_CHECK_COMPARISON), "both items are named");
			assertTrue(entry.enter(fiveMinutes, "4").stream()
					.noneMatch(f -> f.constraint() == TrialConstraint.EDIT_CHECK_COMPARISON), "corrected, it clears");
		}
	}

	@Test
	void aMissingDataCodeReplacesTheValueAndSatisfiesARequiredItem() throws Exception {
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			FormEntry entry = new FormEntry(newForm(transaction.editSubject(subjectId), study, PoemBtxOids.FORM_ECKARDT));
			ItemDefinition pain = item(study, PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN);
			entry.enter(pain, "2");
			entry.markMissing(pain, MissingCode.UNKNOWN);
			assertEquals("", entry.text(pain));
			assertEquals(MissingCode.UNKNOWN, entry.missing(pain));
			assertTrue(entry.findings(pain).stream().noneMatch(f -> f.constraint() == TrialConstraint.ITEM_REQUIRED));
			entry.enter(pain, "1");
			assertEquals(MissingCode.NONE, entry.missing(pain), "a value replaces the missing-data code");
		}
	}

	@Test
	void changingASavedValueNeedsAReasonWhichTheAuditTrailKeeps() throws Exception {
		Study study = investigator.protocol();
		String formId;
		ItemDefinition dysphagia = item(study, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		try (TrialTransaction transaction = investigator.begin()) {
			FormRecord form = newForm(transaction.editSubject(subjectId), study, PoemBtxOids.FORM_ECKARDT);
			FormEntry entry = new FormEntry(form);
			entry.enter(dysphagia, "2");
			assertFalse(entry.needsReason(), "a first entry needs no reason");
			entry.save(transaction, null);
			formId = form.getId();
		}
		try (TrialTransaction transaction = investigator.begin()) {
			FormRecord form = transaction.editSubject(subjectId).getVisits().stream()
					.flatMap(v -> v.getForms().stream()).filter(f -> f.getId().equals(formId)).findFirst().orElseThrow();
			FormEntry entry = new FormEntry(form);
			entry.enter(dysphagia, "3");
			assertEquals(List.of(dysphagia), entry.changedSavedValues());
			FormEntry.ReasonRequiredException refused = assertThrows(FormEntry.ReasonRequiredException.class,
					() -> entry.save(transaction, " "));
			assertEquals(List.of(dysphagia), refused.items());
			entry.save(transaction, "transcription error, source says daily dysphagia");
		}
		Subject stored = investigator.subject(subjectId).orElseThrow();
		String valueId = stored.getVisits().stream().flatMap(v -> v.getForms().stream())
				.flatMap(f -> f.getItemValues().stream()).filter(v -> v.getDefinition().getOid().equals(dysphagia.getOid()))
				.findFirst().orElseThrow().getId();
		AuditEntry change = investigator.audit().forObject(valueId).stream().filter(e -> e.feature().equals("value"))
				.reduce((a, b) -> b).orElseThrow();
		assertEquals("2", change.oldValue());
		assertEquals("3", change.newValue());
		assertEquals("transcription error, source says daily dysphagia", change.reason());
		assertEquals("inv01", change.username());
	}
}
