package org.trialbench.publication.tables;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.Ancova;
import org.trialbench.publication.statistics.Summary;

/** Table 3: secondary outcomes at each visit by arm (Eckardt, success, chest pain, quality of life, reflux). */
public final class SecondaryOutcomesTable {

	private SecondaryOutcomesTable() {
	}

	/** Screening, then the follow-up visits, in protocol order. */
	public static List<VisitDefinition> visits(AnalysisDataset data) {
		List<VisitDefinition> visits = new ArrayList<>();
		for (VisitDefinition v : data.protocol().getVisits()) {
			if (v.getKind() == VisitKind.SCREENING || v.getKind() == VisitKind.FOLLOW_UP) {
				visits.add(v);
			}
		}
		return visits;
	}

	public static PublicationTable of(AnalysisDataset data, Population population) {
		String a = data.arms().get(0);
		String b = data.arms().get(1);
		List<AnalysisSubject> subjects = data.in(population);
		List<AnalysisSubject> inA = data.in(population, a);
		List<AnalysisSubject> inB = data.in(population, b);
		List<HeaderCell> header = List.of(HeaderCell.of("Outcome and visit"),
				HeaderCell.of(data.armName(a) + " (n = " + inA.size() + ")"),
				HeaderCell.of(data.armName(b) + " (n = " + inB.size() + ")"),
				HeaderCell.of("Risk difference, % points (95% CI)"),
				HeaderCell.of("Mean difference, ANCOVA (95% CI)"));
		List<Row> rows = new ArrayList<>();
		List<VisitDefinition> visits = visits(data);
		Adjusted adjusted = new Adjusted(data, visits);
		// each value is read from the subjects once, for its summary and for every model it enters
		Columns columnsA = new Columns(data, inA);
		Columns columnsB = new Columns(data, inB);
		continuous(rows, "Eckardt score (0–12), mean (SD)", ITEM_ECKARDT_TOTAL, visits, columnsA, columnsB, true, 1,
				adjusted);
		rows.add(Row.heading("Eckardt score ≤ 3, n/N (%)"));
		int[] places = data.places(subjects);
		for (VisitDefinition v : visits) {
			if (v.getKind() != VisitKind.FOLLOW_UP) {
				continue;
			}
			String[] success = data.texts(places, v.getOid(), ITEM_ECKARDT_SUCCESS);
			ArmComparison c = ArmComparison.byIndex(data, population, subjects,
					i -> success[i] == null ? null : Boolean.valueOf(success[i]));
			rows.add(Row.of(v.getName(), 1, List.of(Cell.text(Formats.fraction(c.first())),
					Cell.text(Formats.fraction(c.second())), Cell.text(c.riskDifferenceText()), Cell.empty())));
		}
		continuous(rows, "Chest pain score, median (IQR)", ITEM_CHEST_PAIN_SCORE, visits, columnsA, columnsB, false, 0,
				adjusted);
		continuous(rows, "SF-36 physical component, mean (SD)", ITEM_SF36_PHYSICAL, visits, columnsA, columnsB, true,
				1, adjusted);
		continuous(rows, "SF-36 mental component, mean (SD)", ITEM_SF36_MENTAL, visits, columnsA, columnsB, true, 1,
				adjusted);
		continuous(rows, "GerdQ (0–18), mean (SD)", ITEM_GERDQ, visits, columnsA, columnsB, true, 1, adjusted);
		ArmComparison rescue = ArmComparison.of(data, population, subjects, s -> s.firstRescue() != null);
		rows.add(Row.of("Re-intervention during follow-up, n/N (%)", 0,
				List.of(Cell.text(Formats.fraction(rescue.first())), Cell.text(Formats.fraction(rescue.second())),
						Cell.text(rescue.riskDifferenceText()), Cell.empty())));
		List<String> notes = List.of("Population: " + population.label() + " (" + population.definition() + ").",
				"Observed values at each visit (no imputation); N is the number of subjects assessed at that visit. "
						+ "Risk differences with Newcombe's hybrid score interval.",
				"Mean difference " + data.armName(a) + " minus " + data.armName(b) + " from analysis of covariance: "
						+ "the value at the visit on the arm, its baseline (" + adjusted.baselineName()
						+ ") value and the randomization stratum, by least squares, with its t interval; subjects "
						+ "with the value at the visit and at baseline. Chest pain is summarised by median (IQR) and "
						+ "compared by the same adjusted mean difference.",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 3", "Table 3. Secondary outcomes over visits", 5, List.of(header), rows,
				notes, List.of());
	}

