package org.trialbench.repository;

import java.util.List;

/**
 * A subject's stored objects that a reader may see, of the types it asked for (see
 * {@link TrialSession#readSubjectObjects}), the subject's own object among them.
 *
 * @param siteId the id of the subject's site, as in {@link SubjectHeader#siteId()}
 * @param objects in the order the store keeps them; a reader orders children by {@link StoredObject#ordinal()}
 */
public record SubjectObjects(String subjectId, String siteId, List<StoredObject> objects) {
}
