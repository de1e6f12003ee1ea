package org.trialbench.interchange.odm;

import java.util.List;

import org.trialbench.repository.CommitInfo;

/**
 * What an import did, or on a dry run would do: the warnings, how the file's metadata differs from the trial's
 * protocol, how it mapped what other systems write (REDCap data access groups to sites, OpenClinica's extensions,
 * elements it does not import, each once with how often and where first), one line per changed value (the first {@link #MAX_LISTED} of them), counts, and the commit.
 */
public record ImportReport(boolean dryRun, List<OdmProblem> warnings, List<String> metadataDifferences,
		List<String> mappings, List<String> changes, int subjectsAdded, int subjectsChanged, int subjectsUnchanged, int changedValues,
		CommitInfo commit) {

	public static final int MAX_LISTED = 10_000;

	public String summary() {
		String verb = dryRun ? "would add " : "added ";
		return verb + subjectsAdded + " subjects and change " + subjectsChanged + " (" + changedValues
				+ " values); " + subjectsUnchanged + " unchanged; " + warnings.size() + " warnings"
				+ (commit == null ? (dryRun ? "; dry run, nothing saved" : "; nothing to save")
						: "; saved as commit " + commit.commitId() + " by " + commit.username());
	}
}
