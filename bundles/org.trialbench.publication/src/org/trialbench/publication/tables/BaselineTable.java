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
		// each subject of the population is read once per variable: its arm's column and the overall column are
		// filled in the same pass (the overall column is the last group)
		List<String> arms = data.arms();
		List<AnalysisSubject> all = data.in(population);
		int[] armOf = new int[all.size()];
		List<List<AnalysisSubject>> groups = new ArrayList<>();
		arms.forEach(arm -> groups.add(new ArrayList<>()));
		for (int i = 0; i < all.size(); i++) {
			String arm = all.get(i).armIn(population);
			armOf[i] = arm == null ? -1 : arms.indexOf(arm);
			if (armOf[i] >= 0) {
				groups.get(armOf[i]).add(all.get(i));
			}
		}
		groups.add(all);
		int[] places = data.places(all);
		int overall = groups.size() - 1;
		List<HeaderCell> header = new ArrayList<>();
		header.add(HeaderCell.of("Characteristic"));
		for (int a = 0; a < arms.size(); a++) {
			header.add(HeaderCell.of(data.armName(arms.get(a)) + " (n = " + groups.get(a).size() + ")"));
		}
		header.add(HeaderCell.of("Overall (n = " + all.size() + ")"));

		List<Row> rows = new ArrayList<>();
		for (BaselineVariable variable : variables) {
			switch (variable.kind()) {
			case MEAN_SD, MEDIAN_IQR -> {
				double[][] values = new double[groups.size()][];
				int[] known = new int[groups.size()];
				for (int g = 0; g < groups.size(); g++) {
					values[g] = new double[groups.get(g).size()];
				}
				double[] column = data.numbers(places, variable.visitOid(), variable.itemOid());
				for (int i = 0; i < all.size(); i++) {
					double v = column[i];
					if (!Double.isNaN(v)) {
						if (armOf[i] >= 0) {
							values[armOf[i]][known[armOf[i]]++] = v;
						}
						values[overall][known[overall]++] = v;
					}
				}
				List<Cell> cells = new ArrayList<>();
				List<Integer> missing = new ArrayList<>();
				for (int g = 0; g < groups.size(); g++) {
					missing.add(groups.get(g).size() - known[g]);
					Summary summary = Summary.of(values[g], known[g]);
					cells.add(Cell.text(variable.kind() == BaselineVariable.Kind.MEAN_SD
							? Formats.meanSd(summary, variable.decimals())
							: Formats.medianIqr(summary, variable.decimals())));
				}
				String how = variable.kind() == BaselineVariable.Kind.MEAN_SD ? "mean (SD)" : "median (IQR)";
				rows.add(Row.of(variable.label() + ", " + how, 0, cells));
				addMissing(rows, missing);
			}
			case YES_NO -> {
				int[] yes = new int[groups.size()];
				int[] known = new int[groups.size()];
				String[] column = data.texts(places, variable.visitOid(), variable.itemOid());
				for (int i = 0; i < all.size(); i++) {
					String v = column[i];
					if (v != null) {
						int answer = "true".equals(v) ? 1 : 0;
						if (armOf[i] >= 0) {
							known[armOf[i]]++;
							yes[armOf[i]] += answer;
						}
						known[overall]++;
						yes[overall] += answer;
					}
				}
				List<Cell> cells = new ArrayList<>();
				List<Integer> missing = new ArrayList<>();
				for (int g = 0; g < groups.size(); g++) {
					missing.add(groups.get(g).size() - known[g]);
					cells.add(Cell.text(Formats.count(yes[g], known[g])));
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
			String[] column = variable.kind() == BaselineVariable.Kind.STRATUM ? null
					: data.texts(data.places(group), variable.visitOid(), variable.itemOid());
			for (int i = 0; i < group.size(); i++) {
				String v = column == null ? group.get(i).stratum() : column[i];
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
