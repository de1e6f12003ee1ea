package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/**
 * Merges a protocol read from ODM into a protocol model, element by element matched on OID, so that references
 * from clinical data and from the parts of the protocol ODM cannot express stay valid. Adds what is new, updates
 * what the file states, reorders as the file orders; never removes an element and never clears a feature the file
 * leaves unset (another system's file simply does not know about, say, critical items). Returns what changed.
 */
public final class ProtocolMerge {
	private final Map<String, ProtocolElement> index;
	private final Map<EObject, EObject> mapping = new IdentityHashMap<>();
	private final List<String> changes = new ArrayList<>();

	private ProtocolMerge(Study target) {
		index = ExtensionCodec.index(target);
	}

	/** Merges {@code source} into {@code target} (changed in place) and says what changed, one line each. */
	public static List<String> merge(Study target, Study source) {
		ProtocolMerge merge = new ProtocolMerge(target);
		if (target.getOid() == null) {
			target.setOid(source.getOid());
		} else if (!target.getOid().equals(source.getOid())) {
			merge.changes.add("Study OID " + target.getOid() + " is kept; the file's study is " + source.getOid());
		}
		merge.mapping.put(source, target);
		merge.place(target, source);
		for (Map.Entry<EObject, EObject> pair : new ArrayList<>(merge.mapping.entrySet())) {
			merge.features(pair.getValue(), pair.getKey());
		}
		return merge.changes;
	}

	private static boolean isElement(EReference containment) {
		return ProtocolPackage.Literals.PROTOCOL_ELEMENT.isSuperTypeOf(containment.getEReferenceType());
	}

	@SuppressWarnings("unchecked")
	private void place(EObject target, EObject source) {
		for (EReference containment : source.eClass().getEAllContainments()) {
			if (!ExtensionCodec.stored(containment) || !isElement(containment)) {
				continue;
			}
			List<EObject> sourceChildren = children(source, containment);
			if (sourceChildren.isEmpty()) {
				continue;
			}
			List<EObject> ordered = new ArrayList<>();
			for (EObject child : sourceChildren) {
				ProtocolElement s = (ProtocolElement) child;
				ProtocolElement t = index.get(s.getOid());
				if (t == null || t.eClass() != s.eClass()) {
					t = (ProtocolElement) EcoreUtil.create(s.eClass());
					t.setOid(s.getOid());
					index.put(s.getOid(), t);
					changes.add("added " + s.eClass().getName() + " " + s.getOid());
				}
				ordered.add(t);
				mapping.put(s, t);
			}
			if (containment.isMany()) {
				EList<EObject> list = (EList<EObject>) target.eGet(containment);
				List<EObject> wanted = new ArrayList<>(ordered);
				list.stream().filter(o -> !ordered.contains(o)).forEach(wanted::add);
				if (!list.equals(wanted)) {
					ECollections.setEList(list, wanted);
				}
			} else if (target.eGet(containment) != ordered.get(0)) {
				target.eSet(containment, ordered.get(0));
			}
			for (EObject child : sourceChildren) {
				place(mapping.get(child), child);
			}
		}
	}

	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) value;
			return list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	@SuppressWarnings("unchecked")
	private void features(EObject target, EObject source) {
		String label = target instanceof ProtocolElement element ? target.eClass().getName() + " " + element.getOid()
				: target.eClass().getName();
		for (EStructuralFeature feature : source.eClass().getEAllStructuralFeatures()) {
			if (!ExtensionCodec.stored(feature) || !source.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (isElement(reference)) {
					continue;
				}
				// values without an OID of their own (code list items, parameters, settings): replaced as a whole
				String before = Describe.of(target.eGet(feature));
				String after = Describe.of(source.eGet(feature));
				if (!before.equals(after)) {
					Object copy = copy(source.eGet(feature));
					if (feature.isMany()) {
						ECollections.setEList((EList<Object>) target.eGet(feature), (List<Object>) copy);
					} else {
						target.eSet(feature, copy);
					}
					changes.add(label + ": " + feature.getName() + " replaced");
				}
				continue;
			}
			Object wanted = feature instanceof EAttribute ? source.eGet(feature) : map(source.eGet(feature));
			Object current = target.eGet(feature);
			if (!Objects.equals(current, wanted)) {
				if (feature.isMany()) {
					ECollections.setEList((EList<Object>) current, (List<Object>) wanted);
				} else {
					target.eSet(feature, wanted);
				}
				if (!(feature.getName().equals("oid"))) {
					changes.add(label + ": " + feature.getName() + " " + Describe.value(current) + " -> "
							+ Describe.value(wanted));
				}
			}
		}
	}

	/** A reference value of the source model, pointed at the target's element of the same OID. */
	private Object map(Object value) {
		if (value instanceof List<?> list) {
			List<Object> mapped = new ArrayList<>();
			list.forEach(v -> mapped.add(map(v)));
			return mapped;
		}
		if (value instanceof ProtocolElement element) {
			ProtocolElement target = index.get(element.getOid());
			return target != null ? target : element;
		}
		return value;
	}

	private Object copy(Object value) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			@Override
			public EObject get(Object key) {
				EObject copied = super.get(key);
				if (copied == null && key instanceof ProtocolElement element) {
					return index.get(element.getOid());
				}
				return copied;
			}
		};
		Object result;
		if (value instanceof List<?> list) {
			@SuppressWarnings("unchecked")
			List<EObject> objects = (List<EObject>) list;
			result = new ArrayList<>(copier.copyAll(objects));
		} else {
			result = copier.copy((EObject) value);
		}
		copier.copyReferences();
		return result;
	}
}
