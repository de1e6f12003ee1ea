package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.model.tests.Findings.assertExactly;
import static org.trialbench.model.tests.Findings.assertNone;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.ItemValue;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.RecordLocation;
import org.trialbench.model.validation.TrialConstraint;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.model.validation.TrialValidator;
import org.trialbench.protocol.ProtocolPackage;

/** The flat list of findings the validate command and UI markers use, and the validator's registration. */
class TrialDiagnosticsTest {
	private TrialFixture fixture;
	private TrialFixture.CleanSubject clean;

	@BeforeEach
	void cleanSubject() {
		fixture = new TrialFixture();
		clean = fixture.cleanSubject("01-003");
	}

	@Test
	void aFindingNamesSubjectVisitFormAndItem() {
		ItemValue dysphagia = fixture.value(clean.month3Eckardt(), fixture.dysphagia, "4");
		fixture.value(clean.month3Eckardt(), fixture.eckardtTotal, null);
		fixture.value(clean.month3Eckardt(), fixture.eckardtSuccess, null);
		fixture.value(clean.month3Eckardt(), fixture.eckardtChange, null);
		Finding finding = Findings.assertOnly(Findings.of(clean.subject()), TrialConstraint.ITEM_ECKARDT_GRADE);
		assertEquals(Finding.Severity.ERROR, finding.severity());
		assertEquals("item.eckardtGrade", finding.code());
		assertEquals("01-003", finding.subject());
		assertEquals("Month 3 (1)", finding.visit());
		assertEquals("Eckardt form", finding.form());
		assertEquals("IT.ECK.DYSPHAGIA (Dysphagia)", finding.item());
		assertSame(dysphagia, finding.target());
		assertEquals("Subject 01-003, Month 3 (1), Eckardt form, IT.ECK.DYSPHAGIA (Dysphagia): value 4 is outside 0–3",
				finding.message());
		assertEquals("ERROR item.eckardtGrade " + finding.message(), finding.toString());
	}

	@Test
	void theEmfDiagnosticCarriesSourceCodeAndTheOffendingObjectFirst() {
		ItemValue dysphagia = fixture.value(clean.month3Eckardt(), fixture.dysphagia, "4");
		fixture.value(clean.month3Eckardt(), fixture.eckardtTotal, null);
		fixture.value(clean.month3Eckardt(), fixture.eckardtSuccess, null);
		fixture.value(clean.month3Eckardt(), fixture.eckardtChange, null);
		Diagnostic root = new TrialDiagnostics(ZoneOffset.UTC).diagnose(clean.subject());
		assertEquals(Diagnostic.ERROR, root.getSeverity());
		Diagnostic leaf = root.getChildren().get(0);
		assertEquals(TrialValidator.DIAGNOSTIC_SOURCE, leaf.getSource());
		assertEquals(107, leaf.getCode());
		assertSame(dysphagia, leaf.getData().get(0));
		assertTrue(leaf.getData().contains(fixture.dysphagia));
		assertEquals(Optional.of(TrialConstraint.ITEM_ECKARDT_GRADE), TrialConstraint.of(leaf));
	}

	@Test
	void aWholeTrialIsValidatedWithItsProtocol() {
		fixture.btx.setCode(null);
		fixture.value(clean.procedureForm(), fixture.myotomyLength, "1.0");
		TrialFixture.CleanSubject other = fixture.cleanSubject("01-004");
		other.subject().setBirthDate(java.time.LocalDate.of(2030, 1, 1));
		List<Finding> findings = new TrialDiagnostics(ZoneOffset.UTC).validate(fixture.trial);
		List<Finding> ordered = assertExactly(findings, TrialConstraint.PROTOCOL_ARM_CODE, TrialConstraint.ITEM_RANGE,
				TrialConstraint.DATE_BIRTH_AFTER_CONSENT);
		assertNull(ordered.get(0).subject());
		assertEquals("01-003", ordered.get(1).subject());
		assertEquals("01-004", ordered.get(2).subject());
		// protocol findings come first
		assertEquals(TrialConstraint.PROTOCOL_ARM_CODE, findings.get(0).constraint());
	}

