package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.LocalDate;

import org.trialbench.clinical.MissingCode;

/**
 * Fills the POEM-SPASM forms with values a site could have recorded: manometry that fits the diagnosis, barium
 * columns that fall when swallowing improves, chest pain that follows the Eckardt pain item, reflux that is more
 * common after a myotomy. Values optional in practice are sometimes missing with a reason.
 */
final class Assessments {
	private final Chance chance;

	Assessments(Chance chance) {
		this.chance = chance;
	}

	void demographics(FormValues values, Patient p) {
		values.code(ITEM_SEX, p.sex.getLiteral());
		values.date(ITEM_BIRTH_DATE, p.birthDate);
		values.decimal(ITEM_HEIGHT, p.heightCm);
		values.decimal(ITEM_WEIGHT, p.weightKg);
		if (chance.percent(3)) {
			values.missing(ITEM_SYMPTOM_DURATION, MissingCode.UNKNOWN);
		} else {
			values.integer(ITEM_SYMPTOM_DURATION, p.symptomMonths);
		}
		values.bool(ITEM_PRIOR_PPI, p.priorPpi);
		values.bool(ITEM_PRIOR_NITRATES, p.priorNitrates);
		values.bool(ITEM_PRIOR_CCB, p.priorCcb);
		values.bool(ITEM_PRIOR_RELAXANTS, p.priorRelaxants);
		values.bool(ITEM_PRIOR_ANALGESICS, p.priorAnalgesics);
		values.bool(ITEM_PRIOR_DILATION, p.priorDilation);
		values.bool(ITEM_PRIOR_BTX, p.priorBtx);
	}

	void eligibility(FormValues values, Patient p) {
		values.bool(ITEM_FAILED_MEDICAL_THERAPY, p.failedMedicalTherapy);
		values.bool(ITEM_PRIOR_MYOTOMY, p.priorMyotomy);
		if (p.pregnant == null) {
			values.missing(ITEM_PREGNANT, MissingCode.NOT_APPLICABLE);
		} else {
			values.bool(ITEM_PREGNANT, p.pregnant);
		}
		values.bool(ITEM_COAGULOPATHY, p.coagulopathy);
		values.bool(ITEM_RECENT_BTX, p.recentBtx);
		values.bool(ITEM_ESOPHAGEAL_SURGERY, p.esophagealSurgery);
		values.bool(ITEM_OPIOIDS, p.opioids);
		values.bool(ITEM_ELIGIBLE, p.isEligible());
	}

	void baseline(FormValues values, Patient p, LocalDate endoscopy) {
		values.integer(ITEM_ASA_CLASS, p.asaClass);
		values.bool(ITEM_ANTICOAGULANTS, p.anticoagulants);
		values.date(ITEM_ENDOSCOPY_DATE, endoscopy);
		values.bool(ITEM_FOOD_RETENTION, chance.percent(p.chicago.startsWith("ACH") ? 40 : 8));
		values.bool(ITEM_CANDIDA, chance.percent(5));
	}

	/** Manometry showing the given Chicago diagnosis; the position is supine for nearly everyone. */
	void manometry(FormValues values, LocalDate date, String system, String chicago) {
		values.date(ITEM_HRM_DATE, date);
		values.code(ITEM_HRM_SYSTEM, system);
		values.code(ITEM_HRM_POSITION, chance.percent(92) ? "SUPINE" : "UPRIGHT");
		switch (chicago) {
		case DIAGNOSIS_ACHALASIA_III -> metrics(values, chance.normal(24, 6, 15.5, 45),
				chance.normal(3500, 1500, 800, 12000), chance.normal(3.6, 0.4, 2.2, 4.4), chance.between(30, 100),
				chance.between(0, 15));
		case DIAGNOSIS_DES -> metrics(values, chance.normal(9, 3, 2, 14.9), chance.normal(2500, 1000, 600, 7900),
				chance.normal(4.0, 0.3, 2.8, 4.4), chance.between(20, 80), chance.between(0, 15));
		case DIAGNOSIS_JACKHAMMER -> metrics(values, chance.normal(10, 3, 2, 14.9),
				chance.normal(11000, 3000, 8100, 30000), chance.normal(6.2, 0.6, 4.6, 8), chance.between(0, 10),
				chance.between(20, 100));
		case "ACH1", "ACH2" -> {
			// no peristalsis: a distal latency cannot be measured
			values.decimal(ITEM_IRP, chance.normal(chicago.equals("ACH1") ? 28 : 30, 6, 16, 55));
			values.integer(ITEM_DCI, chance.between(0, 300));
			values.missing(ITEM_DISTAL_LATENCY, MissingCode.NOT_APPLICABLE);
			values.integer(ITEM_PREMATURE, 0);
			values.integer(ITEM_HYPERCONTRACTILE, 0);
		}
		case "ABSENT" -> {
			values.decimal(ITEM_IRP, chance.normal(7, 3, 1, 14.9));
			values.integer(ITEM_DCI, chance.between(0, 100));
			values.missing(ITEM_DISTAL_LATENCY, MissingCode.NOT_APPLICABLE);
			values.integer(ITEM_PREMATURE, 0);
			values.integer(ITEM_HYPERCONTRACTILE, 0);
		}
		case "EGJOO" -> metrics(values, chance.normal(20, 3, 15.5, 30), chance.normal(1800, 600, 500, 5000),
				chance.normal(6, 0.6, 4.5, 8), chance.between(0, 10), chance.between(0, 10));
		case "IEM" -> metrics(values, chance.normal(8, 3, 1, 14.9), chance.normal(300, 100, 50, 450),
				chance.normal(6, 0.6, 4.5, 8), chance.between(0, 5), 0);
		default -> metrics(values, chance.normal(9, 3, 1, 14.9), chance.normal(1800, 600, 450, 7900),
				chance.normal(6.2, 0.6, 4.5, 8), chance.between(0, 10), chance.between(0, 10));
		}
		values.code(ITEM_CHICAGO_DIAGNOSIS, chicago);
	}

