package org.trialbench.publication.tables;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.util.List;

/**
 * One row group of Table 1 and how it is summarised: the statistician's setting per variable (mean (SD) for
 * roughly symmetric measures, median (IQR) for skewed ones, n (%) for categories and yes/no items).
 */
public record BaselineVariable(String visitOid, String itemOid, String label, Kind kind, int decimals) {

	public enum Kind {
		MEAN_SD, MEDIAN_IQR, CATEGORICAL, YES_NO, STRATUM
	}

	/** Table 1 of the POEM vs BTX protocol. */
	public static List<BaselineVariable> poemBtx() {
		String s = VISIT_SCREENING;
		return List.of(new BaselineVariable(s, ITEM_AGE, "Age, years", Kind.MEAN_SD, 1),
				new BaselineVariable(s, ITEM_SEX, "Sex", Kind.CATEGORICAL, 0),
				new BaselineVariable(s, ITEM_BMI, "BMI, kg/m²", Kind.MEAN_SD, 1),
				new BaselineVariable(null, null, "Diagnosis (stratum)", Kind.STRATUM, 0),
				new BaselineVariable(s, ITEM_SYMPTOM_DURATION, "Symptom duration, months", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_PRIOR_PPI, "Prior proton pump inhibitor", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_NITRATES, "Prior nitrates", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_CCB, "Prior calcium channel blocker", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_RELAXANTS, "Prior smooth-muscle relaxant", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_ANALGESICS, "Prior visceral analgesic", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_DILATION, "Prior pneumatic dilation", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_PRIOR_BTX, "Prior botulinum toxin", Kind.YES_NO, 0),
				new BaselineVariable(s, ITEM_ECKARDT_TOTAL, "Eckardt score (0–12)", Kind.MEAN_SD, 1),
				new BaselineVariable(s, ITEM_ECKARDT_DYSPHAGIA, "Dysphagia (0–3)", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_ECKARDT_REGURGITATION, "Regurgitation (0–3)", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_ECKARDT_CHEST_PAIN, "Retrosternal pain (0–3)", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_ECKARDT_WEIGHT_LOSS, "Weight loss (0–3)", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_IRP, "Median IRP, mmHg", Kind.MEDIAN_IQR, 1),
				new BaselineVariable(s, ITEM_DCI, "DCI, mmHg·s·cm", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_DISTAL_LATENCY, "Distal latency, s", Kind.MEDIAN_IQR, 1),
				new BaselineVariable(s, ITEM_PREMATURE, "Premature swallows, %", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_HYPERCONTRACTILE, "Hypercontractile swallows, %", Kind.MEDIAN_IQR, 0),
				new BaselineVariable(s, ITEM_BARIUM_HEIGHT_1_MIN, "Barium column at 1 min, cm", Kind.MEDIAN_IQR, 1),
				new BaselineVariable(s, ITEM_BARIUM_HEIGHT_5_MIN, "Barium column at 5 min, cm", Kind.MEDIAN_IQR, 1));
	}
}
