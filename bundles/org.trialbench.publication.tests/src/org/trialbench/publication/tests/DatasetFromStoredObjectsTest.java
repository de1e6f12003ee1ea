package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Snapshot;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * On a real embedded store with a generated demo trial: the analysis dataset read from stored objects (no records
 * built) equals the one derived from whole records, subject by subject (every visit's values, missing values left
 * out, withdrawals, allocations, adverse events, derived outcomes), live and from a lock, for every kind of user;
 * where a user may not compute tables, both ways refuse alike.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetFromStoredObjectsTest {

	@TempDir
	static Path folder;
	static DemoStore store;

	@BeforeAll
	static void generateAndStore() throws Exception {
		store = DemoStore.create(folder, 3, 180, 23, DatasetFromStoredObjectsTest::addCodedAndEarlyEvents);
	}

	/**
	 * The demo codes no event and has none before the procedure: a coded event before the procedure, a coded
	 * fatal one and one without a term, on three subjects who had the procedure.
	 */
	static void addCodedAndEarlyEvents(Trial trial) {
		List<Visit> procedures = trial.getSites().stream().flatMap(s -> s.getSubjects().stream())
				.flatMap(s -> s.getVisits().stream()).filter(v -> v.getStatus() == VisitStatus.DONE
						&& v.getDate() != null && v.getDefinition().getKind() == VisitKind.PROCEDURE)
				.limit(3).toList();
		assertEquals(3, procedures.size());
		LocalDate first = procedures.get(0).getDate();
		event(procedures.get(0).getSubject(), "Chest pain", first.minusDays(3), 2, null, "Chest pain",
				"General disorders and administration site conditions");
		event(procedures.get(1).getSubject(), "Heart attack", procedures.get(1).getDate().plusDays(20), 4,
				AeOutcome.FATAL, "Myocardial infarction", "Cardiac disorders");
		event(procedures.get(2).getSubject(), null, procedures.get(2).getDate(), null, null, null, null);
	}

	private static void event(Subject subject, String term, LocalDate onset, Integer grade, AeOutcome outcome,
			String pt, String soc) {
		AdverseEvent event = ClinicalFactory.eINSTANCE.createAdverseEvent();
		event.setId(UUID.randomUUID().toString());
		event.setVerbatimTerm(term);
		event.setOnsetDate(onset);
		event.setCtcaeGrade(grade);
		event.setSerious(outcome != null);
		if (outcome != null) {
			event.setOutcome(outcome);
		}
		if (pt != null) {
			MeddraCoding coding = ClinicalFactory.eINSTANCE.createMeddraCoding();
			coding.setId(UUID.randomUUID().toString());
			coding.setPtName(pt);
			coding.setSocName(soc);
			event.setCoding(coding);
		}
		subject.getAdverseEvents().add(event);
	}

	@AfterAll
	static void close() {
		store.repository().close();
	}

	@Test
	@Order(1)
	void theDemoTrialHasWhatTheComparisonMustCover() {
		List<Subject> subjects = store.trial().getSites().stream().flatMap(s -> s.getSubjects().stream()).toList();
		assertTrue(subjects.stream().anyMatch(s -> s.getWithdrawalDate() != null), "withdrawn subjects");
		assertTrue(subjects.stream().anyMatch(s -> s.getStatus() == SubjectStatus.SCREEN_FAILED), "screen failures");
		assertTrue(subjects.stream().anyMatch(s -> s.getAllocation() == null), "subjects never randomized");
		assertTrue(subjects.stream().anyMatch(s -> !s.getAdverseEvents().isEmpty()), "adverse events");
		assertTrue(subjects.stream().flatMap(s -> s.getVisits().stream()).flatMap(v -> v.getForms().stream())
				.flatMap(f -> f.getItemValues().stream())
				.anyMatch(v -> v.getMissingCode() != null && v.getMissingCode() != MissingCode.NONE),
				"values marked missing");
	}

	@Test
	@Order(3)
	void liveDatasetsAreTheSameBothWays() throws Exception {
		AnalysisDataset objects = sameBothWays(user(Role.STATISTICIAN), AnalysisDatasets.LIVE);
		List<AnalysisSubject> subjects = objects.subjects();
		assertEquals(180, subjects.size());
		assertTrue(subjects.stream().anyMatch(AnalysisSubject::leftEarly), "withdrawals");
		assertTrue(subjects.stream().anyMatch(s -> s.arm() == null) && subjects.stream().anyMatch(s -> s.arm() != null));
		assertTrue(subjects.stream().anyMatch(s -> s.primarySuccess() == null), "missing primary outcomes");
		assertTrue(subjects.stream().anyMatch(s -> s.timeToRescue() != null && s.timeToRescue().event()),
				"re-interventions");
		List<AnalysisEvent> events = subjects.stream().flatMap(s -> s.adverseEvents().stream()).toList();
		assertTrue(events.stream().anyMatch(AnalysisEvent::treatmentEmergent), "treatment-emergent events");
		assertTrue(events.stream().anyMatch(e -> !e.treatmentEmergent()), "events before the procedure");
		assertTrue(events.stream().anyMatch(AnalysisEvent::serious), "serious events");
		assertTrue(events.stream().anyMatch(AnalysisEvent::fatal), "fatal events");
		assertTrue(events.stream().anyMatch(e -> e.pt().equals("Myocardial infarction")), "coded events");
		assertTrue(events.stream().anyMatch(e -> e.pt().equals("(no term)")), "events without a term");
		assertTrue(subjects.stream().flatMap(s -> s.visits().values().stream()).mapToInt(java.util.Map::size).sum()
				> 180 * 20, "the visits' values");
	}

	@Test
	@Order(4)
	void lockedDatasetsAreTheSameBothWaysForEveryUser() throws Exception {
		try (TrialSession dataManager = store.repository().localSession(user(Role.DATA_MANAGER))) {
			dataManager.lockData("Database lock for the primary analysis");
		}
		AnalysisDataset statistician = sameBothWays(user(Role.STATISTICIAN), "LOCK-1");
		AnalysisDataset committee = sameBothWays(user(Role.WRITING_COMMITTEE), "LOCK-1");
		assertEquals(statistician.subjects(), committee.subjects(), "the lock unblinds the committee");
		assertTrue(committee.subjects().stream().anyMatch(AnalysisSubject::randomized));
		for (User user : store.trial().getUsers()) {
			if (user.isActive()) {
				for (String snapshot : new String[] { "LOCK-1", AnalysisDatasets.LIVE }) {
					sameBothWays(user.getUsername(), snapshot);
				}
			}
		}
	}

	@Test
	@Order(2)
	void aBlindedUserIsRefusedAlikeAndASiteReadsItsOwnBothWays() throws Exception {
		String committee = user(Role.WRITING_COMMITTEE);
		List<String> objects = outcome(() -> read(committee, AnalysisDatasets.LIVE));
		assertTrue(objects.get(0).contains("blinded"), objects.get(0));
		assertEquals(outcome(() -> whole(committee, AnalysisDatasets.LIVE)), objects);
		// an investigator (the procedures cannot be masked from the sites) reads the own site's subjects only
		User investigator = store.trial().getUsers().stream().filter(u -> u.isActive()
				&& u.getRoles().contains(Role.INVESTIGATOR) && u.getSites().size() == 1).findFirst().orElseThrow();
		List<String> site = outcome(() -> read(investigator.getUsername(), AnalysisDatasets.LIVE));
		assertEquals("sites [" + investigator.getSites().get(0).getCode() + "]", site.get(site.size() - 1));
		assertSame(outcome(() -> whole(investigator.getUsername(), AnalysisDatasets.LIVE)), site, "investigator");
	}

	/**
	 * The dataset both ways, or both refusals with the same message; the dataset read from stored objects when
	 * the user may compute.
	 */
	private static AnalysisDataset sameBothWays(String username, String snapshot) throws Exception {
		assertSame(outcome(() -> whole(username, snapshot)), outcome(() -> read(username, snapshot)),
				username + " reads " + snapshot);
		try {
			return read(username, snapshot);
		} catch (StoreException refused) {
			return null;
		}
	}

	/** Two outcomes alike, else names the first subject that differs. */
	private static void assertSame(List<String> expected, List<String> actual, String what) {
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), what + ": line " + i);
		}
		assertEquals(expected.size(), actual.size(), what);
	}

	@FunctionalInterface
	private interface Read {
		AnalysisDataset get() throws StoreException;
	}

	/** What a read gives: each subject, then the codes of the sites they are at, or the refusal. */
	private static List<String> outcome(Read read) {
		try {
			AnalysisDataset data = read.get();
			List<String> lines = new java.util.ArrayList<>(data.subjects().stream().map(Object::toString).toList());
			lines.add("sites " + data.subjects().stream().map(AnalysisSubject::siteCode).filter(Objects::nonNull)
					.distinct().sorted().toList());
			return lines;
		} catch (StoreException refused) {
			return List.of(refused.getClass().getSimpleName() + ": " + refused.getMessage());
		}
	}

	private static AnalysisDataset read(String username, String snapshot) throws StoreException {
		try (TrialSession session = store.repository().localSession(username)) {
			return AnalysisDatasets.read(session, AnalysisDatasets.resolve(session, snapshot),
					new NullProgressMonitor());
		}
	}

	private static AnalysisDataset whole(String username, String snapshot) throws StoreException {
		try (TrialSession session = store.repository().localSession(username)) {
			Snapshot resolved = AnalysisDatasets.resolve(session, snapshot);
			return AnalysisDatasets.readWholeRecords(session, resolved, new NullProgressMonitor());
		}
	}

	static String user(Role role) {
		return store.user(role);
	}
}
