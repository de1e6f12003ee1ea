package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_SCREENING;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.Snapshot;
import org.trialbench.publication.TimeToRescue;
import org.trialbench.publication.statistics.KaplanMeier;
import org.trialbench.publication.tables.Durability;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.TimeToFailureTable;

/**
 * Time to treatment failure on generated trials against R's survival package computed in the same run: every step
 * of each arm's Kaplan–Meier curve with its log-log interval (survfit), the medians and their intervals (quantile),
 * the landmarks (summary), the stratified log-rank test (survdiff) and the stratified Cox model (coxph); and
 * Table 6 prints exactly those numbers. The trials include heavy ties, a stratum without events, an arm without
 * failures, a curve resting on exactly one half, and curves that fall to zero.
 */
class SurvivalAgainstRTest {

	private static final String SCRIPT = """
			suppressPackageStartupMessages(library(survival))
			d <- read.csv(commandArgs(TRUE)[1])
			out <- function(name, v) cat(name, if (length(v) == 0 || is.na(v[1])) "NA" else format(v[1], digits = 17), "\\n")
			for (a in c(1, 0)) {
			  arm <- if (a == 1) "first" else "second"
			  s <- d[d$x == a, ]
			  f <- survfit(Surv(time, status) ~ 1, data = s, conf.type = "log-log")
			  out(paste0(arm, ".n"), length(f$time))
			  for (k in seq_along(f$time)) {
			    out(paste0(arm, ".time.", k), f$time[k]); out(paste0(arm, ".risk.", k), f$n.risk[k])
			    out(paste0(arm, ".surv.", k), f$surv[k]); out(paste0(arm, ".lower.", k), f$lower[k])
			    out(paste0(arm, ".upper.", k), f$upper[k])
			  }
			  q <- quantile(f, 0.5)
			  out(paste0(arm, ".median"), q$quantile); out(paste0(arm, ".medianLower"), q$lower)
			  out(paste0(arm, ".medianUpper"), q$upper)
			  for (t in c(183, 365)) {
			    sm <- tryCatch(summary(f, times = t, extend = FALSE), error = function(e) NULL)
			    ok <- !is.null(sm) && length(sm$surv) > 0
			    out(paste0(arm, ".at", t), if (ok) sm$surv else NA)
			    out(paste0(arm, ".at", t, ".lower"), if (ok) sm$lower else NA)
			    out(paste0(arm, ".at", t, ".upper"), if (ok) sm$upper else NA)
			  }
			}
			sd <- tryCatch(survdiff(Surv(time, status) ~ x + strata(stratum), data = d), error = function(e) NULL)
			if (!is.null(sd)) {
			  out("logrank.chisq", sd$chisq)
			  out("logrank.p", pchisq(sd$chisq, 1, lower.tail = FALSE))
			  out("logrank.observed", rowSums(as.matrix(sd$obs))[2])
			  out("logrank.expected", rowSums(as.matrix(sd$exp))[2])
			}
			warned <- FALSE
			fit <- withCallingHandlers(coxph(Surv(time, status) ~ x + strata(stratum), data = d),
			  warning = function(w) { warned <<- TRUE; invokeRestart("muffleWarning") })
			out("cox.warned", as.numeric(warned))
			out("cox.beta", coef(fit)[1]); out("cox.se", sqrt(vcov(fit)[1, 1]))
			ci <- exp(confint(fit))
			out("cox.hr", exp(coef(fit)[1])); out("cox.lower", ci[1, 1]); out("cox.upper", ci[1, 2])
			""";

	@TempDir
	Path directory;

