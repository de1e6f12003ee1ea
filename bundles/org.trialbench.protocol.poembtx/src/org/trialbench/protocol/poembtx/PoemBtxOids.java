package org.trialbench.protocol.poembtx;

/**
 * The OIDs of the shipped POEM vs BTX protocol that code refers to by name (demo data, reports, tests). They are
 * the protocol's stable identifiers: clinical data point at them, so they never change once data exist.
 */
public final class PoemBtxOids {
	public static final String STUDY = "S.POEM-SPASM";

	public static final String ARM_POEM = "ARM.POEM";
	public static final String ARM_BTX = "ARM.BTX";

	public static final String FACTOR_DIAGNOSIS = "SF.DIAGNOSIS";
	public static final String STRATUM_ACHALASIA_III = "ST.ACH3";
	public static final String STRATUM_DES = "ST.DES";
	public static final String STRATUM_JACKHAMMER = "ST.JH";
	public static final String RANDOMIZATION_SCHEME = "RS.BLOCKS";

	// schedule of assessments
	public static final String VISIT_SCREENING = "SE.SCREENING";
	public static final String VISIT_RANDOMIZATION = "SE.RANDOMIZATION";
	public static final String VISIT_PROCEDURE = "SE.PROCEDURE";
	public static final String VISIT_MONTH_1 = "SE.M1";
	public static final String VISIT_MONTH_3 = "SE.M3";
	public static final String VISIT_MONTH_6 = "SE.M6";
	public static final String VISIT_MONTH_12 = "SE.M12";
	public static final String VISIT_END_OF_STUDY = "SE.EOS";
	public static final String VISIT_UNSCHEDULED = "SE.UNSCHEDULED";

	// forms
	public static final String FORM_DEMOGRAPHICS = "F.DEMOG";
	public static final String FORM_ELIGIBILITY = "F.ELIGIBILITY";
	public static final String FORM_BASELINE = "F.BASELINE";
	public static final String FORM_HRM = "F.HRM";
	public static final String FORM_BARIUM = "F.BARIUM";
	public static final String FORM_RANDOMIZATION = "F.RANDOMIZATION";
	public static final String FORM_PROCEDURE_POEM = "F.PROC.POEM";
	public static final String FORM_PROCEDURE_BTX = "F.PROC.BTX";
	public static final String FORM_ECKARDT = "F.ECKARDT";
	public static final String FORM_CHEST_PAIN = "F.CHESTPAIN";
	public static final String FORM_QUALITY_OF_LIFE = "F.QOL";
	public static final String FORM_REFLUX = "F.REFLUX";
	public static final String FORM_REINTERVENTION = "F.REINTERVENTION";
	public static final String FORM_END_OF_STUDY = "F.EOS";

	// code lists
	public static final String CODES_DIAGNOSIS = "CL.DIAGNOSIS";
	public static final String CODES_CHICAGO = "CL.CHICAGO";
	public static final String CODES_SEX = "CL.SEX";
	public static final String CODES_ECKARDT_SYMPTOM = "CL.ECK.SYMPTOM";
	public static final String CODES_ECKARDT_WEIGHT = "CL.ECK.WEIGHT";
	public static final String CODES_HRM_SYSTEM = "CL.HRM.SYSTEM";
	public static final String CODES_HRM_POSITION = "CL.HRM.POSITION";
	public static final String CODES_ASA = "CL.ASA";
	public static final String CODES_ORIENTATION = "CL.ORIENTATION";
	public static final String CODES_BTX_LEVEL = "CL.BTX.LEVEL";
	public static final String CODES_LA_GRADE = "CL.LA.GRADE";
	public static final String CODES_RESCUE_TYPE = "CL.RESCUE.TYPE";
	public static final String CODES_END_OF_STUDY = "CL.EOS.STATUS";

	// codes of the diagnosis code lists (shared by CL.DIAGNOSIS, CL.CHICAGO and the strata)
	public static final String DIAGNOSIS_ACHALASIA_III = "ACH3";
	public static final String DIAGNOSIS_DES = "DES";
	public static final String DIAGNOSIS_JACKHAMMER = "JH";

	// demographics
	public static final String ITEM_SEX = "IT.DM.SEX";
	public static final String ITEM_BIRTH_DATE = "IT.DM.BRTHDAT";
	public static final String ITEM_AGE = "IT.DM.AGE";
	public static final String ITEM_HEIGHT = "IT.DM.HEIGHT";
	public static final String ITEM_WEIGHT = "IT.DM.WEIGHT";
	public static final String ITEM_BMI = "IT.DM.BMI";
	public static final String ITEM_SYMPTOM_DURATION = "IT.DM.SYMPDUR";
	public static final String ITEM_PRIOR_PPI = "IT.DM.PRIOR.PPI";
	public static final String ITEM_PRIOR_NITRATES = "IT.DM.PRIOR.NITRATE";
	public static final String ITEM_PRIOR_CCB = "IT.DM.PRIOR.CCB";
	public static final String ITEM_PRIOR_RELAXANTS = "IT.DM.PRIOR.RELAXANT";
	public static final String ITEM_PRIOR_ANALGESICS = "IT.DM.PRIOR.ANALGESIC";
	public static final String ITEM_PRIOR_DILATION = "IT.DM.PRIOR.DILATION";
	public static final String ITEM_PRIOR_BTX = "IT.DM.PRIOR.BTX";

