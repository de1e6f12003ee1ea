package org.trialbench.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.VisitHeader;

/**
 * A monitoring visit report: for one site and the days of the visit (first to last, inclusive, UTC), what was
 * verified, the findings (values changed after verification, required values still pending, overdue visits),
 * queries raised and closed during the visit and those still unresolved, and the action items that follow.
 */
public record VisitReport(String siteCode, String siteName, String monitor, LocalDate from, LocalDate to,
		Instant createdAt, List<WorklistRow> verified, Map<SdvState, Integer> stateCounts, int required,
		List<WorklistRow> changedAfterVerification, List<WorklistRow> pendingCritical, List<VisitHeader> overdueVisits,
		List<QueryHeader> raised, List<QueryHeader> closed, List<QueryHeader> unresolved, List<String> actions,
		SiteMetrics metrics) {

	public static VisitReport build(TrialSession session, Site site, LocalDate from, LocalDate to, Instant now,
			IProgressMonitor monitor) throws StoreException {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The visit cannot end (" + to + ") before it starts (" + from + ")");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Monitoring visit report for site " + site.getCode(), 4);
		List<WorklistRow> rows = SdvWorklist.load(session, site.getId(), progress.split(2));
		List<QueryHeader> queries = session.queries(site.getId());
		List<VisitHeader> visits = session.visits(site.getId());
		progress.worked(1);
		Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<WorklistRow> verified = new ArrayList<>();
		List<WorklistRow> changed = new ArrayList<>();
		List<WorklistRow> pendingCritical = new ArrayList<>();
		Map<SdvState, Integer> counts = new EnumMap<>(SdvState.class);
		for (SdvState state : SdvState.VALUES) {
			counts.put(state, 0);
		}
		int required = 0;
		for (WorklistRow row : rows) {
			counts.merge(row.state(), 1, Integer::sum);
			required += row.requirement().required() ? 1 : 0;
			Instant at = row.value().verifiedAt();
			if (row.state() == SdvState.VERIFIED && at != null && !at.isBefore(start) && at.isBefore(end)) {
				verified.add(row);
			}
			if (row.state() == SdvState.CHANGED_SINCE_VERIFICATION) {
				changed.add(row);
			}
			if (row.state() == SdvState.PENDING && row.requirement().kind() == SdvRequirement.Kind.CRITICAL) {
				pendingCritical.add(row);
			}
		}
		List<QueryHeader> raised = queries.stream().filter(q -> within(q.raisedAt(), start, end)).toList();
		List<QueryHeader> closed = queries.stream()
				.filter(q -> q.status() == QueryStatus.CLOSED && within(q.lastMessageAt(), start, end)).toList();
		List<QueryHeader> unresolved = SiteInbox.unresolved(queries);
		Map<String, VisitDefinition> definitions = new java.util.HashMap<>();
		session.protocol().getVisits().forEach(v -> definitions.put(v.getOid(), v));
		List<VisitHeader> overdue = visits.stream()
				.filter(v -> SiteMetrics.overdue(v, definitions.get(v.visitOid()), to)).toList();
		SiteMetrics metrics = SiteMetrics.of(site, new SdvSelection(session.protocol()), session.protocol(),
				session.subjects(org.trialbench.repository.SubjectFilter.site(site.getId())),
				rows.stream().filter(r -> r.target() == SdvTarget.ITEM).map(WorklistRow::value).toList(),
				session.verifiedRecords(site.getId()), queries, visits, to);
		progress.worked(1);
		List<String> actions = actions(changed, pendingCritical, overdue, unresolved, end);
		return new VisitReport(site.getCode(), site.getName(), session.user().getUsername(), from, to, now, verified,
				counts, required, changed, pendingCritical, overdue, raised, closed, unresolved, actions, metrics);
	}

	private static boolean within(Instant at, Instant start, Instant end) {
		return at != null && !at.isBefore(start) && at.isBefore(end);
	}

	private static List<String> actions(List<WorklistRow> changed, List<WorklistRow> pendingCritical,
			List<VisitHeader> overdue, List<QueryHeader> unresolved, Instant end) {
		List<String> actions = new ArrayList<>();
		if (!changed.isEmpty()) {
			actions.add("Monitor: re-verify " + changed.size() + " value(s) changed after verification.");
		}
		if (!pendingCritical.isEmpty()) {
			actions.add("Monitor: verify " + pendingCritical.size()
					+ " critical value(s) still pending (consent, eligibility, randomization, primary endpoint, "
					+ "serious adverse events).");
		}
		long awaitingSite = unresolved.stream().filter(q -> QueryLifecycle.awaitsSite(q.status())).count();
		if (awaitingSite > 0) {
			actions.add("Site: answer " + awaitingSite + " open query(ies); the oldest is "
					+ SiteInbox.oldestDays(SiteInbox.of(unresolved), end) + " days old.");
		}
		long answered = unresolved.stream().filter(q -> q.status() == QueryStatus.ANSWERED).count();
		if (answered > 0) {
			actions.add("Monitor: review " + answered + " answered query(ies) and close or re-open them.");
		}
		if (!overdue.isEmpty()) {
			actions.add("Site: schedule or document " + overdue.size() + " overdue visit(s).");
		}
		if (actions.isEmpty()) {
			actions.add("No open actions.");
		}
		return actions;
	}
}
