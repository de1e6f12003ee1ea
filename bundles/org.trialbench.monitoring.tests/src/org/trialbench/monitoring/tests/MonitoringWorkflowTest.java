package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.QueryThread;
import org.trialbench.monitoring.SdvRequirement;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.monitoring.SdvTarget;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.SiteInbox;
import org.trialbench.monitoring.SourceDataVerification;
import org.trialbench.monitoring.WorklistColumn;
import org.trialbench.monitoring.WorklistFilter;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * A monitor's day on a real store with a generated demo trial: the worklist of a site, bulk verification, a query
 * that the site answers with a correction (re-opening verification), closing it, and what each role may not do.
 */
class MonitoringWorkflowTest {

	private static final Instant VISIT = Instant.parse("2026-11-02T10:00:00Z");

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession monitor;
	private TrialSession investigator;
	private String site01;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		monitor = store.as("monitor1");
		investigator = store.as("inv01");
		site01 = DemoStore.site(monitor, "01").getId();
	}

	@AfterEach
	void close() {
		store.close();
	}

	private List<WorklistRow> worklist() throws StoreException {
		return SdvWorklist.load(monitor, site01, new NullProgressMonitor());
	}

	private WorklistRow pendingCritical() throws StoreException {
		return worklist().stream().filter(r -> r.target() == SdvTarget.ITEM && r.state() == SdvState.PENDING
				&& r.requirement().kind() == SdvRequirement.Kind.CRITICAL && r.value().value() != null).findFirst()
				.orElseThrow();
	}

	/**
	 * A pending critical value whose form is not signed: an answer with a correction changes it there (under a
	 * standing signature the store refuses it until the signature is withdrawn).
	 */
	private WorklistRow pendingCriticalOnAnUnsignedForm() throws StoreException {
		for (WorklistRow row : worklist()) {
			if (row.target() != SdvTarget.ITEM || row.state() != SdvState.PENDING
					|| row.requirement().kind() != SdvRequirement.Kind.CRITICAL || row.value().value() == null) {
				continue;
			}
			if (valueOf(monitor, row).getForm().getSignature() == null) {
				return row;
			}
		}
		throw new AssertionError("no pending critical value on an unsigned form at site 01");
	}

	@Test
	void theWorklistIsWhatTheSeparateHeadersOfItsSiteMake() throws Exception {
		List<WorklistRow> rows = worklist();
		List<WorklistRow> expected = SdvWorklist.withRecords(monitor,
				SdvWorklist.rows(monitor, monitor.itemValues(site01, null), new NullProgressMonitor()),
				monitor.verifiedRecords(site01));
		assertEquals(expected, rows, "the same rows in the same order");
		for (SdvTarget target : SdvTarget.values()) {
			assertTrue(rows.stream().anyMatch(r -> r.target() == target), "rows of " + target);
		}
		// each row's requirement and state as the plan says of its header alone, asked by a plan of its own
		SdvSelection plan = new SdvSelection(monitor.protocol());
		for (WorklistRow row : rows.stream().filter(r -> r.target() == SdvTarget.ITEM).toList()) {
			assertEquals(plan.requirement(row.value()), row.requirement(), row.id());
			assertEquals(plan.effectiveState(row.value()), row.state(), row.id());
		}
		assertTrue(rows.stream().map(WorklistRow::state).distinct().count() >= 3, "pending, verified, not required");
	}

	@Test
	void aValueThatWasNotDoneReadsAsWordsNotAsTheModelsLiteral() throws Exception {
		WorklistRow notDone = worklist().stream().filter(r -> r.target() == SdvTarget.ITEM && r.value().value() == null
				&& r.value().missingCode() == org.trialbench.clinical.MissingCode.NOT_DONE).findFirst().orElseThrow();
		assertEquals("(not done)", notDone.valueText());
		WorklistRow entered = worklist().stream().filter(r -> r.target() == SdvTarget.ITEM && r.value().value() != null)
				.findFirst().orElseThrow();
		assertEquals(entered.value().value(), entered.valueText());
	}

	@Test
	void theWorklistShowsOneSiteFilteredAndSorted() throws Exception {
		List<WorklistRow> rows = worklist();
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(r -> r.value().siteCode().equals("01")));
		List<WorklistRow> open = WorklistFilter.open().apply(rows);
		assertTrue(open.stream().allMatch(WorklistRow::open));
		// pending is what the plan requires; a value changed after verification waits whatever the plan says
		assertTrue(open.stream().filter(r -> r.state() == SdvState.PENDING).allMatch(r -> r.requirement().required()));
		String subject = rows.get(0).value().screeningNumber();
		List<WorklistRow> one = new WorklistFilter(subject, "SE.SCREENING", "F.ELIGIBILITY", java.util.Set.of())
				.apply(rows);
		assertFalse(one.isEmpty());
		assertTrue(one.stream().allMatch(r -> r.formName().equals("Eligibility") && r.visitName().equals("Screening")));
		List<WorklistRow> byState = rows.stream().sorted(WorklistColumn.STATE.order()).toList();
		for (int i = 1; i < byState.size(); i++) {
			assertTrue(byState.get(i - 1).state().getValue() <= byState.get(i).state().getValue());
		}
		assertTrue(SdvWorklist.load(investigator, DemoStore.site(investigator, "02").getId(), new NullProgressMonitor())
				.isEmpty(), "an investigator of site 01 sees nothing of site 02");
	}

	@Test
	void bulkVerificationIsOneAuditedCommitByTheMonitor() throws Exception {
		List<WorklistRow> chosen = WorklistFilter.open().apply(worklist()).stream()
				.filter(r -> r.state() == SdvState.PENDING).limit(25).toList();
		assertEquals(25, chosen.size());
		SourceDataVerification sdv = new SourceDataVerification(Clock.fixed(VISIT, ZoneOffset.UTC));
		SourceDataVerification.Result result = sdv.verify(monitor, chosen, "site visit 2 November",
				new NullProgressMonitor());
		assertEquals(25, result.verified());
		assertEquals(25 * 3, result.commit().changedValues(), "state, verifier and time of each value");
		List<WorklistRow> after = worklist();
		for (WorklistRow row : chosen) {
			WorklistRow now = after.stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
			assertEquals(SdvState.VERIFIED, now.state());
			assertEquals("monitor1", now.verifiedByName());
			assertEquals(VISIT, now.value().verifiedAt());
		}
		// verifying again changes nothing and says so
		SourceDataVerification.Result again = sdv.verify(monitor, chosen.subList(0, 3), "again",
				new NullProgressMonitor());
		assertEquals(0, again.verified());
		assertEquals(3, again.alreadyVerified());
	}

	@Test
	void aCorrectionInAnswerToAQueryReopensVerificationAndTheThreadTellsWhoDidWhatWhen() throws Exception {
		WorklistRow row = pendingCriticalOnAnUnsignedForm();
		new SourceDataVerification().verify(monitor, List.of(row), "verified", new NullProgressMonitor());
		QueryDesk desk = new QueryDesk(Clock.fixed(VISIT, ZoneOffset.UTC));
		String queryId = desk.raise(monitor, row.value().subjectId(), row.id(), "Source document says otherwise");
		List<QueryHeader> inbox = SiteInbox.of(investigator, site01);
		assertTrue(inbox.stream().anyMatch(q -> q.id().equals(queryId)), "the site's inbox has the new query");

		String corrected = switch (row.value().value()) {
		case "true" -> "false";
		case "false" -> "true";
		case "1" -> "0";
		default -> "1";
		};
		QueryDesk later = new QueryDesk(Clock.fixed(VISIT.plusSeconds(86_400), ZoneOffset.UTC));
		later.answer(investigator, row.value().subjectId(), queryId, "Transcription error, corrected", corrected);
		WorklistRow reopened = worklist().stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
		assertEquals(corrected, reopened.value().value());
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, reopened.state());
		List<AuditEntry> trail = monitor.audit().forObject(row.id());
		AuditEntry last = trail.get(trail.size() - 1);
		assertEquals("sdvState", last.feature());
		assertEquals("inv01", last.username());
		assertTrue(last.reason().startsWith("verification re-opened automatically"), last.reason());
		assertFalse(SiteInbox.of(investigator, site01).stream().anyMatch(q -> q.id().equals(queryId)),
				"answered: no longer waiting for the site");

		new QueryDesk(Clock.fixed(VISIT.plusSeconds(2 * 86_400), ZoneOffset.UTC)).close(monitor,
				row.value().subjectId(), queryId, "Correction matches the source");
		QueryThread thread = desk.thread(monitor, row.value().subjectId(), queryId).orElseThrow();
		assertEquals(QueryStatus.CLOSED, thread.status());
		assertEquals(List.of(QueryMessageKind.RAISE, QueryMessageKind.ANSWER, QueryMessageKind.CLOSE),
				thread.entries().stream().map(QueryThread.Entry::kind).toList());
		assertTrue(thread.entries().get(0).author().contains("monitor1"));
		assertTrue(thread.entries().get(1).author().contains("inv01"));
		assertEquals(VISIT, thread.entries().get(0).at());
		assertEquals(VISIT.plusSeconds(86_400), thread.entries().get(1).at());
		assertEquals("Transcription error, corrected", thread.entries().get(1).text());

		StoreException closed = assertThrows(StoreException.class, () -> later.answer(investigator,
				row.value().subjectId(), queryId, "one more thing", null));
		assertTrue(closed.getMessage().contains("re-opened before"), closed.getMessage());
	}

	/**
	 * On a signed form the answer may not correct the value (the signature covers it until withdrawn): the desk says
	 * so before writing anything, naming the value, the subject and the signer, and saves nothing; the thread tells
	 * the view beforehand; the answer without a correction goes through.
	 */
	@Test
	void anAnswerCannotCorrectAValueOnASignedFormAndSaysWhyBeforeWriting() throws Exception {
		WorklistRow row = null;
		ItemValue signed = null;
		for (WorklistRow candidate : worklist()) {
			if (candidate.target() != SdvTarget.ITEM || candidate.value().value() == null) {
				continue;
			}
			ItemValue value = valueOf(monitor, candidate);
			if (value.getForm().getStatus() == org.trialbench.clinical.FormStatus.SIGNED) {
				row = candidate;
				signed = value;
				break;
			}
		}
		assertNotNull(row, "the demo has signed forms at site 01");
		String before = signed.getValue();
		QueryDesk desk = new QueryDesk();
		String queryId = desk.raise(monitor, row.value().subjectId(), row.id(), "Please check the value");
		QueryThread thread = desk.thread(investigator, row.value().subjectId(), queryId).orElseThrow();
		String why = QueryDesk.correctionRefusal(thread.form());
		assertNotNull(why, "the thread says beforehand that no correction goes into the answer");
		org.trialbench.clinical.Signature signature = signed.getForm().getSignature();
		String signer = signature.getSignerName() != null ? signature.getSignerName() : signature.getSigner().getUsername();
		assertTrue(why.contains("the form is signed by " + signer), why);

		String subjectId = row.value().subjectId();
		String itemId = row.id();
		StoreException refused = assertThrows(StoreException.class,
				() -> desk.answer(investigator, subjectId, queryId, "Corrected", before + "1"));
		assertTrue(refused.getMessage().contains("subject " + row.value().screeningNumber()), refused.getMessage());
		assertTrue(refused.getMessage().contains("withdraw the signature first"), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("nothing was saved"), refused.getMessage());
		assertEquals(QueryStatus.OPEN, desk.thread(monitor, subjectId, queryId).orElseThrow().status(), "not answered");
		assertEquals(before, valueOf(monitor, row).getValue(), "the signed value is as it was signed");
		assertTrue(monitor.audit().forObject(itemId).stream().noneMatch(e -> "value".equals(e.feature())
				&& e.reason() != null && e.reason().startsWith("corrected in answer")));

		desk.answer(investigator, subjectId, queryId, "The value is right as signed", null);
		assertEquals(QueryStatus.ANSWERED, desk.thread(monitor, subjectId, queryId).orElseThrow().status());

		WorklistRow open = pendingCriticalOnAnUnsignedForm();
		String other = desk.raise(monitor, open.value().subjectId(), open.id(), "Please check");
		assertNull(QueryDesk.correctionRefusal(desk.thread(investigator, open.value().subjectId(), other).orElseThrow()
				.form()), "an unsigned form's value may be corrected in the answer");
	}

	private static ItemValue valueOf(TrialSession session, WorklistRow row) throws StoreException {
		for (var it = session.subject(row.value().subjectId()).orElseThrow().eAllContents(); it.hasNext();) {
			if (it.next() instanceof ItemValue value && value.getId().equals(row.id())) {
				return value;
			}
		}
		throw new AssertionError("no value " + row.id());
	}

	@Test
	void monitorsNeverChangeClinicalDataAndInvestigatorsNeitherVerifyNorCloseQueries() throws Exception {
		WorklistRow row = pendingCritical();
		AccessDeniedException notVerifier = assertThrows(AccessDeniedException.class,
				() -> new SourceDataVerification().verify(investigator, List.of(row), "own data", new NullProgressMonitor()));
		assertTrue(notVerifier.getMessage().contains("Only monitors verify"), notVerifier.getMessage());

		QueryDesk desk = new QueryDesk();
		String queryId = desk.raise(monitor, row.value().subjectId(), row.id(), "Please check");
		assertThrows(AccessDeniedException.class,
				() -> desk.answer(monitor, row.value().subjectId(), queryId, "I fix it myself", "3"));
		AccessDeniedException notCloser = assertThrows(AccessDeniedException.class,
				() -> desk.close(investigator, row.value().subjectId(), queryId, "closing my own query"));
		assertTrue(notCloser.getMessage().contains("may not close"), notCloser.getMessage());
		assertThrows(AccessDeniedException.class, () -> desk.raise(investigator, row.value().subjectId(), row.id(), "x"));

		// around the services, straight through a transaction: the store refuses the same
		try (TrialTransaction tx = monitor.begin()) {
			ItemValue value = valueOf(tx, row);
			value.setValue("2");
			assertThrows(AccessDeniedException.class, () -> tx.commit("monitor edits"));
		}
		try (TrialTransaction tx = investigator.begin()) {
			valueOf(tx, row).getQueries().stream().filter(q -> q.getId().equals(queryId)).findFirst().orElseThrow()
					.setStatus(QueryStatus.CLOSED);
			assertThrows(AccessDeniedException.class, () -> tx.commit("investigator closes"));
		}
		QueryThread thread = desk.thread(monitor, row.value().subjectId(), queryId).orElseThrow();
		assertEquals(QueryStatus.OPEN, thread.status());
		assertEquals(1, thread.entries().size());
		assertNotNull(thread.last());
	}

	private static ItemValue valueOf(TrialTransaction tx, WorklistRow row) throws StoreException {
		var subject = tx.editSubject(row.value().subjectId());
		for (var it = subject.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ItemValue value && value.getId().equals(row.id())) {
				return value;
			}
		}
		throw new AssertionError("no value " + row.id());
	}
}