	// eligibility
	public static final String ITEM_FAILED_MEDICAL_THERAPY = "IT.IE.MEDFAIL";
	public static final String ITEM_PRIOR_MYOTOMY = "IT.IE.PRIORMYO";
	public static final String ITEM_PREGNANT = "IT.IE.PREGNANT";
	public static final String ITEM_COAGULOPATHY = "IT.IE.COAG";
	public static final String ITEM_RECENT_BTX = "IT.IE.RECENTBTX";
	public static final String ITEM_ESOPHAGEAL_SURGERY = "IT.IE.ESOSURG";
	public static final String ITEM_OPIOIDS = "IT.IE.OPIOID";
	public static final String ITEM_ELIGIBLE = "IT.IE.ELIGIBLE";

	// baseline history and endoscopy
	public static final String ITEM_ASA_CLASS = "IT.BL.ASA";
	public static final String ITEM_ANTICOAGULANTS = "IT.BL.ANTICOAG";
	public static final String ITEM_ENDOSCOPY_DATE = "IT.BL.EGDDAT";
	public static final String ITEM_FOOD_RETENTION = "IT.BL.FOODRET";
	public static final String ITEM_CANDIDA = "IT.BL.CANDIDA";

	// high-resolution manometry
	public static final String ITEM_HRM_DATE = "IT.HRM.DATE";
	public static final String ITEM_HRM_SYSTEM = "IT.HRM.SYSTEM";
	public static final String ITEM_HRM_POSITION = "IT.HRM.POSITION";
	public static final String ITEM_IRP = "IT.HRM.IRP";
	public static final String ITEM_DCI = "IT.HRM.DCI";
	public static final String ITEM_DISTAL_LATENCY = "IT.HRM.DL";
	public static final String ITEM_PREMATURE = "IT.HRM.PREMATURE";
	public static final String ITEM_HYPERCONTRACTILE = "IT.HRM.HYPERCONT";
	public static final String ITEM_CHICAGO_DIAGNOSIS = "IT.HRM.CHICAGO";

	// timed barium esophagram
	public static final String ITEM_BARIUM_DATE = "IT.TBE.DATE";
	public static final String ITEM_BARIUM_HEIGHT_1_MIN = "IT.TBE.H1";
	public static final String ITEM_BARIUM_HEIGHT_5_MIN = "IT.TBE.H5";

	// randomization: the stratification factor's item
	public static final String ITEM_DIAGNOSIS = "IT.DIAGNOSIS";

	// procedures (arm-revealing)
	public static final String ITEM_MYOTOMY_LENGTH = "IT.POEM.MYOLEN";
	public static final String ITEM_MYOTOMY_ORIENTATION = "IT.POEM.ORIENT";
	public static final String ITEM_POEM_DURATION = "IT.POEM.DURATION";
	public static final String ITEM_POEM_LENGTH_OF_STAY = "IT.POEM.LOS";
	public static final String ITEM_POEM_COMPLETED = "IT.POEM.COMPLETE";
	public static final String ITEM_BTX_DOSE = "IT.BTX.DOSE";
	public static final String ITEM_BTX_SITES = "IT.BTX.SITES";
	public static final String ITEM_BTX_LEVEL = "IT.BTX.LEVEL";

	// Eckardt score
	public static final String ITEM_ECKARDT_DYSPHAGIA = "IT.ECK.DYSPHAGIA";
	public static final String ITEM_ECKARDT_REGURGITATION = "IT.ECK.REGURG";
	public static final String ITEM_ECKARDT_CHEST_PAIN = "IT.ECK.PAIN";
	public static final String ITEM_ECKARDT_WEIGHT_LOSS = "IT.ECK.WEIGHTLOSS";
	public static final String ITEM_ECKARDT_TOTAL = "IT.ECK.TOTAL";
	public static final String ITEM_ECKARDT_SUCCESS = "IT.ECK.SUCCESS";

	// chest pain, quality of life, reflux
	public static final String ITEM_CHEST_PAIN_SCORE = "IT.CP.SCORE";
	public static final String ITEM_CHEST_PAIN_ANALGESICS = "IT.CP.ANALGESIC";
	public static final String ITEM_SF36_PHYSICAL = "IT.QOL.PCS";
	public static final String ITEM_SF36_MENTAL = "IT.QOL.MCS";
	public static final String ITEM_GERDQ = "IT.GERD.GERDQ";
	public static final String ITEM_PPI_USE = "IT.GERD.PPI";
	public static final String ITEM_REFLUX_ENDOSCOPY = "IT.GERD.EGD";
	public static final String ITEM_LA_GRADE = "IT.GERD.LAGRADE";
	public static final String ITEM_PH_STUDY = "IT.GERD.PH";
	public static final String ITEM_ACID_EXPOSURE = "IT.GERD.AET";

