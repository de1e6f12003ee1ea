package org.trialbench.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Subject;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportObligation;
import org.trialbench.safety.clock.ReportingClock;

/**
 * The safety desk's view of every serious adverse event the user may see: each report owed with its deadline and
 * state (due, overdue, submitted, submitted late), open ones first by deadline; and the serious related events still
 * waiting for an expectedness assessment.
 */
public final class SafetyDashboard {
	/** One report of one case. */
	public record Row(SafetyCase safetyCase, ReportObligation obligation) {
	}

	private final List<SafetyCase> cases;
	private final List<Row> rows;
	private final List<SafetyCase> awaitingExpectedness;

	private SafetyDashboard(List<SafetyCase> cases) {
		this.cases = List.copyOf(cases);
		List<Row> all = new ArrayList<>();
		List<SafetyCase> awaiting = new ArrayList<>();
		for (SafetyCase safetyCase : cases) {
			for (ReportObligation obligation : safetyCase.obligations()) {
				all.add(new Row(safetyCase, obligation));
			}
			AdverseEvent event = safetyCase.event();
			if (event.isSerious() && event.getExpected() == null && event.isSetRelationship()
					&& event.getRelationship().getValue() >= Relationship.POSSIBLY_RELATED_VALUE) {
				awaiting.add(safetyCase);
			}
		}
		// open reports first, soonest deadline first; then the sent ones, most recent deadline first
		all.sort((a, b) -> {
			boolean aOpen = a.obligation().state().open();
			boolean bOpen = b.obligation().state().open();
			if (aOpen != bOpen) {
				return aOpen ? -1 : 1;
			}
			int byDeadline = aOpen ? a.obligation().deadline().compareTo(b.obligation().deadline())
					: b.obligation().deadline().compareTo(a.obligation().deadline());
			return byDeadline != 0 ? byDeadline
					: Comparator.nullsLast(String::compareTo).compare(a.safetyCase().screeningNumber(),
							b.safetyCase().screeningNumber());
		});
		this.rows = List.copyOf(all);
		this.awaitingExpectedness = List.copyOf(awaiting);
	}

	public static SafetyDashboard of(List<SafetyCase> cases) {
		return new SafetyDashboard(cases);
	}

	/** Reads every visible subject's serious events, one subject at a time; honours cancellation. */
	public static SafetyDashboard collect(TrialSession session, ReportingClock clock, IProgressMonitor monitor)
			throws StoreException {
		return of(SafetyCases.serious(session, clock, monitor));
	}

	public List<SafetyCase> cases() {
		return cases;
	}

	public List<Row> rows() {
		return rows;
	}

	public List<SafetyCase> awaitingExpectedness() {
		return awaitingExpectedness;
	}

	public Map<ClockState, Integer> counts() {
		Map<ClockState, Integer> counts = new EnumMap<>(ClockState.class);
		for (ClockState state : ClockState.values()) {
			counts.put(state, 0);
		}
		for (Row row : rows) {
			counts.merge(row.obligation().state(), 1, Integer::sum);
		}
		return counts;
	}

	/** Reads the adverse events of the visible subjects. */
	public static final class SafetyCases {
		private SafetyCases() {
		}

		public static List<SafetyCase> serious(TrialSession session, ReportingClock clock, IProgressMonitor monitor)
				throws StoreException {
			return read(session, clock, true, monitor);
		}

		public static List<SafetyCase> all(TrialSession session, ReportingClock clock, IProgressMonitor monitor)
				throws StoreException {
			return read(session, clock, false, monitor);
		}

		private static List<SafetyCase> read(TrialSession session, ReportingClock clock, boolean seriousOnly,
				IProgressMonitor monitor) throws StoreException {
			List<SubjectHeader> headers = session.subjects(SubjectFilter.all());
			SubMonitor progress = SubMonitor.convert(monitor, "Reading adverse events", headers.size());
			List<SafetyCase> cases = new ArrayList<>();
			for (SubjectHeader header : headers) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Optional<Subject> subject = session.subject(header.id());
				if (subject.isPresent()) {
					for (AdverseEvent event : subject.get().getAdverseEvents()) {
						if (!seriousOnly || event.isSerious()) {
							cases.add(SafetyCase.of(subject.get(), event, clock));
						}
					}
				}
				progress.worked(1);
			}
			return cases;
		}
	}
}
