package org.trialbench.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.model.status.SubjectStatuses;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.VerifiedRecordHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.SdvHeaders;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.VisitHeader;

/**
 * One site's monitoring figures: subjects consented per month (and how many of them were randomized), source data
 * verification of what the plan requires, unresolved queries and their age, and overdue visits (planned visits
 * whose window closed before the day of the figures).
 */
public record SiteMetrics(String siteId, String siteCode, String siteName, int screened, int randomized,
		SortedMap<YearMonth, Integer> consentedByMonth, SortedMap<YearMonth, Integer> randomizedByMonth,
		int sdvRequired, int sdvVerified, int sdvChanged, int unresolvedQueries, int awaitingSite,
		Map<String, Integer> queryAge, long oldestQueryDays, int overdueVisits) {

	/** Verified share of what the plan requires, 0..1; 1 when nothing is required. */
	public double sdvCompletion() {
		return sdvRequired == 0 ? 1 : sdvVerified / (double) sdvRequired;
	}

	public static List<SiteMetrics> of(TrialSession session, List<Site> sites, LocalDate today, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Computing site metrics", sites.size());
		List<SiteMetrics> metrics = new ArrayList<>();
		SdvSelection plan = new SdvSelection(session.protocol());
		for (Site site : sites) {
			progress.subTask("Site " + site.getCode());
			progress.checkCanceled();
			SdvHeaders sdv = session.sdvHeaders(site.getId());
			metrics.add(of(site, plan, session.protocol(), session.subjects(SubjectFilter.site(site.getId())),
					sdv.itemValues(), sdv.records(),
					session.queries(site.getId()), session.visits(site.getId()), today));
			progress.worked(1);
		}
		return metrics;
	}

	/** The figures from the site's headers, as of the given day (item values only). */
	public static SiteMetrics of(Site site, SdvSelection plan, Study study, List<SubjectHeader> subjects,
			List<ItemValueHeader> values, List<QueryHeader> queries, List<VisitHeader> visits, LocalDate today) {
		return of(site, plan, study, subjects, values, List.of(), queries, visits, today);
	}

	/** The figures from the site's headers, as of the given day; SDV counts consent records and events too. */
	public static SiteMetrics of(Site site, SdvSelection plan, Study study, List<SubjectHeader> subjects,
			List<ItemValueHeader> values, List<VerifiedRecordHeader> records, List<QueryHeader> queries,
			List<VisitHeader> visits, LocalDate today) {
		SortedMap<YearMonth, Integer> consented = new TreeMap<>();
		SortedMap<YearMonth, Integer> randomizedByMonth = new TreeMap<>();
		int randomized = 0;
		for (SubjectHeader subject : subjects) {
			if (subject.consentDate() == null) {
				continue;
			}
			YearMonth month = YearMonth.from(subject.consentDate());
			consented.merge(month, 1, Integer::sum);
			if (SubjectStatuses.everRandomized(subject.status())) {
				randomizedByMonth.merge(month, 1, Integer::sum);
				randomized++;
			}
		}
		int required = 0;
		int verified = 0;
		int changed = 0;
		for (ItemValueHeader value : values) {
			SdvState state = plan.effectiveState(value);
			boolean isRequired = plan.requirement(value).required();
			if (isRequired || state == SdvState.VERIFIED || state == SdvState.CHANGED_SINCE_VERIFICATION) {
				required += isRequired ? 1 : 0;
				if (isRequired && state == SdvState.VERIFIED) {
					verified++;
				}
				if (state == SdvState.CHANGED_SINCE_VERIFICATION) {
					changed++;
				}
			}
		}
		for (VerifiedRecordHeader record : records) {
			SdvState state = plan.effectiveState(record);
			boolean isRequired = plan.requirement(record).required();
			required += isRequired ? 1 : 0;
			verified += isRequired && state == SdvState.VERIFIED ? 1 : 0;
			changed += state == SdvState.CHANGED_SINCE_VERIFICATION ? 1 : 0;
		}
		Instant now = today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		List<QueryHeader> unresolved = SiteInbox.unresolved(queries);
		int awaiting = SiteInbox.of(queries).size();
		Map<String, VisitDefinition> definitions = new java.util.HashMap<>();
		study.getVisits().forEach(v -> definitions.put(v.getOid(), v));
		int overdue = 0;
		for (VisitHeader visit : visits) {
			if (overdue(visit, definitions.get(visit.visitOid()), today)) {
				overdue++;
			}
		}
		return new SiteMetrics(site.getId(), site.getCode(), site.getName(), subjects.size(), randomized, consented,
				randomizedByMonth, required, verified, changed, unresolved.size(), awaiting,
				QueryAging.histogram(unresolved, now), SiteInbox.oldestDays(unresolved, now), overdue);
	}

	/** A planned visit whose window (target date plus the days allowed after it) closed before today. */
	public static boolean overdue(VisitHeader visit, VisitDefinition definition, LocalDate today) {
		if (visit.status() != VisitStatus.PLANNED || visit.date() == null) {
			return false;
		}
		int after = definition == null ? 0 : definition.getWindowAfterDays();
		return visit.date().plusDays(after).isBefore(today);
	}

	/** Running totals of a per-month count, every month from the first to {@code last} present. */
	public static SortedMap<YearMonth, Integer> cumulative(SortedMap<YearMonth, Integer> perMonth, YearMonth first,
			YearMonth last) {
		SortedMap<YearMonth, Integer> totals = new TreeMap<>();
		int total = 0;
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			total += perMonth.getOrDefault(month, 0);
			totals.put(month, total);
		}
		return totals;
	}
}
