package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;

/**
 * Applies an incoming subject record to a stored one: children matched by id, else visits and forms by definition
 * and occurrence and values by item; features the file states are set, features it leaves out are kept, new
 * children are added. Says what changed, one line per value, so that a dry run can show it.
 */
public final class RecordMerge {
	private final Set<String> removed;
	/** False to only say what a merge would change, changing neither record. */
	private final boolean apply;
	private final List<String> changes = new ArrayList<>();
	private int changedValues;

	private RecordMerge(Set<String> removed, boolean apply) {
		this.removed = removed;
		this.apply = apply;
	}

	public record Result(List<String> changes, int changedValues) {
	}

	/** Merges {@code source} into {@code target}; children of the source may be moved into the target. */
	public static Result merge(Subject target, Subject source, Set<String> removed) {
		RecordMerge merge = new RecordMerge(removed, true);
		merge.merge(target, source, "Subject " + target.getScreeningNumber());
		return new Result(merge.changes, merge.changedValues);
	}

	/**
	 * What {@link #merge} would change, changing neither record: an import compares a file's subject with a
	 * detached copy of the stored one and opens a working copy only when this says anything.
	 */
	public static Result compare(Subject target, Subject source, Set<String> removed) {
		RecordMerge merge = new RecordMerge(removed, false);
		merge.merge(target, source, "Subject " + target.getScreeningNumber());
		return new Result(merge.changes, merge.changedValues);
	}

	/** Where a value sits: visit#occurrence/form#occurrence/item, the same in every copy of a record. */
	public static String path(ItemValue value) {
		FormRecord form = value.getForm();
		Visit visit = form == null ? null : form.getVisit();
		return (visit == null ? "?" : key(visit)) + "/" + (form == null ? "?" : key(form)) + "/"
				+ value.getDefinition().getOid();
	}

	private static String key(EObject object) {
		if (object instanceof Visit visit) {
			return visit.getDefinition().getOid() + "#" + visit.getOccurrence();
		}
		if (object instanceof FormRecord form) {
			return form.getDefinition().getOid() + "#" + form.getOccurrence();
		}
		if (object instanceof ItemValue value) {
			return value.getDefinition().getOid();
		}
		return null;
	}

	private void merge(EObject target, EObject source, String label) {
		for (EStructuralFeature feature : source.eClass().getEAllStructuralFeatures()) {
			if (!ExtensionCodec.stored(feature) || feature instanceof EReference r && r.isContainment()
					|| !source.eIsSet(feature)) {
				continue;
			}
			if (feature.getName().equals("id") && target instanceof ClinicalObject c && c.getId() != null) {
				continue;
			}
			Object before = target.eGet(feature);
			Object after = source.eGet(feature);
			// equal objects describe alike; only unequal ones (references into two models) need describing
			if (!Objects.equals(before, after) && !Describe.value(before).equals(Describe.value(after))) {
				String was = Describe.value(before); // before a many-valued feature's list is refilled
				if (!apply) {
					// only said
				} else if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					List<Object> list = (List<Object>) before;
					List<Object> copy = new ArrayList<>((List<?>) after);
					list.clear();
					list.addAll(copy);
				} else {
					target.eSet(feature, after);
				}
				changes.add(label + ": " + feature.getName() + " " + was + " -> " + Describe.value(after));
				changedValues++;
			}
		}
		if (target instanceof ItemValue value && removed.contains(path(value)) && value.getValue() != null) {
			changes.add(label + ": value " + value.getValue() + " -> (removed)");
			if (apply) {
				value.setValue(null);
			}
			changedValues++;
		}
		for (EReference containment : source.eClass().getEAllContainments()) {
			if (!ExtensionCodec.stored(containment)) {
				continue;
			}
			for (EObject child : children(source, containment)) {
				EObject match = match(target, containment, child);
				String childLabel = label + " " + (key(child) != null ? key(child)
						: child.eClass().getName() + (child instanceof ClinicalObject c && c.getId() != null
								? " " + c.getId() : ""));
				if (match != null) {
					merge(match, child, childLabel);
				} else {
					if (apply) {
						add(target, containment, child);
					}
					int values = count(child);
					changes.add(childLabel + ": added" + (values > 0 ? " with " + values + " values" : ""));
					changedValues += Math.max(1, values);
				}
			}
		}
	}

	private static int count(EObject object) {
		int[] values = { object instanceof ItemValue ? 1 : 0 };
		object.eAllContents().forEachRemaining(o -> {
			if (o instanceof ItemValue) {
				values[0]++;
			}
		});
		return values[0];
	}

	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) value;
			return new ArrayList<>(list);
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static EObject match(EObject target, EReference containment, EObject child) {
		String id = child instanceof ClinicalObject c ? c.getId() : null;
		String key = key(child);
		for (EObject candidate : children(target, containment)) {
			if (id != null && candidate instanceof ClinicalObject c && id.equals(c.getId())) {
				return candidate;
			}
		}
		if (!containment.isMany()) {
			return target.eGet(containment) == null ? null : (EObject) target.eGet(containment);
		}
		for (EObject candidate : children(target, containment)) {
			if (key != null && Objects.equals(key, key(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject target, EReference containment, EObject child) {
		if (containment.isMany()) {
			((List<EObject>) target.eGet(containment)).add(child);
		} else {
			target.eSet(containment, child);
		}
	}
}
