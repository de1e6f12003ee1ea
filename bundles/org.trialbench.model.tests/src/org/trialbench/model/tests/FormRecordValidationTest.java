package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertAbout;
import static org.trialbench.model.tests.Findings.assertExactly;
import static org.trialbench.model.tests.Findings.assertNone;
import static org.trialbench.model.tests.Findings.assertOnly;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.ValueScope;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.protocol.ItemDefinition;

/** A form as a whole: required items, derived values never typed, items that do not belong. */
class FormRecordValidationTest {
	private TrialFixture fixture;
	private TrialFixture.CleanSubject clean;

	@BeforeEach
	void cleanSubject() {
		fixture = new TrialFixture();
		clean = fixture.cleanSubject("01-005");
	}

	// ------------------------------------------------------------------ required

	@Test
	void aCompleteFormWithoutARequiredDiagnosisIsAnError() {
		remove(clean.demographicsForm(), fixture.diagnosis);
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED);
		assertEquals(Finding.Severity.ERROR, finding.severity());
		assertAbout(finding, clean.demographicsForm());
		assertEquals("IT.DM.DIAG (Manometric diagnosis)", finding.item());
		assertEquals("Subject 01-005, Screening (1), Demographics form, IT.DM.DIAG (Manometric diagnosis): required "
				+ "value is missing; enter it or give a missing code (not done, not applicable, unknown)",
				finding.message());
	}

	@Test
	void aBlankValueIsNoValue() {
		fixture.value(clean.demographicsForm(), fixture.diagnosis, "");
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED);
	}

	@ParameterizedTest
	@EnumSource(value = MissingCode.class, names = { "NOT_DONE", "NOT_APPLICABLE", "UNKNOWN" })
	void aMissingCodeExplainsAMissingRequiredValue(MissingCode code) {
		fixture.missing(clean.demographicsForm(), fixture.diagnosis, code);
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void theMissingCodeNoneExplainsNothing() {
		fixture.missing(clean.demographicsForm(), fixture.diagnosis, MissingCode.NONE);
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED);
	}

	@Test
	void aFormInProgressOnlyWarnsAboutMissingRequiredValues() {
		remove(clean.demographicsForm(), fixture.diagnosis);
		clean.demographicsForm().setStatus(FormStatus.IN_PROGRESS);
		assertEquals(Finding.Severity.WARNING,
				assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED).severity());
	}

	@ParameterizedTest
	@EnumSource(value = FormStatus.class, names = { "SIGNED", "LOCKED" })
	void signedAndLockedFormsAreCheckedLikeCompleteOnes(FormStatus status) {
		remove(clean.demographicsForm(), fixture.diagnosis);
		clean.demographicsForm().setStatus(status);
		assertEquals(Finding.Severity.ERROR,
				assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED).severity());
	}

	@Test
	void aFormNotStartedIsNotYetExpectedToHaveValues() {
		FormRecord empty = fixture.form(clean.month3Visit(), fixture.eckardt, FormStatus.NOT_STARTED);
		assertEquals(0, empty.getItemValues().size());
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void anEmptyCompleteEckardtFormMissesEachOfItsFourItems() {
		fixture.form(clean.month3Visit(), fixture.eckardt);
		assertExactly(Findings.of(clean.subject()), TrialConstraint.ITEM_REQUIRED, TrialConstraint.ITEM_REQUIRED,
				TrialConstraint.ITEM_REQUIRED, TrialConstraint.ITEM_REQUIRED);
	}

	// ------------------------------------------------------------------ derived values

	@Test
	void aTypedTotalThatDiffersFromTheDerivedOneIsAnError() {
		ItemValue total = fixture.value(clean.month3Eckardt(), fixture.eckardtTotal, "4");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVED_VALUE);
		assertAbout(finding, total);
		assertEquals("Subject 01-005, Month 3 (1), Eckardt form, IT.ECK.TOTAL (Eckardt total): stored value 4 differs "
				+ "from the derived value 3; derived values are never typed, recompute the form", finding.message());
	}

	@Test
	void aTypedSuccessThatContradictsTheTotalIsAnError() {
		// screening 3,2,2,1 = 8 is a failure
		fixture.value(clean.screeningEckardt(), fixture.eckardtSuccess, "true");
		assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVED_VALUE);
	}

	@Test
	void theSameNumberWrittenDifferentlyIsTheSameDerivedValue() {
		fixture.value(clean.demographicsForm(), fixture.bmi, "22.90");
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void aDerivedValueThatWasNeverStoredIsAnError() {
		remove(clean.procedureForm(), fixture.lengthOfStay);
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVED_VALUE);
		assertAbout(finding, clean.procedureForm());
		assertTrue(finding.message().endsWith("IT.PROC.LOS (Length of stay): derived value 2 has not been stored; "
				+ "recompute the form"), finding.message());
	}

	@Test
	void aStoredValueThatCannotBeDerivedIsAnError() {
		remove(clean.procedureForm(), fixture.dischargeDate);
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVED_VALUE);
		assertTrue(finding.message().contains("stored value 2 cannot be derived (IT.PROC.DISCHARGE (Discharge date) "
				+ "has no value)"), finding.message());
	}

	@Test
	void aStaleChangeFromBaselineIsFoundWhenTheBaselineChanges() {
		// screening dysphagia 3 -> 2: baseline 7, so the changes become 3 - 7 = -4 and 1 - 7 = -6
		fixture.value(clean.screeningEckardt(), fixture.dysphagia, "2");
		fixture.value(clean.screeningEckardt(), fixture.eckardtTotal, "7");
		assertExactly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVED_VALUE,
				TrialConstraint.ITEM_DERIVED_VALUE);
		fixture.value(clean.month3Eckardt(), fixture.eckardtChange, "-4");
		fixture.value(clean.month6Eckardt(), fixture.eckardtChange, "-6");
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void inputsThatDoNotGoTogetherMakeTheDerivationInvalid() {
		// each date is a date, but consent cannot precede birth
		fixture.value(clean.demographicsForm(), fixture.consentDate, "1969-12-31");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DERIVATION_INVALID);
		assertEquals("IT.DM.AGE (Age)", finding.item());
		assertTrue(finding.message().endsWith("cannot be derived: IT.DM.CONSDTC (Consent date) 1969-12-31 is before "
				+ "IT.DM.BRTHDTC (Birth date) 1970-05-01"), finding.message());
	}

	// ------------------------------------------------------------------ items that do not belong

	@Test
	void aWeightOnTheEckardtFormIsNotAnItemOfIt() {
		ItemValue stray = fixture.value(clean.month3Eckardt(), fixture.weight, "70.0");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_NOT_ON_FORM);
		assertAbout(finding, stray);
		assertTrue(finding.message().endsWith("IT.DM.WEIGHT (Weight): is not an item of Eckardt form (F.ECK)"),
				finding.message());
	}

	@Test
	void aDiagnosisRecordedTwiceIsAnError() {
		ItemValue second = fixture.duplicateValue(clean.demographicsForm(), fixture.diagnosis, "DES");
		Finding finding = assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_DUPLICATE);
		assertAbout(finding, second);
		assertTrue(finding.message().endsWith("is recorded twice on the form ('TYPE3' and 'DES')"), finding.message());
	}

	private static void remove(FormRecord record, ItemDefinition item) {
		ItemValue value = ValueScope.valueIn(record, item).orElseThrow();
		record.getItemValues().remove(value);
	}

	// ------------------------------------------------------------------ signature binding (21 CFR Part 11.70)

	private org.trialbench.clinical.Signature sign(FormRecord form) {
		org.trialbench.clinical.Signature signature = org.trialbench.clinical.ClinicalFactory.eINSTANCE
				.createSignature();
		signature.setId(fixture.nextId());
		org.trialbench.clinical.User signer = org.trialbench.clinical.ClinicalFactory.eINSTANCE.createUser();
		signer.setId(fixture.nextId());
		signer.setUsername("pi01");
		fixture.trial.getUsers().add(signer);
		signature.setSigner(signer);
		signature.setSignerName("Dr. Anna Weber");
		signature.setSignedAt(java.time.Instant.parse("2026-11-30T10:15:00Z"));
		signature.setRecordHash(org.trialbench.model.signature.SignedContent.hash(form));
		form.setSignature(signature);
		form.setStatus(FormStatus.SIGNED);
		return signature;
	}

	@Test
	void aSignedFormAsSignedHasNoFinding() {
		sign(clean.demographicsForm());
		assertNone(Findings.of(clean.subject()));
	}

	@Test
	void aValueChangedUnderAStandingSignatureIsAnError() {
		FormRecord form = clean.demographicsForm();
		sign(form);
		fixture.value(form, fixture.weight, "71.5"); // (the stored BMI is now stale too: a finding of its own)
		List<Finding> binding = Findings.of(clean.subject()).stream()
				.filter(f -> f.code().equals(TrialConstraint.SIGNATURE_BINDING.id())).toList();
		assertEquals(1, binding.size(), binding.toString());
		Finding finding = binding.get(0);
		assertEquals(Finding.Severity.ERROR, finding.severity());
		assertAbout(finding, form);
		assertTrue(finding.message().startsWith("Subject 01-005, Screening (1), Demographics form: was changed "
				+ "after Dr. Anna Weber signed it at 2026-11-30T10:15:00Z"), finding.message());
		assertTrue(finding.message().contains("withdraw the signature"), finding.message());
	}

	@Test
	void aMissingCodeChangedUnderASignatureIsAnErrorToo() {
		FormRecord form = clean.demographicsForm();
		sign(form);
		fixture.missing(form, fixture.weight, MissingCode.UNKNOWN);
		assertTrue(Findings.of(clean.subject()).stream()
				.anyMatch(f -> f.code().equals(TrialConstraint.SIGNATURE_BINDING.id())));
	}

	@Test
	void aSignatureCarriedOverToAnotherFormDoesNotBindIt() {
		FormRecord signedOne = clean.demographicsForm();
		org.trialbench.clinical.Signature signature = sign(signedOne);
		FormRecord other = fixture.form(clean.month3Visit(), fixture.eckardt, FormStatus.SIGNED);
		fixture.value(other, fixture.dysphagia, "1");
		org.trialbench.clinical.Signature copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(signature);
		other.setSignature(copy);
		assertFalse(org.trialbench.model.signature.SignedContent.binds(other));
	}

	/**
	 * The canonical content is a stored contract: signatures made by earlier versions bind it. Written out here by
	 * hand, and its SHA-256 computed by the JDK from that text, not by the code under test.
	 */
	@Test
	void theCanonicalContentIsTheFormsIdDefinitionOccurrenceAndOneLinePerValue() throws Exception {
		FormRecord form = fixture.form(clean.month3Visit(), fixture.eckardt, FormStatus.COMPLETE);
		fixture.value(form, fixture.dysphagia, "2");
		fixture.missing(form, fixture.regurgitation, MissingCode.NOT_DONE);
		String expected = form.getId() + "\nF.ECK#" + form.getOccurrence() + "\nIT.ECK.DYSPHAGIA=2|"
				+ MissingCode.NONE.getLiteral() + "\nIT.ECK.REGURG=|" + MissingCode.NOT_DONE.getLiteral() + "\n";
		assertEquals(expected, org.trialbench.model.signature.SignedContent.canonicalContent(form));
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertEquals(java.util.HexFormat.of().formatHex(digest), org.trialbench.model.signature.SignedContent.hash(form));
	}
}
