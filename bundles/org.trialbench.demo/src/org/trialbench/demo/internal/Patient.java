package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.LocalDate;

import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.Sex;

/**
 * One screened person as the demo imagines them before anything is recorded: demographics, history, the
 * manometric diagnosis, baseline symptoms and how screening ends. About one in five fails screening, most for not
 * meeting a criterion, some declining, a few for other reasons.
 */
final class Patient {
	enum Screening {
		ELIGIBLE, FAILED, IN_SCREENING
	}

	static final String[] CHICAGO_NON_SPASTIC = { "ACH2", "ACH1", "EGJOO", "IEM", "NORMAL", "ABSENT" };
	private static final double[] CHICAGO_NON_SPASTIC_WEIGHTS = { 35, 15, 25, 10, 10, 5 };

	Sex sex;
	LocalDate birthDate;
	LocalDate consentDate;
	int heightCm;
	double weightKg;
	int symptomMonths;
	boolean priorPpi, priorNitrates, priorCcb, priorRelaxants, priorAnalgesics, priorDilation, priorBtx;

	/** Chicago v4.0 code of the screening manometry; the stratum when it is one of the spastic disorders. */
	String chicago;
	int[] baselineEckardt;
	int asaClass;
	boolean anticoagulants;

	boolean failedMedicalTherapy = true;
	boolean priorMyotomy, coagulopathy, recentBtx, esophagealSurgery, opioids;
	/** Null for men: the question does not apply. */
	Boolean pregnant;

	Screening screening = Screening.ELIGIBLE;
	ScreenFailCategory failCategory;
	String failReason;
	/** The criterion a subject who does not meet the criteria fails (OID), when there is one. */
	String failedCriterion;

	static Patient draw(Chance chance, LocalDate consent, boolean stillScreening) {
		Patient p = new Patient();
		p.consentDate = consent;
		p.sex = chance.percent(58) ? Sex.FEMALE : Sex.MALE;
		int age = (int) Math.round(chance.normal(52, 15, 18, 85));
		p.birthDate = consent.minusYears(age).minusDays(chance.between(0, 360));
		boolean female = p.sex == Sex.FEMALE;
		p.heightCm = (int) Math.round(female ? chance.normal(164, 7, 145, 190) : chance.normal(177, 7, 155, 205));
		double bmi = chance.normal(24.5, 4, 16.5, 40);
		double metres = p.heightCm / 100.0;
		p.weightKg = Math.round(bmi * metres * metres * 10) / 10.0;
		p.symptomMonths = (int) Math.min(600, 3 + chance.exponential(45));
		p.priorPpi = chance.percent(85);
		p.priorNitrates = chance.percent(30);
		p.priorCcb = chance.percent(45);
		p.priorRelaxants = chance.percent(20);
		p.priorAnalgesics = chance.percent(25);
		p.priorDilation = chance.percent(15);
		p.priorBtx = chance.percent(18);
		p.pregnant = female ? Boolean.FALSE : null;
		p.asaClass = chance.weighted(new double[] { 35, 50, 15 }, 1, 2, 3);
		p.anticoagulants = chance.percent(8);
		p.chicago = chance.weighted(new double[] { 50, 20, 30 }, DIAGNOSIS_ACHALASIA_III, DIAGNOSIS_DES,
				DIAGNOSIS_JACKHAMMER);
		p.baselineEckardt = symptomatic(chance);
		if (stillScreening) {
			p.screening = Screening.IN_SCREENING;
		} else if (chance.percent(20)) {
			p.fail(chance);
		}
		return p;
	}

	boolean isSpastic() {
		return chicago.equals(DIAGNOSIS_ACHALASIA_III) || chicago.equals(DIAGNOSIS_DES)
				|| chicago.equals(DIAGNOSIS_JACKHAMMER);
	}

	int baselineTotal() {
		return baselineEckardt[0] + baselineEckardt[1] + baselineEckardt[2] + baselineEckardt[3];
	}

	/** Baseline Eckardt items of a patient with significant symptoms (total above 3). */
	private static int[] symptomatic(Chance chance) {
		int[] items = {
				chance.weighted(new double[] { 2, 10, 40, 48 }, 0, 1, 2, 3),
				chance.weighted(new double[] { 20, 35, 30, 15 }, 0, 1, 2, 3),
				chance.weighted(new double[] { 5, 20, 40, 35 }, 0, 1, 2, 3), // chest pain is typical of spasm
				chance.weighted(new double[] { 35, 35, 20, 10 }, 0, 1, 2, 3) };
		while (items[0] + items[1] + items[2] + items[3] <= 3) {
			int i = chance.nextInt(3);
			items[i] = Math.min(3, items[i] + 1);
		}
		return items;
	}

