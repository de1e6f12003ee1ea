package org.trialbench.interchange.odm.internal;

import java.util.Map;

import org.trialbench.clinical.Subject;
import org.trialbench.repository.AuditEntry;

/** One subject to export: its record, its site's code, and the newest audit entry of each of its objects. */
public record SubjectRecord(Subject subject, String siteCode, Map<String, AuditEntry> lastChanges) {
}
