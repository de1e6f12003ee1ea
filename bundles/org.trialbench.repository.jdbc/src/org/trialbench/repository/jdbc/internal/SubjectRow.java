package org.trialbench.repository.jdbc.internal;

/** A stored row of a subject's record, as far as access to it goes: whose it is and its visibility class. */
interface SubjectRow {

	String subjectId();

	String siteId();

	boolean revealsAllocation();
}
