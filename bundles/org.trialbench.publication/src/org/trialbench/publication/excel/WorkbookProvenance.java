package org.trialbench.publication.excel;

import java.time.Instant;
import java.util.List;

import org.trialbench.publication.Population;
import org.trialbench.publication.Snapshot;

/**
 * What every workbook records so that its numbers can be reproduced: snapshot, population, software, when, and the
 * audit trail's head the snapshot belongs to (its anchor, read back by {@link WorkbookAnchorReader}).
 */
public record WorkbookProvenance(String study, Snapshot snapshot, Population population, String softwareVersion,
		Instant createdAt, String createdBy) {

	/** Labels of the About sheet's lines that hold the audit anchor. */
	public static final String AUDIT_ENTRY = "Audit entry";
	public static final String AUDIT_HASH = "Audit hash";
	/** Label of the About sheet's line that says whose subjects the numbers count. */
	public static final String SITES = "Sites";

	public List<String[]> lines() {
		return List.of(new String[] { "Study", study },
				new String[] { "Snapshot", snapshot.locked() ? snapshot.id() : "NOT LOCKED (live data)" },
				new String[] { "Commit", String.valueOf(snapshot.commitId()) },
				new String[] { snapshot.locked() ? "Lock time" : "Read at", String.valueOf(snapshot.lockedAt()) },
				new String[] { "Locked by", snapshot.lockedBy() == null ? "" : snapshot.lockedBy() },
				new String[] { "Population", population.label() + " (" + population.name() + ")" },
				new String[] { SITES, snapshot.scope() == null ? "all sites of the trial"
						: snapshot.scope().describe() + ": " + (createdBy == null ? "the reader" : createdBy)
								+ " sees only these sites, so these are not the trial's results" },
				new String[] { "Software", "Trialbench " + softwareVersion },
				new String[] { "Created", createdAt + (createdBy == null ? "" : " by " + createdBy) },
				new String[] { AUDIT_ENTRY, snapshot.anchor() == null ? "not recorded"
						: String.valueOf(snapshot.anchor().sequence()) },
				new String[] { AUDIT_HASH, snapshot.anchor() == null ? "" : snapshot.anchor().hash() });
	}
}