	/**
	 * The ANCOVA behind a Table 3 cell: an item at a visit in a population, adjusted for its baseline value and the
	 * stratum.
	 */
	public static Ancova adjusted(AnalysisDataset data, Population population, String visitOid, String itemOid) {
		List<VisitDefinition> visits = visits(data);
		VisitDefinition visit = visits.stream().filter(v -> v.getOid().equals(visitOid)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Table 3 has no visit " + visitOid));
		String a = data.arms().get(0);
		return new Adjusted(data, visits).fit(visit, itemOid, new Columns(data, data.in(population, a)),
				new Columns(data, data.in(population, data.arms().get(1))));
	}

	private static void continuous(List<Row> rows, String title, String item, List<VisitDefinition> visits,
			Columns inA, Columns inB, boolean mean, int decimals, Adjusted adjusted) {
		List<Row> block = new ArrayList<>();
		for (VisitDefinition v : visits) {
			Summary sa = inA.summary(v.getOid(), item);
			Summary sb = inB.summary(v.getOid(), item);
			if (sa.n() + sb.n() == 0) {
				continue;
			}
			block.add(Row.of(v.getName(), 1, List.of(Cell.text(text(sa, mean, decimals)),
					Cell.text(text(sb, mean, decimals)), Cell.empty(), Cell.text(adjusted.text(v, item, inA, inB,
							decimals == 0 ? 1 : decimals)))));
		}
		if (!block.isEmpty()) {
			rows.add(Row.heading(title));
			rows.addAll(block);
		}
	}

	private static String text(Summary s, boolean mean, int decimals) {
		return (mean ? Formats.meanSd(s, decimals) : Formats.medianIqr(s, decimals)) + "; n = " + s.n();
	}

	/**
	 * One arm's numeric values, taken once per visit and item from the dataset's columns (NaN where missing) in
	 * the order of its subjects: Table 3 needs each one for its summary and again for each model it enters.
	 */
	static final class Columns {
		private final AnalysisDataset data;
		private final List<AnalysisSubject> subjects;
		private final int[] places;
		private final Map<String, double[]> read = new HashMap<>();

		Columns(AnalysisDataset data, List<AnalysisSubject> subjects) {
			this.data = data;
			this.subjects = subjects;
			this.places = data.places(subjects);
		}

		List<AnalysisSubject> subjects() {
			return subjects;
		}

		double[] of(String visit, String item) {
			return read.computeIfAbsent(visit + '\u0000' + item, key -> data.numbers(places, visit, item));
		}

		Summary summary(String visit, String item) {
			double[] column = of(visit, item);
			double[] values = new double[column.length];
			int n = 0;
			for (double v : column) {
				if (!Double.isNaN(v)) {
					values[n++] = v;
				}
			}
			return Summary.of(values, n);
		}
	}

	/** ANCOVA of a continuous outcome at a follow-up visit, adjusted for its baseline value and the stratum. */
	static final class Adjusted {
		private final AnalysisDataset data;
		private final VisitDefinition baseline;

		Adjusted(AnalysisDataset data, List<VisitDefinition> visits) {
			this.data = data;
			this.baseline = visits.stream().filter(v -> v.getKind() == VisitKind.SCREENING).findFirst().orElse(null);
		}

		String baselineName() {
			return baseline == null ? "none" : baseline.getName();
		}

		/** The model's inputs at a visit: subjects of both arms with the value, its baseline and a stratum. */
		Ancova fit(VisitDefinition visit, String item, Columns inA, Columns inB) {
			List<String> strata = data.strata();
			int capacity = inA.subjects().size() + inB.subjects().size();
			double[] y = new double[capacity];
			boolean[] isFirst = new boolean[capacity];
			double[] b = new double[capacity];
			int[] st = new int[capacity];
			int n = 0;
			for (Columns arm : List.of(inA, inB)) {
				boolean inFirst = arm == inA;
				double[] values = arm.of(visit.getOid(), item);
				double[] bases = arm.of(baseline.getOid(), item);
				for (int i = 0; i < values.length; i++) {
					if (Double.isNaN(values[i]) || Double.isNaN(bases[i])) {
						continue;
					}
					AnalysisSubject s = arm.subjects().get(i);
					int stratum = s.stratum() == null ? -1 : strata.indexOf(s.stratum());
					if (stratum >= 0) {
						y[n] = values[i];
						isFirst[n] = inFirst;
						b[n] = bases[i];
						st[n++] = stratum;
					}
				}
			}
			return Ancova.fit(Arrays.copyOf(y, n), Arrays.copyOf(isFirst, n), Arrays.copyOf(b, n),
					Arrays.copyOf(st, n));
		}

		String text(VisitDefinition visit, String item, Columns inA, Columns inB, int decimals) {
			if (baseline == null || visit == baseline) {
				return "";
			}
			Ancova ancova = fit(visit, item, inA, inB);
			return ancova.estimable() ? Formats.fixed(ancova.difference(), decimals) + " ("
					+ Formats.interval(ancova.interval(), 1, decimals) + ")" : Formats.NOT_ESTIMABLE;
		}
	}
}
