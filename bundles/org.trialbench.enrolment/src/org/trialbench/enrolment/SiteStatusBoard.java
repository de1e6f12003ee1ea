package org.trialbench.enrolment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.model.status.SubjectStatuses;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * What the sites' data entry stands at, for the people entering it: subjects by status at each site the user may
 * see, and the queries waiting for the site's answer or for the monitor. Read from headers only, so that it stays
 * quick for a large trial. Nothing here depends on the allocation, so it is the same for blinded and unblinded users.
 *
 * @param sites one row per visible site, in the trial's site order
 * @param total the sum over those sites
 */
public record SiteStatusBoard(List<Row> sites, Row total) {

	/** Statuses in the order a subject passes through them, the order of the bars' segments. */
	public static final List<SubjectStatus> STATUS_ORDER = List.of(SubjectStatus.SCREENING,
			SubjectStatus.SCREEN_FAILED, SubjectStatus.RANDOMIZED, SubjectStatus.COMPLETED, SubjectStatus.WITHDRAWN,
			SubjectStatus.LOST_TO_FOLLOW_UP);

	/**
	 * @param awaitingSite open or re-opened queries: the site is to answer
	 * @param awaitingMonitor answered queries: the monitor is to close or re-open
	 */
	public record Row(String siteId, String code, String name, Map<SubjectStatus, Integer> byStatus, int awaitingSite,
			int awaitingMonitor) {

		public int subjects() {
			return byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int count(SubjectStatus status) {
			return byStatus.getOrDefault(status, 0);
		}

		/** Subjects ever randomized: those randomized and every status only reached after randomization. */
		public int everRandomized() {
			return byStatus.entrySet().stream().filter(e -> SubjectStatuses.everRandomized(e.getKey()))
					.mapToInt(Map.Entry::getValue).sum();
		}

		public String label() {
			return code == null || code.isBlank() ? name : name == null ? code : code + " " + name;
		}
	}

	public static SiteStatusBoard of(TrialSession session, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Counting subjects and queries per site", 3);
		List<SubjectHeader> subjects = session.subjects(SubjectFilter.all());
		progress.worked(1);
		checkCancel(progress);
		List<QueryHeader> queries = session.queries(null);
		progress.worked(1);
		checkCancel(progress);
		// a user assigned to no site works trial-wide (data manager, statistician); others see their own sites
		boolean trialWide = session.user() == null || session.user().getSites().isEmpty();
		Map<String, Map<SubjectStatus, Integer>> counts = new LinkedHashMap<>();
		Map<String, int[]> queryCounts = new LinkedHashMap<>();
		for (SubjectHeader subject : subjects) {
			counts.computeIfAbsent(subject.siteId(), id -> new EnumMap<>(SubjectStatus.class))
					.merge(subject.status() == null ? SubjectStatus.SCREENING : subject.status(), 1, Integer::sum);
		}
		for (QueryHeader query : queries) {
			int[] two = queryCounts.computeIfAbsent(query.siteId(), id -> new int[2]);
			if (query.status() == QueryStatus.OPEN || query.status() == QueryStatus.REOPENED) {
				two[0]++;
			} else if (query.status() == QueryStatus.ANSWERED) {
				two[1]++;
			}
		}
		List<Row> rows = new ArrayList<>();
		Map<SubjectStatus, Integer> sum = new EnumMap<>(SubjectStatus.class);
		int sumSite = 0;
		int sumMonitor = 0;
		for (Site site : session.trial().getSites()) {
			boolean mine = session.user() != null && session.user().getSites().stream()
					.anyMatch(s -> s.getId() != null && s.getId().equals(site.getId()));
			if (!trialWide && !mine && !counts.containsKey(site.getId())) {
				continue; // a site-bound user sees the sites they work at, not the whole trial's list
			}
			Map<SubjectStatus, Integer> byStatus = counts.getOrDefault(site.getId(), new EnumMap<>(SubjectStatus.class));
			int[] q = queryCounts.getOrDefault(site.getId(), new int[2]);
			rows.add(new Row(site.getId(), site.getCode(), site.getName(), Collections.unmodifiableMap(byStatus), q[0],
					q[1]));
			byStatus.forEach((status, n) -> sum.merge(status, n, Integer::sum));
			sumSite += q[0];
			sumMonitor += q[1];
		}
		progress.worked(1);
		return new SiteStatusBoard(List.copyOf(rows),
				new Row(null, null, "All sites", Collections.unmodifiableMap(sum), sumSite, sumMonitor));
	}

	private static void checkCancel(SubMonitor progress) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The largest number of subjects at one site: the scale of the bars. */
	public int largestSite() {
		return sites.stream().mapToInt(Row::subjects).max().orElse(0);
	}
}
