package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_SUCCESS;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_MONTH_6;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.Snapshot;
import org.trialbench.publication.tables.PrimaryOutcomeTable;
import org.trialbench.publication.tables.Row;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * On a real embedded store with a demo trial: the primary outcome counted by the tables equals an independent count
 * over the records; the data manager locks; a later correction changes the live tables but not the lock's; the
 * writing committee is blinded until the lock and sees the lock's tables after it; the data manager stays blinded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataLockTest {

	@TempDir
	static Path directory;
	static DemoStore store;
	static JdbcTrialRepository repository;
	static Trial trial;

	@BeforeAll
	static void store() throws Exception {
		store = DemoStore.create(directory, 3, 150, 11, generated -> {
		});
		trial = store.trial();
		repository = store.repository();
	}

	@AfterAll
	static void close() {
		repository.close();
	}

	static String user(Role role) {
		return store.user(role);
	}

	static AnalysisDataset read(String username, String snapshot) throws StoreException {
		try (TrialSession session = repository.localSession(username)) {
			return AnalysisDatasets.read(session, AnalysisDatasets.resolve(session, snapshot), new NullProgressMonitor());
		}
	}

	static Row itt(AnalysisDataset data) {
		return PrimaryOutcomeTable.of(data).row(Population.ITT.label());
	}

	/** Success as the demo's own outcome test counts it: Eckardt success at 6 months, no rescue up to the visit. */
	static int[] countByHand(String armCode) {
		int successes = 0;
		int assessed = 0;
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				if (subject.getAllocation() == null || !armCode.equals(subject.getAllocation().getArm().getCode())) {
					continue;
				}
				LocalDate rescue = null;
				String success = null;
				LocalDate sixMonths = null;
				for (Visit visit : subject.getVisits()) {
					if (visit.getStatus() != VisitStatus.DONE) {
						continue;
					}
					for (FormRecord form : visit.getForms()) {
						for (ItemValue value : form.getItemValues()) {
							String oid = value.getDefinition().getOid();
							if (oid.equals(ITEM_RESCUE) && "true".equals(value.getValue())
									&& (rescue == null || visit.getDate().isBefore(rescue))) {
								rescue = visit.getDate();
							}
							if (oid.equals(ITEM_ECKARDT_SUCCESS) && visit.getDefinition().getOid().equals(VISIT_MONTH_6)
									&& value.getValue() != null && sixMonths == null) {
								success = value.getValue();
								sixMonths = visit.getDate();
							}
						}
					}
				}
				if (rescue != null && (sixMonths == null || !rescue.isAfter(sixMonths))) {
					assessed++;
				} else if (success != null) {
					assessed++;
					successes += "true".equals(success) ? 1 : 0;
				}
			}
		}
		return new int[] { successes, assessed };
	}

	@Test
	@Order(1)
	void primaryOutcomeMatchesAnIndependentCountOfTheRecords() throws Exception {
		AnalysisDataset live = read(user(Role.STATISTICIAN), null);
		assertEquals(false, live.snapshot().locked(), "no lock yet: the live data, marked as such");
		int[] poem = countByHand("POEM");
		int[] btx = countByHand("BTX");
		assertTrue(poem[1] > 20 && btx[1] > 20, "enough assessed subjects: " + poem[1] + ", " + btx[1]);
		assertEquals(poem[0] + "/" + poem[1], itt(live).cells().get(0).text().split(" ")[0]);
		assertEquals(btx[0] + "/" + btx[1], itt(live).cells().get(1).text().split(" ")[0]);
	}

	@Test
	@Order(2)
	void writingCommitteeIsBlindedBeforeTheLockAndOnlyDataManagersLock() throws Exception {
		AccessDeniedException blinded = assertThrows(AccessDeniedException.class,
				() -> read(user(Role.WRITING_COMMITTEE), null));
		assertTrue(blinded.getMessage().contains("blinded"), blinded.getMessage());
		try (TrialSession statistician = repository.localSession(user(Role.STATISTICIAN))) {
			assertThrows(AccessDeniedException.class, () -> statistician.lockData("analysis"));
		}
		try (TrialSession committee = repository.localSession(user(Role.WRITING_COMMITTEE))) {
			assertThrows(AccessDeniedException.class, () -> committee.lockData("analysis"));
		}
		try (TrialSession dataManager = repository.localSession(user(Role.DATA_MANAGER))) {
			assertThrows(StoreException.class, () -> dataManager.lockData(" "), "a lock needs a reason");
			assertTrue(dataManager.dataLocks().isEmpty());
		}
	}

	@Test
	@Order(3)
	void aLockFreezesTheTablesAgainstLaterCorrections() throws Exception {
		DataLock lock;
		long head;
		try (TrialSession dataManager = repository.localSession(user(Role.DATA_MANAGER))) {
			head = dataManager.headCommit();
			lock = dataManager.lockData("Database lock for the primary analysis");
		}
		assertEquals("LOCK-1", lock.id());
		assertEquals(head, lock.commitId());
		assertEquals(150, lock.subjects());
		Row before = itt(read(user(Role.STATISTICIAN), "LOCK-1"));
		// the lock's compact records (schema 16) give the dataset the live rows gave before any later commit
		AnalysisDataset fromLock = read(user(Role.STATISTICIAN), "LOCK-1");
		AnalysisDataset fromRows = read(user(Role.STATISTICIAN), AnalysisDatasets.LIVE);
		assertEquals(150, fromLock.subjects().size());
		assertEquals(fromRows.subjects(), fromLock.subjects(), "every analysis subject, value and event alike");
		assertEquals(itt(fromRows).cells(), before.cells());

		// a BTX failure at 6 months (no rescue) is corrected to success by the site after the lock
		Subject target = null;
		for (Site site : trial.getSites()) {
			for (Subject s : site.getSubjects()) {
				if (target == null && s.getAllocation() != null && s.getAllocation().getArm().getCode().equals("BTX")
						&& "false".equals(valueAtSixMonths(s)) && noRescue(s)) {
					target = s;
				}
			}
		}
		assertNotNull(target, "the demo has a BTX failure at 6 months");
		String site = target.getSite().getId();
		User investigator = trial.getUsers().stream().filter(u -> u.getRoles().contains(Role.INVESTIGATOR)
				&& u.getSites().stream().anyMatch(s -> s.getId().equals(site))).findFirst().orElseThrow();
		if (item(target, ITEM_ECKARDT_SUCCESS).getForm().getSignature() != null) {
			// as a site corrects a signed form: its principal investigator withdraws the signature first
			try (TrialSession pi = repository.localSession(target.getSite().getPrincipalInvestigator().getUsername());
					TrialTransaction tx = pi.begin()) {
				FormRecord signed = item(tx.editSubject(target.getId()), ITEM_ECKARDT_SUCCESS).getForm();
				signed.setSignature(null);
				signed.setStatus(org.trialbench.clinical.FormStatus.COMPLETE);
				tx.commit("Signature withdrawn: Eckardt at 6 months to be corrected after a query");
			}
		}
		try (TrialSession session = repository.localSession(investigator.getUsername());
				TrialTransaction tx = session.begin()) {
			Subject copy = tx.editSubject(target.getId());
			item(copy, ITEM_ECKARDT_SUCCESS).setValue("true");
			tx.commit("Source document shows Eckardt 3 at 6 months; corrected after query");
		}

		AnalysisDataset live = read(user(Role.STATISTICIAN), AnalysisDatasets.LIVE);
		AnalysisDataset locked = read(user(Role.STATISTICIAN), null); // the newest lock by default
		assertEquals("LOCK-1", locked.snapshot().id());
		assertEquals(before.cells(), itt(locked).cells(), "the lock's tables do not move");
		assertNotEquals(itt(locked).cells().get(1), itt(live).cells().get(1), "the live table has the correction");
		int lockedSuccesses = Integer.parseInt(itt(locked).cells().get(1).text().split("/")[0]);
		int liveSuccesses = Integer.parseInt(itt(live).cells().get(1).text().split("/")[0]);
		assertEquals(lockedSuccesses + 1, liveSuccesses);

		// the lock unblinds the writing committee: same numbers as the statistician's
		AnalysisDataset committee = read(user(Role.WRITING_COMMITTEE), "lock-1");
		assertEquals(itt(locked).cells(), itt(committee).cells());
		// data managers and adjudicators stay blinded
		try (TrialSession dataManager = repository.localSession(user(Role.DATA_MANAGER))) {
			assertNull(dataManager.subject(target.getId()).orElseThrow().getAllocation());
			StoreException unknown = assertThrows(StoreException.class,
					() -> AnalysisDatasets.resolve(dataManager, "LOCK-7"));
			assertTrue(unknown.getMessage().contains("[LOCK-1]"), unknown.getMessage());
		}
		try (TrialSession adjudicator = repository.localSession(user(Role.ADJUDICATOR))) {
			assertNull(adjudicator.subject(target.getId()).orElseThrow().getAllocation());
		}
	}

	@Test
	@Order(4)
	void aSecondLockTakesTheCorrection() throws Exception {
		try (TrialSession dataManager = repository.localSession(user(Role.DATA_MANAGER))) {
			DataLock second = dataManager.lockData("Re-lock after the query on a 6-month Eckardt");
			assertEquals("LOCK-2", second.id());
			assertEquals(List.of("LOCK-1", "LOCK-2"), dataManager.dataLocks().stream().map(DataLock::id).toList());
		}
		Snapshot newest;
		try (TrialSession statistician = repository.localSession(user(Role.STATISTICIAN))) {
			newest = AnalysisDatasets.resolve(statistician, null);
		}
		assertEquals("LOCK-2", newest.id());
		assertEquals(itt(read(user(Role.STATISTICIAN), "live")).cells(), itt(read(user(Role.STATISTICIAN), "LOCK-2")).cells());
	}

	private static String valueAtSixMonths(Subject subject) {
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() == VisitStatus.DONE && visit.getDefinition().getOid().equals(VISIT_MONTH_6)) {
				ItemValue value = item(visit, ITEM_ECKARDT_SUCCESS);
				return value == null ? null : value.getValue();
			}
		}
		return null;
	}

	private static boolean noRescue(Subject subject) {
		return subject.getVisits().stream().flatMap(v -> v.getForms().stream()).flatMap(f -> f.getItemValues().stream())
				.noneMatch(v -> v.getDefinition().getOid().equals(ITEM_RESCUE) && "true".equals(v.getValue()));
	}

	private static ItemValue item(Visit visit, String oid) {
		for (FormRecord form : visit.getForms()) {
			for (ItemValue value : form.getItemValues()) {
				if (value.getDefinition().getOid().equals(oid)) {
					return value;
				}
			}
		}
		return null;
	}

	private static ItemValue item(Subject subject, String oid) {
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() == VisitStatus.DONE && visit.getDefinition().getOid().equals(VISIT_MONTH_6)) {
				return item(visit, oid);
			}
		}
		throw new IllegalStateException("no 6-month visit");
	}
}
