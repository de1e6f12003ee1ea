package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Subject;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.RecordHeaders;
import org.trialbench.repository.SdvHeaders;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.VerifiedRecordHeader;
import org.trialbench.repository.VisitHeader;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * What monitoring needs of every store, on H2 and PostgreSQL: verification re-opens by itself when a verified value
 * changes, investigators answer but never close queries, and the worklist headers of a site equal what its loaded
 * records say, for the sites the user may see only.
 */
abstract class MonitoringStoreContract {

	static final String S1 = RepositoryContract.S1;

	JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();

	abstract JdbcTrialRepository newStore() throws Exception;

	@BeforeEach
	void loadSmallTrial() throws Exception {
		repository = newStore();
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void closeSessions() {
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	TrialSession login(String username) throws Exception {
		TrialSession session = repository.login(username, ("secret-" + username).toCharArray());
		sessions.add(session);
		return session;
	}

	private static ItemValue value(Subject subject, String itemOid) {
		return RepositoryContract.value(subject, itemOid);
	}

	private void verify(String itemOid) throws Exception {
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			ItemValue value = value(tx.editSubject(S1), itemOid);
			value.setSdvState(SdvState.VERIFIED);
			value.setVerifiedBy(monitor.user());
			value.setVerifiedAt(Instant.parse("2026-05-20T09:00:00Z"));
			tx.commit("source data verified at the site visit");
		}
	}

	@Test
	void aChangeToAVerifiedValueReopensItsVerificationInTheSameAuditedCommit() throws Exception {
		verify("IT.ECK.DYSPHAGIA");
		TrialSession investigator = login("inv01");
		String valueId;
		try (TrialTransaction tx = investigator.begin()) {
			ItemValue dysphagia = value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA");
			valueId = dysphagia.getId();
			dysphagia.setValue("2");
			assertEquals(2, tx.commit("source says daily").changedValues(), "the value and its SDV state");
			assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, dysphagia.getSdvState(),
					"the working copy shows what the store did");
			// the transaction goes on from what is stored: a second correction is no conflict
			dysphagia.setValue("3");
			tx.commit("source says each meal");
		}
		ItemValue stored = value(login("admin").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA");
		assertEquals("3", stored.getValue());
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, stored.getSdvState());
		List<AuditEntry> trail = investigator.audit().forObject(valueId);
		List<AuditEntry> reopenings = trail.stream().filter(e -> e.feature().equals("sdvState")
				&& "changedSinceVerification".equals(e.newValue())).toList();
		assertEquals(1, reopenings.size(), "re-opened once; the second change found it re-opened already");
		AuditEntry reopening = reopenings.get(0);
		assertEquals("verified", reopening.oldValue());
		assertEquals("inv01", reopening.username());
		assertTrue(reopening.reason().startsWith("verification re-opened automatically"), reopening.reason());
		assertTrue(reopening.reason().contains("source says daily"), reopening.reason());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void aChangeToAnUnverifiedValueLeavesItsStateAlone() throws Exception {
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.PAIN").setValue("2");
			assertEquals(1, tx.commit("corrected").changedValues());
		}
		assertEquals(SdvState.PENDING, value(login("admin").subject(S1).orElseThrow(), "IT.ECK.PAIN").getSdvState());
	}

	@Test
	void theMonitorsReverificationIsKeptAsVerified() throws Exception {
		verify("IT.ECK.DYSPHAGIA");
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("corrected");
		}
		verify("IT.ECK.DYSPHAGIA");
		assertEquals(SdvState.VERIFIED, value(login("admin").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getSdvState());
	}

