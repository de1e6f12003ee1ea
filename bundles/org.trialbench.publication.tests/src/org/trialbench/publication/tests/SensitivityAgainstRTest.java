package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.PrimaryOutcomeTable;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.Row;

/**
 * The sensitivity analyses of Table 2 (missing = failure, missing = success, the tipping-point grid) on trials
 * with missing primary outcomes: counts follow from the subjects, and every risk difference and Fisher p of the
 * grid is what R's {@code fisher.test} gives for the imputed 2×2 table.
 */
class SensitivityAgainstRTest {

	@TempDir
	Path directory;

	@ParameterizedTest(name = "first arm {0}/{1} with {2} missing, second {3}/{4} with {5} missing")
	@CsvSource({ "20, 25, 4, 10, 24, 6", "12, 30, 9, 11, 30, 0", "40, 45, 13, 15, 44, 17" })
	void missingAsFailureAsSuccessAndTheTippingPoint(int successesA, int assessedA, int missingA, int successesB,
			int assessedB, int missingB) throws Exception {
		Subjects subjects = new Subjects();
		AnalysisDataset empty = subjects.dataset();
		String a = empty.arms().get(0);
		String b = empty.arms().get(1);
		String stratum = empty.strata().get(0);
		add(subjects, a, stratum, successesA, assessedA, missingA);
		add(subjects, b, stratum, successesB, assessedB, missingB);
		AnalysisDataset data = subjects.dataset();
		PublicationTable table = PrimaryOutcomeTable.of(data);

		Row failure = table.row("Missing counted as failure");
		assertEquals(successesA + "/" + (assessedA + missingA), failure.cells().get(0).text().split(" ")[0]);
		assertEquals(successesB + "/" + (assessedB + missingB), failure.cells().get(1).text().split(" ")[0]);
		Row success = table.row("Missing counted as success");
		assertEquals((successesA + missingA) + "/" + (assessedA + missingA), success.cells().get(0).text().split(" ")[0]);
		assertEquals((successesB + missingB) + "/" + (assessedB + missingB), success.cells().get(1).text().split(" ")[0]);

		int[] gridA = grid(missingA);
		int[] gridB = grid(missingB);
		StringBuilder script = new StringBuilder("out <- function(n, v) cat(n, format(v, digits = 17), \"\\n\")\n");
		for (int i : gridA) {
			for (int j : gridB) {
				int sa = successesA + i;
				int sb = successesB + j;
				int na = assessedA + missingA;
				int nb = assessedB + missingB;
				script.append(String.format(java.util.Locale.ROOT,
						"out(\"p.%d.%d\", fisher.test(matrix(c(%d, %d, %d, %d), 2))$p.value)%n", i, j, sa, na - sa, sb,
						nb - sb));
				script.append(String.format(java.util.Locale.ROOT, "out(\"rd.%d.%d\", 100 * (%d / %d - %d / %d))%n", i,
						j, sa, na, sb, nb));
			}
		}
		// the corners are the worst and best cases
		script.append("out(\"ok\", 1)\n");
		Map<String, Double> r = RScript.run(directory, script.toString(), "x\n1\n");
		assertEquals(1.0, r.get("ok"));
		List<Row> rows = table.rows();
		int header = -1;
		for (int k = 0; k < rows.size(); k++) {
			if (rows.get(k).heading() && rows.get(k).label().startsWith("Tipping point")) {
				header = k + 1;
			}
		}
		assertTrue(header > 0, "Table 2 has a tipping-point block");
		for (int jj = 0; jj < gridB.length; jj++) {
			assertTrue(rows.get(header).cells().get(jj).text().contains(gridB[jj] + " of " + missingB),
					rows.get(header).cells().get(jj).text());
		}
		for (int ii = 0; ii < gridA.length; ii++) {
			Row row = rows.get(header + 1 + ii);
			assertTrue(row.label().contains(gridA[ii] + " of " + missingA), row.label());
			for (int jj = 0; jj < gridB.length; jj++) {
				String key = gridA[ii] + "." + gridB[jj];
				double p = r.get("p." + key);
				String expected = Formats.fixed(r.get("rd." + key), 1) + " (" + Formats.pValue(p) + (p < 0.05 ? "*" : "")
						+ ")";
				assertEquals(expected, row.cells().get(jj).text(), "cell " + key);
			}
		}
	}

	private static int[] grid(int missing) {
		return java.util.stream.IntStream.of(0, missing / 4, missing / 2, 3 * missing / 4, missing).distinct().toArray();
	}

	private static void add(Subjects subjects, String arm, String stratum, int successes, int assessed, int missing) {
		for (int k = 0; k < assessed; k++) {
			subjects.add(arm, stratum, 50.0, k < successes);
		}
		for (int k = 0; k < missing; k++) {
			subjects.add(arm, stratum, 50.0, null);
		}
	}
}
