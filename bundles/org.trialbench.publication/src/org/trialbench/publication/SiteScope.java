package org.trialbench.publication;

import java.util.List;

import org.trialbench.clinical.Site;
import org.trialbench.repository.TrialSession;

/**
 * The sites whose subjects a dataset holds when its reader sees only some of them (an investigator of this open-label
 * trial sees the own sites): tables computed from it are those sites' figures, not the trial's, and every table,
 * workbook and listing must say so. A reader who sees every site has no scope ({@link #of} gives null).
 *
 * @param codes the sites' codes, in the trial's order
 * @param trialSites how many sites the trial has
 */
public record SiteScope(List<String> codes, int trialSites) {

	public SiteScope {
		codes = List.copyOf(codes);
	}

	/** The session's scope, or null when the session's user sees every site of the trial. */
	public static SiteScope of(TrialSession session) {
		List<Site> visible = session.visibleSites();
		int all = session.trial() == null ? visible.size() : session.trial().getSites().size();
		if (visible.size() >= all) {
			return null;
		}
		return new SiteScope(visible.stream().map(Site::getCode).toList(), all);
	}

	/** "site 01" or "sites 01, 02". */
	public String sites() {
		return (codes.size() == 1 ? "site " : "sites ") + String.join(", ", codes);
	}

	/** As a table's source line and the workbook's About sheet say it. */
	public String describe() {
		return "subjects of " + sites() + " only (" + codes.size() + " of the trial's " + trialSites + " sites)";
	}
}
