package org.trialbench.protocol.poembtx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ComparisonOperator;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.PopulationKind;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.RandomizationMethod;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.SdvPlan;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/** The shipped protocol says what the POEM-SPASM protocol says. Expected values are the protocol's own numbers. */
class PoemBtxProtocolTest {
	private static Study study;

	@BeforeAll
	static void load() {
		study = PoemBtxProtocol.load();
	}

	private static <T> T element(String oid, Class<T> type) {
		EObject object = study.eResource().getEObject(oid);
		assertNotNull(object, oid + " exists");
		return type.cast(object);
	}

	private static List<ProtocolElement> allElements() {
		List<ProtocolElement> elements = new ArrayList<>();
		for (TreeIterator<EObject> it = EcoreUtil.getAllContents(study, true); it.hasNext();) {
			if (it.next() instanceof ProtocolElement element) {
				elements.add(element);
			}
		}
		elements.add(0, study);
		return elements;
	}

	private static List<ItemDefinition> allItems() {
		return study.getForms().stream().flatMap(f -> f.getItems().stream()).toList();
	}

	private static List<String> oids(Collection<? extends ProtocolElement> elements) {
		return elements.stream().map(ProtocolElement::getOid).toList();
	}

	// ------------------------------------------------------------------------------------------ integrity

	@Test
	void studyIdentity() {
		assertEquals(STUDY, study.getOid());
		assertEquals("POEM-SPASM", study.getAcronym());
		assertNotNull(study.getTitle());
		assertNotNull(study.getVersion());
		assertNotNull(study.getVersionDate());
		assertNotNull(study.getSponsor());
		assertNotNull(study.getRegistrationId(), "a placeholder the study team replaces");
		assertEquals(180, study.getPrimaryTimePointDays(), "primary outcome at 6 months");
	}

	@Test
	void everyCrossReferenceResolves() {
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(study.eResource());
		assertTrue(unresolved.isEmpty(), () -> "unresolved: " + unresolved.keySet());
		for (TreeIterator<EObject> it = EcoreUtil.getAllContents(study, true); it.hasNext();) {
			EObject object = it.next();
			for (EObject referenced : object.eCrossReferences()) {
				assertTrue(referenced.eResource() == study.eResource(),
						() -> object + " refers outside the protocol: " + referenced);
			}
		}
	}

