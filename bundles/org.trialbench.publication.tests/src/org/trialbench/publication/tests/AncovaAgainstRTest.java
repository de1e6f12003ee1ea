package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_TOTAL;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_MONTH_6;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_SCREENING;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.Snapshot;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.Row;
import org.trialbench.publication.tables.SecondaryOutcomesTable;

/**
 * The adjusted mean difference of Table 3 against R's {@code lm(value ~ arm + baseline + factor(stratum))} on
 * generated trials: with missing values at the visit or at baseline, and with a stratum nobody is in.
 */
class AncovaAgainstRTest {

	private static final String SCRIPT = """
			d <- read.csv(commandArgs(TRUE)[1])
			d <- d[!is.na(d$value) & !is.na(d$baseline), ]
			# a factor of one level has no contrast: R wants it left out of the formula
			m <- if (length(unique(d$stratum)) > 1) lm(value ~ x + baseline + factor(stratum), data = d) else
			  lm(value ~ x + baseline, data = d)
			ci <- confint(m)
			out <- function(name, v) cat(name, format(v, digits = 17), "\\n")
			out("n", nrow(d)); out("difference", coef(m)[["x"]])
			out("se", summary(m)$coefficients["x", "Std. Error"])
			out("lower", ci["x", 1]); out("upper", ci["x", 2]); out("df", m$df.residual)
			""";

	@TempDir
	Path directory;

	@ParameterizedTest(name = "seed {0}, {1} subjects, {2} strata used")
	@CsvSource({ "21, 40, 3", "22, 150, 2", "23, 600, 3", "24, 12, 1" })
	void adjustedMeanDifferenceAgreesWithR(long seed, int subjects, int strataUsed) throws Exception {
		Random random = new Random(seed);
		AnalysisDataset empty = new Subjects().dataset();
		List<AnalysisSubject> list = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < subjects; i++) {
			boolean first = i % 2 == 0;
			int stratum = random.nextInt(strataUsed);
			int baseline = 4 + random.nextInt(9);
			// POEM lowers the score more; ~10% miss the visit, ~5% the baseline
			int value = Math.max(0, Math.min(12,
					(int) Math.round(baseline * 0.4 - (first ? 3 : 0.5) + stratum + random.nextGaussian() * 2)));
			boolean valueMissing = random.nextDouble() < 0.1;
			boolean baselineMissing = random.nextDouble() < 0.05;
			Map<String, Map<String, String>> visits = new HashMap<>();
			visits.put(VISIT_SCREENING, baselineMissing ? Map.of() : Map.of(ITEM_ECKARDT_TOTAL, String.valueOf(baseline)));
			visits.put(VISIT_MONTH_6, valueMissing ? Map.of() : Map.of(ITEM_ECKARDT_TOTAL, String.valueOf(value)));
			String arm = empty.arms().get(first ? 0 : 1);
			list.add(new AnalysisSubject("S" + i, "SCR-" + i, "01", SubjectStatus.COMPLETED, null, null, arm,
					empty.strata().get(stratum), Boolean.TRUE, null, true, null, "COMPLETED", null, visits, null, null,
					List.of(), "R-" + i, null, arm));
			rows.add(List.of(valueMissing ? "NA" : value, first ? 1 : 0, baselineMissing ? "NA" : baseline, stratum));
		}
		AnalysisDataset data = new AnalysisDataset(Subjects.PROTOCOL,
				new Snapshot("LOCK-R", 7, Instant.parse("2026-11-01T00:00:00Z"), "statistician", true, null), list);
		Map<String, Double> r = RScript.run(directory, SCRIPT,
				RScript.csv(List.of("value", "x", "baseline", "stratum"), rows));

		PublicationTable table = SecondaryOutcomesTable.of(data, Population.ITT);
		assertEquals("Mean difference, ANCOVA (95% CI)", table.header().get(0).get(4).text());
		String visit = data.element(VISIT_MONTH_6).getName();
		Row row = rowUnder(table, "Eckardt score (0–12), mean (SD)", visit);
		String expected = Formats.fixed(r.get("difference"), 1) + " (" + Formats.fixed(r.get("lower"), 1) + " to "
				+ Formats.fixed(r.get("upper"), 1) + ")";
		assertEquals(expected, row.cells().get(3).text(), "the table prints R's difference and interval");
		assertTrue(row.cells().get(2).text().isEmpty(), "no risk difference on a continuous row");
		Row baselineRow = rowUnder(table, "Eckardt score (0–12), mean (SD)", data.element(VISIT_SCREENING).getName());
		assertEquals("", baselineRow.cells().get(3).text(), "nothing to adjust at baseline");

		var ancova = SecondaryOutcomesTable.adjusted(data, Population.ITT, VISIT_MONTH_6, ITEM_ECKARDT_TOTAL);
		RScript.same(r.get("n"), ancova.n(), "subjects in the model");
		RScript.same(r.get("difference"), ancova.difference(), "difference");
		RScript.same(r.get("se"), ancova.standardError(), "standard error");
		RScript.same(r.get("lower"), ancova.interval().lower(), "lower limit");
		RScript.same(r.get("upper"), ancova.interval().upper(), "upper limit");
		RScript.same(r.get("df"), ancova.df(), "residual degrees of freedom");
	}

	static Row rowUnder(PublicationTable table, String heading, String label) {
		boolean inside = false;
		for (Row row : table.rows()) {
			if (row.heading()) {
				inside = row.label().equals(heading);
			} else if (inside && row.label().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " under " + heading);
	}
}
