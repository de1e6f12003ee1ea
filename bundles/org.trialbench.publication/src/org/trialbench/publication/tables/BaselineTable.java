package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.Summary;

/** Table 1: baseline characteristics by arm and overall, without p-values (CONSORT item 15). */
public final class BaselineTable {

	private BaselineTable() {
	}

	public static PublicationTable of(AnalysisDataset data, Population population, List<BaselineVariable> variables) {
		List<List<AnalysisSubject>> groups = new ArrayList<>();
		List<HeaderCell> header = new ArrayList<>();
		header.add(HeaderCell.of("Characteristic"));
		for (String arm : data.arms()) {
			List<AnalysisSubject> group = data.in(population, arm);
			groups.add(group);
			header.add(HeaderCell.of(data.armName(arm) + " (n = " + group.size() + ")"));
		}
		List<AnalysisSubject> all = data.in(population);
		groups.add(all);
		header.add(HeaderCell.of("Overall (n = " + all.size() + ")"));

		List<Row> rows = new ArrayList<>();
		for (BaselineVariable variable : variables) {
			switch (variable.kind()) {
			case MEAN_SD, MEDIAN_IQR -> {
				List<Cell> cells = new ArrayList<>();
				List<Integer> missing = new ArrayList<>();
				for (List<AnalysisSubject> group : groups) {
					List<Double> values = new ArrayList<>();
					for (AnalysisSubject s : group) {
						Double v = s.number(variable.visitOid(), variable.itemOid());
						if (v != null) {
							values.add(v);
						}
					}
					missing.add(group.size() - values.size());
					Summary summary = Summary.of(values);
					cells.add(Cell.text(variable.kind() == BaselineVariable.Kind.MEAN_SD
							? Formats.meanSd(summary, variable.decimals())
							: Formats.medianIqr(summary, variable.decimals())));
				}
				String how = variable.kind() == BaselineVariable.Kind.MEAN_SD ? "mean (SD)" : "median (IQR)";
				rows.add(Row.of(variable.label() + ", " + how, 0, cells));
				addMissing(rows, missing);
			}
			case YES_NO -> {
				List<Cell> cells = new ArrayList<>();
				List<Integer> missing = new ArrayList<>();
				for (List<AnalysisSubject> group : groups) {
					int yes = 0;
					int known = 0;
					for (AnalysisSubject s : group) {
						String v = s.value(variable.visitOid(), variable.itemOid());
						if (v != null) {
							known++;
							yes += "true".equals(v) ? 1 : 0;
						}
					}
					missing.add(group.size() - known);
					cells.add(Cell.text(Formats.count(yes, known)));
				}
				rows.add(Row.of(variable.label() + ", n (%)", 0, cells));
				addMissing(rows, missing);
			}
			case CATEGORICAL, STRATUM -> categories(data, variable, groups, rows);
			}
		}
		List<String> notes = List.of(
				"Population: " + population.label() + " (" + population.definition() + ").",
				"Continuous variables as mean (SD) or median (IQR, 25th to 75th percentile, linear interpolation); "
						+ "categorical variables as n (%) of subjects with a known value. No p-values (CONSORT 2010 "
						+ "item 15).",
				"Baseline values from the screening visit. Missing values are counted, not imputed.",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 1", "Table 1. Baseline characteristics", groups.size() + 1,
				List.of(header), rows, notes, List.of());
	}

	private static void categories(AnalysisDataset data, BaselineVariable variable, List<List<AnalysisSubject>> groups,
			List<Row> rows) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (variable.kind() == BaselineVariable.Kind.STRATUM) {
			data.strata().forEach(code -> labels.put(code, data.stratumName(code)));
		} else if (data.element(variable.itemOid()) instanceof ItemDefinition item && item.getCodeList() != null) {
			for (CodeListItem code : item.getCodeList().getItems()) {
				labels.put(code.getCode(), code.getDecode());
			}
		}
		rows.add(Row.heading(variable.label() + ", n (%)"));
		List<Integer> missing = new ArrayList<>();
		List<Map<String, Integer>> counts = new ArrayList<>();
		for (List<AnalysisSubject> group : groups) {
			Map<String, Integer> count = new LinkedHashMap<>();
			int known = 0;
			for (AnalysisSubject s : group) {
				String v = variable.kind() == BaselineVariable.Kind.STRATUM ? s.stratum()
						: s.value(variable.visitOid(), variable.itemOid());
				if (v != null) {
					known++;
					count.merge(v, 1, Integer::sum);
					labels.putIfAbsent(v, v);
				}
			}
			count.put("", known);
			counts.add(count);
			missing.add(group.size() - known);
		}
		for (Map.Entry<String, String> label : labels.entrySet()) {
			if (counts.stream().allMatch(c -> c.getOrDefault(label.getKey(), 0) == 0)) {
				continue; // a code nobody has (e.g. "undifferentiated") would only lengthen the table
			}
			List<Cell> cells = new ArrayList<>();
			for (Map<String, Integer> count : counts) {
				cells.add(Cell.text(Formats.count(count.getOrDefault(label.getKey(), 0), count.get(""))));
			}
			rows.add(Row.of(label.getValue(), 1, cells));
		}
		addMissing(rows, missing);
	}

	private static void addMissing(List<Row> rows, List<Integer> missing) {
		if (missing.stream().anyMatch(m -> m > 0)) {
			rows.add(Row.of("Missing", 1, missing.stream().map(m -> Cell.text(String.valueOf(m))).toList()));
		}
	}
}