	private void metrics(FormValues values, double irp, double dci, double latency, int premature,
			int hypercontractile) {
		values.decimal(ITEM_IRP, irp);
		values.integer(ITEM_DCI, (int) Math.round(dci));
		values.decimal(ITEM_DISTAL_LATENCY, latency);
		values.integer(ITEM_PREMATURE, premature);
		values.integer(ITEM_HYPERCONTRACTILE, hypercontractile);
	}

	/** The Chicago diagnosis of a follow-up manometry: a successful myotomy leaves little contractility. */
	String followUpChicago(String baseline, boolean poem, boolean responding) {
		if (poem && responding) {
			return chance.weighted(new double[] { 45, 30, 15, 10 }, "ABSENT", "IEM", "NORMAL", baseline);
		}
		if (responding) {
			return chance.weighted(new double[] { 60, 25, 15 }, baseline, "NORMAL", "IEM");
		}
		return chance.percent(80) ? baseline : "EGJOO";
	}

	void barium(FormValues values, LocalDate date, String chicago, boolean improved) {
		values.date(ITEM_BARIUM_DATE, date);
		double oneMinute = switch (chicago) {
		case DIAGNOSIS_ACHALASIA_III -> chance.normal(7, 2.5, 1, 15);
		case DIAGNOSIS_DES -> chance.normal(3, 1.5, 0, 8);
		case DIAGNOSIS_JACKHAMMER -> chance.normal(2, 1.5, 0, 6);
		case "ACH1", "ACH2" -> chance.normal(9, 3, 2, 20);
		case "EGJOO" -> chance.normal(4, 2, 0, 10);
		default -> chance.normal(1, 1, 0, 4);
		};
		if (improved) {
			oneMinute *= chance.uniform(0.2, 0.6);
		}
		if (chance.percent(3)) {
			values.missing(ITEM_BARIUM_HEIGHT_1_MIN, MissingCode.NOT_DONE);
			values.missing(ITEM_BARIUM_HEIGHT_5_MIN, MissingCode.NOT_DONE);
			return;
		}
		values.decimal(ITEM_BARIUM_HEIGHT_1_MIN, oneMinute);
		if (chance.percent(3)) {
			// a transcription slip the edit check catches: higher at 5 than at 1 minute
			values.decimal(ITEM_BARIUM_HEIGHT_5_MIN, Math.min(30, oneMinute + chance.uniform(0.5, 2)));
			values.query(ITEM_BARIUM_HEIGHT_5_MIN,
					"The barium column is higher at 5 minutes than at 1 minute: please verify both values.");
		} else {
			values.decimal(ITEM_BARIUM_HEIGHT_5_MIN, oneMinute * chance.uniform(0.3, 0.9));
		}
	}

	void eckardt(FormValues values, int[] items) {
		values.integer(ITEM_ECKARDT_DYSPHAGIA, items[0]);
		values.integer(ITEM_ECKARDT_REGURGITATION, items[1]);
		values.integer(ITEM_ECKARDT_CHEST_PAIN, items[2]);
		values.integer(ITEM_ECKARDT_WEIGHT_LOSS, items[3]);
	}

	/** The 0-10 chest pain score follows how often pain occurs (the Eckardt pain item). */
	void chestPain(FormValues values, int painItem) {
		int score = switch (painItem) {
		case 0 -> chance.between(0, 2);
		case 1 -> chance.between(1, 4);
		case 2 -> chance.between(3, 7);
		default -> chance.between(5, 9);
		};
		values.integer(ITEM_CHEST_PAIN_SCORE, score);
		if (chance.percent(4)) {
			values.missing(ITEM_CHEST_PAIN_ANALGESICS, MissingCode.UNKNOWN);
		} else {
			values.bool(ITEM_CHEST_PAIN_ANALGESICS, score >= 5 && chance.percent(60));
		}
	}

