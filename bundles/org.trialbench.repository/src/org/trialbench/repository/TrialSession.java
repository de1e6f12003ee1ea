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

	/**
	 * Headers of the visible item values of one site (null = every visible site), or of one subject when
	 * {@code subjectId} is given, ordered by site code, screening number, visit date and stored order. Meant for
	 * worklists over many subjects: a store should answer without loading whole records; this default does load
	 * them.
	 */
	default List<ItemValueHeader> itemValues(String siteId, String subjectId) throws StoreException {
		List<ItemValueHeader> headers = new java.util.ArrayList<>();
		for (Subject subject : visibleRecords(siteId, subjectId)) {
			headers.addAll(RecordHeaders.itemValues(subject));
		}
		return headers;
	}

	/** Headers of the visible queries of one site (null = every visible site), in subject order. */
	default List<QueryHeader> queries(String siteId) throws StoreException {
		List<QueryHeader> headers = new java.util.ArrayList<>();
		for (Subject subject : visibleRecords(siteId, null)) {
			headers.addAll(RecordHeaders.queries(subject));
		}
		return headers;
	}

	/** Headers of the visible visits of one site (null = every visible site), in subject order. */
	default List<VisitHeader> visits(String siteId) throws StoreException {
		List<VisitHeader> headers = new java.util.ArrayList<>();
		for (Subject subject : visibleRecords(siteId, null)) {
			headers.addAll(RecordHeaders.visits(subject));
		}
		return headers;
	}

	private List<Subject> visibleRecords(String siteId, String subjectId) throws StoreException {
		List<Subject> records = new java.util.ArrayList<>();
		if (subjectId != null) {
			subject(subjectId).filter(s -> siteId == null || (s.getSite() != null && siteId.equals(s.getSite().getId())))
					.ifPresent(records::add);
			return records;
		}
		for (SubjectHeader header : subjects(siteId == null ? SubjectFilter.all() : SubjectFilter.site(siteId))) {
			subject(header.id()).ifPresent(records::add);
		}
		return records;
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
