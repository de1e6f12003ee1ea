package org.trialbench.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * The subject rows of one site read so far, page by page, and how many match in all. A site of a large trial
 * can hold thousands of subjects; the navigator reads one page when the site is expanded and the next when asked.
 */
record SiteSubjects(List<SubjectHeader> headers, int total) {

	static SiteSubjects read(TrialSession session, String siteId, String prefix, int count) throws StoreException {
		SubjectFilter filter = filter(siteId, prefix);
		List<SubjectHeader> headers = session.subjects(filter.page(0, count));
		int total = headers.size() < count ? headers.size() : session.countSubjects(filter);
		return new SiteSubjects(List.copyOf(headers), total);
	}

	/** This site's rows with the next page appended. */
	SiteSubjects more(TrialSession session, String siteId, String prefix, int page) throws StoreException {
		SubjectFilter filter = filter(siteId, prefix);
		List<SubjectHeader> next = session.subjects(filter.page(headers.size(), page));
		List<SubjectHeader> all = new ArrayList<>(headers);
		all.addAll(next);
		return new SiteSubjects(List.copyOf(all), Math.max(total, all.size()));
	}

	boolean hasMore() {
		return total > headers.size();
	}

	static SubjectFilter filter(String siteId, String prefix) {
		return SubjectFilter.containing(siteId, prefix);
	}
}