	@Test
	void modelConstraintsHold() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(study);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
	}

	@Test
	void trialbenchConstraintsFindNothing() {
		List<Finding> findings = new TrialDiagnostics().validate(study);
		assertEquals(List.of(), findings, () -> findings.stream().map(Finding::message).toList().toString());
	}

	@Test
	void oidsAreUniqueAndOdmStyle() {
		List<String> oids = oids(allElements());
		Set<String> seen = new HashSet<>();
		for (String oid : oids) {
			assertNotNull(oid);
			assertTrue(seen.add(oid), "duplicate OID " + oid);
			assertTrue(oid.matches("[A-Z]{1,3}\\.[A-Z0-9][A-Z0-9.\\-]*"), "ODM-style OID: " + oid);
		}
		assertTrue(oids.size() > 150, "the whole protocol is there: " + oids.size());
	}

	@Test
	void prefixesSayWhatAnElementIs() {
		for (ProtocolElement element : allElements()) {
			String expected = switch (element.eClass().getName()) {
			case "Study" -> "S.";
			case "Arm" -> "ARM.";
			case "StratificationFactor" -> "SF.";
			case "Stratum" -> "ST.";
			case "RandomizationScheme" -> "RS.";
			case "VisitDefinition" -> "SE.";
			case "FormDefinition" -> "F.";
			case "ItemDefinition" -> "IT.";
			case "CodeList" -> "CL.";
			case "Derivation" -> "D.";
			case "ComparisonCheck", "ConditionalRequiredCheck" -> "EC.";
			case "EligibilityCriterion" -> "IE.";
			case "Endpoint" -> "EP.";
			case "AnalysisPopulation" -> "AP.";
			default -> throw new AssertionError("unexpected element " + element);
			};
			assertTrue(element.getOid().startsWith(expected), element.getOid() + " starts with " + expected);
		}
	}

	@Test
	void everyOidConstantNamesAnElementOfItsKind() throws IllegalAccessException {
		Set<String> known = new HashSet<>(oids(allElements()));
		int checked = 0;
		for (java.lang.reflect.Field field : org.trialbench.protocol.poembtx.PoemBtxOids.class.getFields()) {
			String name = field.getName();
			if (name.startsWith("DIAGNOSIS_") || name.startsWith("PARAMETER_")) {
				continue; // codes and parameter keys, not OIDs
			}
			String value = (String) field.get(null);
			assertTrue(known.contains(value), name + " = " + value + " names a protocol element");
			checked++;
		}
		assertTrue(checked > 100);
	}

	// ------------------------------------------------------------------------------------------ arms, randomization

	@Test
	void twoArmsOneToOne() {
		assertEquals(List.of(ARM_POEM, ARM_BTX), oids(study.getArms()));
		assertEquals(List.of("POEM", "BTX"), study.getArms().stream().map(Arm::getCode).toList());
		for (Arm arm : study.getArms()) {
			assertEquals(1, arm.getAllocationRatio(), arm.getCode());
		}
	}

	@Test
	void stratifiedByDiagnosisWithOneStratumPerSpasticDisorder() {
		assertEquals(1, study.getStratificationFactors().size());
		StratificationFactor factor = study.getStratificationFactors().get(0);
		assertEquals(FACTOR_DIAGNOSIS, factor.getOid());
		assertEquals(ITEM_DIAGNOSIS, factor.getItem().getOid());
		assertEquals(List.of(STRATUM_ACHALASIA_III, STRATUM_DES, STRATUM_JACKHAMMER), oids(factor.getStrata()));
		assertEquals(List.of("ACH3", "DES", "JH"), factor.getStrata().stream().map(Stratum::getItemValue).toList());
		CodeList codes = factor.getItem().getCodeList();
		assertEquals(CODES_DIAGNOSIS, codes.getOid());
		assertEquals(List.of("ACH3", "DES", "JH"), codes.getItems().stream().map(CodeListItem::getCode).toList());
		for (Stratum stratum : factor.getStrata()) {
			assertEquals(factor, stratum.getFactor());
		}
	}

	@Test
	void diagnosisCodesAgreeWithTheChicagoCodeList() {
		Set<String> chicago = element(CODES_CHICAGO, CodeList.class).getItems().stream().map(CodeListItem::getCode)
				.collect(Collectors.toSet());
		assertTrue(chicago.containsAll(Set.of("ACH1", "ACH2", "ACH3", "EGJOO", "DES", "JH", "ABSENT", "IEM",
				"NORMAL")), chicago.toString());
		for (CodeListItem item : element(CODES_DIAGNOSIS, CodeList.class).getItems()) {
			assertTrue(chicago.contains(item.getCode()), item.getCode());
		}
	}

	@Test
	void permutedBlocksOfTwoFourOrSixStratifiedByDiagnosis() {
		RandomizationScheme scheme = study.getRandomizationScheme();
		assertEquals(RandomizationMethod.PERMUTED_BLOCKS, scheme.getMethod());
		assertEquals(List.of(2, 4, 6), scheme.getBlockSizes());
		assertEquals(List.of(FACTOR_DIAGNOSIS), oids(scheme.getStratifiedBy()));
		int ratioSum = study.getArms().stream().mapToInt(Arm::getAllocationRatio).sum();
		for (int size : scheme.getBlockSizes()) {
			assertEquals(0, size % ratioSum, "block size " + size + " fits the 1:1 ratio");
		}
	}

	@Test
	void stratificationItemIsCollectedAtRandomization() {
		VisitDefinition randomization = element(VISIT_RANDOMIZATION, VisitDefinition.class);
		ItemDefinition diagnosis = element(ITEM_DIAGNOSIS, ItemDefinition.class);
		assertTrue(randomization.getForms().contains(diagnosis.getForm()));
		assertTrue(diagnosis.isRequired());
		assertTrue(diagnosis.isCritical());
		assertEquals(ItemDataType.CODE, diagnosis.getDataType());
	}

	// ------------------------------------------------------------------------------------------ schedule

	@Test
	void scheduleInOrder() {
		assertEquals(List.of(VISIT_SCREENING, VISIT_RANDOMIZATION, VISIT_PROCEDURE, VISIT_MONTH_1, VISIT_MONTH_3,
				VISIT_MONTH_6, VISIT_MONTH_12, VISIT_END_OF_STUDY, VISIT_UNSCHEDULED), oids(study.getVisits()));
		assertEquals(List.of(VisitKind.SCREENING, VisitKind.RANDOMIZATION, VisitKind.PROCEDURE, VisitKind.FOLLOW_UP,
				VisitKind.FOLLOW_UP, VisitKind.FOLLOW_UP, VisitKind.FOLLOW_UP, VisitKind.END_OF_STUDY,
				VisitKind.UNSCHEDULED), study.getVisits().stream().map(VisitDefinition::getKind).toList());
	}

	@Test
	void followUpsAtOneThreeSixAndTwelveMonthsAfterTheProcedure() {
		int[][] expected = { { 30, 7, 7 }, { 90, 14, 14 }, { 180, 14, 14 }, { 365, 30, 30 } };
		String[] visits = { VISIT_MONTH_1, VISIT_MONTH_3, VISIT_MONTH_6, VISIT_MONTH_12 };
		for (int i = 0; i < visits.length; i++) {
			VisitDefinition visit = element(visits[i], VisitDefinition.class);
			assertEquals(VisitAnchor.PROCEDURE, visit.getAnchor(), visits[i]);
			assertEquals(expected[i][0], visit.getTargetDay(), visits[i]);
			assertEquals(expected[i][1], visit.getWindowBeforeDays(), visits[i]);
			assertEquals(expected[i][2], visit.getWindowAfterDays(), visits[i]);
			assertFalse(visit.isRepeating());
		}
	}

	@Test
	void followUpWindowsDoNotOverlap() {
		int previousEnd = Integer.MIN_VALUE;
		for (VisitDefinition visit : study.getVisits()) {
			if (visit.getKind() != VisitKind.FOLLOW_UP) {
				continue;
			}
			int start = visit.getTargetDay() - visit.getWindowBeforeDays();
			assertTrue(start > previousEnd, visit.getOid() + " starts after the previous window ends");
			previousEnd = visit.getTargetDay() + visit.getWindowAfterDays();
		}
	}

	@Test
	void screeningBeforeAndProcedureAfterRandomization() {
		VisitDefinition screening = element(VISIT_SCREENING, VisitDefinition.class);
		assertEquals(VisitAnchor.RANDOMIZATION, screening.getAnchor());
		assertTrue(screening.getTargetDay() + screening.getWindowAfterDays() < 0, "screening ends before day 0");
		assertEquals(-28, screening.getTargetDay() - screening.getWindowBeforeDays(), "within 28 days");
		VisitDefinition randomization = element(VISIT_RANDOMIZATION, VisitDefinition.class);
		assertEquals(0, randomization.getTargetDay());
		VisitDefinition procedure = element(VISIT_PROCEDURE, VisitDefinition.class);
		assertEquals(VisitAnchor.RANDOMIZATION, procedure.getAnchor());
		assertEquals(1, procedure.getTargetDay() - procedure.getWindowBeforeDays(), "not on the day of randomization");
		assertEquals(28, procedure.getTargetDay() + procedure.getWindowAfterDays(), "within 4 weeks");
	}

	@Test
	void unscheduledVisitRepeatsAndHasNoTargetDay() {
		VisitDefinition unscheduled = element(VISIT_UNSCHEDULED, VisitDefinition.class);
		assertTrue(unscheduled.isRepeating());
		assertNull(unscheduled.getTargetDay());
		assertNull(element(VISIT_END_OF_STUDY, VisitDefinition.class).getTargetDay());
	}

	@Test
	void primaryTimePointIsTheSixMonthVisit() {
		VisitDefinition sixMonths = element(VISIT_MONTH_6, VisitDefinition.class);
		assertEquals(study.getPrimaryTimePointDays(), sixMonths.getTargetDay());
	}

	@Test
	void formsOfEachVisit() {
		assertEquals(List.of(FORM_DEMOGRAPHICS, FORM_ELIGIBILITY, FORM_BASELINE, FORM_HRM, FORM_BARIUM, FORM_ECKARDT,
				FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX), formsOf(VISIT_SCREENING));
		assertEquals(List.of(FORM_RANDOMIZATION), formsOf(VISIT_RANDOMIZATION));
		assertEquals(List.of(FORM_PROCEDURE_POEM, FORM_PROCEDURE_BTX), formsOf(VISIT_PROCEDURE));
		assertEquals(List.of(FORM_ECKARDT, FORM_CHEST_PAIN, FORM_REINTERVENTION), formsOf(VISIT_MONTH_1));
		assertEquals(List.of(FORM_ECKARDT, FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX, FORM_REINTERVENTION),
				formsOf(VISIT_MONTH_3));
		assertEquals(List.of(FORM_ECKARDT, FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_HRM, FORM_BARIUM, FORM_REFLUX,
				FORM_REINTERVENTION), formsOf(VISIT_MONTH_6));
		assertEquals(List.of(FORM_ECKARDT, FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX, FORM_REINTERVENTION),
				formsOf(VISIT_MONTH_12));
		assertEquals(List.of(FORM_END_OF_STUDY), formsOf(VISIT_END_OF_STUDY));
		assertEquals(List.of(FORM_ECKARDT, FORM_CHEST_PAIN, FORM_REINTERVENTION), formsOf(VISIT_UNSCHEDULED));
	}

	@Test
	void everyFormIsCollectedAtSomeVisit() {
		Set<FormDefinition> scheduled = study.getVisits().stream().flatMap(v -> v.getForms().stream())
				.collect(Collectors.toSet());
		for (FormDefinition form : study.getForms()) {
			assertTrue(scheduled.contains(form), form.getOid());
			assertFalse(form.getItems().isEmpty(), form.getOid() + " has items");
		}
	}

	private static List<String> formsOf(String visit) {
		return oids(element(visit, VisitDefinition.class).getForms());
	}

	// ------------------------------------------------------------------------------------------ forms and items

	@Test
	void eckardtItemsScoreZeroToThree() {
		for (String oid : List.of(ITEM_ECKARDT_DYSPHAGIA, ITEM_ECKARDT_REGURGITATION, ITEM_ECKARDT_CHEST_PAIN,
				ITEM_ECKARDT_WEIGHT_LOSS)) {
			ItemDefinition item = element(oid, ItemDefinition.class);
			assertEquals(FORM_ECKARDT, item.getForm().getOid());
			assertEquals(ItemDataType.INTEGER, item.getDataType(), oid);
			assertEquals(0, BigDecimal.ZERO.compareTo(item.getMin()), oid);
			assertEquals(0, BigDecimal.valueOf(3).compareTo(item.getMax()), oid);
			assertTrue(item.isRequired(), oid);
			assertTrue(item.isCritical(), oid + " feeds the primary endpoint");
			assertFalse(item.isDerived(), oid);
			assertEquals(ItemDataType.INTEGER, item.getCodeList().getDataType());
			assertEquals(List.of("0", "1", "2", "3"),
					item.getCodeList().getItems().stream().map(CodeListItem::getCode).toList(), oid);
		}
		assertEquals(CODES_ECKARDT_WEIGHT, element(ITEM_ECKARDT_WEIGHT_LOSS, ItemDefinition.class).getCodeList()
				.getOid());
		assertEquals(List.of("None", "Occasional", "Daily", "Each meal"),
				element(CODES_ECKARDT_SYMPTOM, CodeList.class).getItems().stream().map(CodeListItem::getDecode)
						.toList());
	}

	@Test
	void eckardtTotalIsDerivedFromTheFourItems() {
		ItemDefinition total = element(ITEM_ECKARDT_TOTAL, ItemDefinition.class);
		assertTrue(total.isDerived());
		assertEquals(0, BigDecimal.valueOf(12).compareTo(total.getMax()));
		Derivation derivation = total.getDerivation();
		assertEquals(DERIVATION_ECKARDT_TOTAL, derivation.getOid());
		assertEquals(DerivationKind.ECKARDT_TOTAL, derivation.getKind());
		assertEquals(List.of(ITEM_ECKARDT_DYSPHAGIA, ITEM_ECKARDT_REGURGITATION, ITEM_ECKARDT_CHEST_PAIN,
				ITEM_ECKARDT_WEIGHT_LOSS), oids(derivation.getInputs()));
	}

	@Test
	void eckardtSuccessIsTotalAtMostThree() {
		ItemDefinition success = element(ITEM_ECKARDT_SUCCESS, ItemDefinition.class);
		assertTrue(success.isDerived());
		assertEquals(ItemDataType.BOOLEAN, success.getDataType());
		Derivation derivation = success.getDerivation();
		assertEquals(DERIVATION_ECKARDT_SUCCESS, derivation.getOid());
		assertEquals(DerivationKind.ECKARDT_SUCCESS, derivation.getKind());
		assertEquals(List.of(ITEM_ECKARDT_TOTAL), oids(derivation.getInputs()));
		assertEquals("3", derivation.getParameters().get("successThreshold"));
	}

	@Test
	void otherDerivations() {
		Derivation bmi = element(DERIVATION_BMI, Derivation.class);
		assertEquals(DerivationKind.BMI, bmi.getKind());
		assertEquals(List.of(ITEM_WEIGHT, ITEM_HEIGHT), oids(bmi.getInputs()));
		assertEquals(bmi, element(ITEM_BMI, ItemDefinition.class).getDerivation());

		Derivation age = element(DERIVATION_AGE, Derivation.class);
		assertEquals(DerivationKind.AGE_AT_CONSENT, age.getKind());
		assertEquals(List.of(), oids(age.getInputs()), "from the subject's birth and consent dates");
		assertEquals(age, element(ITEM_AGE, ItemDefinition.class).getDerivation());

		Derivation days = element(DERIVATION_DAYS_TO_RESCUE, Derivation.class);
		assertEquals(DerivationKind.TIME_TO_EVENT, days.getKind());
		assertEquals(List.of(ITEM_RESCUE_DATE, ITEM_END_DATE), oids(days.getInputs()));
		assertEquals(VISIT_PROCEDURE, days.getParameters().get(PARAMETER_ANCHOR_VISIT));
		assertEquals(days, element(ITEM_DAYS_TO_RESCUE, ItemDefinition.class).getDerivation());

		Derivation censored = element(DERIVATION_RESCUE_CENSORED, Derivation.class);
		assertEquals(DerivationKind.TIME_TO_EVENT, censored.getKind());
		assertEquals(oids(days.getInputs()), oids(censored.getInputs()));
		assertEquals("censored", censored.getParameters().get(PARAMETER_RESULT));
		assertEquals(censored, element(ITEM_RESCUE_CENSORED, ItemDefinition.class).getDerivation());

		Derivation change = element(DERIVATION_ECKARDT_CHANGE, Derivation.class);
		assertEquals(DerivationKind.CHANGE_FROM_BASELINE, change.getKind());
		assertEquals(VISIT_SCREENING, change.getParameters().get("baselineVisit"));
	}

	@Test
	void derivedItemsHaveADerivationAndEveryDerivationIsUsed() {
		Set<Derivation> used = new HashSet<>();
		for (ItemDefinition item : allItems()) {
			assertEquals(item.isDerived(), item.getDerivation() != null, item.getOid());
			assertFalse(item.isDerived() && item.isRequired(), item.getOid() + ": derived items are never typed");
			if (item.getDerivation() != null) {
				used.add(item.getDerivation());
			}
		}
		study.getEndpoints().stream().map(Endpoint::getDerivation).filter(d -> d != null).forEach(used::add);
		assertEquals(Set.copyOf(study.getDerivations()), used);
	}

	@Test
	void itemDefinitionsAreConsistent() {
		for (ItemDefinition item : allItems()) {
			String oid = item.getOid();
			assertNotNull(item.getDataType(), oid);
			assertNotNull(item.getQuestion(), oid);
			if (item.isSetMin() && item.isSetMax()) {
				assertTrue(item.getMin().compareTo(item.getMax()) < 0, oid + " min < max");
			}
			if (item.getDataType() == ItemDataType.CODE) {
				assertNotNull(item.getCodeList(), oid + " has a code list");
			}
			if (item.getCodeList() != null) {
				assertTrue(item.getDataType() == ItemDataType.CODE
						|| item.getDataType() == item.getCodeList().getDataType(), oid);
			}
			if (item.getDataType() == ItemDataType.DECIMAL) {
				assertNotNull(item.getDecimalPlaces(), oid + " says its decimal places");
			}
			if (item.getDataType() == ItemDataType.INTEGER && item.getCodeList() == null) {
				assertTrue(item.isSetMin() && item.isSetMax(), oid + " has a range");
			}
		}
	}

	@Test
	void codeListsHaveUniqueCodesAndDecodes() {
		for (CodeList list : study.getCodeLists()) {
			List<String> codes = list.getItems().stream().map(CodeListItem::getCode).toList();
			assertEquals(codes.size(), Set.copyOf(codes).size(), list.getOid());
			for (CodeListItem item : list.getItems()) {
				assertNotNull(item.getDecode(), list.getOid() + " " + item.getCode());
			}
		}
		Set<String> used = allItems().stream().filter(i -> i.getCodeList() != null)
				.map(i -> i.getCodeList().getOid()).collect(Collectors.toSet());
		assertEquals(Set.copyOf(oids(study.getCodeLists())), used, "every code list is used");
	}

	@Test
	void sexCodesAreTheClinicalModelsLiterals() {
		List<String> codes = element(CODES_SEX, CodeList.class).getItems().stream().map(CodeListItem::getCode)
				.toList();
		List<String> literals = org.trialbench.clinical.Sex.VALUES.stream().map(Object::toString).toList();
		assertEquals(literals, codes);
	}

	@Test
	void manometryRecordsTheSystemPositionAndChicagoMetrics() {
		FormDefinition hrm = element(FORM_HRM, FormDefinition.class);
		assertEquals(List.of(ITEM_HRM_DATE, ITEM_HRM_SYSTEM, ITEM_HRM_POSITION, ITEM_IRP, ITEM_DCI,
				ITEM_DISTAL_LATENCY, ITEM_PREMATURE, ITEM_HYPERCONTRACTILE, ITEM_CHICAGO_DIAGNOSIS),
				oids(hrm.getItems()));
		assertEquals("mmHg", element(ITEM_IRP, ItemDefinition.class).getUnit());
		assertEquals("s", element(ITEM_DISTAL_LATENCY, ItemDefinition.class).getUnit());
		assertEquals("%", element(ITEM_PREMATURE, ItemDefinition.class).getUnit());
		assertEquals(0, BigDecimal.valueOf(100).compareTo(element(ITEM_HYPERCONTRACTILE, ItemDefinition.class)
				.getMax()));
		assertTrue(element(ITEM_CHICAGO_DIAGNOSIS, ItemDefinition.class).isCritical());
	}

	@Test
	void bariumColumnAtOneAndFiveMinutes() {
		assertEquals(List.of(ITEM_BARIUM_DATE, ITEM_BARIUM_HEIGHT_1_MIN, ITEM_BARIUM_HEIGHT_5_MIN),
				oids(element(FORM_BARIUM, FormDefinition.class).getItems()));
		assertEquals("cm", element(ITEM_BARIUM_HEIGHT_5_MIN, ItemDefinition.class).getUnit());
	}

	@ParameterizedTest
	@ValueSource(strings = { FORM_PROCEDURE_POEM, FORM_PROCEDURE_BTX })
	void procedureFormsBelongToOneArmAndRevealIt(String formOid) {
		FormDefinition form = element(formOid, FormDefinition.class);
		String arm = formOid.equals(FORM_PROCEDURE_POEM) ? ARM_POEM : ARM_BTX;
		assertEquals(arm, form.getArm().getOid());
		for (ItemDefinition item : form.getItems()) {
			assertTrue(item.isRevealsAllocation(), item.getOid() + " reveals the arm");
		}
		for (VisitDefinition visit : study.getVisits()) {
			assertEquals(visit.getOid().equals(VISIT_PROCEDURE), visit.getForms().contains(form), visit.getOid());
		}
	}

	@Test
	void procedureDetails() {
		assertEquals(List.of(ITEM_MYOTOMY_LENGTH, ITEM_MYOTOMY_ORIENTATION, ITEM_POEM_DURATION,
				ITEM_POEM_LENGTH_OF_STAY, ITEM_POEM_COMPLETED),
				oids(element(FORM_PROCEDURE_POEM, FormDefinition.class).getItems()));
		assertEquals(List.of("ANT", "POST"), element(ITEM_MYOTOMY_ORIENTATION, ItemDefinition.class).getCodeList()
				.getItems().stream().map(CodeListItem::getCode).toList());
		ItemDefinition dose = element(ITEM_BTX_DOSE, ItemDefinition.class);
		assertEquals("U", dose.getUnit());
		assertTrue(dose.getMax().intValue() >= 100, "the protocol dose of 100 U is in range");
		assertEquals(List.of(ITEM_BTX_DOSE, ITEM_BTX_SITES, ITEM_BTX_LEVEL),
				oids(element(FORM_PROCEDURE_BTX, FormDefinition.class).getItems()));
	}

	@Test
	void onlyArmRevealingItemsAreMarked() {
		Set<String> revealing = allItems().stream().filter(ItemDefinition::isRevealsAllocation)
				.map(ItemDefinition::getOid).collect(Collectors.toSet());
		Set<String> expected = new HashSet<>(oids(element(FORM_PROCEDURE_POEM, FormDefinition.class).getItems()));
		expected.addAll(oids(element(FORM_PROCEDURE_BTX, FormDefinition.class).getItems()));
		expected.add(ITEM_RESCUE_TYPE);
		assertEquals(expected, revealing);
		for (FormDefinition form : study.getForms()) {
			if (!form.getOid().startsWith("F.PROC.")) {
				assertNull(form.getArm(), form.getOid() + " is collected in both arms");
			}
		}
	}

	@Test
	void criticalItemsCoverEligibilityRandomizationAndThePrimaryEndpoint() {
		Set<String> critical = allItems().stream().filter(ItemDefinition::isCritical).map(ItemDefinition::getOid)
				.collect(Collectors.toSet());
		for (ItemDefinition item : element(FORM_ELIGIBILITY, FormDefinition.class).getItems()) {
			assertTrue(critical.contains(item.getOid()), item.getOid());
		}
		assertTrue(critical.containsAll(Set.of(ITEM_DIAGNOSIS, ITEM_CHICAGO_DIAGNOSIS, ITEM_ECKARDT_DYSPHAGIA,
				ITEM_ECKARDT_TOTAL, ITEM_ECKARDT_SUCCESS, ITEM_RESCUE, ITEM_RESCUE_DATE, ITEM_END_STATUS)));
		assertFalse(critical.contains(ITEM_SF36_PHYSICAL));
	}

	@Test
	void qualityOfLifeRefluxReinterventionAndEndOfStudy() {
		assertEquals(List.of(ITEM_SF36_PHYSICAL, ITEM_SF36_MENTAL),
				oids(element(FORM_QUALITY_OF_LIFE, FormDefinition.class).getItems()));
		assertEquals(List.of("NONE", "A", "B", "C", "D"), element(ITEM_LA_GRADE, ItemDefinition.class).getCodeList()
				.getItems().stream().map(CodeListItem::getCode).toList());
		assertEquals("%", element(ITEM_ACID_EXPOSURE, ItemDefinition.class).getUnit());
		assertEquals(List.of(ITEM_RESCUE, ITEM_RESCUE_DATE, ITEM_RESCUE_TYPE),
				oids(element(FORM_REINTERVENTION, FormDefinition.class).getItems()));
		assertEquals(ItemDataType.BOOLEAN, element(ITEM_RESCUE, ItemDefinition.class).getDataType());
		List<String> endCodes = element(ITEM_END_STATUS, ItemDefinition.class).getCodeList().getItems().stream()
				.map(CodeListItem::getCode).toList();
		assertTrue(endCodes.containsAll(List.of("COMPLETED", "WITHDRAWN", "LOST")), endCodes.toString());
	}

	// ------------------------------------------------------------------------------------------ checks, eligibility

	@Test
	void rescueDateAndTypeAreRequiredWhenRescueIsYes() {
		ConditionalRequiredCheck check = element(CHECK_RESCUE_DETAILS, ConditionalRequiredCheck.class);
		assertEquals(ITEM_RESCUE, check.getWhen().getItem().getOid());
		assertEquals(ComparisonOperator.EQUAL, check.getWhen().getOperator());
		assertEquals("true", check.getWhen().getValue());
		assertEquals(List.of(ITEM_RESCUE_DATE, ITEM_RESCUE_TYPE), oids(check.getRequiredItems()));
		assertNotNull(check.getMessage());
	}

	@Test
	void comparisonChecks() {
		ComparisonCheck barium = element(CHECK_BARIUM_EMPTYING, ComparisonCheck.class);
		assertEquals(ITEM_BARIUM_HEIGHT_5_MIN, barium.getAssertion().getItem().getOid());
		assertEquals(ComparisonOperator.LESS_OR_EQUAL, barium.getAssertion().getOperator());
		assertEquals(ITEM_BARIUM_HEIGHT_1_MIN, barium.getAssertion().getOtherItem().getOid());
		ComparisonCheck adult = element(CHECK_ADULT, ComparisonCheck.class);
		assertEquals(ITEM_AGE, adult.getAssertion().getItem().getOid());
		assertEquals(ComparisonOperator.GREATER_OR_EQUAL, adult.getAssertion().getOperator());
		assertEquals("18", adult.getAssertion().getValue());
	}

	@Test
	void checkConstantsAreValidForTheirItems() {
		for (EditCheck check : study.getEditChecks()) {
			assertNotNull(check.getMessage(), check.getOid());
			Comparison comparison = check instanceof ComparisonCheck c ? c.getAssertion()
					: ((ConditionalRequiredCheck) check).getWhen();
			assertTrue(comparison.getValue() == null ^ comparison.getOtherItem() == null,
					check.getOid() + " compares with a value or an item");
			if (comparison.getValue() != null) {
				assertValid(comparison.getItem(), comparison.getValue(), check.getOid());
			} else {
				assertEquals(comparison.getItem().getDataType(), comparison.getOtherItem().getDataType(),
						check.getOid());
			}
		}
	}

	private static void assertValid(ItemDefinition item, String value, String context) {
		switch (item.getDataType()) {
		case BOOLEAN -> assertTrue(value.equals("true") || value.equals("false"), context);
		case INTEGER -> Integer.parseInt(value);
		case CODE -> assertTrue(item.getCodeList().getItems().stream().anyMatch(c -> c.getCode().equals(value)),
				context + ": " + value + " is a code of " + item.getCodeList().getOid());
		default -> throw new AssertionError(context + ": unexpected type " + item.getDataType());
		}
	}

	@Test
	void eligibilityCriteria() {
		List<EligibilityCriterion> criteria = study.getEligibilityCriteria();
		assertEquals(List.of("I1", "I2", "I3", "I4", "I5"), criteria.stream()
				.filter(c -> c.getKind() == CriterionKind.INCLUSION).map(EligibilityCriterion::getCode).toList());
		assertEquals(List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7"), criteria.stream()
				.filter(c -> c.getKind() == CriterionKind.EXCLUSION).map(EligibilityCriterion::getCode).toList());
		assertEquals(ITEM_AGE, element(CRITERION_ADULT, EligibilityCriterion.class).getItem().getOid());
		assertEquals(ITEM_CHICAGO_DIAGNOSIS, element(CRITERION_DIAGNOSIS, EligibilityCriterion.class).getItem()
				.getOid());
		assertEquals(ITEM_ECKARDT_TOTAL, element(CRITERION_ECKARDT, EligibilityCriterion.class).getItem().getOid());
		assertEquals(ITEM_PRIOR_MYOTOMY, element(CRITERION_PRIOR_MYOTOMY, EligibilityCriterion.class).getItem()
				.getOid());
		assertEquals(ITEM_PREGNANT, element(CRITERION_PREGNANCY, EligibilityCriterion.class).getItem().getOid());
		assertEquals(ITEM_COAGULOPATHY, element(CRITERION_COAGULOPATHY, EligibilityCriterion.class).getItem()
				.getOid());
		Set<FormDefinition> screeningForms = Set.copyOf(element(VISIT_SCREENING, VisitDefinition.class).getForms());
		for (EligibilityCriterion criterion : criteria) {
			assertNotNull(criterion.getText(), criterion.getCode());
			if (criterion.getItem() != null) {
				assertTrue(screeningForms.contains(criterion.getItem().getForm()),
						criterion.getCode() + " is documented at screening");
			}
		}
	}

	// ------------------------------------------------------------------------------------------ endpoints, plans

	@Test
	void primaryEndpointIsEckardtSuccessAtSixMonths() {
		List<Endpoint> primaries = study.getEndpoints().stream().filter(e -> e.getKind() == EndpointKind.PRIMARY)
				.toList();
		assertEquals(1, primaries.size());
		Endpoint primary = primaries.get(0);
		assertEquals(ENDPOINT_PRIMARY, primary.getOid());
		assertEquals(VISIT_MONTH_6, primary.getTimePointVisit().getOid());
		assertEquals(DERIVATION_ECKARDT_SUCCESS, primary.getDerivation().getOid());
		assertEquals(ITEM_ECKARDT_SUCCESS, primary.getItem().getOid());
		assertTrue(primary.getDescription().contains("re-intervention"));
	}

	@Test
	void secondaryAndSafetyEndpoints() {
		Set<String> secondaries = study.getEndpoints().stream().filter(e -> e.getKind() == EndpointKind.SECONDARY)
				.map(Endpoint::getOid).collect(Collectors.toSet());
		assertTrue(secondaries.containsAll(Set.of(ENDPOINT_SUCCESS_12_MONTHS, ENDPOINT_ECKARDT_CHANGE,
				ENDPOINT_CHEST_PAIN, ENDPOINT_MANOMETRY, ENDPOINT_BARIUM, ENDPOINT_QUALITY_OF_LIFE, ENDPOINT_REFLUX,
				ENDPOINT_REINTERVENTION)), secondaries.toString());
		assertEquals(EndpointKind.SAFETY, element(ENDPOINT_ADVERSE_EVENTS, Endpoint.class).getKind());
		assertEquals(VISIT_MONTH_12, element(ENDPOINT_SUCCESS_12_MONTHS, Endpoint.class).getTimePointVisit()
				.getOid());
	}

	@Test
	void analysisPopulations() {
		assertEquals(List.of(POPULATION_ITT, POPULATION_PER_PROTOCOL, POPULATION_SAFETY),
				oids(study.getAnalysisPopulations()));
		assertEquals(List.of(PopulationKind.INTENTION_TO_TREAT, PopulationKind.PER_PROTOCOL, PopulationKind.SAFETY),
				study.getAnalysisPopulations().stream().map(p -> p.getKind()).toList());
		study.getAnalysisPopulations().forEach(p -> assertNotNull(p.getDefinition(), p.getOid()));
	}

	@Test
	void sdvPlanVerifiesCriticalDataFullyAndSamplesTheRest() {
		SdvPlan plan = study.getSdvPlan();
		assertEquals(0.2, plan.getDefaultSampleRate(), 1e-9);
		assertEquals(EnumSet.of(CriticalCategory.CONSENT, CriticalCategory.ELIGIBILITY,
				CriticalCategory.RANDOMIZATION, CriticalCategory.PRIMARY_ENDPOINT,
				CriticalCategory.SERIOUS_ADVERSE_EVENTS), EnumSet.copyOf(plan.getCriticalCategories()));
	}

	@Test
	void adverseEventSettings() {
		AdverseEventSettings settings = study.getAdverseEventSettings();
		assertEquals(List.of(GradingScale.CTCAE_V5, GradingScale.ASGE), settings.getGradingScales());
		assertEquals(EnumSet.allOf(SeriousnessCriterion.class), EnumSet.copyOf(settings.getSeriousnessCriteria()));
		assertEquals(6, settings.getSeriousnessCriteria().size());
		assertEquals(24, settings.getSaeReportingHours());
		assertEquals(7, settings.getSusarFatalReportingDays());
		assertEquals(15, settings.getSusarReportingDays());
		assertNull(settings.getMeddraVersion(), "MedDRA is the user's; the protocol ships none of it");
	}

	@Test
	void referenceSafetyInformationListsTheExpectedEventsOfEachArm() {
		List<ExpectedEvent> events = study.getAdverseEventSettings().getReferenceSafetyInformation()
				.getExpectedEvents();
		assertEquals(Set.of("Mucosal injury", "Capnoperitoneum", "Bleeding", "Reflux esophagitis", "Chest pain"),
				termsOf(events, ARM_POEM));
		assertEquals(Set.of("Chest pain", "Reflux"), termsOf(events, ARM_BTX));
		for (ExpectedEvent event : events) {
			assertNull(event.getPtCode(), "no MedDRA codes are shipped");
		}
	}

	private static Set<String> termsOf(List<ExpectedEvent> events, String arm) {
		return events.stream().filter(e -> e.getArm().getOid().equals(arm)).map(ExpectedEvent::getTerm)
				.collect(Collectors.toSet());
	}

	@Test
	void adjudicationOfThePrimaryEndpointByTwoReviewersWithConsensus() {
		AdjudicationSettings settings = study.getAdjudicationSettings();
		assertEquals(List.of(ENDPOINT_PRIMARY), oids(settings.getEndpoints()));
		assertEquals(2, settings.getReviewersPerCase());
		assertEquals(DisagreementResolution.CONSENSUS, settings.getDisagreementResolution());
	}
}
