package org.trialbench.publication.tables;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
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
				HeaderCell.of("Risk difference, % points (95% CI)"));
		List<Row> rows = new ArrayList<>();
		List<VisitDefinition> visits = visits(data);
		continuous(rows, "Eckardt score (0–12), mean (SD)", ITEM_ECKARDT_TOTAL, visits, inA, inB, true, 1);
		rows.add(Row.heading("Eckardt score ≤ 3, n/N (%)"));
		for (VisitDefinition v : visits) {
			if (v.getKind() != VisitKind.FOLLOW_UP) {
				continue;
			}
			ArmComparison c = ArmComparison.of(data, subjects, s -> {
				String value = s.value(v.getOid(), ITEM_ECKARDT_SUCCESS);
				return value == null ? null : Boolean.valueOf(value);
			});
			rows.add(Row.of(v.getName(), 1, List.of(Cell.text(Formats.fraction(c.first())),
					Cell.text(Formats.fraction(c.second())), Cell.text(c.riskDifferenceText()))));
		}
		continuous(rows, "Chest pain score, median (IQR)", ITEM_CHEST_PAIN_SCORE, visits, inA, inB, false, 0);
		continuous(rows, "SF-36 physical component, mean (SD)", ITEM_SF36_PHYSICAL, visits, inA, inB, true, 1);
		continuous(rows, "SF-36 mental component, mean (SD)", ITEM_SF36_MENTAL, visits, inA, inB, true, 1);
		continuous(rows, "GerdQ (0–18), mean (SD)", ITEM_GERDQ, visits, inA, inB, true, 1);
		ArmComparison rescue = ArmComparison.of(data, subjects, s -> s.firstRescue() != null);
		rows.add(Row.of("Re-intervention during follow-up, n/N (%)", 0,
				List.of(Cell.text(Formats.fraction(rescue.first())), Cell.text(Formats.fraction(rescue.second())),
						Cell.text(rescue.riskDifferenceText()))));
		List<String> notes = List.of("Population: " + population.label() + " (" + population.definition() + ").",
				"Observed values at each visit (no imputation); N is the number of subjects assessed at that visit. "
						+ "Risk differences with Newcombe's hybrid score interval.",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 3", "Table 3. Secondary outcomes over visits", 4, List.of(header), rows,
				notes, List.of());
	}

	private static void continuous(List<Row> rows, String title, String item, List<VisitDefinition> visits,
			List<AnalysisSubject> inA, List<AnalysisSubject> inB, boolean mean, int decimals) {
		List<Row> block = new ArrayList<>();
		for (VisitDefinition v : visits) {
			Summary sa = summary(inA, v.getOid(), item);
			Summary sb = summary(inB, v.getOid(), item);
			if (sa.n() + sb.n() == 0) {
				continue;
			}
			block.add(Row.of(v.getName(), 1, List.of(Cell.text(text(sa, mean, decimals)),
					Cell.text(text(sb, mean, decimals)), Cell.empty())));
		}
		if (!block.isEmpty()) {
			rows.add(Row.heading(title));
			rows.addAll(block);
		}
	}

	private static String text(Summary s, boolean mean, int decimals) {
		return (mean ? Formats.meanSd(s, decimals) : Formats.medianIqr(s, decimals)) + "; n = " + s.n();
	}

	static Summary summary(List<AnalysisSubject> subjects, String visit, String item) {
		double[] values = new double[subjects.size()];
		int n = 0;
		for (AnalysisSubject s : subjects) {
			Double v = s.number(visit, item);
			if (v != null) {
				values[n++] = v;
			}
		}
		return Summary.of(values, n);
	}
}
