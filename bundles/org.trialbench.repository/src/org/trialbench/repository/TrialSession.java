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

	/** Starts a unit of work. */
	TrialTransaction begin();

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
