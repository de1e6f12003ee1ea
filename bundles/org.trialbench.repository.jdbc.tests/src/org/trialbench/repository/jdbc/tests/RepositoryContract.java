package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.User;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;
import org.trialbench.repository.Unblinding;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.LastChange;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * What every trial store must do, run against the embedded H2 store and a real PostgreSQL server: the small
 * trial of {@link SmallTrial} is loaded fresh for each test.
 */
abstract class RepositoryContract {

	static final String S1 = "subject-01-0001";

	JdbcTrialRepository repository;
	final List<TrialSession> sessions = new ArrayList<>();

	/** A new, empty store of the kind under test. */
	abstract JdbcTrialRepository newStore() throws Exception;

	/** Overwrites an audit entry's new value behind the application's back. */
	abstract void tamperWithAudit(long sequence, String newValue) throws Exception;

	/**
	 * A plain SQL connection with the database owner's rights, which can change any table (the server's
	 * append-only triggers switched off), not committing by itself.
	 */
	abstract java.sql.Connection ownerSql() throws Exception;

	/** The same store opened again, migrated to the newest schema as opening a store (or server-init) does. */
	abstract JdbcTrialRepository reopen() throws Exception;

	@BeforeEach
	void loadSmallTrial() throws Exception {
		repository = newStore();
		assertTrue(repository.isEmpty());
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
		assertFalse(repository.isEmpty());
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

	static ItemValue value(Subject subject, String itemOid) {
		return subject.getVisits().get(0).getForms().stream().flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals(itemOid)).findFirst().orElseThrow();
	}

	@Test
	void aUserLogsInWithTheRightPasswordOnly() throws Exception {
		assertEquals("inv01", login("inv01").user().getUsername());
		assertThrows(AuthenticationException.class, () -> repository.login("inv01", "wrong".toCharArray()));
		assertThrows(AuthenticationException.class, () -> repository.login("nobody", "secret-nobody".toCharArray()));
	}

	@Test
	void theNavigatorListsVisibleSubjectsInSiteAndNumberOrder() throws Exception {
		List<SubjectHeader> all = login("admin").subjects(SubjectFilter.all());
		assertEquals(List.of("01-0001", "01-0002", "01-0003", "02-0001", "02-0002", "02-0003"),
				all.stream().map(SubjectHeader::screeningNumber).toList());
		assertEquals(SubjectStatus.RANDOMIZED, all.get(0).status());
		assertEquals("STR.T3", all.get(0).stratumOid());

		TrialSession munich = login("inv01");
		assertEquals(3, munich.countSubjects(SubjectFilter.all()), "an investigator sees only the own site");
		assertEquals(List.of("01-0002"), munich.subjects(SubjectFilter.all().page(1, 1)).stream()
				.map(SubjectHeader::screeningNumber).toList());
		assertEquals(0, munich.countSubjects(new SubjectFilter(null, "02-", Set.of(), 0, 0)));
		assertTrue(munich.subject("subject-02-0001").isEmpty(), "another site's subject is invisible");
	}

	@Test
	void aSubjectRecordReadsBackAsItWasStored() throws Exception {
		Subject subject = login("inv01").subject(S1).orElseThrow();
		assertEquals("01-0001", subject.getScreeningNumber());
		assertEquals("01", subject.getSite().getCode());
		assertEquals("1970-05-20", subject.getBirthDate().toString());
		assertEquals("POEM", subject.getAllocation().getArm().getCode());
		assertEquals("2026-02-03T10:15:30Z", subject.getAllocation().getAllocatedAt().toString());
		assertEquals("STR.T3", subject.getStratum().getOid());
		assertEquals(2, subject.getVisits().get(0).getForms().size());
		assertEquals("1", value(subject, "IT.ECK.DYSPHAGIA").getValue());
		assertEquals("12.5", value(subject, "IT.POEM.LENGTH").getValue());
		assertEquals(SdvState.PENDING, value(subject, "IT.ECK.PAIN").getSdvState());
	}

	@Test
	void aBlindedAdjudicatorSeesNeitherTheAllocationNorArmSpecificForms() throws Exception {
		Subject subject = login("adj").subject(S1).orElseThrow();
		assertNull(subject.getAllocation());
		assertEquals(List.of("F.ECKARDT"), subject.getVisits().get(0).getForms().stream()
				.map(f -> f.getDefinition().getOid()).toList());
		assertTrue(login("adj").audit().forSubject(S1).stream().noneMatch(e -> e.objectType().equals("Allocation")));
	}

	@Test
	void lastChangesAreTheNewestEntryPerObjectThatTheUserMaySee() throws Exception {
		String allocation = login("inv01").subject(S1).orElseThrow().getAllocation().getId();
		String dysphagia;
		try (TrialTransaction tx = login("inv01").begin()) {
			ItemValue value = value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA");
			dysphagia = value.getId();
			value.setValue("2");
			tx.commit("transcription error, source says daily");
		}
		for (String user : List.of("committee", "dm", "inv01", "inv02", "admin", "adj")) {
			TrialSession session = login(user);
			Map<String, LastChange> expected = new HashMap<>();
			for (AuditEntry entry : session.audit().forSubject(S1)) {
				expected.put(entry.objectId(), LastChange.of(entry));
			}
			assertEquals(expected, session.audit().lastChanges(S1), user);
		}
		LastChange changed = login("inv01").audit().lastChanges(S1).get(dysphagia);
		assertEquals("transcription error, source says daily", changed.reason());
		assertEquals("inv01", changed.username());
		assertTrue(login("inv01").audit().lastChanges(S1).containsKey(allocation));
		assertFalse(login("adj").audit().lastChanges(S1).containsKey(allocation), "blinded: no allocation");
		assertTrue(login("inv02").audit().lastChanges(S1).isEmpty(), "another site's subject");
	}

