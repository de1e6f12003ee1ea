package org.trialbench.repository;

import java.util.List;

import org.trialbench.clinical.Allocation;

/**
 * Concealed allocation: the randomization list lives in the store, out of reach of the sites. The statistician
 * stores the list (generated with a recorded seed) and may export it; an investigator randomizing a subject takes
 * the next free slot of the subject's stratum and learns that subject's arm only. No method here tells anyone but
 * the statistician which arm comes next. On a PostgreSQL server the database itself refuses investigators any
 * read of the list; the slot is taken by a security-definer function.
 *
 * <p>Obtain from {@link TrialSession#allocations()}.</p>
 */
public interface AllocationService {

	/**
	 * Stores a generated list (statistician only). Refused when a list is stored already: a list is never replaced,
	 * so that allocations already made stay traceable to it.
	 */
	void storeList(RandomizationList list, String reason) throws AccessDeniedException, StoreException;

	/** Whether a list is stored; tells nothing about its content. */
	boolean hasList() throws StoreException;

	/** The whole stored list with the used slots (statistician only), for export. */
	RandomizationList list() throws AccessDeniedException, StoreException;

	/**
	 * Randomizes one screened subject (investigator at the subject's site): takes the next free slot of the
	 * subject's stratum, stores the allocation, sets the subject randomized, and audits it with time, user and
	 * reason, all in one commit. Returns that subject's allocation only.
	 *
	 * @throws StoreException when the subject has no stratum, is not in screening, is already randomized, or the
	 *                        stratum's list is used up; nothing is stored then
	 */
	Allocation randomize(String subjectId, String reason) throws AccessDeniedException, StoreException;

	/**
	 * Emergency unblinding of one subject by an authorised role (the investigator of the subject's site or the
	 * safety officer), with a reason; audited so that the data manager sees who, when and why (never the arm).
	 * Returns the subject's allocation.
	 */
	Allocation unblind(String subjectId, String reason) throws AccessDeniedException, StoreException;

	/** The emergency unblindings this user may see, oldest first (who, when, why; not the arm). */
	List<Unblinding> unblindings() throws StoreException;
}