	/** A generated trial: subjects per arm, days rounded to multiples of {@code grain}, chance of failure per arm. */
	record Trial(String name, long seed, int perArm, int grain, double failFirst, double failSecond,
			boolean stratumWithoutEvents) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> trials() {
		return Stream.of(Arguments.of(new Trial("heavy ties", 11, 60, 30, 0.3, 0.7, false)),
				Arguments.of(new Trial("a stratum without events", 12, 80, 1, 0.25, 0.6, true)),
				Arguments.of(new Trial("an arm without failures", 13, 50, 7, 0.0, 0.5, false)),
				Arguments.of(new Trial("larger, daily times", 14, 400, 1, 0.2, 0.55, false)),
				Arguments.of(new Trial("every subject fails", 15, 25, 10, 1.0, 1.0, false)),
				Arguments.of(new Trial("few subjects", 16, 6, 60, 0.5, 0.5, false)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("trials")
	void kaplanMeierLogRankAndCoxAgreeWithR(Trial trial) throws Exception {
		AnalysisDataset data = generate(trial);
		check(data);
	}

	@org.junit.jupiter.api.Test
	void aCurveRestingOnExactlyOneHalfHasRsMedian() throws Exception {
		// first arm: 4 subjects, failures on days 10 and 20, then censored: the curve stays on 1/2 to the end
		List<AnalysisSubject> subjects = new ArrayList<>();
		Subjects none = new Subjects();
		AnalysisDataset empty = none.dataset();
		String first = empty.arms().get(0);
		String second = empty.arms().get(1);
		String stratum = empty.strata().get(0);
		int[][] firstArm = { { 10, 1 }, { 20, 1 }, { 30, 0 }, { 40, 0 } };
		int[][] secondArm = { { 5, 1 }, { 15, 1 }, { 15, 0 }, { 25, 1 }, { 35, 1 }, { 50, 0 } };
		for (int[] s : firstArm) {
			subjects.add(subject(subjects.size(), first, stratum, s[0], s[1] == 1));
		}
		for (int[] s : secondArm) {
			subjects.add(subject(subjects.size(), second, stratum, s[0], s[1] == 1));
		}
		AnalysisDataset data = dataset(subjects);
		Map<String, Double> r = check(data);
		assertFalse(Double.isNaN(r.get("first.median")), "R gives the first arm a median");
	}

	private Map<String, Double> check(AnalysisDataset data) throws Exception {
		List<String> arms = data.arms();
		List<List<Object>> rows = new ArrayList<>();
		for (AnalysisSubject s : data.in(Population.ITT)) {
			rows.add(List.of(s.timeToRescue().days(), s.timeToRescue().event() ? 1 : 0,
					arms.get(0).equals(s.arm()) ? 1 : 0, s.stratum()));
		}
		Map<String, Double> r = RScript.run(directory, SCRIPT,
				RScript.csv(List.of("time", "status", "x", "stratum"), rows));
		Durability durability = Durability.of(data, Population.ITT);
		PublicationTable table = TimeToFailureTable.of(data, durability, null);
		for (int a = 0; a < 2; a++) {
			String arm = a == 0 ? "first" : "second";
			KaplanMeier km = durability.curves().get(a);
			double[] times = km.times();
			assertEquals(r.get(arm + ".n").intValue(), times.length, arm + ": distinct times");
			for (int k = 0; k < times.length; k++) {
				String at = arm + " at " + times[k];
				RScript.same(r.get(arm + ".time." + (k + 1)), times[k], at + ": time");
				RScript.same(r.get(arm + ".risk." + (k + 1)), km.atRisk(times[k]), at + ": at risk");
				RScript.same(r.get(arm + ".surv." + (k + 1)), km.survival()[k], at + ": survival");
				RScript.same(r.get(arm + ".lower." + (k + 1)), km.lower()[k], at + ": lower limit");
				RScript.same(r.get(arm + ".upper." + (k + 1)), km.upper()[k], at + ": upper limit");
			}
			KaplanMeier.Estimate median = km.median();
			RScript.same(r.get(arm + ".median"), median.value(), arm + ": median");
			RScript.same(r.get(arm + ".medianLower"), median.lower(), arm + ": median, lower limit");
			RScript.same(r.get(arm + ".medianUpper"), median.upper(), arm + ": median, upper limit");
			assertEquals(TimeToFailureTable.median(new KaplanMeier.Estimate(r.get(arm + ".median"),
					r.get(arm + ".medianLower"), r.get(arm + ".medianUpper"))),
					table.row("Median time to failure, days (95% CI)").cells().get(a).text(), arm + ": median cell");
			for (int i = 0; i < Durability.LANDMARK_DAYS.length; i++) {
				int day = Durability.LANDMARK_DAYS[i];
				KaplanMeier.Estimate estimate = km.at(day);
				RScript.same(r.get(arm + ".at" + day), estimate.value(), arm + ": survival at day " + day);
				RScript.same(r.get(arm + ".at" + day + ".lower"), estimate.lower(), arm + ": lower at day " + day);
				RScript.same(r.get(arm + ".at" + day + ".upper"), estimate.upper(), arm + ": upper at day " + day);
				assertEquals(TimeToFailureTable.survival(new KaplanMeier.Estimate(r.get(arm + ".at" + day),
						r.get(arm + ".at" + day + ".lower"), r.get(arm + ".at" + day + ".upper"))),
						table.row("at " + Durability.LANDMARK_NAMES[i] + " (day " + day + ")").cells().get(a).text(),
						arm + ": cell at day " + day);
			}
		}
		if (r.containsKey("logrank.chisq")) {
			RScript.same(r.get("logrank.observed"), durability.logRank().observed(), "log-rank observed");
			RScript.same(r.get("logrank.expected"), durability.logRank().expected(), "log-rank expected");
			RScript.same(r.get("logrank.chisq"), durability.logRank().chiSquare(), "log-rank chi-square");
			RScript.same(r.get("logrank.p"), durability.logRank().pValue(), "log-rank p");
			assertEquals(Formats.pValue(r.get("logrank.p")),
					table.row("Log-rank test, stratified by diagnosis, p").cells().get(2).text());
		} else {
			assertTrue(Double.isNaN(durability.logRank().pValue()), "R finds no events to test; neither do we");
		}
		String hrCell = table.row("Hazard ratio (95% CI), Cox, stratified by diagnosis").cells().get(2).text();
		if (durability.cox().estimable()) {
			assertEquals(0.0, r.get("cox.warned"), "R fits the model without a warning");
			RScript.same(r.get("cox.beta"), durability.cox().beta(), "Cox coefficient");
			RScript.same(r.get("cox.se"), durability.cox().standardError(), "Cox standard error");
			RScript.same(r.get("cox.lower"), durability.cox().interval().lower(), "hazard ratio, lower limit");
			RScript.same(r.get("cox.upper"), durability.cox().interval().upper(), "hazard ratio, upper limit");
			assertEquals(Formats.fixed(r.get("cox.hr"), 2) + " (" + Formats.fixed(r.get("cox.lower"), 2) + " to "
					+ Formats.fixed(r.get("cox.upper"), 2) + ")", hrCell);
		} else {
			// R warns that the coefficient may be infinite and reports an interval that means nothing
			assertEquals(1.0, r.get("cox.warned"), "R warns where Trialbench says not estimable");
			assertTrue(r.get("cox.se") > 100 || Double.isNaN(r.get("cox.se")), "R's standard error is huge");
			assertEquals(Formats.NOT_ESTIMABLE, hrCell);
		}
		return r;
	}

	static AnalysisDataset generate(Trial trial) {
		Random random = new Random(trial.seed());
		AnalysisDataset empty = new Subjects().dataset();
		List<String> strata = empty.strata();
		List<AnalysisSubject> subjects = new ArrayList<>();
		for (int a = 0; a < 2; a++) {
			double fail = a == 0 ? trial.failFirst() : trial.failSecond();
			for (int i = 0; i < trial.perArm(); i++) {
				int stratum = random.nextInt(strata.size());
				boolean event = random.nextDouble() < fail && !(trial.stratumWithoutEvents() && stratum == 1);
				// failures come early (exponential, mean 150 days); follow-up ends between 90 and 450 days
				long days = event ? (long) (-150 * Math.log(1 - random.nextDouble())) : 90 + random.nextInt(361);
				days = Math.round((double) days / trial.grain()) * trial.grain();
				subjects.add(subject(subjects.size(), empty.arms().get(a), strata.get(stratum), days, event));
			}
		}
		return dataset(subjects);
	}

	static AnalysisSubject subject(int index, String arm, String stratum, long days, boolean event) {
		return new AnalysisSubject("S" + index, "SCR-" + index, "01", SubjectStatus.COMPLETED, null, null, arm,
				stratum, Boolean.TRUE, null, true, null, "COMPLETED", null, Map.of(VISIT_SCREENING, Map.of()),
				Boolean.TRUE, null, List.of(), "R-" + index,
				new TimeToRescue(days, event, event ? "re-intervention" : "end of study (COMPLETED)"), arm);
	}

	static AnalysisDataset dataset(List<AnalysisSubject> subjects) {
		return new AnalysisDataset(Subjects.PROTOCOL, new Snapshot("LOCK-R", 7, Instant.parse("2026-11-01T00:00:00Z"),
				"statistician", true, null), subjects);
	}
}
