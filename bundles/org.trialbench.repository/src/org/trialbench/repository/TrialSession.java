package org.trialbench.repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.trialbench.clinical.AdjudicationCase;
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

	/**
	 * Whether the store hides from this user every record that reveals the allocation ({@link Blinding}). Code
	 * that writes records it did not read here (an import) leaves those records out for a blinded user.
	 */
	default boolean blinded() {
		return false;
	}

	/** The protocol the trial runs. */
	Study protocol();

	/** The trial root with its sites and users; {@code Site.getSubjects()} is empty here. */
	Trial trial();

	/**
	 * The trial's sites and users as stored now, read again: {@link #trial()} is what they were at log-in, so a
	 * screen that administers them lists this after every change (its own and other administrators'). This
	 * default, for stores that do not administer sites or users, is {@link #trial()}.
	 */
	default Trial storedSitesAndUsers() throws StoreException {
		return trial();
	}

	/**
	 * The sites whose subjects this user may see: a site-bound user's own sites, every site for trial-wide roles.
	 * This default (for stores that do not bind users to sites) is every site of the trial.
	 */
	default List<org.trialbench.clinical.Site> visibleSites() {
		return List.copyOf(trial().getSites());
	}

	/** Light rows of the visible subjects matching the filter, ordered by site code then screening number. */
	List<SubjectHeader> subjects(SubjectFilter filter) throws StoreException;

	/** How many visible subjects match the filter. */
	int countSubjects(SubjectFilter filter) throws StoreException;

	/** One subject's full record (visits, forms, item values, queries, adverse events), if visible. */
	Optional<Subject> subject(String subjectId) throws StoreException;

	/**
	 * Concealed randomization and emergency unblinding for this user. Stores that keep no randomization list
	 * (test doubles) refuse.
	 */
	default AllocationService allocations() {
		throw new UnsupportedOperationException("This trial store keeps no randomization list");
	}

	/**
	 * The adjudication cases with the reviews this user may see: an adjudicator sees another adjudicator's review
	 * of a case (and its signature) only after submitting an own review of that case, so that the independent
	 * reviews stay independent. Ordered by creation time.
	 */
	default List<AdjudicationCase> adjudicationCases() throws StoreException {
		throw new StoreException("This trial store does not list adjudication cases");
	}

	/**
	 * Re-authenticates the session's user before an electronic signature (21 CFR Part 11: the signer proves
	 * identity again at signing). Throws when the password is wrong; a store checks it as it checks a login.
	 */
	default void confirmPassword(char[] password) throws AuthenticationException, StoreException {
		throw new StoreException("This trial store cannot re-authenticate a user for an e-signature");
	}

	/**
	 * Re-authenticates the session's user before signing the record {@code recordId}. A wrong password is written
	 * to the store's security log (who, when, which record); after {@link #SIGNING_ATTEMPTS} consecutive wrong
	 * passwords the user's signing is locked, in the store, until an administrator unlocks it
	 * ({@link #unlockSigning(String)}) or the user logs in again with the password. While locked, every attempt is
	 * refused with an {@link AuthenticationException} and logged, without checking the password.
	 */
	default void confirmPassword(char[] password, String recordId) throws AuthenticationException, StoreException {
		confirmPassword(password);
	}

	/** How many consecutive wrong passwords at signing lock a user's signing. */
	int SIGNING_ATTEMPTS = 3;

	/** Whether the session's user may not sign now (too many wrong passwords; see confirmPassword). */
	default boolean signingLocked() throws StoreException {
		return false;
	}

	/** Unlocks a user's signing after wrong passwords (administrators only), and logs who did. */
	default void unlockSigning(String username) throws AccessDeniedException, StoreException {
		throw new StoreException("This trial store does not lock signing");
	}

	/**
	 * The security log, oldest first: all of it for an administrator, the own entries for anyone else.
	 */
	default List<SecurityEvent> securityLog() throws StoreException {
		return List.of();
	}

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

	/**
	 * Reads every visible subject's stored objects of some types, without building objects: the same subjects
	 * and objects as {@link #readSubjects} gives (lock or live, subject id order, filtered by access alike),
	 * as texts ({@link StoredObject}). The subject's own object is always among them; an object whose type is not
	 * asked for is left out unread. Each subject's objects go to {@code mapper}, which a store may run for several
	 * subjects at once on other threads (it must only read what it shares); its results go to {@code consumer} on
	 * the calling thread in subject order, null results left out.
	 *
	 * @param types class names in the clinical model, e.g. {@code Visit}
	 * @return false when this store cannot read stored objects (nothing was read: read {@link #readSubjects})
	 */
	default <T> boolean readSubjectObjects(String lockId, Set<String> types,
			java.util.function.Function<SubjectObjects, T> mapper, java.util.function.Consumer<T> consumer,
			org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException {
		return false;
	}

	/** The newest commit this session has seen the store reach (0 for an empty store). */
	default long headCommit() throws StoreException {
		return 0;
	}

	/**
	 * The audit trail's head now: its last entry and the chain's hash there, which an export of live data records
	 * as its anchor. Every user may read it (it tells nothing about clinical data). Empty when the store keeps no
	 * hash chain.
	 */
	default Optional<AuditAnchor> auditHead() throws StoreException {
		return Optional.empty();
	}

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

	/**
	 * Consent records and adverse events of a site (all visible sites when null), for the SDV worklist; like
	 * {@link #itemValues} a store should answer without loading whole records.
	 */
	default List<VerifiedRecordHeader> verifiedRecords(String siteId) throws StoreException {
		List<VerifiedRecordHeader> headers = new java.util.ArrayList<>();
		for (Subject subject : visibleRecords(siteId, null)) {
			headers.addAll(RecordHeaders.verifiedRecords(subject));
		}
		return headers;
	}

	/**
	 * The item values and verified records of a site (all visible sites when null) for its SDV worklist, exactly
	 * what {@link #itemValues itemValues(siteId, null)} and {@link #verifiedRecords verifiedRecords(siteId)} return.
	 * A store should read both from one state of its data (one read, one transaction), so that the two lists agree
	 * even when a commit lands meanwhile; this default simply asks for one list after the other.
	 */
	default SdvHeaders sdvHeaders(String siteId) throws StoreException {
		return new SdvHeaders(itemValues(siteId, null), verifiedRecords(siteId));
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

	/**
	 * Starts a data import: a unit of work that carries records kept in another system (an ODM file) into
	 * subjects' records at every site, which ordinary data entry would reserve to each site's investigators,
	 * monitors and safety staff. Only a data manager or an administrator may import; the commit needs a reason,
	 * which the audit trail keeps with every imported value under the importer's name. Trial set-up, users and
	 * adjudication are never imported.
	 */
	default TrialTransaction beginImport() throws AccessDeniedException, StoreException {
		throw new StoreException("This trial store does not take data imports");
	}

	/** The audit trail, filtered to what this user may see. */
	AuditTrail audit();

	/**
	 * Sets a user's login password (administrators only). The store keeps only a salted hash; on a server the
	 * password is hashed here and only its SCRAM verifier is sent.
	 */
	default void setPassword(String username, char[] password) throws AccessDeniedException, StoreException {
		throw new StoreException("This store does not administer passwords");
	}

	/** Called after commits by this or any other session on the same store (live updates). */
	void addListener(RepositoryListener listener);

	void removeListener(RepositoryListener listener);

	@Override
	void close();
}
