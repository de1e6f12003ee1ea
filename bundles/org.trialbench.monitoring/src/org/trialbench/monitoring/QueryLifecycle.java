package org.trialbench.monitoring;

import java.util.EnumSet;
import java.util.Set;

import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Role;

/**
 * The life of a query: a monitor (or the data manager) raises it (open); the site answers, and may correct the
 * value (answered); whoever raises queries closes it or re-opens it; the site answers a re-opened query again.
 * Investigators never close or re-open; monitors never correct data (the store enforces both as well).
 */
public final class QueryLifecycle {

	private static final Set<Role> RAISERS = EnumSet.of(Role.MONITOR, Role.DATA_MANAGER, Role.SAFETY);
	private static final Set<Role> ANSWERERS = EnumSet.of(Role.INVESTIGATOR);

	private QueryLifecycle() {
	}

	/** The status after the step, or a message why the step is not possible now. */
	public static QueryStatus next(QueryStatus current, QueryMessageKind step) {
		return switch (step) {
		case RAISE -> {
			if (current != null) {
				throw new IllegalStateException("The query is raised already");
			}
			yield QueryStatus.OPEN;
		}
		case ANSWER -> {
			if (current == QueryStatus.CLOSED) {
				throw new IllegalStateException("The query is closed; it must be re-opened before it is answered again");
			}
			yield QueryStatus.ANSWERED;
		}
		case CLOSE -> {
			if (current == QueryStatus.CLOSED) {
				throw new IllegalStateException("The query is closed already");
			}
			yield QueryStatus.CLOSED;
		}
		case REOPEN -> {
			if (current != QueryStatus.CLOSED && current != QueryStatus.ANSWERED) {
				throw new IllegalStateException("Only an answered or closed query can be re-opened; this one is "
						+ (current == null ? "not raised" : current.getLiteral()));
			}
			yield QueryStatus.REOPENED;
		}
		};
	}

	/** Whether one of the roles may take the step. */
	public static boolean allows(Set<Role> roles, QueryMessageKind step) {
		Set<Role> allowed = step == QueryMessageKind.ANSWER ? ANSWERERS : RAISERS;
		return roles.stream().anyMatch(allowed::contains);
	}

	/** Whether the query waits for the site: open or re-opened. */
	public static boolean awaitsSite(QueryStatus status) {
		return status == QueryStatus.OPEN || status == QueryStatus.REOPENED;
	}

	/** Whether the query is not settled yet: open, answered (waiting for the monitor) or re-opened. */
	public static boolean unresolved(QueryStatus status) {
		return status != null && status != QueryStatus.CLOSED;
	}

	public static String verb(QueryMessageKind step) {
		return switch (step) {
		case RAISE -> "raise";
		case ANSWER -> "answer";
		case CLOSE -> "close";
		case REOPEN -> "re-open";
		};
	}
}
