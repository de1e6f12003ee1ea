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
		merge.merge(target, source, new Label(null, target));
		return new Result(merge.changes, merge.changedValues);
	}

	/**
	 * What {@link #merge} would change, changing neither record: an import compares a file's subject with a
	 * detached copy of the stored one and opens a working copy only when this says anything.
	 */
	public static Result compare(Subject target, Subject source, Set<String> removed) {
		RecordMerge merge = new RecordMerge(removed, false);
		merge.merge(target, source, new Label(null, target));
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

	/** How a change names where it is; spelt out only for a change, most objects have none. */
	private record Label(Label parent, EObject object) {
		@Override
		public String toString() {
			if (parent == null) {
				return "Subject " + ((Subject) object).getScreeningNumber();
			}
			String key = key(object);
			return parent + " " + (key != null ? key
					: object.eClass().getName() + (object instanceof ClinicalObject c && c.getId() != null
							? " " + c.getId() : ""));
		}
	}

	private void merge(EObject target, EObject source, Label label) {
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
		if (!removed.isEmpty() && target instanceof ItemValue value && removed.contains(path(value))
				&& value.getValue() != null) {
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
			// a merge moves children it adds out of the source, so it walks a copy; a comparison moves nothing
			for (EObject child : apply ? children(source, containment) : live(source, containment)) {
				EObject match = match(target, containment, child);
				Label childLabel = new Label(label, child);
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

	/** The containment's children themselves, not a copy: for walks that change no list. */
	@SuppressWarnings("unchecked")
	private static List<EObject> live(EObject object, EReference containment) {
		if (containment.isMany() && !object.eIsSet(containment)) {
			return List.of(); // asking for an empty list would make EMF create one (a list per value and feature)
		}
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static EObject match(EObject target, EReference containment, EObject child) {
		if (!containment.isMany()) {
			return (EObject) target.eGet(containment);
		}
		List<EObject> candidates = live(target, containment);
		String id = child instanceof ClinicalObject c ? c.getId() : null;
		if (id != null) {
			for (EObject candidate : candidates) {
				if (candidate instanceof ClinicalObject c && id.equals(c.getId())) {
					return candidate;
				}
			}
		}
		for (EObject candidate : candidates) {
			if (sameKey(child, candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Whether {@link #key} of the two is the same and not null, without spelling it out. */
	private static boolean sameKey(EObject a, EObject b) {
		if (a instanceof Visit x && b instanceof Visit y) {
			return x.getOccurrence() == y.getOccurrence() && sameOid(x.getDefinition(), y.getDefinition());
		}
		if (a instanceof FormRecord x && b instanceof FormRecord y) {
			return x.getOccurrence() == y.getOccurrence() && sameOid(x.getDefinition(), y.getDefinition());
		}
		if (a instanceof ItemValue x && b instanceof ItemValue y) {
			return sameOid(x.getDefinition(), y.getDefinition());
		}
		return false;
	}

	private static boolean sameOid(org.trialbench.protocol.ProtocolElement a, org.trialbench.protocol.ProtocolElement b) {
		return a == b || a != null && b != null && Objects.equals(a.getOid(), b.getOid());
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
