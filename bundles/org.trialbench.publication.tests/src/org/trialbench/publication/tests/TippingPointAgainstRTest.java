package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.publication.statistics.TippingPoint;

/**
 * The exact tipping-point boundary against R: R runs {@code fisher.test} on every combination of the two arms'
 * missing outcomes counted as successes and finds, for each count of the second arm, which counts of the first
 * arm are significant for either arm; Trialbench's walk, which tests only near the boundary, must find the same
 * ranges, and its p-values must be R's on every combination.
 */
class TippingPointAgainstRTest {

	@TempDir
	Path directory;

	/**
	 * The shape of the demo (first arm clearly better, a dozen missing each); significant for the first arm and
	 * tipping within the range; not significant with complete cases (can tip either way); the second arm better; no
	 * missing in the second arm; small and discrete; larger (60 and 70 missing, 4,331 combinations); an arm without
	 * successes against one with all.
	 */
	@ParameterizedTest(name = "{0}/{1} + {2} missing vs {3}/{4} + {5} missing")
	@CsvSource({
			"70, 80, 13, 40, 78, 12",
			"20, 25, 4, 10, 24, 6",
			"15, 30, 10, 12, 30, 10",
			"10, 40, 8, 25, 40, 9",
			"12, 30, 9, 11, 30, 0",
			"3, 5, 3, 0, 4, 4",
			"300, 400, 60, 220, 400, 70",
			"0, 10, 5, 10, 10, 5" })
	void boundaryIsFishersOnEveryCombination(int sa, int assessedA, int ma, int sb, int assessedB, int mb)
			throws Exception {
		TippingPoint tipping = TippingPoint.of(sa, assessedA, ma, sb, assessedB, mb, 0.05);
		int na = assessedA + ma;
		int nb = assessedB + mb;
		String script = String.format(Locale.ROOT, """
				out <- function(n, v) cat(n, format(v, digits = 17), "\\n")
				sa <- %d; na <- %d; ma <- %d; sb <- %d; nb <- %d; mb <- %d
				for (j in 0:mb) {
				  f <- integer(0); s <- integer(0)
				  for (i in 0:ma) {
				    a <- sa + i; b <- sb + j
				    p <- fisher.test(matrix(c(a, na - a, b, nb - b), 2))$p.value
				    out(sprintf("p.%%d.%%d", i, j), p)
				    if (p < 0.05 && a * nb > b * na) f <- c(f, i)
				    if (p < 0.05 && a * nb < b * na) s <- c(s, i)
				  }
				  out(sprintf("fmin.%%d", j), if (length(f)) min(f) else ma + 1)
				  out(sprintf("fcount.%%d", j), length(f))
				  out(sprintf("smax.%%d", j), if (length(s)) max(s) else -1)
				  out(sprintf("scount.%%d", j), length(s))
				}
				out("ok", 1)
				""", sa, na, ma, sb, nb, mb);
		Map<String, Double> r = RScript.run(directory, script, "x\n1\n");
		assertEquals(1.0, r.get("ok"));
		assertEquals(mb + 1, tipping.boundaries().size());
		for (int j = 0; j <= mb; j++) {
			TippingPoint.Boundary boundary = tipping.boundaries().get(j);
			assertEquals(j, boundary.j());
			int fmin = r.get("fmin." + j).intValue();
			int smax = r.get("smax." + j).intValue();
			assertEquals(ma + 1 - fmin, r.get("fcount." + j).intValue(), "first arm's region is i >= " + fmin);
			assertEquals(smax + 1, r.get("scount." + j).intValue(), "second arm's region is i <= " + smax);
			assertEquals(fmin, boundary.firstFirstBetter(), "first i significant for the first arm at j = " + j);
			assertEquals(smax, boundary.lastSecondBetter(), "last i significant for the second arm at j = " + j);
		}
		int walked = tipping.tests();
		for (int i = 0; i <= ma; i++) {
			for (int j = 0; j <= mb; j++) {
				RScript.same(r.get("p." + i + "." + j), tipping.pValue(i, j), "p at " + i + ", " + j);
			}
		}
		assertTrue(walked <= 3 * (ma + mb + 2) + 2 * (mb + 1), "the walk tested " + walked + " combinations, not all "
				+ (ma + 1) * (mb + 1));
	}
}
