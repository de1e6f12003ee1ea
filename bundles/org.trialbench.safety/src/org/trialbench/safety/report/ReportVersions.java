package org.trialbench.safety.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditTrail;
import org.trialbench.repository.StoreException;

/**
 * The versions of a case report, from the audit trail: each commit that changed the event or its coding is one
 * version (1 = the initial report, later ones follow-ups), with who, when and why.
 */
public record ReportVersions(List<AuditEntry> entries) {

	public static ReportVersions of(AdverseEvent event, AuditTrail audit) throws StoreException {
		List<AuditEntry> entries = new ArrayList<>(audit.forObject(event.getId()));
		if (event.getCoding() != null && event.getCoding().getId() != null) {
			entries.addAll(audit.forObject(event.getCoding().getId()));
		}
		entries.sort(Comparator.comparingLong(AuditEntry::sequence));
		return new ReportVersions(List.copyOf(entries));
	}

	/** How many commits changed the case; 0 when the audit trail holds none visible to the user. */
	public int count() {
		return commits().size();
	}

	/** The first entry of each commit, oldest first. */
	public List<AuditEntry> versions() {
		Set<Long> seen = new LinkedHashSet<>();
		List<AuditEntry> result = new ArrayList<>();
		for (AuditEntry entry : entries) {
			if (seen.add(entry.commitId())) {
				result.add(entry);
			}
		}
		return result;
	}

	private Set<Long> commits() {
		Set<Long> seen = new LinkedHashSet<>();
		entries.forEach(entry -> seen.add(entry.commitId()));
		return seen;
	}

	public AuditEntry latest() {
		return entries.isEmpty() ? null : entries.get(entries.size() - 1);
	}
}