	@Test
	void aCleanTrialHasNoFindings() {
		fixture.cleanSubject("01-004");
		assertNone(new TrialDiagnostics(ZoneOffset.UTC).validate(fixture.trial));
	}

	@Test
	void emfsOwnConstraintsAreReportedWithTheirSource() {
		clean.subject().setScreeningNumber(null);
		List<Finding> findings = Findings.of(clean.subject());
		assertEquals(1, findings.size(), Findings.describe(findings));
		Finding finding = findings.get(0);
		assertNull(finding.constraint());
		assertTrue(finding.code().startsWith("emf.org.eclipse.emf.ecore."), finding.code());
		assertEquals(clean.subject().getId(), finding.subject(), "without a screening number the id names the subject");
		assertEquals(Finding.Severity.ERROR, finding.severity());
	}

	@Test
	void registeringPutsTheValidatorInTheGlobalRegistryForBothPackages() {
		TrialValidator.register();
		assertSame(TrialValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ProtocolPackage.eINSTANCE));
		assertSame(TrialValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ClinicalPackage.eINSTANCE));
		fixture.value(clean.month6Eckardt(), fixture.eckardtTotal, "2");
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(clean.subject());
		List<Finding> findings = TrialDiagnostics.findings(diagnostic);
		assertEquals(TrialConstraint.ITEM_DERIVED_VALUE, findings.get(0).constraint(), Findings.describe(findings));
	}

	@Test
	void theValidatorAnswersWithoutADiagnosticChain() {
		fixture.value(clean.month6Eckardt(), fixture.eckardtTotal, "2");
		assertFalse(
				TrialValidator.INSTANCE.validate(clean.month6Eckardt(), null, new java.util.HashMap<>()));
		assertTrue(TrialValidator.INSTANCE.validate(clean.month3Eckardt(), null, null));
	}

	@Test
	void constraintCodesAndIdsAreUniqueAndStable() {
		Set<Integer> codes = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (TrialConstraint constraint : TrialConstraint.values()) {
			assertTrue(codes.add(constraint.code()), constraint.name());
			assertTrue(ids.add(constraint.id()), constraint.name());
			assertEquals(Optional.of(constraint), TrialConstraint.of(constraint.code()));
		}
		// published in reports and scripts: never renumber
		assertEquals(101, TrialConstraint.ITEM_TYPE.code());
		assertEquals(105, TrialConstraint.ITEM_REQUIRED.code());
		assertEquals(106, TrialConstraint.ITEM_DERIVED_VALUE.code());
		assertEquals(107, TrialConstraint.ITEM_ECKARDT_GRADE.code());
		assertEquals(206, TrialConstraint.DATE_VISIT_OUT_OF_WINDOW.code());
		assertEquals(301, TrialConstraint.EDIT_CHECK_COMPARISON.code());
		assertEquals(401, TrialConstraint.PROTOCOL_DUPLICATE_OID.code());
		assertEquals(Optional.empty(), TrialConstraint.of(999));
		assertEquals(Optional.empty(),
				TrialConstraint.of(new BasicDiagnostic(Diagnostic.ERROR, "other.source", 101, "x", null)));
	}

	@Test
	void locationsReadAsASiteWouldSayThem() {
		assertEquals("Subject 01-003, Screening (1), Demographics form",
				RecordLocation.of(clean.demographicsForm()).toString());
		assertEquals("Subject 01-003, Month 6 (1), Re-intervention form (1)",
				RecordLocation.of(clean.month6Reintervention()).toString());
		assertEquals("Subject 01-003, Adverse event 'chest pain' from 2025-02-04",
				RecordLocation.of(clean.chestPain()).toString());
		assertEquals("Protocol TB-TEST, Eckardt form, IT.ECK.TOTAL (Eckardt total)",
				RecordLocation.of(fixture.eckardtTotal).toString());
		assertEquals("Subject 01-003, Month 3 (1), Eckardt form, IT.ECK.PAIN (Retrosternal pain)",
				RecordLocation.of(clean.month3Eckardt()).withItem(fixture.retrosternalPain).toString());
	}
}
