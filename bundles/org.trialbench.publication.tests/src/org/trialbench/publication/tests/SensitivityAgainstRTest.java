package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * The sensitivity analyses of Table 2 (missing = failure, missing = success, the tipping point) on trials with
 * missing primary outcomes: counts follow from the subjects, and every row of the tipping-point block shows the
 * ranges R finds by running {@code fisher.test} on every combination, and the tipping point's risk difference and
 * p as R computes them.
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

		int na = assessedA + missingA;
		int nb = assessedB + missingB;
		String script = String.format(java.util.Locale.ROOT, """
				out <- function(n, v) cat(n, format(v, digits = 17), "\\n")
				sa <- %d; na <- %d; ma <- %d; sb <- %d; nb <- %d; mb <- %d; aa <- %d; ab <- %d
				pc <- fisher.test(matrix(c(sa, aa - sa, sb, ab - sb), 2))$p.value
				complete <- if (pc < 0.05) sign(sa * ab - sb * aa) else 0
				for (j in 0:mb) {
				  f <- integer(0); s <- integer(0); p <- numeric(0)
				  for (i in 0:ma) {
				    a <- sa + i; b <- sb + j
				    p[i + 1] <- fisher.test(matrix(c(a, na - a, b, nb - b), 2))$p.value
				    if (p[i + 1] < 0.05 && a * nb > b * na) f <- c(f, i)
				    if (p[i + 1] < 0.05 && a * nb < b * na) s <- c(s, i)
				  }
				  fmin <- if (length(f)) min(f) else ma + 1
				  smax <- if (length(s)) max(s) else -1
				  tip <- if (complete > 0) fmin - 1 else if (complete < 0) smax + 1 else if (fmin <= ma) fmin else smax
				  out(sprintf("fmin.%%d", j), fmin)
				  out(sprintf("smax.%%d", j), smax)
				  out(sprintf("tip.%%d", j), if (tip < 0 || tip > ma) -1 else tip)
				  if (tip >= 0 && tip <= ma) {
				    out(sprintf("tipp.%%d", j), p[tip + 1])
				    out(sprintf("tiprd.%%d", j), 100 * ((sa + tip) / na - (sb + j) / nb))
				  }
				}
				out("ok", 1)
				""", successesA, na, missingA, successesB, nb, missingB, assessedA, assessedB);
		Map<String, Double> r = RScript.run(directory, script, "x\n1\n");
		assertEquals(1.0, r.get("ok"));
		List<Row> rows = table.rows();
		int header = -1;
		for (int k = 0; k < rows.size(); k++) {
			if (rows.get(k).heading() && rows.get(k).label().startsWith("Tipping point")) {
				header = k + 1;
			}
		}
		assertTrue(header > 0, "Table 2 has a tipping-point block");
		assertTrue(rows.get(header).cells().get(3).text().startsWith("Tipping point"), rows.get(header).toString());
		for (int j = 0; j <= missingB; j++) {
			Row row = rows.get(header + 1 + j);
			assertEquals(j + " of " + missingB, row.label());
			int fmin = r.get("fmin." + j).intValue();
			int smax = r.get("smax." + j).intValue();
			assertEquals(range(fmin, missingA, missingA), row.cells().get(0).text(), "significant for the first, j = " + j);
			assertEquals(range(smax + 1, fmin - 1, missingA), row.cells().get(1).text(), "not significant, j = " + j);
			assertEquals(range(0, smax, missingA), row.cells().get(2).text(), "significant for the second, j = " + j);
			int tip = r.get("tip." + j).intValue();
			assertEquals(tip < 0 ? "does not tip"
					: tip + ": " + Formats.fixed(r.get("tiprd." + j), 1) + " (" + Formats.pValue(r.get("tipp." + j)) + ")",
					row.cells().get(3).text(), "tipping point, j = " + j);
		}
		assertEquals(header + 1 + missingB + 1, rows.size(), "one row per count of the second arm, the block last");
	}

	private static String range(int from, int to, int of) {
		return from > to ? "none" : (from == to ? String.valueOf(from) : from + "–" + to) + " of " + of;
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