	void qualityOfLife(FormValues values, int eckardtTotal) {
		if (chance.percent(6)) {
			// questionnaire not returned
			values.missing(ITEM_SF36_PHYSICAL, MissingCode.NOT_DONE);
			values.missing(ITEM_SF36_MENTAL, MissingCode.NOT_DONE);
			return;
		}
		values.decimal(ITEM_SF36_PHYSICAL, chance.normal(52 - 1.2 * eckardtTotal, 7, 10, 70));
		values.decimal(ITEM_SF36_MENTAL, chance.normal(51 - 0.8 * eckardtTotal, 8, 10, 70));
	}

	/**
	 * Reflux assessment: endoscopy always at screening and mostly at 6 months, pH studies less often; reflux
	 * disease is common after POEM and rare after botulinum toxin.
	 */
	void reflux(FormValues values, boolean reflux, int endoscopyPercent, int phPercent) {
		values.integer(ITEM_GERDQ, reflux ? (int) Math.round(chance.normal(10, 2, 8, 18))
				: (int) Math.round(chance.normal(5, 1.5, 0, 7)));
		values.bool(ITEM_PPI_USE, chance.percent(reflux ? 85 : 25));
		boolean endoscopy = chance.percent(endoscopyPercent);
		values.bool(ITEM_REFLUX_ENDOSCOPY, endoscopy);
		if (endoscopy) {
			values.code(ITEM_LA_GRADE, reflux
					? chance.weighted(new double[] { 30, 35, 22, 10, 3 }, "NONE", "A", "B", "C", "D")
					: chance.weighted(new double[] { 88, 10, 2 }, "NONE", "A", "B"));
		} else {
			values.missing(ITEM_LA_GRADE, MissingCode.NOT_DONE);
		}
		boolean ph = chance.percent(phPercent);
		values.bool(ITEM_PH_STUDY, ph);
		if (ph) {
			values.decimal(ITEM_ACID_EXPOSURE, reflux ? chance.normal(9, 4, 4.1, 40) : chance.normal(2, 1.5, 0, 6));
		} else {
			values.missing(ITEM_ACID_EXPOSURE, MissingCode.NOT_DONE);
		}
	}

	/** Rescue since the last visit: date and type only when there was one. */
	void reintervention(FormValues values, LocalDate rescueDate, String rescueType) {
		values.bool(ITEM_RESCUE, rescueDate != null);
		if (rescueDate != null) {
			values.date(ITEM_RESCUE_DATE, rescueDate);
			values.code(ITEM_RESCUE_TYPE, rescueType);
		} else {
			values.missing(ITEM_RESCUE_DATE, MissingCode.NOT_APPLICABLE);
			values.missing(ITEM_RESCUE_TYPE, MissingCode.NOT_APPLICABLE);
		}
	}

	String rescueType(boolean poem) {
		return poem ? chance.weighted(new double[] { 35, 25, 25, 15 }, "PD", "BTX", "POEM", "MED")
				: chance.weighted(new double[] { 60, 20, 15, 5 }, "POEM", "BTX", "PD", "LHM");
	}

	void randomization(FormValues values, String diagnosis) {
		values.code(ITEM_DIAGNOSIS, diagnosis);
	}

	void poem(FormValues values, String diagnosis, boolean completed) {
		values.integer(ITEM_MYOTOMY_LENGTH, (int) Math.round(switch (diagnosis) {
		case DIAGNOSIS_JACKHAMMER -> chance.normal(12, 3, 6, 22);
		case DIAGNOSIS_DES -> chance.normal(15, 3, 8, 25);
		default -> chance.normal(14, 3, 7, 25);
		}));
		values.code(ITEM_MYOTOMY_ORIENTATION, chance.percent(40) ? "ANT" : "POST");
		values.integer(ITEM_POEM_DURATION, (int) Math.round(chance.normal(completed ? 70 : 95, 20, 30, 200)));
		values.integer(ITEM_POEM_LENGTH_OF_STAY, chance.weighted(new double[] { 60, 30, 7, 3 }, 1, 2, 3, 4));
		values.bool(ITEM_POEM_COMPLETED, completed);
	}

	void botulinumToxin(FormValues values) {
		if (chance.percent(96)) {
			values.integer(ITEM_BTX_DOSE, 100);
		} else {
			values.integer(ITEM_BTX_DOSE, chance.pick(80, 120, 200));
			values.query(ITEM_BTX_DOSE, "The dose differs from the protocol dose of 100 U: please confirm.");
		}
		values.integer(ITEM_BTX_SITES, chance.between(4, 10));
		values.code(ITEM_BTX_LEVEL, chance.weighted(new double[] { 15, 60, 25 }, "LES", "LESDIST", "SEGMENT"));
	}

	void endOfStudy(FormValues values, String status, LocalDate date, String reason) {
		values.code(ITEM_END_STATUS, status);
		values.date(ITEM_END_DATE, date);
		if (reason == null) {
			values.missing(ITEM_END_REASON, MissingCode.NOT_APPLICABLE);
		} else {
			values.text(ITEM_END_REASON, reason);
		}
	}
}