	// re-intervention
	public static final String ITEM_RESCUE = "IT.RI.RESCUE";
	public static final String ITEM_RESCUE_DATE = "IT.RI.DATE";
	public static final String ITEM_RESCUE_TYPE = "IT.RI.TYPE";

	// end of study
	public static final String ITEM_END_STATUS = "IT.EOS.STATUS";
	public static final String ITEM_END_DATE = "IT.EOS.DATE";
	public static final String ITEM_END_REASON = "IT.EOS.REASON";
	public static final String ITEM_DAYS_TO_RESCUE = "IT.EOS.DAYSTORESCUE";
	public static final String ITEM_RESCUE_CENSORED = "IT.EOS.RESCUECENSORED";

	// derivations
	public static final String DERIVATION_ECKARDT_TOTAL = "D.ECK.TOTAL";
	public static final String DERIVATION_ECKARDT_SUCCESS = "D.ECK.SUCCESS";
	public static final String DERIVATION_ECKARDT_CHANGE = "D.ECK.CHANGE";
	public static final String DERIVATION_BMI = "D.BMI";
	public static final String DERIVATION_AGE = "D.AGE";
	public static final String DERIVATION_DAYS_TO_RESCUE = "D.TTR";
	public static final String DERIVATION_RESCUE_CENSORED = "D.TTR.CENSORED";
	/** Parameter of {@link #DERIVATION_ECKARDT_SUCCESS}: success when the total is at most this. */
	public static final String PARAMETER_SUCCESS_THRESHOLD = "successThreshold";
	/** Parameter of the time-to-event derivations: the visit whose date starts the clock. */
	public static final String PARAMETER_ANCHOR_VISIT = "anchorVisit";
	/** Parameter of the time-to-event derivations: days, or whether the time is censored. */
	public static final String PARAMETER_RESULT = "result";

	// edit checks
	public static final String CHECK_RESCUE_DETAILS = "EC.RI.DETAILS";
	public static final String CHECK_RESCUE_BEFORE_END = "EC.RI.BEFORE.EOS";
	public static final String CHECK_END_REASON = "EC.EOS.REASON";
	public static final String CHECK_LA_GRADE = "EC.GERD.LAGRADE";
	public static final String CHECK_ACID_EXPOSURE = "EC.GERD.AET";
	public static final String CHECK_BARIUM_EMPTYING = "EC.TBE.H5.LE.H1";
	public static final String CHECK_BTX_DOSE = "EC.BTX.DOSE";
	public static final String CHECK_ADULT = "EC.DM.ADULT";

	// eligibility criteria
	public static final String CRITERION_ADULT = "IE.I1";
	public static final String CRITERION_DIAGNOSIS = "IE.I2";
	public static final String CRITERION_ECKARDT = "IE.I3";
	public static final String CRITERION_FAILED_MEDICAL_THERAPY = "IE.I4";
	public static final String CRITERION_CONSENT = "IE.I5";
	public static final String CRITERION_PRIOR_MYOTOMY = "IE.E1";
	public static final String CRITERION_PREGNANCY = "IE.E2";
	public static final String CRITERION_COAGULOPATHY = "IE.E3";
	public static final String CRITERION_RECENT_BTX = "IE.E4";
	public static final String CRITERION_ESOPHAGEAL_SURGERY = "IE.E5";
	public static final String CRITERION_OPIOIDS = "IE.E6";
	public static final String CRITERION_ASA = "IE.E7";

	// endpoints and analysis populations
	public static final String ENDPOINT_PRIMARY = "EP.PRIMARY";
	public static final String ENDPOINT_SUCCESS_12_MONTHS = "EP.SUCCESS.M12";
	public static final String ENDPOINT_ECKARDT_CHANGE = "EP.ECK.CHANGE";
	public static final String ENDPOINT_CHEST_PAIN = "EP.CHESTPAIN";
	public static final String ENDPOINT_MANOMETRY = "EP.HRM";
	public static final String ENDPOINT_BARIUM = "EP.BARIUM";
	public static final String ENDPOINT_QUALITY_OF_LIFE = "EP.QOL";
	public static final String ENDPOINT_REFLUX = "EP.REFLUX";
	public static final String ENDPOINT_REINTERVENTION = "EP.REINTERVENTION";
	public static final String ENDPOINT_PROCEDURE = "EP.PROCEDURE";
	public static final String ENDPOINT_ADVERSE_EVENTS = "EP.SAFETY";
	public static final String POPULATION_ITT = "AP.ITT";
	public static final String POPULATION_PER_PROTOCOL = "AP.PP";
	public static final String POPULATION_SAFETY = "AP.SAFETY";

	private PoemBtxOids() {
	}
}
