package org.trialbench.repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.trialbench.clinical.Role;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Study;

/**
 * One logged-in user's view of the trial. Reads are lazy: {@link #trial()} holds sites and users but no subjects;
 * {@link #subjects} returns light rows for lists and navigators; {@link #subject} loads one subject's whole record.
 * Objects returned are detached snapshots; change data through a {@link TrialTransaction}.
 *
 * <p>What a session returns is already filtered by access: site isolation (only subjects of the user's sites,
 * unless the role is trial-wide), and blinding (no {@link org.trialbench.clinical.Allocation} unless the user is
 * unblinded for it).</p>
 */
public interface TrialSession extends AutoCloseable {

	User user();

	Set<Role> roles();

	default boolean hasRole(Role role) {
		return roles().contains(role);
	}

	/** The protocol the trial runs. */
	Study protocol();

	/** The trial root with its sites and users; {@code Site.getSubjects()} is empty here. */
	Trial trial();

	/** Light rows of the visible subjects matching the filter, ordered by site code then screening number. */
	List<SubjectHeader> subjects(SubjectFilter filter) throws StoreException;

	/** How many visible subjects match the filter. */
	int countSubjects(SubjectFilter filter) throws StoreException;

	/** One subject's full record (visits, forms, item values, queries, adverse events), if visible. */
	Optional<Subject> subject(String subjectId) throws StoreException;

	/** The data locks of the trial, oldest first. Empty when the store has none (or cannot lock). */
	default List<DataLock> dataLocks() throws StoreException {
		return List.of();
	}

	/**
	 * Freezes every subject's record as of the newest commit (data managers and administrators only; it is not a
	 * commit and changes no clinical value). The frozen records include allocations whoever locks, so that the
	 * statistician and the then unblinded writing committee can analyse them.
	 */
	default DataLock lockData(String reason) throws AccessDeniedException, StoreException {
		throw new AccessDeniedException("This store cannot lock data");
	}

	/**
	 * Reads every visible subject's whole record, one at a time in subject id order, either as frozen by the
	 * named lock or, with {@code lockId} null, as now. Honours the monitor's cancellation. Records are filtered by
	 * access exactly as {@link #subject(String)} filters them.
	 */
	default void readSubjects(String lockId, java.util.function.Consumer<Subject> consumer,
			org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException {
		if (lockId != null) {
			throw new StoreException("This store keeps no data locks; there is no lock " + lockId);
		}
		for (SubjectHeader header : subjects(SubjectFilter.all())) {
			if (monitor.isCanceled()) {
				throw new org.eclipse.core.runtime.OperationCanceledException();
			}
			subject(header.id()).ifPresent(consumer);
		}
	}

	/** The newest commit this session has seen the store reach (0 for an empty store). */
	default long headCommit() throws StoreException {
		return 0;
	}

	/** Starts a unit of work. */
	TrialTransaction begin();

	/** The audit trail, filtered to what this user may see. */
	AuditTrail audit();

	/** Called after commits by this or any other session on the same store (live updates). */
	void addListener(RepositoryListener listener);

	void removeListener(RepositoryListener listener);

	@Override
	void close();
}
