package org.trialbench.ui.tests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Study;
import org.trialbench.repository.AuditTrail;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.RepositoryListener;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * A trial session over a {@link PoemTrial} in memory that records what was read: which subject-row queries and
 * which whole subject records. Records are handed out as copies, as a store hands out detached snapshots.
 */
final class InMemorySession implements TrialSession {
	private final PoemTrial data;
	private final User user;
	final List<SubjectFilter> rowReads = new CopyOnWriteArrayList<>();
	final List<String> recordReads = new CopyOnWriteArrayList<>();
	private final List<RepositoryListener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong commits = new AtomicLong();
	volatile boolean closed;

	InMemorySession(PoemTrial data, User user) {
		this.data = data;
		this.user = user;
	}

	@Override
	public User user() {
		return user;
	}

	@Override
	public Set<Role> roles() {
		return Set.copyOf(user.getRoles());
	}

	@Override
	public Study protocol() {
		return data.study;
	}

	@Override
	public Trial trial() {
		return data.trial;
	}

	@Override
	public List<SubjectHeader> subjects(SubjectFilter filter) {
		rowReads.add(filter);
		Stream<SubjectHeader> rows = matching(filter).skip(filter.offset());
		return (filter.limit() > 0 ? rows.limit(filter.limit()) : rows).toList();
	}

	@Override
	public int countSubjects(SubjectFilter filter) {
		return (int) matching(filter).count();
	}

	private Stream<SubjectHeader> matching(SubjectFilter filter) {
		return data.headers().stream().filter(h -> filter.siteId() == null || filter.siteId().equals(h.siteId()))
				.filter(h -> filter.screeningNumberPrefix() == null
						|| h.screeningNumber().startsWith(filter.screeningNumberPrefix()))
				.filter(h -> filter.screeningNumberPart() == null
						|| h.screeningNumber().contains(filter.screeningNumberPart()))
				.filter(h -> filter.statuses().isEmpty() || filter.statuses().contains(h.status()));
	}

	@Override
	public Optional<Subject> subject(String subjectId) {
		recordReads.add(subjectId);
		return data.subjects.stream().filter(s -> s.getId().equals(subjectId)).findFirst().map(EcoreUtil::copy);
	}

	/** Tells listeners about a commit that changed the given subjects, on a background thread as a store does. */
	void commit(Set<String> subjectIds) {
		CommitInfo info = new CommitInfo(commits.incrementAndGet(), user.getUsername(), Instant.now(), "test change",
				subjectIds.size());
		Thread thread = new Thread(() -> listeners.forEach(l -> l.committed(info, subjectIds)), "test commit");
		thread.start();
	}

	@Override
	public TrialTransaction begin() {
		throw new UnsupportedOperationException("the in-memory test session is read-only");
	}

	@Override
	public AuditTrail audit() {
		throw new UnsupportedOperationException("the in-memory test session has no audit trail");
	}

	@Override
	public void addListener(RepositoryListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(RepositoryListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void close() {
		closed = true;
	}
}
