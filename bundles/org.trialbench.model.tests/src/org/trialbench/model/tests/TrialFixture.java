package org.trialbench.model.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ComparisonOperator;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * A small POEM-vs-BTX-like protocol and trial built in code, so that the tests do not depend on the shipped protocol.
 * <p>
 * Schedule (randomization is day 0): Screening day -14 (window 14/14) with Demographics and Eckardt; Randomization;
 * Procedure day 14 after randomization (window 14/14) with Procedure and BTX injection; Month 3 day 90 after the
 * procedure (window 14/14) with Eckardt and Re-intervention; Month 6 day 180 after the procedure (window 28/28) with
 * Eckardt, Re-intervention and Outcome.
 * <p>
 * {@link #cleanSubject(String)} builds a subject whose every value is valid and whose derived values were worked out
 * by hand; tests spoil one thing and expect exactly the finding for it.
 */
final class TrialFixture {
	private static final ProtocolFactory P = ProtocolFactory.eINSTANCE;
	private static final ClinicalFactory C = ClinicalFactory.eINSTANCE;

	final ResourceSet resourceSet = new ResourceSetImpl();
	final Study study = P.createStudy();
	final Trial trial = C.createTrial();
	final Site site = C.createSite();

	// code lists
	final CodeList eckardtGrades = codeList("CL.ECK", ItemDataType.INTEGER, "0", "1", "2", "3");
	final CodeList diagnoses = codeList("CL.DIAG", ItemDataType.TEXT, "TYPE3", "DES", "JACKHAMMER");

	// Demographics
	final FormDefinition demographics = form("F.DM", "Demographics");
	final ItemDefinition birthDate = item(demographics, "IT.DM.BRTHDTC", "Birth date", ItemDataType.DATE, true);
	final ItemDefinition consentDate = item(demographics, "IT.DM.CONSDTC", "Consent date", ItemDataType.DATE, true);
	final ItemDefinition age = item(demographics, "IT.DM.AGE", "Age", ItemDataType.INTEGER, false);
	final ItemDefinition weight = item(demographics, "IT.DM.WEIGHT", "Weight", ItemDataType.DECIMAL, true);
	final ItemDefinition height = item(demographics, "IT.DM.HEIGHT", "Height", ItemDataType.INTEGER, true);
	final ItemDefinition bmi = item(demographics, "IT.DM.BMI", "BMI", ItemDataType.DECIMAL, false);
	final ItemDefinition diagnosis = item(demographics, "IT.DM.DIAG", "Manometric diagnosis", ItemDataType.CODE,
			true);

	// Eckardt
	final FormDefinition eckardt = form("F.ECK", "Eckardt");
	final ItemDefinition dysphagia = item(eckardt, "IT.ECK.DYSPHAGIA", "Dysphagia", ItemDataType.CODE, true);
	final ItemDefinition regurgitation = item(eckardt, "IT.ECK.REGURG", "Regurgitation", ItemDataType.CODE, true);
	final ItemDefinition retrosternalPain = item(eckardt, "IT.ECK.PAIN", "Retrosternal pain", ItemDataType.CODE,
			true);
	final ItemDefinition weightLoss = item(eckardt, "IT.ECK.WEIGHTLOSS", "Weight loss", ItemDataType.CODE, true);
	final ItemDefinition eckardtTotal = item(eckardt, "IT.ECK.TOTAL", "Eckardt total", ItemDataType.INTEGER, false);
	final ItemDefinition eckardtSuccess = item(eckardt, "IT.ECK.SUCCESS", "Eckardt success", ItemDataType.BOOLEAN,
			false);
	final ItemDefinition eckardtChange = item(eckardt, "IT.ECK.CHG", "Change of Eckardt total from screening",
			ItemDataType.INTEGER, false);

	// Procedure (both arms) and BTX injection details
	final FormDefinition procedure = form("F.PROC", "Procedure");
	final ItemDefinition procedureDate = item(procedure, "IT.PROC.DATE", "Procedure date", ItemDataType.DATE, true);
	final ItemDefinition myotomyLength = item(procedure, "IT.PROC.MYOTOMY", "Myotomy length", ItemDataType.DECIMAL,
			false);
	final ItemDefinition dischargeDate = item(procedure, "IT.PROC.DISCHARGE", "Discharge date", ItemDataType.DATE,
			false);
	final ItemDefinition lengthOfStay = item(procedure, "IT.PROC.LOS", "Length of stay", ItemDataType.INTEGER, false);
	final FormDefinition injection = form("F.BTX", "BTX injection");
	final ItemDefinition btxDose = item(injection, "IT.BTX.DOSE", "Total dose", ItemDataType.INTEGER, true);
	final ItemDefinition sitesAtLes = item(injection, "IT.BTX.SITES_LES", "Sites at the LES", ItemDataType.INTEGER,
			true);
	final ItemDefinition sitesInBody = item(injection, "IT.BTX.SITES_BODY", "Sites in the oesophageal body",
			ItemDataType.INTEGER, true);
	final ItemDefinition sitesTotal = item(injection, "IT.BTX.SITES_TOTAL", "Injection sites", ItemDataType.INTEGER,
			false);

	// Re-intervention (repeating) and Outcome
	final FormDefinition reintervention = form("F.REINT", "Re-intervention");
	final ItemDefinition reinterventionDone = item(reintervention, "IT.REINT.DONE", "Re-intervention needed",
			ItemDataType.BOOLEAN, true);
	final ItemDefinition reinterventionDate = item(reintervention, "IT.REINT.DATE", "Re-intervention date",
			ItemDataType.DATE, false);
	final FormDefinition outcome = form("F.OUT", "Outcome");
	final ItemDefinition daysToReintervention = item(outcome, "IT.OUT.TTR", "Days to re-intervention",
			ItemDataType.INTEGER, false);
	final ItemDefinition reinterventionCensored = item(outcome, "IT.OUT.TTR_CENSORED",
			"Time to re-intervention censored", ItemDataType.BOOLEAN, false);

	// arms and strata
	final Arm poem = arm("ARM.POEM", "POEM", "POEM");
	final Arm btx = arm("ARM.BTX", "BTX injection", "BTX");
	final StratificationFactor diagnosisFactor = P.createStratificationFactor();

	// schedule
	final VisitDefinition screening = visit("V.SCR", "Screening", VisitKind.SCREENING, VisitAnchor.RANDOMIZATION, -14,
			14, 14, demographics, eckardt);
	final VisitDefinition randomization = visit("V.RAND", "Randomization", VisitKind.RANDOMIZATION,
			VisitAnchor.RANDOMIZATION, 0, 0, 0);
	final VisitDefinition procedureVisit = visit("V.PROC", "Procedure", VisitKind.PROCEDURE,
			VisitAnchor.RANDOMIZATION, 14, 14, 14, procedure, injection);
	final VisitDefinition month3 = visit("V.M3", "Month 3", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 90, 14, 14,
			eckardt, reintervention);
	final VisitDefinition month6 = visit("V.M6", "Month 6", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 180, 28, 28,
			eckardt, reintervention, outcome);

	// derivations
	final Derivation ageDerivation = derivation("D.AGE", DerivationKind.AGE_AT_CONSENT, age, birthDate, consentDate);
	final Derivation bmiDerivation = derivation("D.BMI", DerivationKind.BMI, bmi, weight, height);
	final Derivation totalDerivation = derivation("D.ECK.TOTAL", DerivationKind.ECKARDT_TOTAL, eckardtTotal,
			dysphagia, regurgitation, retrosternalPain, weightLoss);
	final Derivation successDerivation = derivation("D.ECK.SUCCESS", DerivationKind.ECKARDT_SUCCESS, eckardtSuccess,
			eckardtTotal);
	final Derivation changeDerivation = derivation("D.ECK.CHG", DerivationKind.CHANGE_FROM_BASELINE, eckardtChange,
			eckardtTotal);
	final Derivation stayDerivation = derivation("D.PROC.LOS", DerivationKind.DAYS_BETWEEN, lengthOfStay,
			procedureDate, dischargeDate);
	final Derivation sitesDerivation = derivation("D.BTX.SITES", DerivationKind.SUM, sitesTotal, sitesAtLes,
			sitesInBody);
	final Derivation timeDerivation = derivation("D.OUT.TTR", DerivationKind.TIME_TO_EVENT, daysToReintervention,
			procedureDate, reinterventionDate);
	final Derivation censoredDerivation = derivation("D.OUT.TTR_CENSORED", DerivationKind.TIME_TO_EVENT,
			reinterventionCensored, procedureDate, reinterventionDate);

	// edit checks
	final ComparisonCheck dischargeAfterProcedure;
	final ComparisonCheck procedureAfterConsent;
	final ComparisonCheck usualDose;
	final ComparisonCheck myotomyUsualLength;
	final ConditionalRequiredCheck reinterventionNeedsDate;

	private int ids;

	TrialFixture() {
		study.setOid("S.TB-TEST");
		study.setName("Trialbench test protocol");
		study.setAcronym("TB-TEST");

		weight.setUnit("kg");
		weight.setDecimalPlaces(1);
		weight.setMin(new BigDecimal("30"));
		weight.setMax(new BigDecimal("250"));
		height.setUnit("cm");
		height.setMin(new BigDecimal("120"));
		height.setMax(new BigDecimal("220"));
		bmi.setDecimalPlaces(1);
		diagnosis.setCodeList(diagnoses);
		for (ItemDefinition item : new ItemDefinition[] { dysphagia, regurgitation, retrosternalPain, weightLoss }) {
			item.setCodeList(eckardtGrades);
		}
		myotomyLength.setUnit("cm");
		myotomyLength.setDecimalPlaces(1);
		myotomyLength.setMin(new BigDecimal("2"));
		myotomyLength.setMax(new BigDecimal("30"));
		btxDose.setUnit("U");
		btxDose.setMin(BigDecimal.ZERO);
		btxDose.setMax(new BigDecimal("200"));
		reintervention.setRepeating(true);
		injection.setArm(btx);

		successDerivation.getParameters().put("successThreshold", "3");
		changeDerivation.getParameters().put("baselineVisit", screening.getOid());
		censoredDerivation.getParameters().put("result", "censored");

		diagnosisFactor.setOid("SF.DIAG");
		diagnosisFactor.setName("Diagnosis");
		diagnosisFactor.setItem(diagnosis);
		diagnosisFactor.getStrata().add(stratum("ST.TYPE3", "T3", "TYPE3"));
		diagnosisFactor.getStrata().add(stratum("ST.DES", "DES", "DES"));
		diagnosisFactor.getStrata().add(stratum("ST.JH", "JH", "JACKHAMMER"));
		study.getStratificationFactors().add(diagnosisFactor);

		dischargeAfterProcedure = comparisonCheck("EC.PROC.DISCHARGE", CheckSeverity.ERROR,
				"discharge must not be before the procedure", dischargeDate, ComparisonOperator.GREATER_OR_EQUAL,
				procedureDate, null);
		procedureAfterConsent = comparisonCheck("EC.PROC.CONSENT", CheckSeverity.ERROR, null, procedureDate,
				ComparisonOperator.GREATER_OR_EQUAL, consentDate, null);
		usualDose = comparisonCheck("EC.BTX.DOSE", CheckSeverity.WARNING, "dose above the usual 100 U", btxDose,
				ComparisonOperator.LESS_OR_EQUAL, null, "100");
		myotomyUsualLength = comparisonCheck("EC.PROC.MYOTOMY", CheckSeverity.INFO,
				"myotomy longer than usual; confirm", myotomyLength, ComparisonOperator.LESS_OR_EQUAL, null, "20");
		reinterventionNeedsDate = P.createConditionalRequiredCheck();
		reinterventionNeedsDate.setOid("EC.REINT.DATE");
		reinterventionNeedsDate.setSeverity(CheckSeverity.ERROR);
		reinterventionNeedsDate.setMessage("a re-intervention needs its date");
		reinterventionNeedsDate.setWhen(comparison(reinterventionDone, ComparisonOperator.EQUAL, null, "true"));
		reinterventionNeedsDate.getRequiredItems().add(reinterventionDate);
		study.getEditChecks().add(reinterventionNeedsDate);

		trial.setId("TRIAL");
		trial.setName("Trialbench test trial");
		trial.setProtocol(study);
		site.setId(nextId());
		site.setCode("01");
		site.setName("Test site");
		trial.getSites().add(site);

		Resource protocolResource = new XMIResourceImpl(URI.createURI("memory:/protocol.xmi"));
		protocolResource.getContents().add(study);
		Resource trialResource = new XMIResourceImpl(URI.createURI("memory:/trial.xmi"));
		trialResource.getContents().add(trial);
		resourceSet.getResources().add(protocolResource);
		resourceSet.getResources().add(trialResource);
	}

	// ------------------------------------------------------------------ clinical data

	/** A subject at the site with nothing recorded yet. */
	Subject subject(String screeningNumber) {
		Subject subject = C.createSubject();
		subject.setId(nextId());
		subject.setScreeningNumber(screeningNumber);
		subject.setStatus(SubjectStatus.SCREENING);
		site.getSubjects().add(subject);
		return subject;
	}

	/** Records consent and birth on the subject. */
	void consent(Subject subject, String birth, String consent) {
		subject.setBirthDate(birth == null ? null : LocalDate.parse(birth));
		subject.setConsentDate(consent == null ? null : LocalDate.parse(consent));
	}

	/** Allocates the subject to the arm at the instant. */
	Allocation randomize(Subject subject, Arm arm, String instant) {
		Allocation allocation = C.createAllocation();
		allocation.setId(nextId());
		allocation.setArm(arm);
		allocation.setAllocatedAt(Instant.parse(instant));
		subject.setAllocation(allocation);
		subject.setStatus(SubjectStatus.RANDOMIZED);
		return allocation;
	}

	/** A completed visit on the date. */
	Visit visit(Subject subject, VisitDefinition definition, String date) {
		Visit visit = C.createVisit();
		visit.setId(nextId());
		visit.setDefinition(definition);
		visit.setOccurrence(1);
		visit.setDate(date == null ? null : LocalDate.parse(date));
		visit.setStatus(VisitStatus.DONE);
		subject.getVisits().add(visit);
		return visit;
	}

	/** A form record at the visit, marked complete. */
	FormRecord form(Visit visit, FormDefinition definition) {
		return form(visit, definition, FormStatus.COMPLETE);
	}

	FormRecord form(Visit visit, FormDefinition definition, FormStatus status) {
		FormRecord record = C.createFormRecord();
		record.setId(nextId());
		record.setDefinition(definition);
		record.setOccurrence(1 + (int) visit.getForms().stream().filter(f -> f.getDefinition() == definition).count());
		record.setStatus(status);
		visit.getForms().add(record);
		return record;
	}

	/** Stores the value (replacing an earlier one of the item); null stores an item value without a value. */
	ItemValue value(FormRecord record, ItemDefinition item, String value) {
		for (ItemValue existing : record.getItemValues()) {
			if (existing.getDefinition() == item) {
				existing.setValue(value);
				return existing;
			}
		}
		ItemValue itemValue = C.createItemValue();
		itemValue.setId(nextId());
		itemValue.setDefinition(item);
		itemValue.setValue(value);
		itemValue.setMissingCode(MissingCode.NONE);
		record.getItemValues().add(itemValue);
		return itemValue;
	}

	/** Adds a second value of the item, as a faulty import might. */
	ItemValue duplicateValue(FormRecord record, ItemDefinition item, String value) {
		ItemValue itemValue = C.createItemValue();
		itemValue.setId(nextId());
		itemValue.setDefinition(item);
		itemValue.setValue(value);
		record.getItemValues().add(itemValue);
		return itemValue;
	}

	/** Records that the value is missing for the given reason. */
	ItemValue missing(FormRecord record, ItemDefinition item, MissingCode code) {
		ItemValue itemValue = value(record, item, null);
		itemValue.setMissingCode(code);
		return itemValue;
	}

	/** An Eckardt form at the visit with the four items as given; null leaves an item unanswered. */
	FormRecord eckardt(Visit visit, Integer dysphagiaGrade, Integer regurgitationGrade, Integer painGrade,
			Integer weightLossGrade) {
		FormRecord record = form(visit, eckardt);
		grade(record, dysphagia, dysphagiaGrade);
		grade(record, regurgitation, regurgitationGrade);
		grade(record, retrosternalPain, painGrade);
		grade(record, weightLoss, weightLossGrade);
		return record;
	}

	private void grade(FormRecord record, ItemDefinition item, Integer grade) {
		if (grade != null) {
			value(record, item, grade.toString());
		}
	}

	AdverseEvent adverseEvent(Subject subject, String term, String onset, String resolution) {
		AdverseEvent event = C.createAdverseEvent();
		event.setId(nextId());
		event.setVerbatimTerm(term);
		event.setOnsetDate(onset == null ? null : LocalDate.parse(onset));
		event.setResolutionDate(resolution == null ? null : LocalDate.parse(resolution));
		subject.getAdverseEvents().add(event);
		return event;
	}

	/** Handles to the records of a {@link TrialFixture#cleanSubject clean subject}. */
	record CleanSubject(Subject subject, Visit screeningVisit, Visit procedureVisit, Visit month3Visit,
			Visit month6Visit, FormRecord demographicsForm, FormRecord screeningEckardt, FormRecord procedureForm,
			FormRecord month3Eckardt, FormRecord month3Reintervention, FormRecord month6Eckardt,
			FormRecord month6Reintervention, FormRecord outcomeForm, AdverseEvent chestPain) {
	}

	/**
	 * A POEM subject with everything valid and every derived value worked out by hand:
	 * <ul>
	 * <li>born 1970-05-01, consent 2025-01-10: age 54</li>
	 * <li>70.0 kg, 175 cm: BMI 70 / 1.75² = 22.857… = 22.9</li>
	 * <li>randomized 2025-01-20 (noon UTC, the same date in every zone within ±11 h)</li>
	 * <li>screening 2025-01-12 (day -8, window day -28 to 0), Eckardt 3,2,2,1: total 8, failure</li>
	 * <li>procedure 2025-02-03 (day 14), discharged 2025-02-05: stay 2 days; myotomy 12.5 cm</li>
	 * <li>Month 3 on 2025-05-04 (procedure + 90), Eckardt 1,1,0,1: total 3, success, change 3 - 8 = -5</li>
	 * <li>Month 6 on 2025-08-02 (procedure + 180), Eckardt 0,1,0,0: total 1, success, change -7; no
	 * re-intervention: censored at the last visit, 180 days</li>
	 * <li>chest pain from 2025-02-04 to 2025-02-06</li>
	 * </ul>
	 */
	CleanSubject cleanSubject(String screeningNumber) {
		Subject subject = subject(screeningNumber);
		consent(subject, "1970-05-01", "2025-01-10");
		subject.setSex(org.trialbench.clinical.Sex.FEMALE);

		Visit screeningVisit = visit(subject, screening, "2025-01-12");
		FormRecord dm = form(screeningVisit, demographics);
		value(dm, birthDate, "1970-05-01");
		value(dm, consentDate, "2025-01-10");
		value(dm, age, "54");
		value(dm, weight, "70.0");
		value(dm, height, "175");
		value(dm, bmi, "22.9");
		value(dm, diagnosis, "TYPE3");
		FormRecord screeningEckardt = eckardt(screeningVisit, 3, 2, 2, 1);
		value(screeningEckardt, eckardtTotal, "8");
		value(screeningEckardt, eckardtSuccess, "false");

		randomize(subject, poem, "2025-01-20T12:00:00Z");

		Visit procedureVisit = visit(subject, this.procedureVisit, "2025-02-03");
		FormRecord proc = form(procedureVisit, procedure);
		value(proc, procedureDate, "2025-02-03");
		value(proc, myotomyLength, "12.5");
		value(proc, dischargeDate, "2025-02-05");
		value(proc, lengthOfStay, "2");

		Visit month3Visit = visit(subject, month3, "2025-05-04");
		FormRecord m3 = eckardt(month3Visit, 1, 1, 0, 1);
		value(m3, eckardtTotal, "3");
		value(m3, eckardtSuccess, "true");
		value(m3, eckardtChange, "-5");
		FormRecord m3Reintervention = form(month3Visit, reintervention);
		value(m3Reintervention, reinterventionDone, "false");

		Visit month6Visit = visit(subject, month6, "2025-08-02");
		FormRecord m6 = eckardt(month6Visit, 0, 1, 0, 0);
		value(m6, eckardtTotal, "1");
		value(m6, eckardtSuccess, "true");
		value(m6, eckardtChange, "-7");
		FormRecord m6Reintervention = form(month6Visit, reintervention);
		value(m6Reintervention, reinterventionDone, "false");
		FormRecord out = form(month6Visit, outcome);
		value(out, daysToReintervention, "180");
		value(out, reinterventionCensored, "true");

		AdverseEvent chestPain = adverseEvent(subject, "chest pain", "2025-02-04", "2025-02-06");
		return new CleanSubject(subject, screeningVisit, procedureVisit, month3Visit, month6Visit, dm,
				screeningEckardt, proc, m3, m3Reintervention, m6, m6Reintervention, out, chestPain);
	}

	// ------------------------------------------------------------------ protocol building

	private CodeList codeList(String oid, ItemDataType type, String... codes) {
		CodeList codeList = P.createCodeList();
		codeList.setOid(oid);
		codeList.setName(oid);
		codeList.setDataType(type);
		for (String code : codes) {
			CodeListItem item = P.createCodeListItem();
			item.setCode(code);
			item.setDecode(code);
			codeList.getItems().add(item);
		}
		study.getCodeLists().add(codeList);
		return codeList;
	}

	private FormDefinition form(String oid, String name) {
		FormDefinition form = P.createFormDefinition();
		form.setOid(oid);
		form.setName(name);
		study.getForms().add(form);
		return form;
	}

	private ItemDefinition item(FormDefinition form, String oid, String name, ItemDataType type, boolean required) {
		ItemDefinition item = P.createItemDefinition();
		item.setOid(oid);
		item.setName(name);
		item.setQuestion(name + "?");
		item.setDataType(type);
		item.setRequired(required);
		form.getItems().add(item);
		return item;
	}

	private Arm arm(String oid, String name, String code) {
		Arm arm = P.createArm();
		arm.setOid(oid);
		arm.setName(name);
		arm.setCode(code);
		arm.setAllocationRatio(1);
		study.getArms().add(arm);
		return arm;
	}

	private static Stratum stratum(String oid, String code, String itemValue) {
		Stratum stratum = P.createStratum();
		stratum.setOid(oid);
		stratum.setCode(code);
		stratum.setItemValue(itemValue);
		return stratum;
	}

	private VisitDefinition visit(String oid, String name, VisitKind kind, VisitAnchor anchor, Integer targetDay,
			int windowBefore, int windowAfter, FormDefinition... forms) {
		VisitDefinition visit = P.createVisitDefinition();
		visit.setOid(oid);
		visit.setName(name);
		visit.setKind(kind);
		visit.setAnchor(anchor);
		visit.setTargetDay(targetDay);
		visit.setWindowBeforeDays(windowBefore);
		visit.setWindowAfterDays(windowAfter);
		for (FormDefinition form : forms) {
			visit.getForms().add(form);
		}
		study.getVisits().add(visit);
		return visit;
	}

	/** A derivation of the kind computing the target from the inputs; marks the target derived. */
	Derivation derivation(String oid, DerivationKind kind, ItemDefinition target, ItemDefinition... inputs) {
		Derivation derivation = P.createDerivation();
		derivation.setOid(oid);
		derivation.setKind(kind);
		for (ItemDefinition input : inputs) {
			derivation.getInputs().add(input);
		}
		study.getDerivations().add(derivation);
		target.setDerived(true);
		target.setDerivation(derivation);
		return derivation;
	}

	/** Adds an item to a form of the protocol, for tests that need one more. */
	ItemDefinition addItem(FormDefinition form, String oid, String name, ItemDataType type) {
		return item(form, oid, name, type, false);
	}

	ComparisonCheck comparisonCheck(String oid, CheckSeverity severity, String message, ItemDefinition item,
			ComparisonOperator operator, ItemDefinition otherItem, String value) {
		ComparisonCheck check = P.createComparisonCheck();
		check.setOid(oid);
		check.setSeverity(severity);
		check.setMessage(message);
		check.setAssertion(comparison(item, operator, otherItem, value));
		study.getEditChecks().add(check);
		return check;
	}

	static Comparison comparison(ItemDefinition item, ComparisonOperator operator, ItemDefinition otherItem,
			String value) {
		Comparison comparison = P.createComparison();
		comparison.setItem(item);
		comparison.setOperator(operator);
		comparison.setOtherItem(otherItem);
		comparison.setValue(value);
		return comparison;
	}

	String nextId() {
		return "ID-" + ++ids;
	}
}
