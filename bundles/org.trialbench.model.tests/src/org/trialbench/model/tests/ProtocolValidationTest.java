package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertAbout;
import static org.trialbench.model.tests.Findings.assertNone;
import static org.trialbench.model.tests.Findings.assertOnly;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ComparisonOperator;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/** A protocol must be unambiguous and evaluable before data is entered against it. */
class ProtocolValidationTest {
	private TrialFixture fixture;

	@BeforeEach
	void protocol() {
		fixture = new TrialFixture();
	}

	@Test
	void theTestProtocolIsSound() {
		assertNone(Findings.of(fixture.study));
	}

	// ------------------------------------------------------------------ OIDs, arms, strata

	@Test
	void twoElementsWithOneOidAreAnError() {
		FormDefinition copy = ProtocolFactory.eINSTANCE.createFormDefinition();
		copy.setOid("F.ECK");
		copy.setName("Eckardt copy");
		fixture.study.getForms().add(copy);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DUPLICATE_OID);
		assertAbout(finding, copy);
		assertEquals("Protocol TB-TEST, FormDefinition F.ECK (Eckardt copy): OID F.ECK is also used by FormDefinition "
				+ "F.ECK (Eckardt); clinical data would refer to either", finding.message());
	}

	@Test
	void anArmWithoutACodeIsAnError() {
		fixture.btx.setCode(null);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ARM_CODE);
		assertAbout(finding, fixture.btx);
		assertEquals("Protocol TB-TEST, Arm ARM.BTX (BTX injection): arm has no code", finding.message());
	}

	@Test
	void twoArmsWithOneCodeAreAnError() {
		fixture.btx.setCode("POEM");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ARM_CODE);
		assertTrue(finding.message().endsWith("arm code 'POEM' is also the code of arm ARM.POEM (POEM)"),
				finding.message());
	}

	@Test
	void twoStrataWithOneCodeAreAnError() {
		Stratum des = fixture.diagnosisFactor.getStrata().get(1);
		des.setCode("T3");
		assertAbout(assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_STRATUM_CODE), des);
	}

	@Test
	void aStratumWithoutACodeIsAnError() {
		fixture.diagnosisFactor.getStrata().get(2).setCode("");
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_STRATUM_CODE);
	}

	@Test
	void aStratumMustBeOneOfTheDiagnoses() {
		fixture.diagnosisFactor.getStrata().get(2).setItemValue("JACK");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_STRATUM_CODE);
		assertTrue(finding.message().endsWith("stratum value 'JACK' is not a code of IT.DM.DIAG (Manometric diagnosis) "
				+ "(code list CL.DIAG)"), finding.message());
	}

	// ------------------------------------------------------------------ derived items and derivations

	@Test
	void aDerivedItemWithoutADerivationIsAnError() {
		fixture.eckardtTotal.setDerivation(null);
		// the success derivation reads the total, which now would be typed: still a sound shape
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVED_ITEM);
		assertTrue(finding.message().endsWith("IT.ECK.TOTAL (Eckardt total): is derived but has no derivation"),
				finding.message());
	}

	@Test
	void aDerivationOnAnItemNotMarkedDerivedIsAnError() {
		fixture.lengthOfStay.setDerived(false);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVED_ITEM);
	}

	@Test
	void anEckardtTotalOfThreeItemsIsAnError() {
		fixture.totalDerivation.getInputs().remove(fixture.weightLoss);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("derivation D.ECK.TOTAL (eckardtTotal) has 3 inputs; it needs 4"),
				finding.message());
	}

	@Test
	void anEckardtItemThatIsTextIsAnError() {
		fixture.weightLoss.setCodeList(null);
		fixture.weightLoss.setDataType(ItemDataType.TEXT);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().contains("input IT.ECK.WEIGHTLOSS (Weight loss) is a text item; it needs integer"),
				finding.message());
	}

	@Test
	void aMisspeltParameterIsAnErrorNotASilentDefault() {
		fixture.successDerivation.getParameters().removeKey("successThreshold");
		fixture.successDerivation.getParameters().put("succesThreshold", "2");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("has unknown parameter 'succesThreshold'; it knows successThreshold"),
				finding.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "13", "-1", "three", "3.5" })
	void aSuccessThresholdMustBeAWholeNumberFromZeroToTwelve(String threshold) {
		fixture.successDerivation.getParameters().put("successThreshold", threshold);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "3", "12" })
	void successThresholdsFromZeroToTwelveAreSound(String threshold) {
		fixture.successDerivation.getParameters().put("successThreshold", threshold);
		assertNone(Findings.of(fixture.study));
	}

	@Test
	void aTimeToEventAnchoredAtTheProcedureVisitTakesEventAndCensoringDatesOnly() {
		fixture.timeDerivation.getInputs().remove(fixture.procedureDate);
		fixture.timeDerivation.getParameters().put("anchorVisit", "V.PROC");
		fixture.censoredDerivation.getInputs().remove(fixture.procedureDate);
		fixture.censoredDerivation.getParameters().put("anchorVisit", "V.PROC");
		assertNone(Findings.of(fixture.study));
	}

	@Test
	void aTimeToEventAnchoredAtAVisitWithAnAnchorDateAsWellHasTooManyInputs() {
		fixture.timeDerivation.getInputs().add(fixture.dischargeDate);
		fixture.timeDerivation.getParameters().put("anchorVisit", "V.PROC");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith(
				"has 3 inputs; it needs 1 or 2 (event date, optional censoring date)"), finding.message());
	}

	@Test
	void aTimeToEventAnchoredAtAnUnknownVisitIsAnError() {
		fixture.timeDerivation.getInputs().remove(fixture.procedureDate);
		fixture.timeDerivation.getParameters().put("anchorVisit", "V.PROCEDURE");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("parameter anchorVisit 'V.PROCEDURE' is not a visit of this protocol"),
				finding.message());
	}

	@Test
	void aChangeFromBaselineNeedsTheBaselineVisit() {
		fixture.changeDerivation.getParameters().removeKey("baselineVisit");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("needs parameter baselineVisit (the OID of the baseline visit)"),
				finding.message());
	}

	@Test
	void aChangeFromAnUnknownBaselineVisitIsAnError() {
		fixture.changeDerivation.getParameters().put("baselineVisit", "V.BASELINE");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("parameter baselineVisit 'V.BASELINE' is not a visit of this protocol"),
				finding.message());
	}

	@Test
	void aBmiCannotBeHeldByAnIntegerItem() {
		fixture.bmi.setDataType(ItemDataType.INTEGER);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().endsWith("gives decimal but IT.DM.BMI (BMI) is an integer item"), finding.message());
	}

	@Test
	void aCensoringFlagMustBeABooleanItem() {
		fixture.reinterventionCensored.setDataType(ItemDataType.INTEGER);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
	}

	@Test
	void aTimeToEventResultIsDaysOrCensored() {
		fixture.censoredDerivation.getParameters().put("result", "maybe");
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
	}

	@Test
	void aDerivationCannotUseItsOwnResult() {
		fixture.sitesDerivation.getInputs().add(fixture.sitesTotal);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().contains("uses its own result"), finding.message());
	}

	@Test
	void anAgeFromOneDateIsAnError() {
		fixture.ageDerivation.getInputs().remove(fixture.consentDate);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
	}

	@Test
	void anInputFromAnotherProtocolIsAnError() {
		Study other = ProtocolFactory.eINSTANCE.createStudy();
		other.setOid("S.OTHER");
		FormDefinition form = ProtocolFactory.eINSTANCE.createFormDefinition();
		form.setOid("F.X");
		ItemDefinition foreign = ProtocolFactory.eINSTANCE.createItemDefinition();
		foreign.setOid("IT.X");
		foreign.setDataType(ItemDataType.INTEGER);
		form.getItems().add(foreign);
		other.getForms().add(form);
		inOwnResource(other);
		fixture.sitesDerivation.getInputs().add(foreign);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_DERIVATION);
		assertTrue(finding.message().contains("input IT.X is not an item of this protocol"), finding.message());
	}

	// ------------------------------------------------------------------ visits

	@Test
	void aVisitCollectingAFormOfAnotherProtocolIsAnError() {
		Study other = ProtocolFactory.eINSTANCE.createStudy();
		other.setOid("S.OTHER");
		FormDefinition foreign = ProtocolFactory.eINSTANCE.createFormDefinition();
		foreign.setOid("F.FOREIGN");
		other.getForms().add(foreign);
		inOwnResource(other);
		fixture.month6.getForms().add(foreign);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_VISIT_FORM);
		assertAbout(finding, fixture.month6);
		assertTrue(finding.message().endsWith("collects form F.FOREIGN which is not defined in this protocol"),
				finding.message());
	}

	@Test
	void aNegativeWindowIsAnError() {
		VisitDefinition month3 = fixture.month3;
		month3.setWindowBeforeDays(-7);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_VISIT_WINDOW);
	}

	// ------------------------------------------------------------------ code lists and ranges

	@Test
	void aCodeItemWithoutACodeListIsAnError() {
		fixture.diagnosis.setCodeList(null);
		fixture.diagnosisFactor.setItem(null);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_CODE_LIST);
	}

	@Test
	void aCodeListWithACodeTwiceIsAnError() {
		CodeListItem again = ProtocolFactory.eINSTANCE.createCodeListItem();
		again.setCode("DES");
		fixture.diagnoses.getItems().add(again);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_CODE_LIST);
		assertAbout(finding, fixture.diagnoses);
		assertTrue(finding.message().endsWith("has code 'DES' twice"), finding.message());
	}

	@Test
	void anIntegerCodeListWithATextCodeIsAnError() {
		fixture.eckardtGrades.getItems().get(3).setCode("three");
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_CODE_LIST);
	}

	@Test
	void aMinimumAboveTheMaximumIsAnError() {
		fixture.myotomyLength.setMin(new BigDecimal("31"));
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ITEM_RANGE);
		assertTrue(finding.message().endsWith("minimum 31 is above maximum 30"), finding.message());
	}

	@Test
	void aRangeOnADateIsAnError() {
		fixture.dischargeDate.setMin(BigDecimal.ONE);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ITEM_RANGE);
	}

	@Test
	void negativeDecimalPlacesAreAnError() {
		fixture.weight.setDecimalPlaces(-1);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ITEM_RANGE);
	}

	// ------------------------------------------------------------------ edit checks

	@Test
	void aConstantThatIsNotADateCannotBeComparedWithADate() {
		fixture.comparisonCheck("EC.BAD", CheckSeverity.ERROR, null, fixture.dischargeDate,
				ComparisonOperator.GREATER_THAN, null, "01.02.2025");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_EDIT_CHECK);
		assertTrue(finding.message().contains("'01.02.2025' is not a date"), finding.message());
	}

	@Test
	void itemsOfDifferentTypesCannotBeCompared() {
		fixture.comparisonCheck("EC.BAD", CheckSeverity.ERROR, null, fixture.dischargeDate,
				ComparisonOperator.GREATER_THAN, fixture.weight, null);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_EDIT_CHECK);
	}

	@Test
	void aComparisonWithNothingIsAnError() {
		fixture.comparisonCheck("EC.BAD", CheckSeverity.ERROR, null, fixture.dischargeDate,
				ComparisonOperator.GREATER_THAN, null, null);
		assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_EDIT_CHECK);
	}

	@Test
	void aConditionalCheckRequiringAForeignItemIsAnError() {
		Study other = ProtocolFactory.eINSTANCE.createStudy();
		other.setOid("S.OTHER");
		FormDefinition form = ProtocolFactory.eINSTANCE.createFormDefinition();
		form.setOid("F.X");
		ItemDefinition foreign = ProtocolFactory.eINSTANCE.createItemDefinition();
		foreign.setOid("IT.X");
		form.getItems().add(foreign);
		other.getForms().add(form);
		inOwnResource(other);
		ConditionalRequiredCheck check = fixture.reinterventionNeedsDate;
		check.getRequiredItems().add(foreign);
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_EDIT_CHECK);
		assertAbout(finding, (EditCheck) check);
	}

	@Test
	void everyFindingIsAnErrorAboutTheProtocolNotASubject() {
		Arm arm = fixture.poem;
		arm.setCode(" ");
		Finding finding = assertOnly(Findings.of(fixture.study), TrialConstraint.PROTOCOL_ARM_CODE);
		assertEquals(Finding.Severity.ERROR, finding.severity());
		assertEquals(null, finding.subject());
		assertEquals("Protocol TB-TEST", finding.form());
		assertEquals("Arm ARM.POEM (POEM)", finding.item());
	}

	@Test
	void sameItemTypesCompareFine() {
		fixture.comparisonCheck("EC.OK", CheckSeverity.ERROR, null, fixture.dischargeDate,
				ComparisonOperator.GREATER_THAN, fixture.procedureDate, null);
		assertNone(Findings.of(fixture.study));
	}

	private void inOwnResource(Study other) {
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/other.xmi"));
		resource.getContents().add(other);
		fixture.resourceSet.getResources().add(resource);
	}
}
