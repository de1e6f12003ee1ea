package org.trialbench.protocol.poembtx.tests;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.AnalysisPopulation;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ComparisonOperator;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.DisagreementResolution;
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
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.RandomizationMethod;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.ReferenceSafetyInformation;
import org.trialbench.protocol.SdvPlan;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * Writes the POEM-SPASM protocol in Java: the source of the shipped {@code protocol/poem-btx.protocol}. A test
 * compares the shipped file with what this produces, so a change here must be followed by regenerating the file
 * (the test writes the new version next to its working directory and says where).
 */
final class PoemBtxProtocolBuilder {
	private enum Flag {
		REQUIRED, CRITICAL, REVEALS_ALLOCATION
	}

	private static final ProtocolFactory FACTORY = ProtocolFactory.eINSTANCE;
	private final Map<String, ProtocolElement> elements = new HashMap<>();
	private Study study;

	Study build() {
		study = FACTORY.createStudy();
		named(study, STUDY, "POEM-SPASM",
				"Randomized, controlled, multicentre trial in adults with medically refractory spastic esophageal "
						+ "disorders (type III achalasia, distal esophageal spasm, jackhammer esophagus): is peroral "
						+ "endoscopic myotomy more effective than botulinum toxin injection? Outcome assessment and "
						+ "adjudication are blinded because the procedure reveals the arm to patient and endoscopist.");
		study.setTitle("Peroral endoscopic myotomy versus botulinum toxin injection for medically refractory "
				+ "spastic esophageal disorders: a randomized controlled trial");
		study.setAcronym("POEM-SPASM");
		study.setVersion("1.1");
		study.setVersionDate(LocalDate.of(2024, 9, 2));
		study.setSponsor("Trialbench demonstration sponsor");
		study.setRegistrationId("NCT00000000");
		study.setPrimaryTimePointDays(180);

		arms();
		codeLists();
		forms();
		visits();
		stratification();
		derivations();
		editChecks();
		eligibility();
		endpoints();
		populations();
		sdvPlan();
		adverseEventSettings();
		adjudication();
		return study;
	}

	// ------------------------------------------------------------------------------------------ arms

	private void arms() {
		arm(ARM_POEM, "POEM", "POEM", "Peroral endoscopic myotomy of the spastic segment and the lower esophageal "
				+ "sphincter, under general anaesthesia, with an overnight stay.");
		arm(ARM_BTX, "BTX", "BTX", "Endoscopic injection of botulinum toxin (total 100 U) into the lower esophageal "
				+ "sphincter and the spastic segment of the distal esophagus, as a day case.");
	}

	private void arm(String oid, String code, String name, String description) {
		Arm arm = FACTORY.createArm();
		named(arm, oid, name, description);
		arm.setCode(code);
		arm.setAllocationRatio(1);
		study.getArms().add(arm);
	}

	// ------------------------------------------------------------------------------------------ code lists

	private void codeLists() {
		codeList(CODES_DIAGNOSIS, "Stratification diagnosis", ItemDataType.TEXT,
				DIAGNOSIS_ACHALASIA_III, "Type III (spastic) achalasia",
				DIAGNOSIS_DES, "Distal esophageal spasm",
				DIAGNOSIS_JACKHAMMER, "Hypercontractile (jackhammer) esophagus");
		codeList(CODES_CHICAGO, "Chicago classification v4.0 diagnosis", ItemDataType.TEXT,
				"ACH1", "Type I achalasia",
				"ACH2", "Type II achalasia",
				DIAGNOSIS_ACHALASIA_III, "Type III (spastic) achalasia",
				"EGJOO", "EGJ outflow obstruction",
				DIAGNOSIS_DES, "Distal esophageal spasm",
				DIAGNOSIS_JACKHAMMER, "Hypercontractile (jackhammer) esophagus",
				"ABSENT", "Absent contractility",
				"IEM", "Ineffective esophageal motility",
				"NORMAL", "Normal esophageal motility");
		codeList(CODES_SEX, "Sex", ItemDataType.TEXT,
				"F", "Female",
				"M", "Male",
				"U", "Unknown",
				"UNDIFFERENTIATED", "Undifferentiated");
		codeList(CODES_ECKARDT_SYMPTOM, "Eckardt symptom frequency", ItemDataType.INTEGER,
				"0", "None",
				"1", "Occasional",
				"2", "Daily",
				"3", "Each meal");
		codeList(CODES_ECKARDT_WEIGHT, "Eckardt weight loss", ItemDataType.INTEGER,
				"0", "None",
				"1", "Less than 5 kg",
				"2", "5 to 10 kg",
				"3", "More than 10 kg");
		codeList(CODES_HRM_SYSTEM, "Manometry system", ItemDataType.TEXT,
				"MEDTRONIC", "Medtronic ManoScan (solid state)",
				"LABORIE", "Laborie (solid state)",
				"DIVERSATEK", "Diversatek (solid state)",
				"PERFUSED", "Water-perfused system",
				"OTHER", "Other system");
		codeList(CODES_HRM_POSITION, "Manometry position", ItemDataType.TEXT,
				"SUPINE", "Supine",
				"UPRIGHT", "Upright");
		codeList(CODES_ASA, "ASA physical status", ItemDataType.INTEGER,
				"1", "ASA I: healthy",
				"2", "ASA II: mild systemic disease",
				"3", "ASA III: severe systemic disease",
				"4", "ASA IV: severe systemic disease that is a constant threat to life");
		codeList(CODES_ORIENTATION, "Myotomy orientation", ItemDataType.TEXT,
				"ANT", "Anterior",
				"POST", "Posterior");
		codeList(CODES_BTX_LEVEL, "Injection level", ItemDataType.TEXT,
				"LES", "Lower esophageal sphincter only",
				"LESDIST", "Lower esophageal sphincter and distal esophageal body",
				"SEGMENT", "Along the whole spastic segment");
		codeList(CODES_LA_GRADE, "Los Angeles grade of esophagitis", ItemDataType.TEXT,
				"NONE", "No erosive esophagitis",
				"A", "Grade A: mucosal breaks of 5 mm or less",
				"B", "Grade B: mucosal breaks longer than 5 mm, not continuous between folds",
				"C", "Grade C: breaks continuous between two or more folds, less than 75% of the circumference",
				"D", "Grade D: breaks involving at least 75% of the circumference");
		codeList(CODES_RESCUE_TYPE, "Rescue treatment", ItemDataType.TEXT,
				"POEM", "Peroral endoscopic myotomy",
				"BTX", "Botulinum toxin injection",
				"PD", "Pneumatic dilation",
				"LHM", "Laparoscopic Heller myotomy",
				"MED", "Escalation of medical therapy",
				"OTHER", "Other treatment");
		codeList(CODES_END_OF_STUDY, "End-of-study status", ItemDataType.TEXT,
				"COMPLETED", "Completed the 12-month follow-up",
				"WITHDRAWN", "Withdrew consent",
				"INVESTIGATOR", "Withdrawn by the investigator",
				"LOST", "Lost to follow-up",
				"DIED", "Died");
	}

