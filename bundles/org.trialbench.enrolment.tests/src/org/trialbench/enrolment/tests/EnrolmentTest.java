package org.trialbench.enrolment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.enrolment.BlockRandomization;
import org.trialbench.enrolment.EligibilityVerdict;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.enrolment.EnrolmentException;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;
import org.trialbench.repository.TrialSession;

/** Screening, eligibility and randomization on a real embedded store with the shipped protocol. */
class EnrolmentTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession investigator;
	private TrialSession statistician;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		investigator = store.as("inv01");
		statistician = store.as("statistician");
	}

	@AfterEach
	void close() {
		store.close();
	}

	private RandomizationList storeList(long seed, int slots) throws Exception {
		RandomizationList list = new BlockRandomization(statistician.protocol())
				.generate(List.of("ACH3", "DES", "JH"), slots, seed, "statistician");
		statistician.allocations().storeList(list, "list for the test, seed " + seed);
		return statistician.allocations().list();
	}

	@Test
	void aSubjectFailingACriterionIsAScreenFailureWithTheReasonAndIsNeverRandomized() throws Exception {
		storeList(3, 12);
		Enrolment enrolment = new Enrolment(investigator);
		String id = enrolment.screen(new Enrolment.Screening(DemoStore.site(investigator, "01"), "01-S001",
				LocalDate.now().minusDays(1), "2.0", LocalDate.of(2010, 1, 1), Sex.MALE)).getId();
		Map<String, Boolean> answers = new HashMap<>(DemoStore.allPass(investigator));
		answers.put("I1", false); // younger than 18
		answers.put("E2", true); // pregnancy or breastfeeding
		EligibilityVerdict verdict = enrolment.assess(id, answers, DemoStore.stratum(investigator, "DES"), null);

		assertFalse(verdict.eligible());
		Subject stored = investigator.subject(id).orElseThrow();
		assertEquals(SubjectStatus.SCREEN_FAILED, stored.getStatus());
		assertEquals(ScreenFailCategory.NOT_MEETING_CRITERIA, stored.getScreenFailCategory());
		assertTrue(stored.getScreenFailReason().startsWith("I1 not met: Age 18"), stored.getScreenFailReason());
		assertTrue(stored.getScreenFailReason().contains("E2 met: Pregnancy"), stored.getScreenFailReason());

		EnrolmentException refused = assertThrows(EnrolmentException.class, () -> enrolment.randomize(id, null));
		assertTrue(refused.getMessage().contains("I1 not met"), refused.getMessage());
		assertNull(investigator.subject(id).orElseThrow().getAllocation());
		assertTrue(statistician.allocations().list().slots().stream().noneMatch(RandomizationSlot::used),
				"no slot was taken");
		// and the store itself refuses a screen failure, whatever the caller checked
		assertThrows(EnrolmentException.class, () -> enrolment.randomize(id, null));
		org.trialbench.repository.StoreException direct = assertThrows(org.trialbench.repository.StoreException.class,
				() -> investigator.allocations().randomize(id, "bypassing the checklist"));
		assertTrue(direct.getMessage().contains("not in screening"), direct.getMessage());
	}

	@Test
	void anIncompleteChecklistOrMissingConsentRandomizesNobody() throws Exception {
		storeList(3, 12);
		Enrolment enrolment = new Enrolment(investigator);
		assertThrows(EnrolmentException.class, () -> enrolment.screen(new Enrolment.Screening(
				DemoStore.site(investigator, "01"), "01-S002", null, "2.0", null, null)), "consent comes first");
		String id = enrolment.screen(new Enrolment.Screening(DemoStore.site(investigator, "01"), "01-S002",
				LocalDate.now(), "2.0", null, null)).getId();
		Map<String, Boolean> some = new HashMap<>(DemoStore.allPass(investigator));
		some.remove("E7");
		enrolment.assess(id, some, DemoStore.stratum(investigator, "JH"), null);
		EnrolmentException refused = assertThrows(EnrolmentException.class, () -> enrolment.randomize(id, null));
		assertTrue(refused.getMessage().contains("1 of 12 criteria not yet assessed"), refused.getMessage());
		assertThrows(EnrolmentException.class, () -> enrolment.screen(new Enrolment.Screening(
				DemoStore.site(investigator, "01"), "01-S002", LocalDate.now(), "2.0", null, null)),
				"a screening number is used once");
	}

	@Test
	void randomizingFollowsTheConcealedListOfTheSubjectsStratumAndStaysBalanced() throws Exception {
		RandomizationList list = storeList(2026, 12);
		Enrolment enrolment = new Enrolment(investigator);
		Map<String, Integer> perArm = new HashMap<>();
		List<RandomizationSlot> des = list.stratum("DES");
		for (int n = 1; n <= des.size(); n++) {
			String id = DemoStore.eligibleSubject(investigator, String.format("01-D%03d", n), "DES");
			Allocation allocation = enrolment.randomize(id, null);
			assertEquals(des.get(n - 1).armCode(), allocation.getArm().getCode(), "slot " + n);
			assertEquals(des.get(n - 1).randomizationNumber(), allocation.getRandomizationNumber());
			perArm.merge(allocation.getArm().getCode(), 1, Integer::sum);
		}
		// the whole stratum list is whole blocks of a 1:1 ratio, so the subjects are split evenly
		assertEquals(des.size() / 2, perArm.get("POEM"));
		assertEquals(des.size() / 2, perArm.get("BTX"));
		List<RandomizationSlot> after = statistician.allocations().list().stratum("ACH3");
		assertTrue(after.stream().noneMatch(RandomizationSlot::used), "other strata are untouched");
	}

	@Test
	void noServiceGivesAnInvestigatorOrDataManagerTheNextAllocation() throws Exception {
		storeList(1, 6);
		assertThrows(AccessDeniedException.class, () -> investigator.allocations().list());
		assertThrows(AccessDeniedException.class, () -> store.as("datamanager").allocations().list());
		assertThrows(AccessDeniedException.class, () -> store.as("pi01").allocations().list());
		assertTrue(investigator.allocations().hasList());
	}

	@Test
	void anEmergencyUnblindingIsVisibleToTheDataManagerWithoutTheArm() throws Exception {
		storeList(5, 6);
		String id = DemoStore.eligibleSubject(investigator, "01-U001", "ACH3");
		Allocation allocation = new Enrolment(investigator).randomize(id, null);
		TrialSession safety = store.as("safety");
		assertEquals(allocation.getArm().getCode(),
				safety.allocations().unblind(id, "Severe chest pain in another hospital").getArm().getCode());
		TrialSession dataManager = store.as("datamanager");
		assertEquals(List.of("safety"), dataManager.allocations().unblindings().stream()
				.map(org.trialbench.repository.Unblinding::username).toList());
		assertNull(dataManager.subject(id).orElseThrow().getAllocation());
	}

	@Test
	void aUserDeactivatedWhileLoggedInNeitherRandomizesNorUnblinds() throws Exception {
		storeList(5, 6);
		String first = DemoStore.eligibleSubject(investigator, "01-D001", "ACH3");
		String second = DemoStore.eligibleSubject(investigator, "01-D002", "ACH3");
		new Enrolment(investigator).randomize(first, null);
		TrialSession safety = store.as("safety");
		TrialSession admin = store.as("admin");
		for (String username : List.of(investigator.user().getUsername(), "safety")) {
			try (org.trialbench.repository.TrialTransaction tx = admin.begin()) {
				tx.editUser(username).setActive(false);
				tx.commit("left the trial");
			}
		}
		assertThrows(AccessDeniedException.class, () -> new Enrolment(investigator).randomize(second, null));
		assertThrows(AccessDeniedException.class, () -> safety.allocations().unblind(first, "chest pain"));
		TrialSession dataManager = store.as("datamanager");
		assertEquals(org.trialbench.clinical.SubjectStatus.SCREENING,
				dataManager.subject(second).orElseThrow().getStatus(), "nothing was randomized");
		assertTrue(dataManager.allocations().unblindings().isEmpty(), "nothing was unblinded");
	}

	@Test
	void aSubjectWhoDeclinesIsExcludedWithTheCategoryAndReasonForTheConsortFlow() throws Exception {
		Enrolment enrolment = new Enrolment(investigator);
		String id = DemoStore.eligibleSubject(investigator, "01-X001", "JH");
		assertThrows(EnrolmentException.class,
				() -> enrolment.excludeBeforeRandomization(id, ScreenFailCategory.DECLINED_TO_PARTICIPATE, " "));
		enrolment.excludeBeforeRandomization(id, ScreenFailCategory.DECLINED_TO_PARTICIPATE,
				"prefers to continue medical therapy");
		Subject stored = investigator.subject(id).orElseThrow();
		assertEquals(SubjectStatus.SCREEN_FAILED, stored.getStatus());
		assertEquals(ScreenFailCategory.DECLINED_TO_PARTICIPATE, stored.getScreenFailCategory());
		assertEquals("prefers to continue medical therapy", stored.getScreenFailReason());
		assertThrows(EnrolmentException.class, () -> enrolment.randomize(id, null),
				"eligible, but declined: never randomized");
	}
}