	private String raiseQuery() throws Exception {
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			Query query = ClinicalFactory.eINSTANCE.createQuery();
			query.setStatus(QueryStatus.OPEN);
			query.setRaisedBy(monitor.user());
			query.setRaisedAt(Instant.parse("2026-05-20T09:05:00Z"));
			query.getMessages().add(message(monitor, QueryMessageKind.RAISE, "Source shows daily dysphagia"));
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").getQueries().add(query);
			tx.commit("query raised");
			return query.getId();
		}
	}

	private static QueryMessage message(TrialSession session, QueryMessageKind kind, String text) {
		QueryMessage message = ClinicalFactory.eINSTANCE.createQueryMessage();
		message.setAuthor(session.user());
		message.setAt(Instant.now());
		message.setKind(kind);
		message.setText(text);
		return message;
	}

	private static Query query(Subject subject) {
		return value(subject, "IT.ECK.DYSPHAGIA").getQueries().get(0);
	}

	@Test
	void anInvestigatorAnswersAQueryButCannotCloseOrReopenIt() throws Exception {
		raiseQuery();
		TrialSession investigator = login("inv01");
		try (TrialTransaction tx = investigator.begin()) {
			Query query = query(tx.editSubject(S1));
			query.getMessages().add(message(investigator, QueryMessageKind.ANSWER, "Corrected"));
			query.setStatus(QueryStatus.ANSWERED);
			tx.commit("query answered");
		}
		try (TrialTransaction tx = investigator.begin()) {
			Query query = query(tx.editSubject(S1));
			query.setStatus(QueryStatus.CLOSED);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("closing"));
			assertTrue(refused.getMessage().contains("status of a Query"), refused.getMessage());
		}
		try (TrialTransaction tx = investigator.begin()) {
			query(tx.editSubject(S1)).getMessages().add(message(investigator, QueryMessageKind.CLOSE, "done"));
			assertThrows(AccessDeniedException.class, () -> tx.commit("closing by message"));
		}
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			Query query = query(tx.editSubject(S1));
			query.getMessages().add(message(monitor, QueryMessageKind.CLOSE, "Answer accepted"));
			query.setStatus(QueryStatus.CLOSED);
			tx.commit("query closed");
		}
		assertEquals(QueryStatus.CLOSED, query(monitor.subject(S1).orElseThrow()).getStatus());
	}

	@Test
	void itemValueHeadersOfASiteAreWhatItsLoadedRecordsSay() throws Exception {
		raiseQuery();
		verify("IT.ECK.PAIN");
		TrialSession monitor = login("mon01");
		List<ItemValueHeader> expected = new ArrayList<>();
		List<QueryHeader> expectedQueries = new ArrayList<>();
		List<VisitHeader> expectedVisits = new ArrayList<>();
		for (SubjectHeader header : monitor.subjects(SubjectFilter.site("site-01"))) {
			Subject subject = monitor.subject(header.id()).orElseThrow();
			expected.addAll(RecordHeaders.itemValues(subject));
			expectedQueries.addAll(RecordHeaders.queries(subject));
			expectedVisits.addAll(RecordHeaders.visits(subject));
		}
		// site 01: two Eckardt values each, plus one procedure value for POEM subjects 1 and 3: 3 + 2 + 3
		assertEquals(8, expected.size());
		assertEquals(expected, monitor.itemValues("site-01", null));
		assertEquals(expected, monitor.itemValues(null, null), "the monitor sees site 01 only");
		assertEquals(expectedQueries, monitor.queries("site-01"));
		assertEquals(1, expectedQueries.size());
		assertEquals(expectedVisits, monitor.visits("site-01"));
		ItemValueHeader dysphagia = monitor.itemValues(null, S1).get(0);
		assertEquals("IT.ECK.DYSPHAGIA", dysphagia.itemOid());
		assertEquals("01-0001", dysphagia.screeningNumber());
		assertEquals("SE.M3", dysphagia.visitOid());
		assertEquals(1, dysphagia.unresolvedQueries());
		ItemValueHeader pain = monitor.itemValues(null, S1).get(1);
		assertEquals(SdvState.VERIFIED, pain.sdvState());
		assertEquals("user-mon01", pain.verifiedBy());
		assertEquals(Instant.parse("2026-05-20T09:00:00Z"), pain.verifiedAt());
		assertTrue(monitor.itemValues("site-02", null).isEmpty(), "site 02 is not the monitor's");
		assertFalse(login("admin").itemValues("site-02", null).isEmpty());
	}

	@Test
	void theSdvHeadersOfASiteAreExactlyItsItemValuesAndVerifiedRecords() throws Exception {
		raiseQuery();
		verify("IT.ECK.PAIN");
		TrialSession investigator = login("inv01");
		String eventId;
		try (TrialTransaction tx = investigator.begin()) {
			AdverseEvent event = ClinicalFactory.eINSTANCE.createAdverseEvent();
			event.setVerbatimTerm("Chest pain\nafter the procedure"); // a newline, escaped in the stored text
			event.setOnsetDate(LocalDate.of(2026, 5, 10));
			event.setSerious(true);
			tx.editSubject(S1).getAdverseEvents().add(event);
			tx.commit("adverse event reported");
			eventId = event.getId();
		}
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			Subject subject = tx.editSubject(S1);
			subject.setSdvState(SdvState.VERIFIED);
			subject.setVerifiedBy(monitor.user());
			subject.setVerifiedAt(Instant.parse("2026-05-20T09:10:00Z"));
			Query query = ClinicalFactory.eINSTANCE.createQuery();
			query.setStatus(QueryStatus.OPEN);
			query.setField("onsetDate");
			query.setRaisedBy(monitor.user());
			query.setRaisedAt(Instant.parse("2026-05-20T09:15:00Z"));
			query.getMessages().add(message(monitor, QueryMessageKind.RAISE, "Onset before the procedure?"));
			subject.getAdverseEvents().get(0).getQueries().add(query);
			tx.commit("consent verified, adverse event queried");
		}
		List<ItemValueHeader> expectedValues = new ArrayList<>();
		List<VerifiedRecordHeader> expectedRecords = new ArrayList<>();
		for (SubjectHeader header : monitor.subjects(SubjectFilter.site("site-01"))) {
			Subject subject = monitor.subject(header.id()).orElseThrow();
			expectedValues.addAll(RecordHeaders.itemValues(subject));
			expectedRecords.addAll(RecordHeaders.verifiedRecords(subject));
		}
		assertEquals(8, expectedValues.size());
		assertEquals(4, expectedRecords.size(), "three consents and the adverse event");

		SdvHeaders site01 = monitor.sdvHeaders("site-01");
		assertEquals(monitor.itemValues("site-01", null), site01.itemValues());
		assertEquals(monitor.verifiedRecords("site-01"), site01.records());
		assertEquals(expectedValues, site01.itemValues(), "what the loaded records say");
		assertEquals(expectedRecords, site01.records(), "what the loaded records say");
		VerifiedRecordHeader consent = site01.records().get(0);
		assertEquals(VerifiedRecordHeader.CONSENT, consent.type());
		assertEquals(SdvState.VERIFIED, consent.sdvState());
		assertEquals(Instant.parse("2026-05-20T09:10:00Z"), consent.verifiedAt());
		VerifiedRecordHeader event = site01.records().get(1);
		assertEquals(eventId, event.id());
		assertEquals("Chest pain\nafter the procedure", event.description());
		assertTrue(event.serious());
		assertEquals(1, event.unresolvedQueries());
		assertEquals(1, site01.itemValues().get(0).unresolvedQueries(), "the dysphagia value's query");

		assertEquals(site01, monitor.sdvHeaders(null), "the monitor sees site 01 only");
		SdvHeaders site02 = monitor.sdvHeaders("site-02");
		assertTrue(site02.itemValues().isEmpty() && site02.records().isEmpty(), "site 02 is not the monitor's");
		TrialSession admin = login("admin");
		SdvHeaders all = admin.sdvHeaders(null);
		assertEquals(admin.itemValues(null, null), all.itemValues());
		assertEquals(admin.verifiedRecords(null), all.records());
		assertEquals(7, all.records().size(), "six consents at two sites and the adverse event");
		SdvHeaders blinded = login("adj").sdvHeaders(null);
		assertEquals(12, blinded.itemValues().size(), "no headers of arm-specific values for a blinded user");
	}

	@Test
	void aBlindedUserGetsNoHeadersOfArmSpecificValues() throws Exception {
		List<ItemValueHeader> headers = login("adj").itemValues(null, null);
		assertEquals(12, headers.size(), "six subjects with two Eckardt values; no procedure values");
		assertTrue(headers.stream().noneMatch(h -> h.itemOid().equals("IT.POEM.LENGTH")));
	}
}