	private void codeList(String oid, String name, ItemDataType type, String... codesAndDecodes) {
		CodeList list = FACTORY.createCodeList();
		named(list, oid, name, null);
		list.setDataType(type);
		for (int i = 0; i < codesAndDecodes.length; i += 2) {
			CodeListItem item = FACTORY.createCodeListItem();
			item.setCode(codesAndDecodes[i]);
			item.setDecode(codesAndDecodes[i + 1]);
			list.getItems().add(item);
		}
		study.getCodeLists().add(list);
	}

	// ------------------------------------------------------------------------------------------ forms and items

	private void forms() {
		demographics();
		eligibilityForm();
		baseline();
		manometry();
		barium();
		randomization();
		poemProcedure();
		btxProcedure();
		eckardt();
		chestPain();
		qualityOfLife();
		reflux();
		reintervention();
		endOfStudy();
	}

	private void demographics() {
		FormDefinition form = form(FORM_DEMOGRAPHICS, "Demographics and history", null);
		code(form, ITEM_SEX, "Sex", "Sex", CODES_SEX, Flag.REQUIRED);
		item(form, ITEM_BIRTH_DATE, "Birth date", "Date of birth", ItemDataType.DATE, Flag.REQUIRED);
		ItemDefinition age = number(form, ITEM_AGE, "Age", "Age at consent", ItemDataType.INTEGER, "years", 0, 120,
				null);
		age.setDerived(true);
		number(form, ITEM_HEIGHT, "Height", "Height", ItemDataType.DECIMAL, "cm", 120, 220, 0, Flag.REQUIRED);
		number(form, ITEM_WEIGHT, "Weight", "Weight", ItemDataType.DECIMAL, "kg", 30, 250, 1, Flag.REQUIRED);
		ItemDefinition bmi = number(form, ITEM_BMI, "BMI", "Body mass index", ItemDataType.DECIMAL, "kg/m2", 10, 80,
				1);
		bmi.setDerived(true);
		number(form, ITEM_SYMPTOM_DURATION, "Symptom duration", "Duration of esophageal symptoms",
				ItemDataType.INTEGER, "months", 0, 720, null);
		String prior = "Treated before for these symptoms with ";
		item(form, ITEM_PRIOR_PPI, "Prior PPI", prior + "a proton pump inhibitor?", ItemDataType.BOOLEAN,
				Flag.REQUIRED);
		item(form, ITEM_PRIOR_NITRATES, "Prior nitrates", prior + "nitrates?", ItemDataType.BOOLEAN, Flag.REQUIRED);
		item(form, ITEM_PRIOR_CCB, "Prior calcium channel blockers", prior + "calcium channel blockers?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
		item(form, ITEM_PRIOR_RELAXANTS, "Prior smooth-muscle relaxants", prior + "smooth-muscle relaxants?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
		item(form, ITEM_PRIOR_ANALGESICS, "Prior visceral analgesics",
				prior + "visceral analgesics (e.g. low-dose antidepressants)?", ItemDataType.BOOLEAN, Flag.REQUIRED);
		item(form, ITEM_PRIOR_DILATION, "Prior dilation", prior + "endoscopic dilation?", ItemDataType.BOOLEAN,
				Flag.REQUIRED);
		item(form, ITEM_PRIOR_BTX, "Prior botulinum toxin", prior + "botulinum toxin injection?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
	}

	private void eligibilityForm() {
		FormDefinition form = form(FORM_ELIGIBILITY, "Eligibility", null);
		item(form, ITEM_FAILED_MEDICAL_THERAPY, "Failed medical therapy",
				"Do symptoms persist despite medical therapy (acid suppression, nitrates, calcium channel blockers, "
						+ "smooth-muscle relaxants or visceral analgesics)?",
				ItemDataType.BOOLEAN, Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_PRIOR_MYOTOMY, "Prior myotomy", "Prior esophageal myotomy (surgical or endoscopic)?",
				ItemDataType.BOOLEAN, Flag.REQUIRED, Flag.CRITICAL);
		ItemDefinition pregnant = item(form, ITEM_PREGNANT, "Pregnant or breastfeeding",
				"Is the subject pregnant or breastfeeding?", ItemDataType.BOOLEAN, Flag.CRITICAL);
		pregnant.setDescription("Not applicable for male subjects: leave empty with the missing code 'not applicable'.");
		item(form, ITEM_COAGULOPATHY, "Coagulopathy",
				"Coagulopathy, or anticoagulation that cannot be interrupted for the procedure?",
				ItemDataType.BOOLEAN, Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_RECENT_BTX, "Recent botulinum toxin",
				"Esophageal botulinum toxin injection within the last 6 months?", ItemDataType.BOOLEAN,
				Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_ESOPHAGEAL_SURGERY, "Esophageal surgery or lesion",
				"Prior esophageal or gastric surgery, esophageal malignancy or stricture?", ItemDataType.BOOLEAN,
				Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_OPIOIDS, "Regular opioids",
				"Regular opioid use (possible opioid-induced esophageal dysfunction)?", ItemDataType.BOOLEAN,
				Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_ELIGIBLE, "Eligible", "Does the subject meet every inclusion and no exclusion criterion?",
				ItemDataType.BOOLEAN, Flag.REQUIRED, Flag.CRITICAL);
	}

	private void baseline() {
		FormDefinition form = form(FORM_BASELINE, "Baseline history and endoscopy", null);
		ItemDefinition asa = code(form, ITEM_ASA_CLASS, "ASA class", "ASA physical status", CODES_ASA,
				Flag.REQUIRED);
		asa.setDataType(ItemDataType.INTEGER); // the classes are numbers, so "ASA >= 4" can be checked
		item(form, ITEM_ANTICOAGULANTS, "Anticoagulants", "Takes anticoagulant or antiplatelet drugs?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
		item(form, ITEM_ENDOSCOPY_DATE, "Endoscopy date", "Date of the baseline endoscopy", ItemDataType.DATE,
				Flag.REQUIRED);
		item(form, ITEM_FOOD_RETENTION, "Food retention", "Food retention in the esophagus at endoscopy?",
				ItemDataType.BOOLEAN);
		item(form, ITEM_CANDIDA, "Candida esophagitis", "Candida esophagitis at endoscopy?", ItemDataType.BOOLEAN);
	}

	private void manometry() {
		FormDefinition form = form(FORM_HRM, "High-resolution manometry", null);
		form.setDescription("Chicago classification v4.0 protocol. The normal IRP limit depends on the system and "
				+ "the position, so both are recorded with the metrics.");
		item(form, ITEM_HRM_DATE, "HRM date", "Date of the manometry", ItemDataType.DATE, Flag.REQUIRED);
		code(form, ITEM_HRM_SYSTEM, "HRM system", "Manometry system", CODES_HRM_SYSTEM, Flag.REQUIRED);
		code(form, ITEM_HRM_POSITION, "Position", "Position of the primary swallow series", CODES_HRM_POSITION,
				Flag.REQUIRED);
		number(form, ITEM_IRP, "Median IRP", "Median integrated relaxation pressure", ItemDataType.DECIMAL, "mmHg",
				0, 100, 1, Flag.REQUIRED);
		number(form, ITEM_DCI, "DCI", "Median distal contractile integral", ItemDataType.INTEGER, "mmHg·s·cm", 0,
				50000, null, Flag.REQUIRED);
		number(form, ITEM_DISTAL_LATENCY, "Distal latency", "Median distal latency", ItemDataType.DECIMAL, "s", 0,
				15, 1, Flag.REQUIRED);
		number(form, ITEM_PREMATURE, "Premature swallows",
				"Premature swallows (distal latency < 4.5 s with DCI > 450 mmHg·s·cm)", ItemDataType.INTEGER, "%", 0,
				100, null, Flag.REQUIRED);
		number(form, ITEM_HYPERCONTRACTILE, "Hypercontractile swallows",
				"Hypercontractile swallows (DCI > 8000 mmHg·s·cm)", ItemDataType.INTEGER, "%", 0, 100, null,
				Flag.REQUIRED);
		code(form, ITEM_CHICAGO_DIAGNOSIS, "Chicago diagnosis", "Manometric diagnosis (Chicago classification v4.0)",
				CODES_CHICAGO, Flag.REQUIRED, Flag.CRITICAL);
	}

	private void barium() {
		FormDefinition form = form(FORM_BARIUM, "Timed barium esophagram", null);
		item(form, ITEM_BARIUM_DATE, "Esophagram date", "Date of the timed barium esophagram", ItemDataType.DATE,
				Flag.REQUIRED);
		number(form, ITEM_BARIUM_HEIGHT_1_MIN, "Column height 1 min", "Barium column height at 1 minute",
				ItemDataType.DECIMAL, "cm", 0, 30, 1);
		number(form, ITEM_BARIUM_HEIGHT_5_MIN, "Column height 5 min", "Barium column height at 5 minutes",
				ItemDataType.DECIMAL, "cm", 0, 30, 1);
	}

	private void randomization() {
		FormDefinition form = form(FORM_RANDOMIZATION, "Randomization", null);
		ItemDefinition diagnosis = code(form, ITEM_DIAGNOSIS, "Diagnosis", "Manometric diagnosis for stratification",
				CODES_DIAGNOSIS, Flag.REQUIRED, Flag.CRITICAL);
		diagnosis.setDescription("Stratification factor of the randomization; must agree with the screening "
				+ "manometry (IT.HRM.CHICAGO).");
	}

	private void poemProcedure() {
		FormDefinition form = form(FORM_PROCEDURE_POEM, "POEM procedure", ARM_POEM);
		number(form, ITEM_MYOTOMY_LENGTH, "Myotomy length", "Total myotomy length", ItemDataType.INTEGER, "cm", 1,
				30, null, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		code(form, ITEM_MYOTOMY_ORIENTATION, "Orientation", "Orientation of the myotomy", CODES_ORIENTATION,
				Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		number(form, ITEM_POEM_DURATION, "Procedure time", "Procedure time from mucosal incision to closure",
				ItemDataType.INTEGER, "min", 10, 480, null, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		number(form, ITEM_POEM_LENGTH_OF_STAY, "Length of stay", "Length of hospital stay after the procedure",
				ItemDataType.INTEGER, "days", 0, 90, null, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		item(form, ITEM_POEM_COMPLETED, "Myotomy completed", "Was the myotomy completed as planned?",
				ItemDataType.BOOLEAN, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
	}

	private void btxProcedure() {
		FormDefinition form = form(FORM_PROCEDURE_BTX, "Botulinum toxin injection", ARM_BTX);
		number(form, ITEM_BTX_DOSE, "Total dose", "Total botulinum toxin dose injected", ItemDataType.INTEGER, "U",
				0, 400, null, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		number(form, ITEM_BTX_SITES, "Injection sites", "Number of injection sites", ItemDataType.INTEGER, null, 1,
				20, null, Flag.REQUIRED, Flag.REVEALS_ALLOCATION);
		code(form, ITEM_BTX_LEVEL, "Injection level", "Level of the injections", CODES_BTX_LEVEL, Flag.REQUIRED,
				Flag.REVEALS_ALLOCATION);
	}

	private void eckardt() {
		FormDefinition form = form(FORM_ECKARDT, "Eckardt score", null);
		form.setDescription("Four symptoms scored 0-3; the total (0-12) and success (total at most 3) are derived, "
				+ "never typed.");
		eckardtItem(form, ITEM_ECKARDT_DYSPHAGIA, "Dysphagia", "How often does the subject have dysphagia?",
				CODES_ECKARDT_SYMPTOM);
		eckardtItem(form, ITEM_ECKARDT_REGURGITATION, "Regurgitation",
				"How often does the subject have regurgitation?", CODES_ECKARDT_SYMPTOM);
		eckardtItem(form, ITEM_ECKARDT_CHEST_PAIN, "Retrosternal pain",
				"How often does the subject have retrosternal pain?", CODES_ECKARDT_SYMPTOM);
		eckardtItem(form, ITEM_ECKARDT_WEIGHT_LOSS, "Weight loss", "How much weight has the subject lost?",
				CODES_ECKARDT_WEIGHT);
		ItemDefinition total = number(form, ITEM_ECKARDT_TOTAL, "Eckardt total", "Eckardt score",
				ItemDataType.INTEGER, null, 0, 12, null, Flag.CRITICAL);
		total.setDerived(true);
		ItemDefinition success = item(form, ITEM_ECKARDT_SUCCESS, "Eckardt success", "Eckardt score at most 3",
				ItemDataType.BOOLEAN, Flag.CRITICAL);
		success.setDerived(true);
	}

	private void eckardtItem(FormDefinition form, String oid, String name, String question, String codeList) {
		ItemDefinition item = number(form, oid, name, question, ItemDataType.INTEGER, null, 0, 3, null,
				Flag.REQUIRED, Flag.CRITICAL);
		item.setCodeList(element(codeList, CodeList.class));
	}

	private void chestPain() {
		FormDefinition form = form(FORM_CHEST_PAIN, "Chest pain", null);
		number(form, ITEM_CHEST_PAIN_SCORE, "Chest pain score",
				"Worst chest pain in the last 7 days (0 = none, 10 = worst imaginable)", ItemDataType.INTEGER, null,
				0, 10, null, Flag.REQUIRED);
		item(form, ITEM_CHEST_PAIN_ANALGESICS, "Analgesics for chest pain", "Takes analgesics for chest pain?",
				ItemDataType.BOOLEAN);
	}

	private void qualityOfLife() {
		FormDefinition form = form(FORM_QUALITY_OF_LIFE, "Quality of life (SF-36)", null);
		form.setDescription("Norm-based component summary scores (population mean 50, SD 10), computed by the "
				+ "licensed SF-36 scoring software; only the summaries are captured.");
		number(form, ITEM_SF36_PHYSICAL, "SF-36 PCS", "SF-36 physical component summary", ItemDataType.DECIMAL,
				null, 0, 100, 1);
		number(form, ITEM_SF36_MENTAL, "SF-36 MCS", "SF-36 mental component summary", ItemDataType.DECIMAL, null,
				0, 100, 1);
	}

	private void reflux() {
		FormDefinition form = form(FORM_REFLUX, "Reflux assessment", null);
		number(form, ITEM_GERDQ, "GerdQ", "GerdQ questionnaire score", ItemDataType.INTEGER, null, 0, 18, null,
				Flag.REQUIRED);
		item(form, ITEM_PPI_USE, "PPI use", "Current proton pump inhibitor use?", ItemDataType.BOOLEAN,
				Flag.REQUIRED);
		item(form, ITEM_REFLUX_ENDOSCOPY, "Endoscopy done", "Endoscopy performed for reflux assessment?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
		code(form, ITEM_LA_GRADE, "LA grade", "Reflux esophagitis (Los Angeles classification)", CODES_LA_GRADE);
		item(form, ITEM_PH_STUDY, "pH study done", "24-hour pH or pH-impedance study performed?",
				ItemDataType.BOOLEAN, Flag.REQUIRED);
		number(form, ITEM_ACID_EXPOSURE, "Acid exposure time", "Acid exposure time (pH < 4) off PPI",
				ItemDataType.DECIMAL, "%", 0, 100, 1);
	}

	private void reintervention() {
		FormDefinition form = form(FORM_REINTERVENTION, "Re-intervention", null);
		item(form, ITEM_RESCUE, "Rescue treatment",
				"Rescue treatment for persistent or recurrent symptoms since the last visit?", ItemDataType.BOOLEAN,
				Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_RESCUE_DATE, "Rescue date", "Date of the rescue treatment", ItemDataType.DATE,
				Flag.CRITICAL);
		ItemDefinition type = code(form, ITEM_RESCUE_TYPE, "Rescue type", "Type of rescue treatment",
				CODES_RESCUE_TYPE, Flag.REVEALS_ALLOCATION);
		type.setDescription("The type can reveal the allocation (e.g. a POEM after botulinum toxin), so it is "
				+ "redacted from adjudication packets; that a rescue happened, and when, is not.");
	}

	private void endOfStudy() {
		FormDefinition form = form(FORM_END_OF_STUDY, "End of study", null);
		code(form, ITEM_END_STATUS, "Status", "How did the subject leave the study?", CODES_END_OF_STUDY,
				Flag.REQUIRED, Flag.CRITICAL);
		item(form, ITEM_END_DATE, "End date", "Date of the last contact", ItemDataType.DATE, Flag.REQUIRED);
		item(form, ITEM_END_REASON, "Reason", "Reason for leaving the study early", ItemDataType.TEXT);
		ItemDefinition days = number(form, ITEM_DAYS_TO_RESCUE, "Days to re-intervention",
				"Days from the procedure to the first rescue treatment, or to the end of study without one",
				ItemDataType.INTEGER, "days", 0, 1000, null);
		days.setDerived(true);
		ItemDefinition censored = item(form, ITEM_RESCUE_CENSORED, "Re-intervention censored",
				"No rescue treatment up to the end of study (the time to re-intervention is censored)",
				ItemDataType.BOOLEAN);
		censored.setDerived(true);
	}

	private FormDefinition form(String oid, String name, String armOid) {
		FormDefinition form = FACTORY.createFormDefinition();
		named(form, oid, name, null);
		if (armOid != null) {
			form.setArm(element(armOid, Arm.class));
		}
		study.getForms().add(form);
		return form;
	}

	private ItemDefinition item(FormDefinition form, String oid, String name, String question, ItemDataType type,
			Flag... flags) {
		ItemDefinition item = FACTORY.createItemDefinition();
		named(item, oid, name, null);
		item.setQuestion(question);
		item.setDataType(type);
		Set<Flag> set = Set.of(flags);
		item.setRequired(set.contains(Flag.REQUIRED));
		item.setCritical(set.contains(Flag.CRITICAL));
		item.setRevealsAllocation(set.contains(Flag.REVEALS_ALLOCATION));
		form.getItems().add(item);
		return item;
	}

	private ItemDefinition number(FormDefinition form, String oid, String name, String question, ItemDataType type,
			String unit, int min, int max, Integer decimalPlaces, Flag... flags) {
		ItemDefinition item = item(form, oid, name, question, type, flags);
		item.setUnit(unit);
		item.setMin(BigDecimal.valueOf(min));
		item.setMax(BigDecimal.valueOf(max));
		item.setDecimalPlaces(decimalPlaces);
		return item;
	}

	private ItemDefinition code(FormDefinition form, String oid, String name, String question, String codeList,
			Flag... flags) {
		ItemDefinition item = item(form, oid, name, question, ItemDataType.CODE, flags);
		item.setCodeList(element(codeList, CodeList.class));
		return item;
	}

	// ------------------------------------------------------------------------------------------ schedule

	private void visits() {
		visit(VISIT_SCREENING, "Screening", VisitKind.SCREENING, VisitAnchor.RANDOMIZATION, -14, 14, 13,
				"Consent, eligibility, manometry, endoscopy, barium esophagram and baseline symptoms, within 28 days "
						+ "before randomization.",
				FORM_DEMOGRAPHICS, FORM_ELIGIBILITY, FORM_BASELINE, FORM_HRM, FORM_BARIUM, FORM_ECKARDT,
				FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX);
		visit(VISIT_RANDOMIZATION, "Randomization", VisitKind.RANDOMIZATION, VisitAnchor.RANDOMIZATION, 0, 0, 0,
				null, FORM_RANDOMIZATION);
		visit(VISIT_PROCEDURE, "Procedure", VisitKind.PROCEDURE, VisitAnchor.RANDOMIZATION, 14, 13, 14,
				"POEM or botulinum toxin injection, within 4 weeks after randomization.", FORM_PROCEDURE_POEM,
				FORM_PROCEDURE_BTX);
		visit(VISIT_MONTH_1, "Month 1", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 30, 7, 7, null, FORM_ECKARDT,
				FORM_CHEST_PAIN, FORM_REINTERVENTION);
		visit(VISIT_MONTH_3, "Month 3", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 90, 14, 14, null, FORM_ECKARDT,
				FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX, FORM_REINTERVENTION);
		visit(VISIT_MONTH_6, "Month 6", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 180, 14, 14,
				"Primary time point.", FORM_ECKARDT, FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_HRM, FORM_BARIUM,
				FORM_REFLUX, FORM_REINTERVENTION);
		visit(VISIT_MONTH_12, "Month 12", VisitKind.FOLLOW_UP, VisitAnchor.PROCEDURE, 365, 30, 30, null,
				FORM_ECKARDT, FORM_CHEST_PAIN, FORM_QUALITY_OF_LIFE, FORM_REFLUX, FORM_REINTERVENTION);
		visit(VISIT_END_OF_STUDY, "End of study", VisitKind.END_OF_STUDY, VisitAnchor.PROCEDURE, null, 0, 0,
				"After the month-12 visit, or when the subject leaves the study early.", FORM_END_OF_STUDY);
		VisitDefinition unscheduled = visit(VISIT_UNSCHEDULED, "Unscheduled", VisitKind.UNSCHEDULED,
				VisitAnchor.PROCEDURE, null, 0, 0, "Recurrent symptoms or a rescue treatment between scheduled "
						+ "visits.",
				FORM_ECKARDT, FORM_CHEST_PAIN, FORM_REINTERVENTION);
		unscheduled.setRepeating(true);
	}

	private VisitDefinition visit(String oid, String name, VisitKind kind, VisitAnchor anchor, Integer targetDay,
			int before, int after, String description, String... formOids) {
		VisitDefinition visit = FACTORY.createVisitDefinition();
		named(visit, oid, name, description);
		visit.setKind(kind);
		visit.setAnchor(anchor);
		visit.setTargetDay(targetDay);
		visit.setWindowBeforeDays(before);
		visit.setWindowAfterDays(after);
		for (String formOid : formOids) {
			visit.getForms().add(element(formOid, FormDefinition.class));
		}
		study.getVisits().add(visit);
		return visit;
	}

	// ------------------------------------------------------------------------------------------ randomization

	private void stratification() {
		StratificationFactor factor = FACTORY.createStratificationFactor();
		named(factor, FACTOR_DIAGNOSIS, "Diagnosis", "Manometric diagnosis at screening.");
		factor.setItem(element(ITEM_DIAGNOSIS, ItemDefinition.class));
		study.getStratificationFactors().add(factor);
		stratum(factor, STRATUM_ACHALASIA_III, DIAGNOSIS_ACHALASIA_III, "Type III achalasia");
		stratum(factor, STRATUM_DES, DIAGNOSIS_DES, "Distal esophageal spasm");
		stratum(factor, STRATUM_JACKHAMMER, DIAGNOSIS_JACKHAMMER, "Jackhammer esophagus");

		RandomizationScheme scheme = FACTORY.createRandomizationScheme();
		named(scheme, RANDOMIZATION_SCHEME, "Stratified permuted blocks",
				"1:1, permuted blocks of size 2, 4 or 6 drawn at random, stratified by diagnosis and site; the "
						+ "list is kept by the allocation service and concealed from the sites.");
		scheme.setMethod(RandomizationMethod.PERMUTED_BLOCKS);
		scheme.getBlockSizes().addAll(List.of(2, 4, 6));
		scheme.getStratifiedBy().add(factor);
		study.setRandomizationScheme(scheme);
	}

	private void stratum(StratificationFactor factor, String oid, String code, String name) {
		Stratum stratum = FACTORY.createStratum();
		named(stratum, oid, name, null);
		stratum.setCode(code);
		stratum.setItemValue(code);
		factor.getStrata().add(stratum);
	}

	// ------------------------------------------------------------------------------------------ derivations

	private void derivations() {
		derivation(DERIVATION_ECKARDT_TOTAL, "Eckardt total", DerivationKind.ECKARDT_TOTAL,
				"Sum of the four Eckardt items (0-12); missing when any item is missing.", ITEM_ECKARDT_TOTAL,
				ITEM_ECKARDT_DYSPHAGIA, ITEM_ECKARDT_REGURGITATION, ITEM_ECKARDT_CHEST_PAIN, ITEM_ECKARDT_WEIGHT_LOSS);
		derivation(DERIVATION_ECKARDT_SUCCESS, "Eckardt success", DerivationKind.ECKARDT_SUCCESS,
				"True when the Eckardt total is at most the success threshold.", ITEM_ECKARDT_SUCCESS,
				ITEM_ECKARDT_TOTAL).getParameters().put(PARAMETER_SUCCESS_THRESHOLD, "3");
		Derivation change = derivation(DERIVATION_ECKARDT_CHANGE, "Eckardt change from baseline",
				DerivationKind.CHANGE_FROM_BASELINE,
				"Eckardt total at a follow-up visit minus the total at screening (negative is better).", null,
				ITEM_ECKARDT_TOTAL);
		change.getParameters().put("baselineVisit", VISIT_SCREENING);
		derivation(DERIVATION_BMI, "BMI", DerivationKind.BMI,
				"Weight (kg) divided by the square of height (m), rounded to one decimal.", ITEM_BMI, ITEM_WEIGHT,
				ITEM_HEIGHT);
		derivation(DERIVATION_AGE, "Age at consent", DerivationKind.AGE_AT_CONSENT,
				"Completed years between the subject's birth date and consent date, as recorded at enrolment.",
				ITEM_AGE);
		String rescue = "Days from the procedure visit to the first rescue treatment (IT.RI.DATE, recorded when "
				+ "IT.RI.RESCUE is true); without one, censored at the end-of-study date.";
		derivation(DERIVATION_DAYS_TO_RESCUE, "Days to re-intervention", DerivationKind.TIME_TO_EVENT, rescue,
				ITEM_DAYS_TO_RESCUE, ITEM_RESCUE_DATE, ITEM_END_DATE).getParameters()
				.put(PARAMETER_ANCHOR_VISIT, VISIT_PROCEDURE);
		Derivation censored = derivation(DERIVATION_RESCUE_CENSORED, "Re-intervention censored",
				DerivationKind.TIME_TO_EVENT, "True when no rescue treatment was recorded: " + rescue,
				ITEM_RESCUE_CENSORED, ITEM_RESCUE_DATE, ITEM_END_DATE);
		censored.getParameters().put(PARAMETER_ANCHOR_VISIT, VISIT_PROCEDURE);
		censored.getParameters().put(PARAMETER_RESULT, "censored");
	}

	/** A derivation of the given inputs; when output is given, that item is derived by it. */
	private Derivation derivation(String oid, String name, DerivationKind kind, String description, String output,
			String... inputs) {
		Derivation derivation = FACTORY.createDerivation();
		named(derivation, oid, name, description);
		derivation.setKind(kind);
		for (String input : inputs) {
			derivation.getInputs().add(element(input, ItemDefinition.class));
		}
		study.getDerivations().add(derivation);
		if (output != null) {
			element(output, ItemDefinition.class).setDerivation(derivation);
		}
		return derivation;
	}

	// ------------------------------------------------------------------------------------------ edit checks

	private void editChecks() {
		conditional(CHECK_RESCUE_DETAILS, "Rescue treatment reported: enter its date and type.",
				comparison(ITEM_RESCUE, ComparisonOperator.EQUAL, "true"), ITEM_RESCUE_DATE, ITEM_RESCUE_TYPE);
		check(CHECK_RESCUE_BEFORE_END, "The rescue treatment date is after the end-of-study date.",
				CheckSeverity.ERROR, compareItems(ITEM_RESCUE_DATE, ComparisonOperator.LESS_OR_EQUAL, ITEM_END_DATE));
		conditional(CHECK_END_REASON, "The subject left the study early: enter the reason.",
				comparison(ITEM_END_STATUS, ComparisonOperator.NOT_EQUAL, "COMPLETED"), ITEM_END_REASON);
		conditional(CHECK_LA_GRADE, "Endoscopy was performed: enter the Los Angeles grade.",
				comparison(ITEM_REFLUX_ENDOSCOPY, ComparisonOperator.EQUAL, "true"), ITEM_LA_GRADE);
		conditional(CHECK_ACID_EXPOSURE, "A pH study was performed: enter the acid exposure time.",
				comparison(ITEM_PH_STUDY, ComparisonOperator.EQUAL, "true"), ITEM_ACID_EXPOSURE);
		check(CHECK_BARIUM_EMPTYING, "The barium column is higher at 5 minutes than at 1 minute: please verify.",
				CheckSeverity.WARNING,
				compareItems(ITEM_BARIUM_HEIGHT_5_MIN, ComparisonOperator.LESS_OR_EQUAL, ITEM_BARIUM_HEIGHT_1_MIN));
		check(CHECK_BTX_DOSE, "The protocol dose is 100 U: please confirm the dose given.", CheckSeverity.WARNING,
				comparison(ITEM_BTX_DOSE, ComparisonOperator.EQUAL, "100"));
		check(CHECK_ADULT, "The subject was younger than 18 at consent (inclusion criterion I1).",
				CheckSeverity.ERROR, comparison(ITEM_AGE, ComparisonOperator.GREATER_OR_EQUAL, "18"));
	}

	private void check(String oid, String message, CheckSeverity severity, Comparison assertion) {
		ComparisonCheck check = FACTORY.createComparisonCheck();
		named(check, oid, null, null);
		check.setMessage(message);
		check.setSeverity(severity);
		check.setAssertion(assertion);
		study.getEditChecks().add(check);
	}

	private void conditional(String oid, String message, Comparison when, String... requiredItems) {
		ConditionalRequiredCheck check = FACTORY.createConditionalRequiredCheck();
		named(check, oid, null, null);
		check.setMessage(message);
		check.setSeverity(CheckSeverity.ERROR);
		check.setWhen(when);
		for (String item : requiredItems) {
			check.getRequiredItems().add(element(item, ItemDefinition.class));
		}
		study.getEditChecks().add(check);
	}

	private Comparison comparison(String item, ComparisonOperator operator, String value) {
		Comparison comparison = FACTORY.createComparison();
		comparison.setItem(element(item, ItemDefinition.class));
		comparison.setOperator(operator);
		comparison.setValue(value);
		return comparison;
	}

	private Comparison compareItems(String item, ComparisonOperator operator, String otherItem) {
		Comparison comparison = FACTORY.createComparison();
		comparison.setItem(element(item, ItemDefinition.class));
		comparison.setOperator(operator);
		comparison.setOtherItem(element(otherItem, ItemDefinition.class));
		return comparison;
	}

	// ------------------------------------------------------------------------------------------ eligibility

	private void eligibility() {
		criterion(CRITERION_ADULT, "I1", CriterionKind.INCLUSION, "Age 18 years or older at consent", ITEM_AGE);
		criterion(CRITERION_DIAGNOSIS, "I2", CriterionKind.INCLUSION,
				"Manometric diagnosis (Chicago classification v4.0) of type III achalasia, distal esophageal spasm "
						+ "or hypercontractile (jackhammer) esophagus",
				ITEM_CHICAGO_DIAGNOSIS);
		criterion(CRITERION_ECKARDT, "I3", CriterionKind.INCLUSION, "Significant symptoms: Eckardt score above 3",
				ITEM_ECKARDT_TOTAL);
		criterion(CRITERION_FAILED_MEDICAL_THERAPY, "I4", CriterionKind.INCLUSION,
				"Symptoms persist despite medical therapy (acid suppression, nitrates, calcium channel blockers, "
						+ "smooth-muscle relaxants or visceral analgesics)",
				ITEM_FAILED_MEDICAL_THERAPY);
		criterion(CRITERION_CONSENT, "I5", CriterionKind.INCLUSION, "Written informed consent", null);
		criterion(CRITERION_PRIOR_MYOTOMY, "E1", CriterionKind.EXCLUSION,
				"Prior esophageal myotomy (surgical or endoscopic)", ITEM_PRIOR_MYOTOMY);
		criterion(CRITERION_PREGNANCY, "E2", CriterionKind.EXCLUSION, "Pregnancy or breastfeeding", ITEM_PREGNANT);
		criterion(CRITERION_COAGULOPATHY, "E3", CriterionKind.EXCLUSION,
				"Coagulopathy, or anticoagulation that cannot be interrupted for the procedure", ITEM_COAGULOPATHY);
		criterion(CRITERION_RECENT_BTX, "E4", CriterionKind.EXCLUSION,
				"Esophageal botulinum toxin injection within the last 6 months", ITEM_RECENT_BTX);
		criterion(CRITERION_ESOPHAGEAL_SURGERY, "E5", CriterionKind.EXCLUSION,
				"Prior esophageal or gastric surgery, esophageal malignancy or stricture", ITEM_ESOPHAGEAL_SURGERY);
		criterion(CRITERION_OPIOIDS, "E6", CriterionKind.EXCLUSION,
				"Regular opioid use (possible opioid-induced esophageal dysfunction)", ITEM_OPIOIDS);
		criterion(CRITERION_ASA, "E7", CriterionKind.EXCLUSION,
				"Severe cardiopulmonary or other systemic disease (ASA class IV)", ITEM_ASA_CLASS);
	}

	private void criterion(String oid, String code, CriterionKind kind, String text, String item) {
		EligibilityCriterion criterion = FACTORY.createEligibilityCriterion();
		named(criterion, oid, code, null);
		criterion.setCode(code);
		criterion.setKind(kind);
		criterion.setText(text);
		if (item != null) {
			criterion.setItem(element(item, ItemDefinition.class));
		}
		study.getEligibilityCriteria().add(criterion);
	}

	// ------------------------------------------------------------------------------------------ endpoints

	private void endpoints() {
		endpoint(ENDPOINT_PRIMARY, "Treatment success at 6 months", EndpointKind.PRIMARY,
				"Eckardt score of 3 or less at the 6-month visit without re-intervention before it. A subject who "
						+ "needs rescue treatment before the time point has failed.",
				VISIT_MONTH_6, DERIVATION_ECKARDT_SUCCESS, ITEM_ECKARDT_SUCCESS);
		endpoint(ENDPOINT_SUCCESS_12_MONTHS, "Treatment success at 12 months", EndpointKind.SECONDARY,
				"As the primary endpoint, at the 12-month visit.", VISIT_MONTH_12, DERIVATION_ECKARDT_SUCCESS,
				ITEM_ECKARDT_SUCCESS);
		endpoint(ENDPOINT_ECKARDT_CHANGE, "Change in Eckardt score", EndpointKind.SECONDARY,
				"Change of the Eckardt total from screening to 6 months; totals at every follow-up visit are "
						+ "reported too.",
				VISIT_MONTH_6, DERIVATION_ECKARDT_CHANGE, ITEM_ECKARDT_TOTAL);
		endpoint(ENDPOINT_CHEST_PAIN, "Chest pain", EndpointKind.SECONDARY, "Chest pain score at 6 months.",
				VISIT_MONTH_6, null, ITEM_CHEST_PAIN_SCORE);
		endpoint(ENDPOINT_MANOMETRY, "Manometry", EndpointKind.SECONDARY,
				"Median IRP, DCI, distal latency and the fractions of premature and hypercontractile swallows at "
						+ "6 months.",
				VISIT_MONTH_6, null, ITEM_IRP);
		endpoint(ENDPOINT_BARIUM, "Esophageal emptying", EndpointKind.SECONDARY,
				"Barium column height at 1 and 5 minutes at 6 months.", VISIT_MONTH_6, null,
				ITEM_BARIUM_HEIGHT_5_MIN);
		endpoint(ENDPOINT_QUALITY_OF_LIFE, "Quality of life", EndpointKind.SECONDARY,
				"SF-36 physical and mental component summaries at 6 and 12 months.", VISIT_MONTH_6, null,
				ITEM_SF36_PHYSICAL);
		endpoint(ENDPOINT_REFLUX, "Reflux", EndpointKind.SECONDARY,
				"GerdQ score, reflux esophagitis (Los Angeles grade) and acid exposure time at 6 months.",
				VISIT_MONTH_6, null, ITEM_LA_GRADE);
		endpoint(ENDPOINT_REINTERVENTION, "Time to re-intervention", EndpointKind.SECONDARY,
				"Days from the procedure to the first rescue treatment, censored at the end of study.", null,
				DERIVATION_DAYS_TO_RESCUE, ITEM_DAYS_TO_RESCUE);
		endpoint(ENDPOINT_PROCEDURE, "POEM procedure", EndpointKind.EXPLORATORY,
				"Procedure time and length of stay in the POEM arm.", VISIT_PROCEDURE, null, ITEM_POEM_DURATION);
		endpoint(ENDPOINT_ADVERSE_EVENTS, "Adverse events", EndpointKind.SAFETY,
				"Adverse events and serious adverse events by arm, severity (CTCAE v5, ASGE lexicon), system organ "
						+ "class and preferred term.",
				null, null, null);
	}

	private void endpoint(String oid, String name, EndpointKind kind, String description, String visit,
			String derivation, String item) {
		Endpoint endpoint = FACTORY.createEndpoint();
		named(endpoint, oid, name, description);
		endpoint.setKind(kind);
		if (visit != null) {
			endpoint.setTimePointVisit(element(visit, VisitDefinition.class));
		}
		if (derivation != null) {
			endpoint.setDerivation(element(derivation, Derivation.class));
		}
		if (item != null) {
			endpoint.setItem(element(item, ItemDefinition.class));
		}
		study.getEndpoints().add(endpoint);
	}

	private void populations() {
		population(POPULATION_ITT, "ITT", PopulationKind.INTENTION_TO_TREAT, "Intention to treat",
				"All randomized subjects, analysed in the arm they were allocated to.");
		population(POPULATION_PER_PROTOCOL, "PP", PopulationKind.PER_PROTOCOL, "Per protocol",
				"Randomized subjects who received the allocated procedure as planned and were assessed at the "
						+ "primary time point within its window (or had rescue treatment before it), without a major "
						+ "protocol deviation.");
		population(POPULATION_SAFETY, "SAFETY", PopulationKind.SAFETY, "Safety",
				"All subjects who underwent a study procedure, analysed by the procedure they received.");
	}

	private void population(String oid, String code, PopulationKind kind, String name, String definition) {
		AnalysisPopulation population = FACTORY.createAnalysisPopulation();
		named(population, oid, name, null);
		population.setCode(code);
		population.setKind(kind);
		population.setDefinition(definition);
		study.getAnalysisPopulations().add(population);
	}

	// ------------------------------------------------------------------------------------------ monitoring, safety

	private void sdvPlan() {
		SdvPlan plan = FACTORY.createSdvPlan();
		plan.setDefaultSampleRate(0.2);
		plan.setSeed(20240902L);
		plan.getCriticalCategories().addAll(List.of(CriticalCategory.CONSENT, CriticalCategory.ELIGIBILITY,
				CriticalCategory.RANDOMIZATION, CriticalCategory.PRIMARY_ENDPOINT,
				CriticalCategory.SERIOUS_ADVERSE_EVENTS));
		study.setSdvPlan(plan);
	}

	private void adverseEventSettings() {
		AdverseEventSettings settings = FACTORY.createAdverseEventSettings();
		settings.getGradingScales().addAll(List.of(GradingScale.CTCAE_V5, GradingScale.ASGE));
		settings.getSeriousnessCriteria().addAll(SeriousnessCriterion.VALUES);
		settings.setSaeReportingHours(24);
		settings.setSusarFatalReportingDays(7);
		settings.setSusarReportingDays(15);
		ReferenceSafetyInformation rsi = FACTORY.createReferenceSafetyInformation();
		rsi.setVersion("1.0");
		rsi.setEffectiveDate(LocalDate.of(2024, 1, 15));
		for (String term : List.of("Mucosal injury", "Capnoperitoneum", "Bleeding", "Reflux esophagitis",
				"Chest pain")) {
			rsi.getExpectedEvents().add(expected(term, ARM_POEM));
		}
		for (String term : List.of("Chest pain", "Reflux")) {
			rsi.getExpectedEvents().add(expected(term, ARM_BTX));
		}
		settings.setReferenceSafetyInformation(rsi);
		study.setAdverseEventSettings(settings);
	}

	private ExpectedEvent expected(String term, String arm) {
		ExpectedEvent event = FACTORY.createExpectedEvent();
		event.setTerm(term);
		event.setArm(element(arm, Arm.class));
		return event;
	}

	private void adjudication() {
		AdjudicationSettings settings = FACTORY.createAdjudicationSettings();
		settings.getEndpoints().add(element(ENDPOINT_PRIMARY, Endpoint.class));
		settings.setReviewersPerCase(2);
		settings.setDisagreementResolution(DisagreementResolution.CONSENSUS);
		study.setAdjudicationSettings(settings);
	}

	// ------------------------------------------------------------------------------------------ common

	private void named(ProtocolElement element, String oid, String name, String description) {
		element.setOid(oid);
		element.setName(name);
		element.setDescription(description);
		if (elements.put(oid, element) != null) {
			throw new IllegalStateException("OID " + oid + " is used twice");
		}
	}

	private <T extends ProtocolElement> T element(String oid, Class<T> type) {
		ProtocolElement element = elements.get(oid);
		if (element == null) {
			throw new IllegalStateException("OID " + oid + " is referred to before it is defined");
		}
		return type.cast(element);
	}
}
