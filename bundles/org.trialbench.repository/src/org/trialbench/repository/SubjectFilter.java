package org.trialbench.repository;

import java.util.Set;

import org.trialbench.clinical.SubjectStatus;

/**
 * Which subjects to list: by site (null = all visible), screening-number prefix (null = any), statuses (empty =
 * any), and a page ({@code offset}, {@code limit}; limit 0 = no limit).
 */
public record SubjectFilter(String siteId, String screeningNumberPrefix, Set<SubjectStatus> statuses, int offset,
		int limit) {

	public static SubjectFilter all() {
		return new SubjectFilter(null, null, Set.of(), 0, 0);
	}

	public static SubjectFilter site(String siteId) {
		return new SubjectFilter(siteId, null, Set.of(), 0, 0);
	}

	public SubjectFilter page(int newOffset, int newLimit) {
		return new SubjectFilter(siteId, screeningNumberPrefix, statuses, newOffset, newLimit);
	}
}