	private void fail(Chance chance) {
		screening = Screening.FAILED;
		failCategory = chance.weighted(new double[] { 70, 20, 10 }, ScreenFailCategory.NOT_MEETING_CRITERIA,
				ScreenFailCategory.DECLINED_TO_PARTICIPATE, ScreenFailCategory.OTHER);
		switch (failCategory) {
		case DECLINED_TO_PARTICIPATE -> failReason = chance.pick(
				"Declined randomization: wants POEM only",
				"Declined randomization: does not want an endoscopic procedure now",
				"Declined to continue after the screening tests");
		case OTHER -> failReason = chance.pick("Screening window expired before randomization",
				"Intercurrent illness; investigator decided not to randomize", "Moved out of the catchment area");
		case NOT_MEETING_CRITERIA -> notMeetingCriteria(chance);
		}
	}

	private void notMeetingCriteria(Chance chance) {
		String criterion = chance.weighted(new double[] { 40, 25, 8, 7, 6, 5, 6, 3 }, CRITERION_DIAGNOSIS,
				CRITERION_ECKARDT, CRITERION_PRIOR_MYOTOMY, CRITERION_RECENT_BTX, CRITERION_COAGULOPATHY,
				CRITERION_ASA, CRITERION_OPIOIDS, CRITERION_PREGNANCY);
		if (criterion.equals(CRITERION_PREGNANCY) && pregnant == null) {
			criterion = CRITERION_DIAGNOSIS;
		}
		failedCriterion = criterion;
		switch (criterion) {
		case CRITERION_DIAGNOSIS -> {
			chicago = chance.weighted(CHICAGO_NON_SPASTIC_WEIGHTS, CHICAGO_NON_SPASTIC);
			failReason = "I2 not met: manometric diagnosis is not a spastic disorder (" + chicago + ")";
		}
		case CRITERION_ECKARDT -> {
			baselineEckardt = new int[] { chance.between(1, 2), chance.between(0, 1), 0, 0 };
			failReason = "I3 not met: Eckardt score " + baselineTotal() + " (must be above 3)";
		}
		case CRITERION_PRIOR_MYOTOMY -> {
			priorMyotomy = true;
			failReason = "E1: prior Heller myotomy";
		}
		case CRITERION_RECENT_BTX -> {
			recentBtx = true;
			priorBtx = true;
			failReason = "E4: botulinum toxin injection " + chance.between(1, 5) + " months ago";
		}
		case CRITERION_COAGULOPATHY -> {
			coagulopathy = true;
			anticoagulants = true;
			failReason = "E3: anticoagulation for a mechanical heart valve cannot be interrupted";
		}
		case CRITERION_ASA -> {
			asaClass = 4;
			failReason = "E7: severe heart failure (ASA IV)";
		}
		case CRITERION_OPIOIDS -> {
			opioids = true;
			failReason = "E6: daily opioids for chronic back pain";
		}
		case CRITERION_PREGNANCY -> {
			pregnant = Boolean.TRUE;
			failReason = "E2: pregnant";
		}
		default -> throw new IllegalStateException(criterion);
		}
	}

	/** Whether the criterion applies to this patient (inclusion met, or exclusion present). */
	boolean meets(String criterionOid) {
		return switch (criterionOid) {
		case CRITERION_ADULT, CRITERION_CONSENT -> true;
		case CRITERION_DIAGNOSIS -> isSpastic();
		case CRITERION_ECKARDT -> baselineTotal() > 3;
		case CRITERION_FAILED_MEDICAL_THERAPY -> failedMedicalTherapy;
		case CRITERION_PRIOR_MYOTOMY -> priorMyotomy;
		case CRITERION_PREGNANCY -> Boolean.TRUE.equals(pregnant);
		case CRITERION_COAGULOPATHY -> coagulopathy;
		case CRITERION_RECENT_BTX -> recentBtx;
		case CRITERION_ESOPHAGEAL_SURGERY -> esophagealSurgery;
		case CRITERION_OPIOIDS -> opioids;
		case CRITERION_ASA -> asaClass >= 4;
		default -> throw new IllegalArgumentException("The demo does not know criterion " + criterionOid);
		};
	}

	boolean isEligible() {
		return isSpastic() && baselineTotal() > 3 && failedMedicalTherapy && !priorMyotomy
				&& !Boolean.TRUE.equals(pregnant) && !coagulopathy && !recentBtx && !esophagealSurgery && !opioids
				&& asaClass < 4;
	}
}
