package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.monitoring.MetricsCharts;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.monitoring.SiteMetrics;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.VisitHeader;

/** Site figures from headers written out by hand, with the expected numbers counted by hand. */
class SiteMetricsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
	private final Study protocol = PoemBtxProtocol.load();

	@Test
	void figuresOfASmallSite() {
		Site site = ClinicalFactory.eINSTANCE.createSite();
		site.setId("site-07");
		site.setCode("07");
		List<SubjectHeader> subjects = List.of(
				subject("07-001", SubjectStatus.RANDOMIZED, "2026-03-10", "STR.T3"),
				subject("07-002", SubjectStatus.SCREEN_FAILED, "2026-03-20", null),
				subject("07-003", SubjectStatus.COMPLETED, "2026-05-02", "STR.DES"),
				subject("07-004", SubjectStatus.WITHDRAWN, "2026-05-30", "STR.JH"), // withdrawn after randomization
				subject("07-005", SubjectStatus.SCREENING, null, null)); // no consent date: not in the timeline
		// critical Eckardt items at month 6: required whatever the sample; the derived total is never required
		List<ItemValueHeader> values = List.of(
				value("v1", "IT.ECK.DYSPHAGIA", SdvState.VERIFIED),
				value("v2", "IT.ECK.REGURG", SdvState.PENDING),
				value("v3", "IT.ECK.PAIN", SdvState.CHANGED_SINCE_VERIFICATION),
				value("v4", "IT.ECK.WEIGHTLOSS", SdvState.VERIFIED),
				value("v5", "IT.ECK.TOTAL", SdvState.NOT_REQUIRED));
		List<QueryHeader> queries = List.of(
				query("q1", QueryStatus.OPEN, "2026-11-20T08:00:00Z"), // 5 days: 0-7
				query("q2", QueryStatus.ANSWERED, "2026-11-10T08:00:00Z"), // 15 days: 15-30
				query("q3", QueryStatus.REOPENED, "2026-09-01T08:00:00Z"), // 85 days: over 30
				query("q4", QueryStatus.CLOSED, "2026-08-01T08:00:00Z")); // closed: not counted
		// month 6 allows 14 days after its target (protocol): overdue when the target was before 11 November
		List<VisitHeader> visits = List.of(
				visit("SE.M6", LocalDate.of(2026, 10, 1), VisitStatus.PLANNED), // window closed 15 October: overdue
				visit("SE.M6", LocalDate.of(2026, 11, 15), VisitStatus.PLANNED), // window open until 29 November
				visit("SE.M6", LocalDate.of(2026, 9, 1), VisitStatus.DONE)); // done: not overdue

		SiteMetrics metrics = SiteMetrics.of(site, new SdvSelection(protocol), protocol, subjects, values, queries,
				visits, TODAY);

		assertEquals(5, metrics.screened());
		assertEquals(3, metrics.randomized(), "001, 003 and the withdrawn 004 were randomized");
		assertEquals(Map.of(YearMonth.of(2026, 3), 2, YearMonth.of(2026, 5), 2), metrics.consentedByMonth());
		assertEquals(Map.of(YearMonth.of(2026, 3), 1, YearMonth.of(2026, 5), 2), metrics.randomizedByMonth());
		assertEquals(4, metrics.sdvRequired(), "four typed critical items");
		assertEquals(2, metrics.sdvVerified());
		assertEquals(1, metrics.sdvChanged());
		assertEquals(0.5, metrics.sdvCompletion(), 1e-12);
		assertEquals(3, metrics.unresolvedQueries());
		assertEquals(2, metrics.awaitingSite(), "open and re-opened");
		assertEquals(List.of(1, 0, 1, 1), List.copyOf(metrics.queryAge().values()));
		assertEquals(85, metrics.oldestQueryDays(), "1 September 08:00 to 26 November 00:00 is 85 whole days");
		assertEquals(1, metrics.overdueVisits());
		assertEquals(List.of(2, 2, 4), List.copyOf(SiteMetrics
				.cumulative(metrics.consentedByMonth(), YearMonth.of(2026, 3), YearMonth.of(2026, 5)).values()));
	}

	@Test
	void chartsRenderForEveryFigure() {
		Site site = ClinicalFactory.eINSTANCE.createSite();
		site.setId("s");
		site.setCode("01");
		SiteMetrics metrics = SiteMetrics.of(site, new SdvSelection(protocol), protocol,
				List.of(subject("01-001", SubjectStatus.RANDOMIZED, "2026-01-05", "STR.T3")), List.of(), List.of(),
				List.of(), TODAY);
		for (var image : List.of(MetricsCharts.enrolment(List.of(metrics), 400, 250),
				MetricsCharts.sdvCompletion(List.of(metrics), 400, 250),
				MetricsCharts.queryAge(List.of(metrics), 400, 250), MetricsCharts.overdueVisits(List.of(metrics), 400, 250))) {
			assertEquals(400, image.getWidth());
			byte[] png = MetricsCharts.png(image);
			assertEquals((byte) 0x89, png[0]);
			assertEquals('P', png[1]);
		}
	}

	private static SubjectHeader subject(String number, SubjectStatus status, String consent, String stratum) {
		return new SubjectHeader("id-" + number, number, "site-07", "07", status,
				consent == null ? null : LocalDate.parse(consent), stratum, 1);
	}

	private static ItemValueHeader value(String id, String item, SdvState state) {
		return new ItemValueHeader(id, "id-07-001", "07-001", "site-07", "07", "visit-1", "SE.M6", 1,
				LocalDate.of(2026, 9, 1), "form-1", "F.ECKARDT", item, "1", MissingCode.NONE, state, null, null, 0);
	}

	private static QueryHeader query(String id, QueryStatus status, String raisedAt) {
		return new QueryHeader(id, "id-07-001", "07-001", "site-07", "07", "v1", "ItemValue", "IT.ECK.DYSPHAGIA", status,
				"user-monitor", Instant.parse(raisedAt), Instant.parse(raisedAt), "user-monitor", "text", 1);
	}

	private static VisitHeader visit(String oid, LocalDate date, VisitStatus status) {
		return new VisitHeader("visit-" + date, "id-07-001", "07-001", "site-07", oid, 1, date, status);
	}
}
