package org.trialbench.repository.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.repository.Blinding;

/**
 * Flattens a record (a subject, a site, a user, an adjudication case...) into rows, depth first, giving any
 * object without an id a new one so that every clinical object has a stable identity before it is stored.
 */
public final class RecordRows {

	private RecordRows() {
	}

	/**
	 * Rows of the root and everything it contains, keyed by id in document order. The rows are classified as a
	 * server store classifies them (schema 12): what hangs under a record that reveals the allocation (a query, its
	 * messages, a form's signature) reveals it too, and an adjudication case and its reviews carry their subject's
	 * site.
	 */
	public static Map<String, ObjectRow> of(ClinicalObject root, String parentId, String containerFeature, int ordinal) {
		Map<String, ObjectRow> rows = new LinkedHashMap<>();
		Subject subject = root instanceof Subject s ? s : null;
		String subjectId = subject == null ? null : subject.getId();
		String siteId = subject == null || subject.getSite() == null ? null : subject.getSite().getId();
		add(root, parentId, containerFeature, ordinal, subjectId, siteId, false, rows);
		return rows;
	}

	private static void add(ClinicalObject object, String parentId, String containerFeature, int ordinal,
			String subjectId, String siteId, boolean parentReveals, Map<String, ObjectRow> rows) {
		if (object.getId() == null || object.getId().isBlank()) {
			object.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		if (object instanceof AdjudicationCase adjudicationCase && adjudicationCase.getSubject() != null
				&& adjudicationCase.getSubject().getSite() != null) {
			siteId = adjudicationCase.getSubject().getSite().getId();
		}
		boolean reveals = parentReveals || revealsAllocation(object);
		rows.put(object.getId(), new ObjectRow(object.getId(), object.eClass().getName(), parentId, containerFeature,
				ordinal, subjectId, siteId, reveals, ObjectCodec.state(object)));
		for (EReference containment : ObjectCodec.containments(object.eClass())) {
			if (object instanceof Site && containment.getName().equals("subjects")) {
				continue; // subjects are records of their own
			}
			List<?> children = containment.isMany() ? (List<?>) object.eGet(containment)
					: object.eGet(containment) == null ? List.of() : List.of(object.eGet(containment));
			int index = 0;
			for (Object child : children) {
				add((ClinicalObject) child, object.getId(), containment.getName(), index++, subjectId, siteId, reveals,
						rows);
			}
		}
	}

	/** See {@link Blinding#revealsAllocation(EObject)}. */
	public static boolean revealsAllocation(EObject object) {
		return Blinding.revealsAllocation(object);
	}
}
