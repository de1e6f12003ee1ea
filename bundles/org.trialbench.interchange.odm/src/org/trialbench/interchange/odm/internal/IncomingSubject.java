package org.trialbench.interchange.odm.internal;

import java.util.Set;

import org.trialbench.clinical.Subject;

/**
 * One SubjectData as read from a file: the record it states, the site it names (null when it names none), the
 * values it removes, and where it starts in the file.
 */
public record IncomingSubject(Subject subject, String siteCode, Set<String> removed, int line, int column) {
}
