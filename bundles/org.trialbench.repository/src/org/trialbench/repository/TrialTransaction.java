package org.trialbench.repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;

/**
 * A unit of work. Objects obtained here are working copies: change them with the generated EMF setters, add new
 * children to them (visits, forms, item values, queries, adverse events), then {@link #commit(String)} with a
 * reason. The commit compares each working copy with the state it was loaded in and writes only what changed,
 * atomically, with one audit entry per changed value (who, when, why, old, new).
 *
 * <p>Optimistic concurrency: if another commit changed the same value since it was loaded here, the commit is
 * refused with a {@link ConflictException} that names each value with both versions; nothing is written.</p>
 */
public interface TrialTransaction extends AutoCloseable {

	/** A working copy of a subject's whole record. */
	Subject editSubject(String subjectId) throws StoreException;

	/**
	 * Working copies of several subjects' records, each as {@link #editSubject(String)} gives it, read together:
	 * a store reads several with one query where it can (a data import edits subjects a batch at a time). The map
	 * holds every id asked for, in the order asked; an id that does not exist or is not visible fails the call.
	 */
	default Map<String, Subject> editSubjects(Collection<String> subjectIds) throws StoreException {
		Map<String, Subject> copies = new LinkedHashMap<>();
		for (String id : subjectIds) {
			copies.put(id, editSubject(id));
		}
		return copies;
	}

	/**
	 * Detached copies of several subjects' records as this unit of work holds them: what it flushed, and what its
	 * working copies hold now. They are not working copies: changing them changes nothing, and a flush or commit
	 * does not compare them (an import compares a file with the store this way and edits only the subjects that
	 * differ). Read together, several with one query where the store can. Ids that do not exist or are not visible
	 * are missing from the map.
	 */
	default Map<String, Subject> readSubjects(Collection<String> subjectIds) throws StoreException {
		// a store that cannot read without a working copy opens one and leaves it unchanged: it commits nothing
		Map<String, Subject> copies = new LinkedHashMap<>();
		for (String id : subjectIds) {
			copies.put(id, EcoreUtil.copy(editSubject(id)));
		}
		return copies;
	}

	/** Adds a new subject (screening) to a site; returns the working copy to fill in. */
	Subject addSubject(Site site, Subject subject) throws StoreException;

	/** A working copy of an adjudication case, or a newly added one. */
	AdjudicationCase editCase(String caseId) throws StoreException;

	AdjudicationCase addCase(AdjudicationCase adjudicationCase) throws StoreException;

	/**
	 * A working copy of a user (roles, sites, active, names), for administrators. Committing a change also
	 * updates what the store enforces for that user (site isolation, blinding, the login itself), at once.
	 */
	default User editUser(String username) throws StoreException {
		throw new StoreException("This store does not administer users");
	}

	/**
	 * Adds a new user to the trial. The user cannot log in until a password is set with
	 * {@link TrialSession#setPassword}.
	 */
	default User addUser(User user) throws StoreException {
		throw new StoreException("This store does not administer users");
	}

	/**
	 * A working copy of a site (code, name, country, time zone, activation date), for administrators; its subjects
	 * are not part of it. The site's code names it in every record and file, so a commit refuses to change it.
	 */
	default Site editSite(String code) throws StoreException {
		throw new StoreException("This store does not administer sites");
	}

	/** Adds a new site to the trial, for administrators; its code must be new. */
	default Site addSite(Site site) throws StoreException {
		throw new StoreException("This store does not administer sites");
	}

	/**
	 * Writes what the working copies changed so far, with their audit entries, into this unit of work's own open
	 * database transaction, and lets the working copies go, so that one commit can be bigger than memory (a data
	 * import of many thousand subjects). Nothing flushed is visible to anyone else before {@link #commit(String)};
	 * {@link #rollback()} (or a failure) undoes all of it. Objects obtained before a flush are detached afterwards:
	 * {@link #editSubject(String)} again (it reads what was flushed). Each change is checked as at a commit, so a
	 * refused change fails the flush; then nothing of the unit of work is saved.
	 *
	 * <p>From the first flush that writes until the commit or rollback, this unit of work holds the lock that
	 * serializes commits: other commits wait for it. The reason is the commit's, given now because the audit
	 * entries are written now; the commit must give the same reason.</p>
	 *
	 * @return false when this store cannot flush (it keeps the working copies until the commit, as before)
	 */
	default boolean flush(String reason) throws ConflictException, AccessDeniedException, StoreException {
		return false;
	}

	/** Whether any working copy differs from what was loaded. */
	boolean isDirty();

	/**
	 * Writes all changes atomically. The reason is required for any change to data that was already saved
	 * (21 CFR Part 11); new data may be committed with a reason such as "initial entry".
	 */
	CommitInfo commit(String reason) throws ConflictException, AccessDeniedException, StoreException;

	/** Drops all working copies. */
	void rollback();

	@Override
	default void close() {
		rollback();
	}
}
