package org.trialbench.repository;

import java.util.Set;

import org.trialbench.clinical.SubjectStatus;

/**
 * Which subjects to list: by site (null = all visible), screening-number prefix (null = any), statuses (empty =
 * any), a page ({@code offset}, {@code limit}; limit 0 = no limit), and text the screening number contains anywhere
 * (null = any; what a user types into a filter box: "0031" finds "01-0031").
 */
public record SubjectFilter(String siteId, String screeningNumberPrefix, Set<SubjectStatus> statuses, int offset,
		int limit, String screeningNumberPart) {

	public SubjectFilter(String siteId, String screeningNumberPrefix, Set<SubjectStatus> statuses, int offset,
			int limit) {
		this(siteId, screeningNumberPrefix, statuses, offset, limit, null);
	}

	public static SubjectFilter all() {
		return new SubjectFilter(null, null, Set.of(), 0, 0);
	}

	public static SubjectFilter site(String siteId) {
		return new SubjectFilter(siteId, null, Set.of(), 0, 0);
	}

	/** The subjects of a site (null = all visible) whose screening number contains the text (null or "" = any). */
	public static SubjectFilter containing(String siteId, String part) {
		return new SubjectFilter(siteId, null, Set.of(), 0, 0, part == null || part.isEmpty() ? null : part);
	}

	public SubjectFilter page(int newOffset, int newLimit) {
		return new SubjectFilter(siteId, screeningNumberPrefix, statuses, newOffset, newLimit, screeningNumberPart);
	}
}