	@Test
	void aDataLockFreezesRecordsAndUnblindsOnlyTheWritingCommittee() throws Exception {
		assertNull(login("committee").subject(S1).orElseThrow().getAllocation(), "blinded before the lock");
		assertThrows(AccessDeniedException.class, () -> login("inv01").lockData("lock"));
		assertThrows(AccessDeniedException.class, () -> login("committee").lockData("lock"));
		DataLock lock = login("dm").lockData("database lock for the primary analysis");
		assertEquals("LOCK-1", lock.id());
		assertEquals("dm", lock.lockedBy());
		assertEquals(6, lock.subjects());
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("transcription error, source says daily");
		}
		TrialSession committee = login("committee");
		Subject frozen = read(committee, "LOCK-1");
		assertNotNull(frozen.getAllocation(), "the lock unblinds the writing committee");
		assertEquals("1", value(frozen, "IT.ECK.DYSPHAGIA").getValue(), "the lock keeps the value it froze");
		assertEquals("2", value(committee.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
		assertNull(read(login("dm"), "LOCK-1").getAllocation(), "data managers stay blinded");
		assertNull(login("adj").subject(S1).orElseThrow().getAllocation(), "adjudicators stay blinded");
		assertThrows(StoreException.class, () -> read(committee, "LOCK-2"));
	}

	/**
	 * A store whose lock was made before schema 16 (one locked_object row per frozen object, no compact records)
	 * reads that lock the same after the migration: the same subjects, objects and values for every kind of user.
	 */
	@Test
	void aLockMadeBeforeSchema16ReadsTheSameAfterTheMigration() throws Exception {
		login("dm").lockData("database lock for the primary analysis");
		List<String> users = List.of("committee", "dm", "inv01", "inv02", "admin");
		java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
		for (String user : users) {
			expected.put(user, frozen(login(user), "LOCK-1"));
		}
		assertTrue(expected.get("committee").stream().anyMatch(line -> line.startsWith("Allocation ")),
				"the committee reads allocations from the lock");
		assertTrue(expected.get("dm").stream().noneMatch(line -> line.startsWith("Allocation ")), "dm stays blinded");
		assertTrue(expected.get("inv01").size() < expected.get("admin").size(), "inv01 reads one site");
		try (java.sql.Connection owner = ownerSql(); java.sql.Statement sql = owner.createStatement()) {
			// LOCK-1 as schema 15 stored it (nothing changed since the lock), and the store as it was before schema 16
			assertTrue(0 < sql.executeUpdate("INSERT INTO locked_object (lock_id, id, object_type, parent_id, "
					+ "container_feature, ordinal, subject_id, site_id, reveals_allocation, state, sealed_case, "
					+ "sealed_owner) SELECT 'LOCK-1', id, object_type, parent_id, container_feature, ordinal, "
					+ "subject_id, site_id, reveals_allocation, state, sealed_case, sealed_owner FROM clinical_object "
					+ "WHERE deleted = FALSE AND subject_id IS NOT NULL"), "LOCK-1 as rows");
			if (owner.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				// and before schema 20 (the lock as schema 15 stored it is all this store keeps of LOCK-1)
				for (String undo : List.of("DROP VIEW locked_subject", "DROP TABLE locked_subject_whole",
						"DROP TRIGGER clinical_object_records_inserted ON clinical_object",
						"DROP TRIGGER clinical_object_records_updated ON clinical_object",
						"DROP TRIGGER clinical_object_records_deleted ON clinical_object",
						"DROP TABLE locked_record, subject_record, subject_record_stale",
						"DROP FUNCTION tb_subject_records_stale(), tb_refresh_subject_records(), "
								+ "tb_subject_records_at_commit(), tb_subject_record_fixed(), tb_rebuild_subject_records()",
						"CREATE TABLE locked_subject (x INT)")) {
					sql.execute(undo);
				}
				assertEquals(1, sql.executeUpdate("DELETE FROM \"schema_history\" WHERE \"version\" = '20'"));
			}
			sql.execute("DROP TABLE locked_subject");
			assertEquals(1, sql.executeUpdate("DELETE FROM \"schema_history\" WHERE \"version\" = '16'"));
			owner.commit();
		}
		sessions.forEach(TrialSession::close);
		sessions.clear();
		repository.close();
		repository = reopen();
		// a correction after the lock (made on the migrated store: sessions work on the newest schema only)
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("3");
			tx.commit("transcription error, source says with every meal");
		}
		for (String user : users) {
			assertEquals(expected.get(user), frozen(login(user), "LOCK-1"), user + " reads LOCK-1 as before schema 16");
		}
		assertEquals("3", value(login("committee").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue(),
				"the live value changed after the lock");
		assertTrue(frozen(login("committee"), "LOCK-1").size() > 30, "LOCK-1 holds the trial's objects");
		org.junit.jupiter.api.Assertions.assertNotEquals(live(login("committee")), frozen(login("committee"), "LOCK-1"),
				"LOCK-1 is read from the lock, not from the live data");
		// a lock made after the migration is written as records and reads as the live data it froze
		login("dm").lockData("second lock after the migration");
		assertEquals(live(login("committee")), frozen(login("committee"), "LOCK-2"));
		assertEquals(live(login("inv02")), frozen(login("inv02"), "LOCK-2"));
	}

	/**
	 * Stored objects (no objects built) show every user what the whole records show them, live and locked, and
	 * nothing more: the same objects with the same feature texts; no allocation for a blinded user; one site for
	 * an investigator; only the types asked for (and the subject's own object).
	 */
	@Test
	void storedObjectsShowWhatWholeRecordsShowAndNoMore() throws Exception {
		List<String> users = List.of("committee", "dm", "inv01", "inv02", "admin", "adj");
		for (String user : users) {
			assertEquals(frozen(login(user), null), stored(login(user), null, ALL_TYPES), user + " live");
		}
		assertTrue(stored(login("committee"), null, ALL_TYPES).stream().noneMatch(l -> l.startsWith("Allocation ")),
				"the committee is blinded before the lock");
		login("dm").lockData("database lock for the primary analysis");
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("transcription error, source says daily");
		}
		for (String user : users) {
			assertEquals(frozen(login(user), "LOCK-1"), stored(login(user), "LOCK-1", ALL_TYPES), user + " LOCK-1");
		}
		assertTrue(stored(login("committee"), "LOCK-1", ALL_TYPES).stream().anyMatch(l -> l.startsWith("Allocation ")),
				"the lock unblinds the writing committee");
		assertTrue(stored(login("dm"), "LOCK-1", ALL_TYPES).stream().noneMatch(l -> l.startsWith("Allocation ")),
				"data managers stay blinded");
		assertTrue(stored(login("inv01"), "LOCK-1", ALL_TYPES).stream()
				.allMatch(l -> !l.startsWith("Subject ") || l.endsWith(" of 01")), "inv01 reads site 01 only");
		assertTrue(stored(login("inv01"), "LOCK-1", ALL_TYPES).size() < stored(login("admin"), "LOCK-1", ALL_TYPES)
				.size());
		List<String> visits = stored(login("committee"), "LOCK-1", Set.of("Visit"));
		assertTrue(visits.stream().anyMatch(l -> l.startsWith("Visit ")));
		assertTrue(visits.stream().allMatch(l -> l.startsWith("Visit ") || l.startsWith("Subject ")), "" + visits);
		assertEquals(visits.stream().filter(l -> l.startsWith("Visit ")).toList(),
				frozen(login("committee"), "LOCK-1").stream().filter(l -> l.startsWith("Visit ")).toList());
	}

	private static final Set<String> ALL_TYPES = Set.copyOf(org.trialbench.clinical.ClinicalPackage.eINSTANCE
			.getEClassifiers().stream().map(org.eclipse.emf.ecore.EClassifier::getName).toList());

