package org.trialbench.interchange.odm.internal;

import java.util.Map;

import org.trialbench.clinical.Subject;
import org.trialbench.repository.LastChange;

/** One subject to export: its record, its site's code, and the newest audit entry of each of its objects (who, when, why). */
public record SubjectRecord(Subject subject, String siteCode, Map<String, LastChange> lastChanges) {
}
