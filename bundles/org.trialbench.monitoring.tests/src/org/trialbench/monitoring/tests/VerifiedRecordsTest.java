package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Subject;
import org.trialbench.monitoring.SdvRequirement;
import org.trialbench.monitoring.SdvTarget;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.SourceDataVerification;
import org.trialbench.monitoring.WorklistFilter;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Consent and serious adverse events are records, not CRF items, yet the plan's critical categories name them: the
 * worklist lists them with SDV states like items, a monitor verifies them, a later change by the site re-opens the
 * verification automatically, and nobody else may verify them.
 */
class VerifiedRecordsTest {

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

	/** The monitor's worklist over the three sites monitor1 covers. */
	private List<WorklistRow> worklist() throws StoreException {
		return SdvWorklist.load(monitor, null, new NullProgressMonitor());
	}

	private static WorklistRow find(List<WorklistRow> rows, String id) {
		return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void everyConsentedSubjectAndEverySeriousEventIsCriticalOnTheWorklist() throws Exception {
		List<WorklistRow> rows = worklist();
		List<WorklistRow> consents = rows.stream().filter(r -> r.target() == SdvTarget.CONSENT).toList();
		long consented = monitor.subjects(org.trialbench.repository.SubjectFilter.all()).stream()
				.filter(s -> s.consentDate() != null).count();
		assertTrue(consented > 0);
		assertEquals(consented, consents.size(), "one consent row per consented subject the monitor sees");
		assertTrue(consents.stream().allMatch(
				r -> r.requirement().equals(SdvRequirement.critical(CriticalCategory.CONSENT))));
		assertTrue(consents.stream().allMatch(r -> r.state() != SdvState.NOT_REQUIRED), "every consent is required");
		assertTrue(consents.stream().filter(r -> r.state() == SdvState.VERIFIED).allMatch(
				r -> r.verifiedByName() != null && r.value().verifiedAt() != null), "the demo's monitor verified them");

		List<WorklistRow> serious = rows.stream()
				.filter(r -> r.target() == SdvTarget.ADVERSE_EVENT && r.formName().equals("Serious adverse event"))
				.toList();
		assertFalse(serious.isEmpty(), "the demo has serious adverse events at sites 01-03");
		assertTrue(serious.stream().allMatch(
				r -> r.requirement().equals(SdvRequirement.critical(CriticalCategory.SERIOUS_ADVERSE_EVENTS))));

		// each subject's consent comes first among its rows, and the form filter picks the records
		WorklistRow first = rows.get(0);
		assertEquals(SdvTarget.CONSENT, first.target());
		assertEquals(consents.size(),
				new WorklistFilter(null, null, SdvTarget.CONSENT_FORM, java.util.Set.of()).apply(rows).size());
	}

	@Test
	void aMonitorVerifiesConsentAndAnEventAndASiteChangeReopensThem() throws Exception {
		List<WorklistRow> rows = worklist();
		WorklistRow consent = rows.stream().filter(r -> r.target() == SdvTarget.CONSENT && r.state() == SdvState.PENDING)
				.findFirst().orElseThrow();
		WorklistRow event = rows.stream()
				.filter(r -> r.target() == SdvTarget.ADVERSE_EVENT && r.formName().equals("Serious adverse event")
						&& r.state() == SdvState.PENDING)
				.findFirst().orElseThrow();

		SourceDataVerification.Result result = new SourceDataVerification(Clock.fixed(VISIT, ZoneOffset.UTC))
				.verify(monitor, List.of(consent, event), "site visit", new NullProgressMonitor());
		assertEquals(2, result.verified());
		List<WorklistRow> after = worklist();
		for (WorklistRow row : List.of(find(after, consent.id()), find(after, event.id()))) {
			assertEquals(SdvState.VERIFIED, row.state());
			assertEquals("monitor1", row.verifiedByName());
			assertEquals(VISIT, row.value().verifiedAt());
		}

		// the site corrects the consent version: the store re-opens the consent's verification in the same commit
		String siteCode = consent.value().siteCode();
		TrialSession investigator = store.as("inv" + siteCode);
		try (TrialTransaction tx = investigator.begin()) {
			Subject subject = tx.editSubject(consent.value().subjectId());
			subject.setConsentVersion(subject.getConsentVersion() + "-corrected");
			tx.commit("consent version transcribed wrongly");
		}
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, find(worklist(), consent.id()).state());
		List<AuditEntry> trail = monitor.audit().forObject(consent.id());
		AuditEntry last = trail.get(trail.size() - 1);
		assertEquals("sdvState", last.feature());
		assertTrue(last.reason().startsWith("verification re-opened automatically"), last.reason());

		// the safety desk corrects the event's term: re-opened as well
		TrialSession safety = store.as("safety");
		try (TrialTransaction tx = safety.begin()) {
			AdverseEvent ae = tx.editSubject(event.value().subjectId()).getAdverseEvents().stream()
					.filter(e -> e.getId().equals(event.id())).findFirst().orElseThrow();
			ae.setVerbatimTerm(ae.getVerbatimTerm() + " (corrected)");
			tx.commit("term corrected from the discharge letter");
		}
		WorklistRow reopened = find(worklist(), event.id());
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, reopened.state());
		assertNotNull(reopened.value().verifiedAt(), "the last verification stays on record");
	}

	@Test
	void onlyMonitorsVerifyRecords() throws Exception {
		WorklistRow consent = worklist().stream()
				.filter(r -> r.target() == SdvTarget.CONSENT && r.state() == SdvState.PENDING).findFirst().orElseThrow();
		TrialSession investigator = store.as("inv" + consent.value().siteCode());
		assertThrows(AccessDeniedException.class, () -> new SourceDataVerification().verify(investigator,
				List.of(consent), "own data", new NullProgressMonitor()));
		// nor by writing the state directly: the store refuses it for an investigator ...
		try (TrialTransaction tx = investigator.begin()) {
			tx.editSubject(consent.value().subjectId()).setSdvState(SdvState.VERIFIED);
			assertThrows(AccessDeniedException.class, () -> tx.commit("self-verification"));
		}
		// ... and for the safety desk, which otherwise edits adverse events
		WorklistRow event = worklist().stream()
				.filter(r -> r.target() == SdvTarget.ADVERSE_EVENT && r.state() != SdvState.VERIFIED).findFirst()
				.orElseThrow();
		TrialSession safety = store.as("safety");
		try (TrialTransaction tx = safety.begin()) {
			tx.editSubject(event.value().subjectId()).getAdverseEvents().stream()
					.filter(e -> e.getId().equals(event.id())).findFirst().orElseThrow().setSdvState(SdvState.VERIFIED);
			assertThrows(AccessDeniedException.class, () -> tx.commit("verified by safety"));
		}
		// and a monitor may verify but not change the consent itself
		try (TrialTransaction tx = monitor.begin()) {
			tx.editSubject(consent.value().subjectId()).setConsentVersion("9.9");
			assertThrows(AccessDeniedException.class, () -> tx.commit("monitor edits consent"));
		}
	}
}