	/** A user's stored objects of the given types, one line each as {@link #describe} writes whole records. */
	private static List<String> stored(TrialSession session, String lockId, Set<String> types) throws StoreException {
		List<String> lines = new ArrayList<>();
		assertTrue(session.readSubjectObjects(lockId, types, objects -> describe(session, objects), lines::addAll,
				new NullProgressMonitor()));
		return lines;
	}

	/**
	 * A subject's stored objects as {@link #describe(Subject, List)} writes its whole record: the objects reachable
	 * from the subject, each subject's children in stored order, with the texts of its class's persistent features.
	 */
	private static List<String> describe(TrialSession session, org.trialbench.repository.SubjectObjects objects) {
		java.util.Map<String, List<org.trialbench.repository.StoredObject>> children = new java.util.HashMap<>();
		java.util.Map<String, org.trialbench.repository.StoredObject> byId = new java.util.HashMap<>();
		objects.objects().forEach(o -> byId.put(o.id(), o));
		objects.objects().stream().sorted(java.util.Comparator.comparingInt(org.trialbench.repository.StoredObject::ordinal))
				.filter(o -> o.parentId() != null && byId.containsKey(o.parentId()))
				.forEach(o -> children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o));
		String site = session.trial().getSites().stream().filter(s -> s.getId().equals(objects.siteId())).findFirst()
				.orElseThrow().getCode();
		List<String> lines = new ArrayList<>();
		describe(byId.get(objects.subjectId()), true, children, site, lines);
		return lines;
	}

	private static void describe(org.trialbench.repository.StoredObject object, boolean subject,
			java.util.Map<String, List<org.trialbench.repository.StoredObject>> children, String site,
			List<String> lines) {
		org.eclipse.emf.ecore.EClass type = org.trialbench.repository.jdbc.internal.ObjectCodec.eClass(object.type());
		List<String> names = org.trialbench.repository.jdbc.internal.ObjectCodec.features(type).stream()
				.map(org.eclipse.emf.ecore.EStructuralFeature::getName).toList();
		String[] texts = object.features(names);
		java.util.Map<String, String> state = new java.util.LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			state.put(names.get(i), texts[i]);
		}
		// a whole record's subject sits in a copy of its site's subjects
		lines.add(object.type() + " " + object.id() + " " + state + " in "
				+ (subject ? "subjects" : object.containerFeature()) + " of " + (subject ? site : ""));
		// the whole record lists children by containment feature, in the class's order of features
		for (org.eclipse.emf.ecore.EReference feature : type.getEAllContainments()) {
			for (org.trialbench.repository.StoredObject child : children.getOrDefault(object.id(), List.of())) {
				if (feature.getName().equals(child.containerFeature())) {
					describe(child, false, children, site, lines);
				}
			}
		}
	}

	/** Every object of every subject a user reads from a lock, one line each: type, id and features as stored. */
	private static List<String> frozen(TrialSession session, String lockId) throws StoreException {
		List<String> lines = new ArrayList<>();
		session.readSubjects(lockId, subject -> describe(subject, lines), new NullProgressMonitor());
		return lines;
	}

	private static List<String> live(TrialSession session) throws StoreException {
		return frozen(session, null);
	}

	private static void describe(Subject subject, List<String> lines) {
		List<org.eclipse.emf.ecore.EObject> objects = new ArrayList<>();
		objects.add(subject);
		subject.eAllContents().forEachRemaining(objects::add);
		for (org.eclipse.emf.ecore.EObject object : objects) {
			lines.add(object.eClass().getName() + " " + ((org.trialbench.clinical.ClinicalObject) object).getId() + " "
					+ org.trialbench.repository.jdbc.internal.ObjectCodec.state(object) + " in "
					+ (object.eContainer() == null ? "-" : object.eContainingFeature().getName()) + " of "
					+ (object == subject ? subject.getSite().getCode() : "" ));
		}
	}

	static Subject read(TrialSession session, String lockId) throws StoreException {
		List<Subject> subjects = new ArrayList<>();
		session.readSubjects(lockId, subjects::add, new NullProgressMonitor());
		return subjects.stream().filter(s -> s.getId().equals(S1)).findFirst().orElseThrow();
	}

	@Test
	void aCorrectionIsAuditedWithWhoWhenWhyOldAndNew() throws Exception {
		TrialSession session = login("inv01");
		String valueId;
		try (TrialTransaction tx = session.begin()) {
			Subject subject = tx.editSubject(S1);
			ItemValue dysphagia = value(subject, "IT.ECK.DYSPHAGIA");
			valueId = dysphagia.getId();
			dysphagia.setValue("2");
			assertTrue(tx.isDirty());
			CommitInfo info = tx.commit("transcription error, source says daily");
			assertEquals(1, info.changedValues());
			assertEquals("inv01", info.username());
		}
		List<AuditEntry> trail = session.audit().forObject(valueId);
		AuditEntry last = trail.get(trail.size() - 1);
		assertEquals("value", last.feature());
		assertEquals("1", last.oldValue());
		assertEquals("2", last.newValue());
		assertEquals("inv01", last.username());
		assertEquals("transcription error, source says daily", last.reason());
		assertEquals("2", value(login("admin").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
		assertEquals(last.sequence(), session.audit().byUser("inv01", null, null).get(0).sequence());
	}

	@Test
	void changingSavedDataNeedsAReasonAndSavesNothingWithout() throws Exception {
		TrialSession session = login("inv01");
		try (TrialTransaction tx = session.begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("3");
			StoreException refused = assertThrows(StoreException.class, () -> tx.commit(" "));
			assertTrue(refused.getMessage().contains("reason"), refused.getMessage());
		}
		assertEquals("1", value(session.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
	}

	@Test
	void theSecondOfTwoConcurrentChangesToOneValueIsRefusedWithBothValues() throws Exception {
		TrialSession first = login("inv01");
		TrialSession second = login("inv01");
		try (TrialTransaction a = first.begin(); TrialTransaction b = second.begin()) {
			value(a.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			value(b.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("3");
			a.commit("first correction");
			ConflictException conflict = assertThrows(ConflictException.class, () -> b.commit("second correction"));
			ConflictException.Conflict c = conflict.conflicts().get(0);
			assertEquals("value", c.feature());
			assertEquals("1", c.baseValue());
			assertEquals("3", c.yourValue());
			assertEquals("2", c.storedValue());
			assertTrue(c.storedBy().startsWith("inv01"), c.storedBy());
		}
		assertEquals("2", value(first.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
	}

	@Test
	void aCorrectionThatAnotherUserAlreadyStoredIsNothingToSave() throws Exception {
		TrialSession first = login("inv01");
		TrialSession second = login("inv01");
		try (TrialTransaction a = first.begin(); TrialTransaction b = second.begin()) {
			value(a.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			value(b.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			a.commit("first correction");
			Object head = first.auditHead();
			StoreException nothing = assertThrows(StoreException.class, () -> b.commit("the same correction"));
			assertTrue(nothing.getMessage().startsWith("Nothing to save"), nothing.getMessage());
			assertEquals(head, first.auditHead(), "the second commit left no audit entry");
		}
	}

	@Test
	void changesToDifferentValuesOfOneRecordAreBothKept() throws Exception {
		TrialSession first = login("inv01");
		TrialSession second = login("inv01");
		try (TrialTransaction a = first.begin(); TrialTransaction b = second.begin()) {
			value(a.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			value(b.editSubject(S1), "IT.ECK.PAIN").setValue("3");
			a.commit("dysphagia corrected");
			b.commit("pain corrected");
		}
		Subject stored = first.subject(S1).orElseThrow();
		assertEquals("2", value(stored, "IT.ECK.DYSPHAGIA").getValue());
		assertEquals("3", value(stored, "IT.ECK.PAIN").getValue());
	}

	@Test
	void aMonitorVerifiesButNeverEditsClinicalData() throws Exception {
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("0");
			assertThrows(AccessDeniedException.class, () -> tx.commit("monitor tries to edit"));
		}
		try (TrialTransaction tx = monitor.begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setSdvState(SdvState.VERIFIED);
			tx.commit("source data verified");
		}
		assertEquals(SdvState.VERIFIED, value(monitor.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getSdvState());
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.PAIN").setSdvState(SdvState.VERIFIED);
			assertThrows(AccessDeniedException.class, () -> tx.commit("investigator verifies own data"));
		}
	}

	@Test
	void anInvestigatorCannotTouchAnotherSitesSubject() throws Exception {
		try (TrialTransaction tx = login("inv02").begin()) {
			assertThrows(StoreException.class, () -> tx.editSubject(S1));
		}
	}

	@Test
	void aNewSubjectIsStoredAndListed() throws Exception {
		TrialSession session = login("inv01");
		Site munich = session.trial().getSites().stream().filter(s -> s.getCode().equals("01")).findFirst().orElseThrow();
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		subject.setScreeningNumber("01-0004");
		subject.setStatus(SubjectStatus.SCREENING);
		try (TrialTransaction tx = session.begin()) {
			tx.addSubject(munich, subject);
			tx.commit(null);
		}
		assertNotNull(subject.getId());
		assertEquals(4, session.countSubjects(SubjectFilter.all()));
		assertEquals("(created)", session.audit().forSubject(subject.getId()).get(0).feature());
	}

	@Test
	void theAuditChainVerifiesAndNamesTheFirstTamperedEntry() throws Exception {
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("correction");
		}
		AuditVerification intact = repository.verifyAudit(new NullProgressMonitor());
		assertTrue(intact.intact(), intact.problem());
		long entries = intact.entriesChecked();
		assertTrue(entries > 30, "every created object and the correction are audited: " + entries);

		tamperWithAudit(7, "forged");
		AuditVerification broken = repository.verifyAudit(new NullProgressMonitor());
		assertFalse(broken.intact());
		assertEquals(7L, broken.firstBrokenSequence().orElseThrow());
		assertTrue(broken.problem().contains("entry 7"), broken.problem());
	}

	/** Locks as the data manager, then corrects a value: the trail goes on past the lock's anchor. */
	private DataLock lockThenCorrect() throws Exception {
		TrialSession dm = login("dm");
		AuditAnchor before = dm.auditHead().orElseThrow();
		DataLock lock = dm.lockData("database lock for the primary analysis");
		assertEquals(before, lock.anchor(), "the lock records the audit head at the lock");
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("transcription error, source says daily");
		}
		assertTrue(dm.auditHead().orElseThrow().sequence() > lock.anchor().sequence(), "the trail went on");
		return lock;
	}

	@Test
	void aDataLockAnchorsTheAuditTrailAndProvesItUnchangedUpToTheLock() throws Exception {
		DataLock lock = lockThenCorrect();
		assertTrue(lock.anchor().sequence() > 30, "every created object is audited before the lock: " + lock.anchor());
		assertEquals(List.of(lock), login("committee").dataLocks(), "every user reads the lock with its anchor");
		assertEquals(lock.anchor(), repository.lockAnchor("LOCK-1"));
		assertThrows(StoreException.class, () -> repository.lockAnchor("LOCK-2"));

		AuditVerification anchored = repository.verifyAudit(new NullProgressMonitor(), lock.anchor());
		assertTrue(anchored.intact(), anchored.problem());
		assertEquals(lock.anchor().sequence(), anchored.entriesChecked(), "only the entries up to the anchor");
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());

		AuditAnchor forged = new AuditAnchor(lock.anchor().sequence(), "f".repeat(64));
		AuditVerification elsewhere = repository.verifyAudit(new NullProgressMonitor(), forged);
		assertFalse(elsewhere.intact(), "a chain that does not reach the anchor's hash is not the anchored trail");
		assertEquals(lock.anchor().sequence(), elsewhere.firstBrokenSequence().orElseThrow());
		AuditAnchor beyond = new AuditAnchor(login("dm").auditHead().orElseThrow().sequence() + 5, lock.anchor().hash());
		assertFalse(repository.verifyAudit(new NullProgressMonitor(), beyond).intact(),
				"an anchor past the trail's end means entries were removed");
	}

	@Test
	void aTamperedEntryBeforeTheAnchorIsNamedByTheAnchoredVerification() throws Exception {
		DataLock lock = lockThenCorrect();
		tamperWithAudit(7, "forged");
		AuditVerification anchored = repository.verifyAudit(new NullProgressMonitor(), lock.anchor());
		assertFalse(anchored.intact());
		assertEquals(7L, anchored.firstBrokenSequence().orElseThrow());
		assertTrue(anchored.problem().contains("entry 7"), anchored.problem());
	}

	@Test
	void aTamperedEntryAfterTheAnchorLeavesTheTrailUpToItIntactButBreaksTheWhole() throws Exception {
		DataLock lock = lockThenCorrect();
		long after = lock.anchor().sequence() + 1;
		tamperWithAudit(after, "forged");
		AuditVerification anchored = repository.verifyAudit(new NullProgressMonitor(), lock.anchor());
		assertTrue(anchored.intact(), anchored.problem());
		AuditVerification whole = repository.verifyAudit(new NullProgressMonitor());
		assertFalse(whole.intact());
		assertEquals(after, whole.firstBrokenSequence().orElseThrow());
	}

	@Test
	void anOwnerWhoChangesAnEntryAndRecomputesTheChainIsCaughtByTheAnchor() throws Exception {
		DataLock lock = lockThenCorrect();
		try (java.sql.Connection owner = ownerSql()) {
			ChainForgery.rewrite(owner, 7, "forged");
			owner.commit();
		}
		AuditVerification whole = repository.verifyAudit(new NullProgressMonitor());
		assertTrue(whole.intact(), "a recomputed chain verifies on its own: " + whole.problem());
		AuditVerification anchored = repository.verifyAudit(new NullProgressMonitor(), lock.anchor());
		assertFalse(anchored.intact(), "the lock's anchor does not match the recomputed chain");
		assertEquals(lock.anchor().sequence(), anchored.firstBrokenSequence().orElseThrow());
		assertTrue(anchored.problem().contains("anchor's hash"), anchored.problem());
	}

	@Test
	void aCommitInOneWorkbenchReachesAnotherWithinAboutASecond() throws Exception {
		TrialSession watcher = login("admin");
		BlockingQueue<Set<String>> seen = new LinkedBlockingQueue<>();
		watcher.addListener((commit, subjects) -> seen.add(subjects));
		Thread.sleep(600); // let the watcher connect before the commit
		long start = System.nanoTime();
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("correction");
		}
		Set<String> subjects = seen.poll(10, TimeUnit.SECONDS);
		assertNotNull(subjects, "the other session heard of the commit");
		System.out.printf("live update latency (%s): %d ms%n", repository.description().kind(),
				(System.nanoTime() - start) / 1_000_000);
		assertEquals(Set.of(S1), subjects);
	}

	@Test
	void commitsFromManyThreadsAllLandInOneUnbrokenChain() throws Exception {
		List<String> numbers = List.of("01-0001", "01-0002", "01-0003", "02-0001", "02-0002", "02-0003");
		ExecutorService pool = Executors.newFixedThreadPool(numbers.size());
		List<Long> commitIds = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> futures = new ArrayList<>();
		for (String number : numbers) {
			TrialSession session = login(number.startsWith("01") ? "inv01" : "inv02");
			futures.add(pool.submit(() -> {
				for (int round = 0; round < 5; round++) {
					try (TrialTransaction tx = session.begin()) {
						value(tx.editSubject("subject-" + number), "IT.ECK.PAIN").setValue(Integer.toString(round % 4));
						if (tx.isDirty()) {
							commitIds.add(tx.commit("round " + round).commitId());
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();
		assertEquals(numbers.size() * 4, commitIds.size(), "round 0 sets the stored value 0 and changes nothing");
		assertEquals(commitIds.size(), commitIds.stream().distinct().count(), "every commit has its own number");
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void aCancelledLoadStoresNothing() throws Exception {
		JdbcTrialRepository fresh = newStore();
		SmallTrial small = new SmallTrial();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int work;

			@Override
			public void worked(int amount) {
				if (++work > 2) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> fresh.initialize(small.trial, small.credentials(), "cancelled", monitor));
		assertTrue(fresh.isEmpty());
	}

	@Test
	void anInvestigatorGivenASecondSiteSeesItsSubjectsOnTheNextLogin() throws Exception {
		assertEquals(3, login("inv01").countSubjects(SubjectFilter.all()));
		TrialSession admin = login("admin");
		Site vienna = admin.trial().getSites().stream().filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
		try (TrialTransaction tx = admin.begin()) {
			tx.editUser("inv01").getSites().add(vienna);
			assertEquals(1, tx.commit("inv01 covers Vienna from May").changedValues());
		}
		assertEquals(6, login("inv01").countSubjects(SubjectFilter.all()));
		AuditEntry change = admin.audit().forObject("user-inv01").stream().reduce((a, b) -> b).orElseThrow();
		assertEquals("sites", change.feature());
		assertEquals("site-01", change.oldValue());
		assertEquals("site-01, site-02", change.newValue());
		assertEquals("admin", change.username());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void aDataManagerMadeStatisticianIsUnblinded() throws Exception {
		assertNull(login("dm").subject(S1).orElseThrow().getAllocation());
		try (TrialTransaction tx = login("admin").begin()) {
			User dm = tx.editUser("dm");
			dm.getRoles().clear();
			dm.getRoles().add(Role.STATISTICIAN);
			tx.commit("dm moves to the statistics team");
		}
		assertNotNull(login("dm").subject(S1).orElseThrow().getAllocation(), "a statistician sees allocations");
	}

	@Test
	void aDeactivatedUserCanNeitherLogInNorSaveFromAnOpenSession() throws Exception {
		TrialSession monitor = login("mon01");
		try (TrialTransaction verification = monitor.begin()) {
			value(verification.editSubject(S1), "IT.ECK.DYSPHAGIA").setSdvState(SdvState.VERIFIED);
			try (TrialTransaction tx = login("admin").begin()) {
				tx.editUser("mon01").setActive(false);
				tx.commit("monitor left the CRO");
			}
			AccessDeniedException refused = assertThrows(AccessDeniedException.class,
					() -> verification.commit("verified"));
			assertTrue(refused.getMessage().contains("deactivated"), refused.getMessage());
		}
		assertThrows(AuthenticationException.class, () -> login("mon01"));
		assertEquals(SdvState.PENDING, value(login("admin").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getSdvState());
	}

	@Test
	void aNewUserLogsInOnceAnAdministratorSetsAPassword() throws Exception {
		TrialSession admin = login("admin");
		Site vienna = admin.trial().getSites().stream().filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setUsername("inv03");
		user.setFullName("Dr. New");
		user.setActive(true);
		user.getRoles().add(Role.INVESTIGATOR);
		user.getSites().add(vienna);
		try (TrialTransaction tx = admin.begin()) {
			tx.addUser(user);
			tx.commit("new sub-investigator in Vienna");
		}
		assertThrows(AuthenticationException.class, () -> repository.login("inv03", "secret-inv03".toCharArray()));
		admin.setPassword("inv03", "secret-inv03".toCharArray());
		TrialSession newcomer = login("inv03");
		assertEquals(3, newcomer.countSubjects(SubjectFilter.all()));
		assertTrue(newcomer.subject(S1).isEmpty(), "Munich stays invisible");
		List<AuditEntry> trail = admin.audit().forObject(user.getId());
		assertEquals(List.of("(created)", "(password)"), trail.stream().map(AuditEntry::feature).toList());
		assertTrue(trail.stream().noneMatch(e -> String.valueOf(e.newValue()).contains("secret")), "no password in the trail");
		newcomer.setPassword("inv03", "changed-by-myself".toCharArray());
		assertEquals("inv03", repository.login("inv03", "changed-by-myself".toCharArray()).user().getUsername());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void onlyAnAdministratorChangesUsersAndTheLastOneStays() throws Exception {
		try (TrialTransaction tx = login("inv01").begin()) {
			assertThrows(AccessDeniedException.class, () -> tx.editUser("inv02"));
		}
		assertThrows(AccessDeniedException.class, () -> login("inv01").setPassword("inv02", "password123".toCharArray()));
		try (TrialTransaction tx = login("admin").begin()) {
			tx.editUser("admin").getRoles().remove(Role.ADMINISTRATOR);
			tx.editUser("admin").getRoles().add(Role.SAFETY);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("oops"));
			assertTrue(refused.getMessage().contains("without an active administrator"), refused.getMessage());
		}
		assertTrue(login("admin").hasRole(Role.ADMINISTRATOR), "nothing was saved");
	}

	static FormRecord form(Subject subject, String formOid) {
		return subject.getVisits().get(0).getForms().stream().filter(f -> f.getDefinition().getOid().equals(formOid))
				.findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------------------ concealed randomization

	/** A one-stratum list with the given arms in sequence, one block. */
	static RandomizationList listOf(String stratum, String... arms) {
		List<RandomizationSlot> slots = new ArrayList<>();
		for (int i = 0; i < arms.length; i++) {
			slots.add(new RandomizationSlot(stratum, i + 1, 1, arms.length, arms[i], null, null, null));
		}
		return new RandomizationList(42, null, Instant.parse("2026-01-10T09:00:00Z"), "test", slots);
	}

	/** Screens a new subject at Munich in the given stratum, as inv01; returns its id. */
	String screen(TrialSession investigator, String number, String stratumCode) throws Exception {
		Site munich = investigator.trial().getSites().stream().filter(s -> s.getCode().equals("01")).findFirst()
				.orElseThrow();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = ClinicalFactory.eINSTANCE.createSubject();
			subject.setScreeningNumber(number);
			subject.setStatus(SubjectStatus.SCREENING);
			subject.setConsentDate(java.time.LocalDate.of(2026, 3, 1));
			subject.setStratum(investigator.protocol().getStratificationFactors().get(0).getStrata().stream()
					.filter(s -> s.getCode().equals(stratumCode)).findFirst().orElseThrow());
			transaction.addSubject(munich, subject);
			transaction.commit("screening");
			return subject.getId();
		}
	}

	@Test
	void onlyTheStatisticianStoresAndReadsTheListAndItIsNeverReplaced() throws Exception {
		TrialSession investigator = login("inv01");
		assertFalse(investigator.allocations().hasList());
		assertThrows(AccessDeniedException.class,
				() -> investigator.allocations().storeList(listOf("DES", "POEM", "BTX"), "mine"));
		TrialSession statistician = login("stat");
		statistician.allocations().storeList(listOf("DES", "POEM", "BTX"), "generated list, seed 42");
		assertTrue(investigator.allocations().hasList());
		assertThrows(AccessDeniedException.class, () -> investigator.allocations().list(),
				"no API gives an investigator the list, so nobody at a site learns the next allocation");
		assertThrows(AccessDeniedException.class, () -> login("dm").allocations().list());
		RandomizationList list = statistician.allocations().list();
		assertEquals(42, list.seed());
		assertEquals("stat", list.generatedBy());
		assertEquals(List.of("POEM", "BTX"), list.stratum("DES").stream().map(RandomizationSlot::armCode).toList());
		StoreException again = assertThrows(StoreException.class,
				() -> statistician.allocations().storeList(listOf("DES", "BTX"), "second"));
		assertTrue(again.getMessage().contains("never replaced"), again.getMessage());
		assertTrue(investigator.audit().latest(5).stream().noneMatch(e -> String.valueOf(e.newValue()).contains("42")),
				"the audit trail records that a list was stored, never its seed");
	}

	@Test
	void randomizingTakesTheStratumsNextSlotAndRevealsOnlyThatSubjectsArm() throws Exception {
		login("stat").allocations().storeList(listOf("DES", "BTX", "POEM", "POEM", "BTX"), "list");
		TrialSession investigator = login("inv01");
		String first = screen(investigator, "01-0101", "DES");
		String second = screen(investigator, "01-0102", "DES");

		Allocation a1 = investigator.allocations().randomize(first, "randomized at visit 2");
		Allocation a2 = investigator.allocations().randomize(second, null);
		assertEquals("BTX", a1.getArm().getCode());
		assertEquals("DES-001", a1.getRandomizationNumber());
		assertEquals("POEM", a2.getArm().getCode());
		assertEquals("DES-002", a2.getRandomizationNumber());

		Subject stored = investigator.subject(first).orElseThrow();
		assertEquals(SubjectStatus.RANDOMIZED, stored.getStatus());
		assertEquals("BTX", stored.getAllocation().getArm().getCode());
		assertEquals("inv01", stored.getAllocation().getAllocatedBy().getUsername());
		assertNotNull(stored.getAllocation().getAllocatedAt());
		AuditEntry created = investigator.audit().forSubject(first).stream()
				.filter(e -> e.objectType().equals("Allocation")).findFirst().orElseThrow();
		assertEquals("inv01", created.username());
		assertEquals("randomized at visit 2", created.reason());

		List<RandomizationSlot> slots = login("stat").allocations().list().stratum("DES");
		assertEquals(first, slots.get(0).subjectId());
		assertEquals("inv01", slots.get(0).usedBy());
		assertEquals(second, slots.get(1).subjectId());
		assertFalse(slots.get(2).used());

		StoreException twice = assertThrows(StoreException.class,
				() -> investigator.allocations().randomize(first, "again"));
		assertTrue(twice.getMessage().contains("already randomized"), twice.getMessage());
		String munichSubject = screen(investigator, "01-0103", "DES");
		assertThrows(StoreException.class, () -> login("inv02").allocations().randomize(munichSubject, "not my site"),
				"another site's investigator does not even see the subject");
		assertThrows(AccessDeniedException.class, () -> login("stat").allocations().randomize(first, "x"));
	}

	@Test
	void aStratumWithoutFreeSlotsRandomizesNobodyAndStoresNothing() throws Exception {
		login("stat").allocations().storeList(listOf("DES", "POEM"), "list");
		TrialSession investigator = login("inv01");
		String jackhammer = screen(investigator, "01-0201", "JH");
		StoreException none = assertThrows(StoreException.class,
				() -> investigator.allocations().randomize(jackhammer, "first JH subject"));
		assertTrue(none.getMessage().contains("JH"), none.getMessage());
		assertEquals(SubjectStatus.SCREENING, investigator.subject(jackhammer).orElseThrow().getStatus());
		assertNull(investigator.subject(jackhammer).orElseThrow().getAllocation());
	}

	@Test
	void anAllocationIsNeverTypedOrChangedByHand() throws Exception {
		TrialSession investigator = login("inv01");
		String id = screen(investigator, "01-0301", "DES");
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = transaction.editSubject(id);
			Allocation chosen = ClinicalFactory.eINSTANCE.createAllocation();
			chosen.setArm(investigator.protocol().getArms().get(0));
			subject.setAllocation(chosen);
			assertThrows(AccessDeniedException.class, () -> transaction.commit("I pick POEM"));
		}
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = transaction.editSubject(S1);
			subject.getAllocation().setArm(investigator.protocol().getArms().get(1));
			assertThrows(AccessDeniedException.class, () -> transaction.commit("switch arm"));
		}
		assertEquals("POEM", investigator.subject(S1).orElseThrow().getAllocation().getArm().getCode());
	}

	@Test
	void anEmergencyUnblindingRevealsOneSubjectAndTheDataManagerSeesWhoWhenWhy() throws Exception {
		TrialSession safety = login("safety");
		assertThrows(StoreException.class, () -> safety.allocations().unblind(S1, " "));
		Allocation revealed = safety.allocations().unblind(S1, "SAE: suspected mediastinitis, treating team asks");
		assertEquals("POEM", revealed.getArm().getCode());
		assertThrows(AccessDeniedException.class, () -> login("dm").allocations().unblind(S1, "curious"));

		List<Unblinding> seen = login("dm").allocations().unblindings();
		assertEquals(1, seen.size());
		assertEquals(S1, seen.get(0).subjectId());
		assertEquals("safety", seen.get(0).username());
		assertEquals("SAE: suspected mediastinitis, treating team asks", seen.get(0).reason());
		assertTrue(login("dm").audit().forSubject(S1).stream().noneMatch(e -> e.objectType().equals("Allocation")),
				"the data manager learns that, who and why, never the arm");
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void investigatorsRandomizingAtOnceGetDistinctSlotsInListOrder() throws Exception {
		login("stat").allocations().storeList(listOf("DES", "POEM", "BTX", "BTX", "POEM", "POEM", "BTX", "POEM", "BTX"),
				"list");
		TrialSession setup = login("inv01");
		List<String> ids = new ArrayList<>();
		for (int n = 1; n <= 6; n++) {
			ids.add(screen(setup, "01-05" + n, "DES"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<Allocation>> results = new ArrayList<>();
			for (String id : ids) {
				TrialSession own = login("inv01"); // each thread its own session, as each workbench has
				results.add(pool.submit(() -> own.allocations().randomize(id, "concurrent")));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<Allocation> result : results) {
				numbers.add(result.get(60, TimeUnit.SECONDS).getRandomizationNumber());
			}
			Collections.sort(numbers);
			assertEquals(List.of("DES-001", "DES-002", "DES-003", "DES-004", "DES-005", "DES-006"), numbers);
		} finally {
			pool.shutdownNow();
		}
		List<RandomizationSlot> slots = login("stat").allocations().list().stratum("DES");
		assertEquals(6, slots.stream().filter(RandomizationSlot::used).count());
		assertFalse(slots.get(6).used());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	/** A new subject at site 02 with one Eckardt value, as an import would bring it. */
	static Subject newSubject(TrialSession session, String screeningNumber, String dysphagia) {
		org.trialbench.protocol.FormDefinition eckardt = session.protocol().getForms().stream()
				.filter(f -> f.getOid().equals("F.ECKARDT")).findFirst().orElseThrow();
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		subject.setScreeningNumber(screeningNumber);
		subject.setStatus(SubjectStatus.SCREENING);
		org.trialbench.clinical.Visit visit = ClinicalFactory.eINSTANCE.createVisit();
		visit.setDefinition(session.protocol().getVisits().get(0));
		visit.setOccurrence(1);
		FormRecord form = ClinicalFactory.eINSTANCE.createFormRecord();
		form.setDefinition(eckardt);
		form.setOccurrence(1);
		ItemValue value = ClinicalFactory.eINSTANCE.createItemValue();
		value.setDefinition(eckardt.getItems().stream().filter(i -> i.getOid().equals("IT.ECK.DYSPHAGIA"))
				.findFirst().orElseThrow());
		value.setValue(dysphagia);
		form.getItemValues().add(value);
		visit.getForms().add(form);
		subject.getVisits().add(visit);
		return subject;
	}

	@Test
	void aFlushedImportIsOneCommitThatNobodySeesBeforeItIsMade() throws Exception {
		TrialSession dm = login("dm");
		TrialSession other = login("admin");
		Site vienna = dm.trial().getSites().stream().filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
		String reason = "Imported from ODM file registry.xml";
		String added;
		CommitInfo commit;
		try (TrialTransaction tx = dm.beginImport()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			added = tx.addSubject(vienna, newSubject(dm, "02-0009", "3")).getId();
			assertTrue(tx.flush(reason), "the JDBC store flushes");
			assertEquals("1", value(other.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue(),
					"nobody sees a flushed value before the commit");
			assertTrue(other.subject(added).isEmpty());
			assertEquals(6, other.countSubjects(SubjectFilter.all()));
			// the working copies went with the flush; editing again reads what was flushed
			Subject again = tx.editSubject(S1);
			assertEquals("2", value(again, "IT.ECK.DYSPHAGIA").getValue());
			value(again, "IT.ECK.PAIN").setValue("3");
			value(tx.editSubject(added), "IT.ECK.DYSPHAGIA").setValue("1");
			assertTrue(tx.flush(reason));
			assertTrue(tx.isDirty());
			commit = tx.commit(reason);
		}
		// S1: dysphagia 1->2 and pain; the new subject's rows created (subject, visit, form, value) and its value
		// changed once more: every change has its entry, all in the one commit
		Subject s1 = other.subject(S1).orElseThrow();
		assertEquals("2", value(s1, "IT.ECK.DYSPHAGIA").getValue());
		assertEquals("3", value(s1, "IT.ECK.PAIN").getValue());
		Subject imported = other.subject(added).orElseThrow();
		assertEquals("02-0009", imported.getScreeningNumber());
		assertEquals("1", value(imported, "IT.ECK.DYSPHAGIA").getValue());
		List<AuditEntry> ofCommit = new ArrayList<>();
		for (String subject : List.of(S1, added)) {
			other.audit().forSubject(subject).stream().filter(e -> e.commitId() == commit.commitId())
					.forEach(ofCommit::add);
		}
		assertEquals(commit.changedValues(), ofCommit.size());
		assertEquals(2 + 4 + 1, ofCommit.size(), "2 values of S1, 4 rows created, 1 value changed after the flush");
		assertTrue(ofCommit.stream().allMatch(e -> e.reason().equals(reason) && e.username().equals("dm")));
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
		// the commit lock is free again
		try (TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("1");
			tx.commit("source says daily after all");
		}
	}

	@Test
	void aFlushedImportRolledBackOrRefusedLeavesNothing() throws Exception {
		TrialSession dm = login("dm");
		Site vienna = dm.trial().getSites().stream().filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
		long before = repository.verifyAudit(new NullProgressMonitor()).entriesChecked();
		try (TrialTransaction tx = dm.beginImport()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.addSubject(vienna, newSubject(dm, "02-0009", "3"));
			tx.flush("import");
			// closed without a commit: a cancelled import
		}
		try (TrialTransaction tx = dm.beginImport()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.flush("import");
			tx.editSubject("subject-02-0001").getVisits().get(0).getForms().remove(0);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.flush("import"));
			assertTrue(refused.getMessage().contains("no record is removed"), refused.getMessage());
			assertThrows(StoreException.class, () -> tx.commit("import"), "nothing is left to commit");
		}
		try (TrialTransaction tx = dm.beginImport()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.flush("import");
			value(tx.editSubject(S1), "IT.ECK.PAIN").setValue("3");
			StoreException refused = assertThrows(StoreException.class, () -> tx.commit("another reason"));
			assertTrue(refused.getMessage().contains("one reason"), refused.getMessage());
		}
		TrialSession admin = login("admin");
		assertEquals("1", value(admin.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue());
		assertEquals(6, admin.countSubjects(SubjectFilter.all()));
		AuditVerification after = repository.verifyAudit(new NullProgressMonitor());
		assertTrue(after.intact());
		assertEquals(before, after.entriesChecked(), "no audit entry of a rolled-back import stays");
	}

	/** A record as the store would write it: its rows by id, each with its features' texts. */
	private static java.util.Map<String, org.trialbench.repository.jdbc.internal.ObjectRow> rows(Subject subject) {
		return org.trialbench.repository.jdbc.internal.RecordRows.of(subject, "site", "subjects", 0);
	}

	static final List<String> ALL_SUBJECTS = List.of("subject-01-0001", "subject-01-0002", "subject-01-0003",
			"subject-02-0001", "subject-02-0002", "subject-02-0003");

	@Test
	void subjectsReadTogetherAreTheRecordsReadOneByOne() throws Exception {
		for (String username : List.of("admin", "inv01", "dm")) {
			TrialSession session = login(username);
			List<String> visible = ALL_SUBJECTS.stream().filter(id -> {
				try {
					return session.subject(id).isPresent();
				} catch (StoreException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			assertEquals(username.equals("inv01") ? 3 : 6, visible.size(), username);
			try (TrialTransaction tx = session.begin()) {
				java.util.Map<String, Subject> read = tx.readSubjects(ALL_SUBJECTS);
				assertEquals(visible, List.copyOf(read.keySet()), username + ": the visible ones, in the order asked");
				java.util.Map<String, Subject> edited = tx.editSubjects(visible);
				assertEquals(visible, List.copyOf(edited.keySet()));
				for (String id : visible) {
					Subject alone = session.subject(id).orElseThrow();
					assertEquals(rows(alone), rows(read.get(id)), username + " reads " + id);
					assertEquals(rows(alone), rows(edited.get(id)), username + " edits " + id);
					assertTrue(edited.get(id) == tx.editSubject(id), "the working copy, not another");
				}
				if (username.equals("dm")) {
					assertNull(read.get(S1).getAllocation(), "a blinded user's bulk read hides the allocation too");
				}
				assertFalse(tx.isDirty(), "copies read or edited and left alone change nothing");
			}
		}
	}

	@Test
	void subjectsReadTogetherInAFlushedImportShowWhatItFlushedAndAreNotCommitted() throws Exception {
		TrialSession dm = login("dm");
		TrialSession other = login("admin");
		String reason = "Imported from ODM file registry.xml";
		try (TrialTransaction tx = dm.beginImport()) {
			java.util.Map<String, Subject> edited = tx.editSubjects(List.of(S1, "subject-02-0001"));
			value(edited.get(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			assertThrows(StoreException.class, () -> tx.editSubjects(List.of(S1, "subject-09-0009")),
					"an unknown subject fails the call");
			// before a flush: the working copy's state, detached
			Subject copy = tx.readSubjects(List.of(S1)).get(S1);
			assertEquals("2", value(copy, "IT.ECK.DYSPHAGIA").getValue());
			assertTrue(copy != edited.get(S1));
			assertTrue(tx.flush(reason));
			Subject flushed = tx.readSubjects(List.of(S1, "subject-02-0001")).get(S1);
			assertEquals("2", value(flushed, "IT.ECK.DYSPHAGIA").getValue(), "the import reads what it flushed");
			assertEquals("1", value(other.subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue(),
					"nobody else does before the commit");
			// a detached copy is not a working copy: changing it saves nothing
			String pain = value(flushed, "IT.ECK.PAIN").getValue();
			value(flushed, "IT.ECK.PAIN").setValue(pain + "9");
			Subject again = tx.editSubjects(List.of(S1)).get(S1);
			assertEquals("2", value(again, "IT.ECK.DYSPHAGIA").getValue());
			assertEquals(pain, value(again, "IT.ECK.PAIN").getValue());
			CommitInfo commit = tx.commit(reason);
			assertEquals(1, commit.changedValues(), "only the value changed in a working copy");
		}
		Subject s1 = other.subject(S1).orElseThrow();
		assertEquals("2", value(s1, "IT.ECK.DYSPHAGIA").getValue());
		assertFalse(value(s1, "IT.ECK.PAIN").getValue().endsWith("9"), "the detached copy's change was not saved");
	}

	@Test
	void anAdministratorAddsAndChangesSitesWhereUsersThenGetRightsAndNobodyElseDoes() throws Exception {
		TrialSession admin = login("admin");
		try (TrialTransaction tx = admin.begin()) {
			Site graz = ClinicalFactory.eINSTANCE.createSite();
			graz.setCode("03");
			graz.setName("Graz");
			graz.setCountry("AT");
			graz.setTimeZone("Europe/Vienna");
			tx.addSite(graz);
			tx.commit("third site opened");
		}
		try (TrialTransaction tx = admin.begin()) {
			tx.editSite("03").setTimeZone("Europe/Berlin");
			tx.commit("time zone corrected");
		}
		TrialSession again = login("admin");
		Site graz = again.trial().getSites().stream().filter(s -> "03".equals(s.getCode())).findFirst().orElseThrow();
		assertEquals("Europe/Berlin", graz.getTimeZone());
		assertEquals("AT", graz.getCountry());
		List<AuditEntry> entries = again.audit().forObject(graz.getId());
		assertEquals(List.of("(created)", "timeZone"), entries.stream().map(AuditEntry::feature).toList());
		assertEquals("admin", entries.get(1).username());
		try (TrialTransaction tx = again.begin()) {
			tx.editUser("inv01").getSites().add(graz);
			tx.commit("inv01 covers Graz too");
		}
		assertTrue(login("inv01").trial().getSites().stream().anyMatch(s -> "03".equals(s.getCode())));
		try (TrialTransaction tx = login("inv01").begin()) {
			Site own = ClinicalFactory.eINSTANCE.createSite();
			own.setCode("04");
			assertThrows(AccessDeniedException.class, () -> tx.addSite(own));
			assertThrows(AccessDeniedException.class, () -> tx.editSite("01"));
		}
		try (TrialTransaction tx = login("dm").begin()) {
			Site own = ClinicalFactory.eINSTANCE.createSite();
			own.setCode("04");
			assertThrows(AccessDeniedException.class, () -> tx.addSite(own));
		}
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}
}
