package org.trialbench.publication.excel;

import java.time.Instant;
import java.util.List;

import org.trialbench.publication.Population;
import org.trialbench.publication.Snapshot;

/** What every workbook records so that its numbers can be reproduced: snapshot, population, software, when. */
public record WorkbookProvenance(String study, Snapshot snapshot, Population population, String softwareVersion,
		Instant createdAt, String createdBy) {

	public List<String[]> lines() {
		return List.of(new String[] { "Study", study },
				new String[] { "Snapshot", snapshot.locked() ? snapshot.id() : "NOT LOCKED (live data)" },
				new String[] { "Commit", String.valueOf(snapshot.commitId()) },
				new String[] { snapshot.locked() ? "Lock time" : "Read at", String.valueOf(snapshot.lockedAt()) },
				new String[] { "Locked by", snapshot.lockedBy() == null ? "" : snapshot.lockedBy() },
				new String[] { "Population", population.label() + " (" + population.name() + ")" },
				new String[] { "Software", "Trialbench " + softwareVersion },
				new String[] { "Created", createdAt + (createdBy == null ? "" : " by " + createdBy) });
	}
}
