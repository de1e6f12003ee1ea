package org.trialbench.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.trialbench.clinical.Subject;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.RepositoryListener;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * The store this workbench is connected to and the logged-in user's session, as the views see it. Lives in the
 * application's e4 context for the whole run; the store is opened in the background, so it starts out
 * {@link State#CONNECTING} and tells its listeners when that changes. Views ask it for data and listen for commits
 * (this and other workbenches).
 */
public final class WorkbenchSession {

	public enum State {
		/** The store is being opened. */
		CONNECTING,
		/** No store could be opened; {@link #problem()} says why. */
		NO_STORE,
		/** The store holds no trial yet. */
		EMPTY,
		/** Connected but nobody logged in yet. */
		LOGGED_OUT,
		OPEN
	}

	/**
	 * Told on a background thread when the data changed. {@code commit} is null when the session itself changed
	 * (store opened or failed, someone logged in or out): then everything a view shows is stale.
	 */
	public interface Listener {
		void changed(CommitInfo commit, Set<String> subjectIds);
	}

	private volatile TrialRepository repository;
	private volatile String problem;
	private volatile TrialSession session;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final RepositoryListener forward = (commit, subjects) -> listeners.forEach(l -> l.changed(commit, subjects));

	private WorkbenchSession(TrialRepository repository, String problem) {
		this.repository = repository;
		this.problem = problem;
	}

	/** A session whose store is still being opened; {@link #connect} or {@link #fail} follows. */
	public static WorkbenchSession connecting() {
		return new WorkbenchSession(null, null);
	}

	public static WorkbenchSession connected(TrialRepository repository) {
		return new WorkbenchSession(repository, null);
	}

	public static WorkbenchSession failed(String problem) {
		return new WorkbenchSession(null, problem);
	}

	/**
	 * The store is open (nobody logged in yet). A store connected before is closed (an embedded store's server
	 * stops when no process uses it any more).
	 */
	public void connect(TrialRepository newRepository) {
		TrialRepository previous;
		synchronized (this) {
			closeSession();
			previous = repository;
			repository = newRepository;
			problem = null;
		}
		if (previous != null && previous != newRepository) {
			previous.close();
		}
		fireSessionChanged();
	}

	/** No store could be opened; the problem is shown to the user as is. */
	public void fail(String newProblem) {
		synchronized (this) {
			closeSession();
			repository = null;
			problem = newProblem;
		}
		fireSessionChanged();
	}

	public State state() {
		TrialRepository current = repository;
		if (current == null) {
			return problem == null ? State.CONNECTING : State.NO_STORE;
		}
		if (session != null) {
			return State.OPEN;
		}
		try {
			return current.isEmpty() ? State.EMPTY : State.LOGGED_OUT;
		} catch (StoreException e) {
			return State.NO_STORE;
		}
	}

	public String problem() {
		return problem;
	}

	public Optional<TrialRepository> repository() {
		return Optional.ofNullable(repository);
	}

	/** The open session; fails when nobody is logged in. */
	public TrialSession session() {
		TrialSession current = session;
		if (current == null) {
			throw new IllegalStateException("Nobody is logged in to the trial store");
		}
		return current;
	}

	public boolean isOpen() {
		return session != null;
	}

	public void open(TrialSession newSession) {
		synchronized (this) {
			closeSession();
			session = newSession;
			newSession.addListener(forward);
		}
		fireSessionChanged();
	}

	/** Convenience for views: one subject's record, or empty when it is gone or not visible. */
	public Optional<Subject> subject(String subjectId) throws StoreException {
		return session().subject(subjectId);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Logs out; the store stays connected. */
	public void close() {
		boolean wasOpen;
		synchronized (this) {
			wasOpen = session != null;
			closeSession();
		}
		if (wasOpen) {
			fireSessionChanged();
		}
	}

	/** Logs out and closes the store, at shutdown. */
	public void dispose() {
		TrialRepository closing;
		synchronized (this) {
			closeSession();
			closing = repository;
			repository = null;
			problem = "the workbench is closing";
		}
		if (closing != null) {
			closing.close();
		}
	}

	private void closeSession() {
		TrialSession current = session;
		if (current != null) {
			current.removeListener(forward);
			session = null;
			current.close();
		}
	}

	private void fireSessionChanged() {
		listeners.forEach(l -> l.changed(null, Set.of()));
	}

	/** A one-line description for status bars and dialogs. */
	public String describe() {
		TrialRepository current = repository;
		TrialSession open = session;
		return switch (state()) {
		case CONNECTING -> "Opening the trial store";
		case NO_STORE -> "No trial store: " + (problem == null ? "the store cannot be read" : problem);
		case EMPTY -> current.description() + " (empty)";
		case LOGGED_OUT -> current.description() + " (not logged in)";
		case OPEN -> open.user().getUsername() + " (" + roleWords(open) + ") on " + current.description();
		};
	}

	/** "investigator, monitor": the session's roles in words, in the model's order. */
	private static String roleWords(TrialSession open) {
		return open.roles().stream().sorted().map(role -> role.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2")
				.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
	}
}
