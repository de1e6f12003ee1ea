package org.trialbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.demo.tests.Records.*;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.demo.DemoSummary;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.VisitDefinition;

/**
 * The default demo trial (6 sites, 240 subjects, seed 2026) looks like the protocol says a trial of it should.
 * Expected values are computed here from the recorded data, not taken from the generator.
 */
class DemoTrialTest {
	private static final LocalDate CUTOFF = LocalDate.of(2026, 10, 30);
	private static DemoTrial demo;
	private static Trial trial;

	@BeforeAll
	static void generate() {
		demo = new DemoTrialGenerator(6, 240, 2026).generate(new NullProgressMonitor());
		trial = demo.trial();
	}

	// ------------------------------------------------------------------------------------------ validation

	@Test
	void theDemoTrialHasNoValidationErrorsOnlyThePlantedWarnings() {
		List<Finding> findings = new TrialDiagnostics(java.time.ZoneOffset.UTC).validate(trial);
		List<String> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR)
				.map(Finding::message).toList();
		assertEquals(List.of(), errors);
		// out-of-window visits and implausible values are drawn on purpose, so that monitors have work
		Set<String> warnings = findings.stream().map(Finding::code).collect(java.util.stream.Collectors.toSet());
		assertTrue(warnings.contains("date.visitOutOfWindow"), warnings.toString());
	}

	@Test
	void derivedValuesAreWhatTheModelsDerivationsGive() {
		org.trialbench.model.derivation.Derivations derivations = new org.trialbench.model.derivation.Derivations();
		int derived = 0;
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				for (org.trialbench.clinical.Visit visit : subject.getVisits()) {
					for (FormRecord form : visit.getForms()) {
						for (ItemValue value : form.getItemValues()) {
							if (value.getDefinition().isDerived()) {
								assertEquals(derivations.derive(value.getDefinition(), form).value().orElse(null),
										value.getValue(), subject.getScreeningNumber() + " " + value.getDefinition().getOid());
								derived += value.getValue() != null ? 1 : 0;
							}
						}
					}
				}
			}
		}
		assertTrue(derived > 1000, "derived values: " + derived);
	}

	// ------------------------------------------------------------------------------------------ sites and people

	@Test
	void sitesHaveCodesNamesCountriesAndAPrincipalInvestigator() {
		assertEquals(List.of("01", "02", "03", "04", "05", "06"), trial.getSites().stream().map(Site::getCode)
				.toList());
		for (Site site : trial.getSites()) {
			assertNotNull(site.getName());
			assertTrue(site.getCountry().matches("[A-Z]{2}"), site.getCountry());
			assertNotNull(site.getActivationDate());
			User pi = site.getPrincipalInvestigator();
			assertEquals("pi" + site.getCode(), pi.getUsername());
			assertTrue(pi.getRoles().contains(Role.INVESTIGATOR));
			assertEquals(List.of(site), pi.getSites());
		}
	}

	@Test
	void usersForEveryRole() {
		Map<Role, List<String>> byRole = new HashMap<>();
		for (User user : trial.getUsers()) {
			for (Role role : user.getRoles()) {
				byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(user.getUsername());
			}
			assertTrue(user.getEmail().endsWith(".invalid"), "no real mail address: " + user.getEmail());
			assertNotNull(user.getFullName());
		}
		assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(byRole.keySet()));
		assertEquals(12, byRole.get(Role.INVESTIGATOR).size(), "two per site");
		assertEquals(List.of("monitor1", "monitor2"), byRole.get(Role.MONITOR), "one per three sites");
		assertEquals(List.of("admin"), byRole.get(Role.ADMINISTRATOR));
		assertEquals(List.of("datamanager"), byRole.get(Role.DATA_MANAGER));
		assertEquals(List.of("statistician"), byRole.get(Role.STATISTICIAN));
		assertEquals(List.of("safety"), byRole.get(Role.SAFETY));
		assertEquals(List.of("adjudicator1", "adjudicator2", "adjudicator3"), byRole.get(Role.ADJUDICATOR));
		assertEquals(List.of("committee1", "committee2"), byRole.get(Role.WRITING_COMMITTEE));
		Set<String> usernames = trial.getUsers().stream().map(User::getUsername).collect(Collectors.toSet());
		assertEquals(trial.getUsers().size(), usernames.size(), "usernames are unique");
		for (User monitor : trial.getUsers()) {
			if (monitor.getRoles().contains(Role.MONITOR)) {
				assertFalse(monitor.getSites().isEmpty(), "a monitor with no sites would see every site");
			}
		}
	}

	@Test
	void everyUserHasTheDocumentedPassword() {
		assertEquals("trialbench-demo", DemoUsers.PASSWORD);
		assertEquals(trial.getUsers().size(), demo.credentials().passwords().size());
		for (User user : trial.getUsers()) {
			assertArrayEquals("trialbench-demo".toCharArray(), demo.credentials().passwordOf(user.getUsername()));
		}
		assertEquals("demo trial generated (seed 2026)", demo.reason());
	}

	// ------------------------------------------------------------------------------------------ screening

	@Test
	void screeningNumbersNameTheSiteAndCountUp() {
		for (Site site : trial.getSites()) {
			int expected = 1;
			LocalDate previous = LocalDate.MIN;
			for (Subject subject : site.getSubjects()) {
				assertEquals(String.format("%s-%04d", site.getCode(), expected++), subject.getScreeningNumber());
				assertFalse(subject.getConsentDate().isBefore(previous), "numbered in order of consent");
				assertFalse(subject.getConsentDate().isBefore(site.getActivationDate()));
				previous = subject.getConsentDate();
			}
		}
		assertEquals(240, subjects(trial).size());
	}

	@Test
	void consentAndDemographics() {
		for (Subject subject : subjects(trial)) {
			assertNotNull(subject.getSex());
			assertNotNull(subject.getConsentVersion());
			assertTrue(subject.getAgeAtConsent() >= 18, subject.getScreeningNumber() + " is an adult");
			Visit screening = doneOnce(subject, VISIT_SCREENING);
			assertEquals(subject.getConsentDate(), screening.getDate());
			assertEquals(subject.getSex().getLiteral(), value(screening, ITEM_SEX));
			assertEquals(subject.getBirthDate().toString(), value(screening, ITEM_BIRTH_DATE));
		}
	}

	@Test
	void aboutOneInFiveFailsScreeningWithACategoryAndReason() {
		List<Subject> failed = subjects(trial).stream().filter(s -> s.getStatus() == SubjectStatus.SCREEN_FAILED)
				.toList();
		double fraction = failed.size() / 240.0;
		assertTrue(fraction > 0.12 && fraction < 0.28, "screen failures " + fraction);
		Set<ScreenFailCategory> categories = EnumSet.noneOf(ScreenFailCategory.class);
		for (Subject subject : failed) {
			assertTrue(subject.isSetScreenFailCategory(), subject.getScreeningNumber());
			categories.add(subject.getScreenFailCategory());
			assertNotNull(subject.getScreenFailReason());
			assertNull(subject.getAllocation());
			assertTrue(done(subject, VISIT_RANDOMIZATION).isEmpty());
		}
		assertEquals(EnumSet.allOf(ScreenFailCategory.class), categories);
	}

	@Test
	void eligibilityAnswersAgreeWithTheOutcome() {
		int criteria = trial.getProtocol().getEligibilityCriteria().size();
		for (Subject subject : subjects(trial)) {
			if (subject.getStatus() == SubjectStatus.SCREENING) {
				continue;
			}
			assertEquals(criteria, subject.getEligibilityAnswers().size(), subject.getScreeningNumber());
			boolean eligible = true;
			for (EligibilityAnswer answer : subject.getEligibilityAnswers()) {
				boolean inclusion = answer.getCriterion().getKind() == CriterionKind.INCLUSION;
				eligible &= inclusion == answer.isMet();
			}
			boolean notMeeting = subject.getStatus() == SubjectStatus.SCREEN_FAILED
					&& subject.getScreenFailCategory() == ScreenFailCategory.NOT_MEETING_CRITERIA;
			assertEquals(!notMeeting, eligible, subject.getScreeningNumber());
			Visit screening = doneOnce(subject, VISIT_SCREENING);
			assertEquals(Boolean.toString(eligible), value(screening, ITEM_ELIGIBLE));
			int eckardt = Integer.parseInt(value(screening, ITEM_ECKARDT_TOTAL));
			if (subject.getAllocation() != null) {
				assertTrue(eckardt > 3, "randomized with Eckardt " + eckardt);
			}
		}
	}

	@Test
	void afewAreStillInScreeningAtTheCutoff() {
		List<Subject> screening = subjects(trial).stream().filter(s -> s.getStatus() == SubjectStatus.SCREENING)
				.toList();
		assertEquals(6, screening.size(), "the last subject of each site");
		for (Subject subject : screening) {
			assertTrue(subject.getConsentDate().isAfter(CUTOFF.minusDays(15)));
			assertNull(subject.getAllocation());
		}
	}

	// ------------------------------------------------------------------------------------------ randomization

	@Test
	void bothArmsInEveryStratum() {
		Map<String, Set<String>> armsByStratum = new HashMap<>();
		for (Subject subject : randomized(trial)) {
			armsByStratum.computeIfAbsent(subject.getStratum().getCode(), s -> new HashSet<>())
					.add(subject.getAllocation().getArm().getCode());
		}
		assertEquals(Set.of("ACH3", "DES", "JH"), armsByStratum.keySet());
		armsByStratum.values().forEach(arms -> assertEquals(Set.of("POEM", "BTX"), arms));
	}

	@Test
	void stratumIsTheManometricDiagnosis() {
		for (Subject subject : randomized(trial)) {
			String stratum = subject.getStratum().getItemValue();
			assertEquals(stratum, value(doneOnce(subject, VISIT_RANDOMIZATION), ITEM_DIAGNOSIS));
			assertEquals(stratum, value(doneOnce(subject, VISIT_SCREENING), ITEM_CHICAGO_DIAGNOSIS));
		}
	}

	@Test
	void permutedBlocksKeepEverySiteAndStratumBalanced() {
		Map<String, List<Subject>> lists = randomized(trial).stream().collect(Collectors.groupingBy(
				s -> s.getSite().getCode() + "/" + s.getStratum().getCode()));
		for (Map.Entry<String, List<Subject>> list : lists.entrySet()) {
			List<Subject> ordered = new ArrayList<>(list.getValue());
			ordered.sort(Comparator.comparing(s -> s.getAllocation().getRandomizationNumber()));
			int difference = 0;
			for (Subject subject : ordered) {
				difference += subject.getAllocation().getArm().getCode().equals("POEM") ? 1 : -1;
				// with blocks of at most 6, a list is never more than 3 ahead in one arm
				assertTrue(Math.abs(difference) <= 3, list.getKey() + " imbalance " + difference);
			}
		}
		DemoSummary summary = demo.summary();
		int poem = summary.randomizedByArm().get("POEM");
		int btx = summary.randomizedByArm().get("BTX");
		assertTrue(Math.abs(poem - btx) <= 3 * lists.size(), poem + " vs " + btx);
	}

	@Test
	void allocationsAreNumberedDatedAndMadeBySiteInvestigators() {
		Set<String> numbers = new HashSet<>();
		for (Subject subject : randomized(trial)) {
			Allocation allocation = subject.getAllocation();
			assertTrue(numbers.add(allocation.getRandomizationNumber()));
			assertTrue(allocation.getRandomizationNumber().matches("R" + subject.getSite().getCode() + "-\\d{4}"));
			LocalDate day = allocation.getAllocatedAt().atZone(ZoneOffset.UTC).toLocalDate();
			assertEquals(doneOnce(subject, VISIT_RANDOMIZATION).getDate(), day);
			assertEquals(subject.getEnrolmentDate(), day);
			assertTrue(allocation.getAllocatedBy().getRoles().contains(Role.INVESTIGATOR));
			assertTrue(allocation.getAllocatedBy().getSites().contains(subject.getSite()));
		}
		assertTrue(numbers.size() > 150, "most subjects are randomized: " + numbers.size());
	}

	// ------------------------------------------------------------------------------------------ schedule

	@Test
	void datesRunInProtocolOrder() {
		for (Subject subject : randomized(trial)) {
			List<LocalDate> dates = new ArrayList<>();
			dates.add(subject.getConsentDate());
			for (String visit : List.of(VISIT_RANDOMIZATION, VISIT_PROCEDURE, VISIT_MONTH_1, VISIT_MONTH_3,
					VISIT_MONTH_6, VISIT_MONTH_12)) {
				Visit done = doneOnce(subject, visit);
				if (done != null) {
					dates.add(done.getDate());
				}
			}
			for (int i = 1; i < dates.size(); i++) {
				assertTrue(dates.get(i - 1).isBefore(dates.get(i)), subject.getScreeningNumber() + ": " + dates);
			}
			Visit end = doneOnce(subject, VISIT_END_OF_STUDY);
			for (Visit visit : subject.getVisits()) {
				if (visit.getStatus() == VisitStatus.DONE) {
					assertFalse(visit.getDate().isAfter(CUTOFF), "nothing is done after the cutoff");
					assertFalse(visit.getDate().isBefore(subject.getConsentDate()));
					if (end != null) {
						assertFalse(visit.getDate().isAfter(end.getDate()), subject.getScreeningNumber());
					}
				}
			}
		}
	}

	@Test
	void mostVisitsInWindowSomeLateSomeMissedSomePlanned() {
		int inWindow = 0, outside = 0, missed = 0, planned = 0;
		for (Subject subject : randomized(trial)) {
			Visit procedure = doneOnce(subject, VISIT_PROCEDURE);
			for (Visit visit : subject.getVisits()) {
				VisitDefinition definition = visit.getDefinition();
				if (definition.getKind() != org.trialbench.protocol.VisitKind.FOLLOW_UP) {
					continue;
				}
				switch (visit.getStatus()) {
				case MISSED -> missed++;
				case PLANNED -> planned++;
				case DONE -> {
					long day = ChronoUnit.DAYS.between(procedure.getDate(), visit.getDate());
					boolean in = day >= definition.getTargetDay() - definition.getWindowBeforeDays()
							&& day <= definition.getTargetDay() + definition.getWindowAfterDays();
					if (in) {
						inWindow++;
					} else {
						outside++;
					}
				}
				}
			}
		}
		assertTrue(outside > 0 && missed > 0 && planned > 0, outside + " outside, " + missed + " missed, " + planned
				+ " planned");
		assertTrue(outside < inWindow / 5, "most visits are in window: " + inWindow + " vs " + outside);
	}

	@Test
	void eachDoneVisitHasTheFormsOfItsDefinition() {
		for (Subject subject : subjects(trial)) {
			if (subject.getStatus() == SubjectStatus.SCREENING) {
				continue;
			}
			for (Visit visit : subject.getVisits()) {
				List<String> expected = new ArrayList<>();
				if (visit.getStatus() == VisitStatus.DONE) {
					for (FormDefinition form : visit.getDefinition().getForms()) {
						if (form.getArm() == null || form.getArm() == subject.getAllocation().getArm()) {
							expected.add(form.getOid());
						}
					}
				}
				assertEquals(expected, visit.getForms().stream().map(f -> f.getDefinition().getOid()).toList(),
						subject.getScreeningNumber() + " " + visit.getDefinition().getOid());
			}
		}
	}

	@Test
	void unscheduledVisitsAreNumbered() {
		int count = 0;
		for (Subject subject : randomized(trial)) {
			List<Visit> unscheduled = done(subject, VISIT_UNSCHEDULED);
			for (int i = 0; i < unscheduled.size(); i++) {
				assertEquals(i + 1, unscheduled.get(i).getOccurrence());
				count++;
			}
		}
		assertTrue(count > 0);
	}

	// ------------------------------------------------------------------------------------------ item values

	@Test
	void everyValueFitsItsItem() {
		int missing = 0;
		for (ItemValue value : itemValues(trial)) {
			ItemDefinition item = value.getDefinition();
			String text = value.getValue();
			if (text == null) {
				assertTrue(value.getMissingCode() != MissingCode.NONE, item.getOid() + " missing without a reason");
				missing++;
				continue;
			}
			assertEquals(MissingCode.NONE, value.getMissingCode(), item.getOid());
			switch (item.getDataType()) {
			case INTEGER, DECIMAL -> {
				BigDecimal number = new BigDecimal(text);
				assertTrue(!item.isSetMin() || number.compareTo(item.getMin()) >= 0, item.getOid() + " " + text);
				assertTrue(!item.isSetMax() || number.compareTo(item.getMax()) <= 0, item.getOid() + " " + text);
				if (item.getDataType() == org.trialbench.protocol.ItemDataType.INTEGER) {
					assertTrue(text.matches("-?\\d+"), item.getOid() + " " + text);
				} else {
					assertEquals(item.getDecimalPlaces().intValue(), number.scale(), item.getOid() + " " + text);
				}
			}
			case DATE -> assertFalse(LocalDate.parse(text).isAfter(CUTOFF), item.getOid() + " " + text);
			case BOOLEAN -> assertTrue(text.equals("true") || text.equals("false"), item.getOid() + " " + text);
			default -> {
				// text and codes: the code list below
			}
			}
			if (item.getCodeList() != null) {
				assertTrue(item.getCodeList().getItems().stream().map(CodeListItem::getCode).anyMatch(text::equals),
						item.getOid() + " " + text);
			}
		}
		assertTrue(missing > 0, "some data are missing with a missing code");
	}

	@Test
	void formsHoldOneValuePerItemInOrder() {
		for (Subject subject : subjects(trial)) {
			for (Visit visit : subject.getVisits()) {
				for (FormRecord form : visit.getForms()) {
					assertEquals(form.getDefinition().getItems(), form.getItemValues().stream()
							.map(ItemValue::getDefinition).toList());
				}
			}
		}
	}

	@Test
	void eckardtTotalIsTheSumOfItemsAndSuccessIsAtMostThree() {
		List<FormRecord> eckardt = forms(trial, FORM_ECKARDT);
		assertTrue(eckardt.size() > 500);
		Set<Integer> totals = new HashSet<>();
		for (FormRecord form : eckardt) {
			int sum = 0;
			for (String item : List.of(ITEM_ECKARDT_DYSPHAGIA, ITEM_ECKARDT_REGURGITATION, ITEM_ECKARDT_CHEST_PAIN,
					ITEM_ECKARDT_WEIGHT_LOSS)) {
				int score = Integer.parseInt(item(form, item).getValue());
				assertTrue(score >= 0 && score <= 3);
				sum += score;
			}
			int total = Integer.parseInt(item(form, ITEM_ECKARDT_TOTAL).getValue());
			assertEquals(sum, total);
			assertEquals(Boolean.toString(sum <= 3), item(form, ITEM_ECKARDT_SUCCESS).getValue());
			totals.add(total);
		}
		assertTrue(totals.size() >= 10, "totals cover the scale: " + totals);
	}

	@Test
	void bmiAndAgeAreDerivedFromTheRecordedValues() {
		for (Subject subject : subjects(trial)) {
			FormRecord demographics = form(doneOnce(subject, VISIT_SCREENING), FORM_DEMOGRAPHICS);
			BigDecimal weight = new BigDecimal(item(demographics, ITEM_WEIGHT).getValue());
			BigDecimal height = new BigDecimal(item(demographics, ITEM_HEIGHT).getValue());
			double bmi = weight.doubleValue() / Math.pow(height.doubleValue() / 100, 2);
			assertEquals(BigDecimal.valueOf(bmi).setScale(1, RoundingMode.HALF_UP).toPlainString(),
					item(demographics, ITEM_BMI).getValue());
			LocalDate birth = LocalDate.parse(item(demographics, ITEM_BIRTH_DATE).getValue());
			assertEquals(Integer.toString(Period.between(birth, subject.getConsentDate()).getYears()),
					item(demographics, ITEM_AGE).getValue());
		}
	}

	@Test
	void rescueDetailsOnlyWithARescue() {
		int rescues = 0;
		for (FormRecord form : forms(trial, FORM_REINTERVENTION)) {
			boolean rescue = Boolean.parseBoolean(item(form, ITEM_RESCUE).getValue());
			ItemValue date = item(form, ITEM_RESCUE_DATE);
			ItemValue type = item(form, ITEM_RESCUE_TYPE);
			if (rescue) {
				rescues++;
				assertNotNull(date.getValue());
				assertNotNull(type.getValue());
				assertFalse(LocalDate.parse(date.getValue()).isAfter(form.getVisit().getDate()),
						"a rescue is reported on or after its day");
			} else {
				assertEquals(MissingCode.NOT_APPLICABLE, date.getMissingCode());
				assertEquals(MissingCode.NOT_APPLICABLE, type.getMissingCode());
			}
		}
		assertTrue(rescues > 5, "rescues: " + rescues);
	}

	@Test
	void daysToRescueCountFromTheProcedure() {
		for (Subject subject : randomized(trial)) {
			Visit end = doneOnce(subject, VISIT_END_OF_STUDY);
			Visit procedure = doneOnce(subject, VISIT_PROCEDURE);
			if (end == null || procedure == null) {
				continue;
			}
			LocalDate rescue = firstRescue(subject);
			LocalDate until = rescue != null ? rescue : LocalDate.parse(value(end, ITEM_END_DATE));
			assertEquals(Long.toString(ChronoUnit.DAYS.between(procedure.getDate(), until)),
					value(end, ITEM_DAYS_TO_RESCUE), subject.getScreeningNumber());
		}
	}

	@Test
	void poemWorksBetterThanBotulinumToxinWhichWearsOff() {
		Map<String, int[]> sixMonths = successBy(VISIT_MONTH_6);
		Map<String, int[]> oneMonth = successBy(VISIT_MONTH_1);
		Map<String, int[]> twelveMonths = successBy(VISIT_MONTH_12);
		double poem = rate(sixMonths.get("POEM"));
		double btx = rate(sixMonths.get("BTX"));
		assertTrue(poem > 0.7, "POEM success at 6 months " + poem);
		assertTrue(btx < 0.6, "BTX success at 6 months " + btx);
		assertTrue(rate(oneMonth.get("BTX")) > rate(twelveMonths.get("BTX")) + 0.15,
				"botulinum toxin wears off: " + rate(oneMonth.get("BTX")) + " -> " + rate(twelveMonths.get("BTX")));
	}

	/** Per arm: [successes, subjects] by the Eckardt success item at the visit. */
	private static Map<String, int[]> successBy(String visitOid) {
		Map<String, int[]> counts = new HashMap<>();
		for (Subject subject : randomized(trial)) {
			Visit visit = doneOnce(subject, visitOid);
			if (visit != null) {
				int[] count = counts.computeIfAbsent(subject.getAllocation().getArm().getCode(), a -> new int[2]);
				count[0] += "true".equals(value(visit, ITEM_ECKARDT_SUCCESS)) ? 1 : 0;
				count[1]++;
			}
		}
		return counts;
	}

	private static double rate(int[] count) {
		return count[0] / (double) count[1];
	}

	@Test
	void procedureFormsBelongToTheAllocatedArm() {
		for (Subject subject : randomized(trial)) {
			Visit procedure = doneOnce(subject, VISIT_PROCEDURE);
			if (procedure == null) {
				continue;
			}
			String arm = subject.getAllocation().getArm().getCode();
			assertEquals(arm.equals("POEM"), form(procedure, FORM_PROCEDURE_POEM) != null);
			assertEquals(arm.equals("BTX"), form(procedure, FORM_PROCEDURE_BTX) != null);
			assertNotNull(subject.getAllocation().getReceivedAllocatedIntervention());
		}
	}

	// ------------------------------------------------------------------------------------------ leaving the study

	@Test
	void everyWayOfLeavingIsRecordedConsistently() {
		Map<SubjectStatus, Integer> counts = new HashMap<>();
		for (Subject subject : randomized(trial)) {
			counts.merge(subject.getStatus(), 1, Integer::sum);
			Visit end = doneOnce(subject, VISIT_END_OF_STUDY);
			String status = end == null ? null : value(end, ITEM_END_STATUS);
			switch (subject.getStatus()) {
			case COMPLETED -> {
				assertEquals("COMPLETED", status);
				assertNotNull(doneOnce(subject, VISIT_MONTH_12));
				assertNull(subject.getWithdrawalDate());
			}
			case WITHDRAWN -> {
				assertTrue(Set.of("WITHDRAWN", "INVESTIGATOR", "DIED").contains(status), status);
				assertEquals(end.getDate(), subject.getWithdrawalDate());
				assertNotNull(subject.getWithdrawalReason());
				assertNotNull(value(end, ITEM_END_REASON));
			}
			case LOST_TO_FOLLOW_UP -> {
				assertEquals("LOST", status);
				assertNotNull(subject.getWithdrawalDate());
				assertTrue(subject.getVisits().stream().anyMatch(v -> v.getStatus() == VisitStatus.MISSED));
			}
			case RANDOMIZED -> assertNull(end, "still in follow-up");
			default -> throw new AssertionError(subject.getStatus());
			}
		}
		for (SubjectStatus status : List.of(SubjectStatus.COMPLETED, SubjectStatus.WITHDRAWN,
				SubjectStatus.LOST_TO_FOLLOW_UP, SubjectStatus.RANDOMIZED)) {
			assertTrue(counts.getOrDefault(status, 0) > 0, "some subjects are " + status + ": " + counts);
		}
	}

	// ------------------------------------------------------------------------------------------ adverse events

	@Test
	void adverseEventsIncludingSeriousOnes() {
		List<AdverseEvent> events = subjects(trial).stream().flatMap(s -> s.getAdverseEvents().stream()).toList();
		List<AdverseEvent> serious = events.stream().filter(AdverseEvent::isSerious).toList();
		assertTrue(events.size() > 40, "events: " + events.size());
		assertTrue(serious.size() >= 3, "serious events: " + serious.size());
		for (AdverseEvent event : events) {
			Subject subject = event.getSubject();
			Visit procedure = doneOnce(subject, VISIT_PROCEDURE);
			assertNotNull(procedure, "events follow a procedure");
			assertFalse(event.getOnsetDate().isBefore(procedure.getDate()));
			assertTrue(event.isTreatmentEmergent());
			assertFalse(event.getOnsetDate().isAfter(CUTOFF));
			assertTrue(event.getCtcaeGrade() >= 1 && event.getCtcaeGrade() <= 5);
			assertEquals(event.isSerious(), !event.getSeriousnessCriteria().isEmpty());
			assertEquals(event.getCtcaeGrade() == 5, event.getOutcome() == AeOutcome.FATAL);
			assertEquals(event.getCtcaeGrade() == 5, event.getSeriousnessCriteria().contains(
					SeriousnessCriterion.DEATH));
			assertEquals(event.isOngoing(), event.getResolutionDate() == null);
			assertNull(event.getCoding(), "no MedDRA content in the demo");
			assertNotNull(event.getExpected());
			assertTrue(event.isSetRelationship());
			if (event.isSerious() && event.getReportedToSponsorAt() != null) {
				assertTrue(event.getReportedToSponsorAt().isAfter(event.getAwareAt()));
			}
			if (event.isSetAsgeSeverity()) {
				assertTrue(event.getRelationship().getValue() >= 2, "ASGE grades procedure complications");
			}
		}
	}

	@Test
	void someSeriousEventsStillAwaitTheirReportsAtTheCutoff() {
		List<AdverseEvent> serious = subjects(trial).stream().flatMap(s -> s.getAdverseEvents().stream())
				.filter(AdverseEvent::isSerious).toList();
		// the safety desk's clocks: an SAE not yet reported to the sponsor, and a SUSAR (serious, related,
		// unexpected) reported to the sponsor but not yet to the authorities
		assertTrue(serious.stream().anyMatch(e -> e.getAwareAt() != null && e.getReportedToSponsorAt() == null),
				"an SAE awaits its report to the sponsor");
		assertTrue(serious.stream().anyMatch(e -> e.getReportedToSponsorAt() != null
				&& e.getReportedToAuthorityAt() == null && Boolean.FALSE.equals(e.getExpected())
				&& e.getRelationship().getValue() >= Relationship.POSSIBLY_RELATED_VALUE),
				"a SUSAR awaits its report to the authorities");
		for (AdverseEvent event : serious) {
			if (event.getReportedToSponsorAt() == null) {
				assertNull(event.getReportedToAuthorityAt(), "the authorities hear of it through the sponsor");
			}
		}
	}

	@Test
	void expectednessFollowsTheReferenceSafetyInformation() {
		for (Subject subject : randomized(trial)) {
			String arm = subject.getAllocation().getArm().getCode();
			for (AdverseEvent event : subject.getAdverseEvents()) {
				Set<String> expected = arm.equals("POEM")
						? Set.of("Mucosal injury", "Capnoperitoneum", "Bleeding", "Reflux esophagitis", "Chest pain")
						: Set.of("Chest pain", "Reflux");
				assertEquals(expected.contains(event.getVerbatimTerm()), event.getExpected(),
						arm + " " + event.getVerbatimTerm());
			}
		}
	}

	// ------------------------------------------------------------------------------------------ monitoring

	@Test
	void queryThreadsFollowTheirRoles() {
		Map<QueryStatus, Integer> statuses = new HashMap<>();
		List<Query> queries = new ArrayList<>();
		for (Subject subject : subjects(trial)) {
			subject.getAdverseEvents().forEach(e -> queries.addAll(e.getQueries()));
		}
		itemValues(trial).forEach(v -> queries.addAll(v.getQueries()));
		for (Query query : queries) {
			statuses.merge(query.getStatus(), 1, Integer::sum);
			List<QueryMessage> messages = query.getMessages();
			assertEquals(QueryMessageKind.RAISE, messages.get(0).getKind());
			assertEquals(query.getRaisedBy(), messages.get(0).getAuthor());
			assertEquals(query.getRaisedAt(), messages.get(0).getAt());
			assertTrue(query.getRaisedBy().getRoles().contains(Role.MONITOR)
					|| query.getRaisedBy().getRoles().contains(Role.DATA_MANAGER));
			for (int i = 1; i < messages.size(); i++) {
				assertTrue(messages.get(i).getAt().isAfter(messages.get(i - 1).getAt()));
				QueryMessage message = messages.get(i);
				boolean investigator = message.getAuthor().getRoles().contains(Role.INVESTIGATOR);
				assertEquals(message.getKind() == QueryMessageKind.ANSWER, investigator,
						"sites answer, monitors close and re-open");
			}
			QueryMessageKind last = messages.get(messages.size() - 1).getKind();
			QueryStatus expected = switch (last) {
			case RAISE -> QueryStatus.OPEN;
			case ANSWER -> QueryStatus.ANSWERED;
			case CLOSE -> QueryStatus.CLOSED;
			case REOPEN -> QueryStatus.REOPENED;
			};
			assertEquals(expected, query.getStatus());
		}
		assertEquals(EnumSet.allOf(QueryStatus.class), EnumSet.copyOf(statuses.keySet()), statuses.toString());
	}

	@Test
	void sourceDataVerificationFollowsThePlanTheWorklistApplies() {
		// the monitoring worklist's plan: critical data in full, whole forms of the rest drawn at the plan's rate
		org.trialbench.monitoring.SdvSelection plan = new org.trialbench.monitoring.SdvSelection(trial.getProtocol());
		Map<SdvState, Integer> states = new HashMap<>();
		java.util.Set<String> drawnForms = new java.util.HashSet<>();
		java.util.Set<String> sampledForms = new java.util.HashSet<>();
		for (ItemValue value : itemValues(trial)) {
			ItemDefinition item = value.getDefinition();
			SdvState state = value.getSdvState();
			states.merge(state, 1, Integer::sum);
			var form = value.getForm();
			var requirement = plan.requirement(form.getVisit().getDefinition().getOid(),
					form.getDefinition().getOid(), item.getOid(), form.getId());
			assertEquals(requirement.required(), state != SdvState.NOT_REQUIRED,
					item.getOid() + " of form " + form.getId() + " is " + requirement.label() + " but " + state);
			if (item.isCritical() && !item.isDerived()) {
				assertTrue(state != SdvState.NOT_REQUIRED, item.getOid() + " is critical");
			}
			switch (requirement.kind()) {
			case SAMPLED -> {
				drawnForms.add(form.getId());
				sampledForms.add(form.getId());
			}
			case NOT_SAMPLED -> drawnForms.add(form.getId());
			default -> { }
			}
			if (state == SdvState.VERIFIED || state == SdvState.CHANGED_SINCE_VERIFICATION) {
				User monitor = value.getVerifiedBy();
				assertTrue(monitor.getRoles().contains(Role.MONITOR));
				Site site = value.getForm().getVisit().getSubject().getSite();
				assertTrue(monitor.getSites().contains(site), "the site's own monitor verifies");
				assertNotNull(value.getVerifiedAt());
			}
		}
		assertEquals(EnumSet.allOf(SdvState.class), EnumSet.copyOf(states.keySet()), states.toString());
		double sample = sampledForms.size() / (double) drawnForms.size();
		assertTrue(sample > 0.15 && sample < 0.25, "share of drawn forms in the sample " + sample
				+ " (the plan's rate is " + plan.rate() + ")");
	}

	@Test
	void consentAndAdverseEventsAreVerifiedAsThePlanRequires() {
		org.trialbench.monitoring.SdvSelection plan = new org.trialbench.monitoring.SdvSelection(trial.getProtocol());
		Map<SdvState, Integer> consents = new HashMap<>();
		Map<SdvState, Integer> serious = new HashMap<>();
		for (Subject subject : subjects(trial)) {
			if (subject.getConsentDate() != null) {
				var header = org.trialbench.repository.RecordHeaders.verifiedRecords(subject).get(0);
				assertEquals(subject.getId(), header.id());
				assertTrue(plan.requirement(header).required(), "consent is critical in the POEM/BTX plan");
				consents.merge(subject.getSdvState(), 1, Integer::sum);
			}
			for (var header : org.trialbench.repository.RecordHeaders.verifiedRecords(subject)) {
				SdvState state = header.sdvState();
				assertEquals(plan.requirement(header).required(), state != SdvState.NOT_REQUIRED,
						header.type() + " " + header.id() + " is " + plan.requirement(header).label() + " but " + state);
				if (state == SdvState.VERIFIED) {
					assertNotNull(header.verifiedBy());
					assertNotNull(header.verifiedAt());
				}
				if (header.serious()) {
					serious.merge(state, 1, Integer::sum);
				}
			}
		}
		assertTrue(consents.getOrDefault(SdvState.VERIFIED, 0) > consents.getOrDefault(SdvState.PENDING, 0),
				"most consents are verified by the cutoff: " + consents);
		assertTrue(consents.getOrDefault(SdvState.PENDING, 0) > 0, "recent consents still wait: " + consents);
		assertTrue(serious.getOrDefault(SdvState.VERIFIED, 0) > 0, "serious events verified: " + serious);
		assertEquals(0, serious.getOrDefault(SdvState.NOT_REQUIRED, 0), "serious events are critical: " + serious);
	}

	@Test
	void signedFormsCarryThePrincipalInvestigatorsSignature() {
		int signed = 0;
		for (Subject subject : subjects(trial)) {
			for (Visit visit : subject.getVisits()) {
				for (FormRecord form : visit.getForms()) {
					if (form.getStatus() == FormStatus.SIGNED) {
						signed++;
						assertEquals(subject.getSite().getPrincipalInvestigator(), form.getSignature().getSigner());
						assertEquals(org.trialbench.enrolment.FormSignOff.recordHash(form),
								form.getSignature().getRecordHash(), "the signature binds what the form holds");
						assertFalse(form.getSignature().getSignedAt().atZone(ZoneOffset.UTC).toLocalDate()
								.isBefore(visit.getDate()));
					} else {
						assertNull(form.getSignature());
					}
				}
			}
		}
		assertTrue(signed > 100);
	}

	// ------------------------------------------------------------------------------------------ adjudication

	@Test
	void primaryEndpointCasesAreJudgedFromTheRecordedData() {
		Set<AdjudicationStatus> statuses = EnumSet.noneOf(AdjudicationStatus.class);
		for (AdjudicationCase judged : trial.getAdjudicationCases()) {
			statuses.add(judged.getStatus());
			assertEquals(ENDPOINT_PRIMARY, judged.getEndpoint().getOid());
			Subject subject = judged.getSubject();
			Visit sixMonths = judged.getVisit();
			assertEquals(doneOnce(subject, VISIT_MONTH_6), sixMonths);
			LocalDate rescue = firstRescue(subject);
			boolean success = "true".equals(value(sixMonths, ITEM_ECKARDT_SUCCESS))
					&& (rescue == null || rescue.isAfter(sixMonths.getDate()));
			AdjudicationDecision truth = success ? AdjudicationDecision.ENDPOINT_MET
					: AdjudicationDecision.ENDPOINT_NOT_MET;
			if (judged.getStatus() == AdjudicationStatus.AGREED || judged.getStatus() == AdjudicationStatus.RESOLVED) {
				assertEquals(truth, judged.getFinalDecision(), subject.getScreeningNumber());
				assertNotNull(judged.getClosedAt());
			}
			Set<User> reviewers = new HashSet<>();
			for (AdjudicationReview review : judged.getReviews()) {
				assertTrue(review.getAdjudicator().getRoles().contains(Role.ADJUDICATOR));
				assertEquals(review.getAdjudicator(), review.getSignature().getSigner());
				assertTrue(org.trialbench.adjudication.ReviewSignature.verifies(judged.getId(), review),
						"the review's signature binds what the review says");
				reviewers.add(review.getAdjudicator());
			}
			assertTrue(reviewers.size() <= 2);
		}
		assertTrue(statuses.contains(AdjudicationStatus.AGREED), statuses.toString());
		long withSixMonths = randomized(trial).stream().filter(s -> doneOnce(s, VISIT_MONTH_6) != null).count();
		assertEquals(withSixMonths, trial.getAdjudicationCases().size());
	}

	// ------------------------------------------------------------------------------------------ summary

	@Test
	void summaryCountsWhatIsThere() {
		DemoSummary summary = demo.summary();
		assertEquals(6, summary.sites());
		assertEquals(240, summary.subjects());
		assertEquals(randomized(trial).size(), summary.randomized());
		assertEquals(randomized(trial).stream().filter(s -> s.getAllocation().getArm().getCode().equals("POEM"))
				.count(), summary.randomizedByArm().get("POEM").longValue());
		assertEquals(List.of("POEM", "BTX"), List.copyOf(summary.randomizedByArm().keySet()));
		assertEquals(itemValues(trial).size(), summary.itemValues());
		assertTrue(summary.lines().stream().anyMatch(l -> l.startsWith("randomized: ")));
	}
}
