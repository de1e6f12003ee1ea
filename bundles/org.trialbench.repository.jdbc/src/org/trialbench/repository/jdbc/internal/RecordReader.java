package org.trialbench.repository.jdbc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/**
 * Rebuilds EMF objects from rows: creates every object, hangs children into their containers in stored order,
 * then sets features, resolving references against the protocol (by OID), the objects of this read and the
 * already known trial-level objects (sites, users). A reference to an object outside what was read becomes a
 * detached stand-in that carries only the id.
 */
public final class RecordReader implements ObjectCodec.Resolver {

	private final Map<String, EObject> protocolIndex;
	private final Map<String, EObject> known;
	private final Map<String, EObject> read = new HashMap<>();

	public RecordReader(Map<String, EObject> protocolIndex, Map<String, EObject> known) {
		this.protocolIndex = protocolIndex;
		this.known = known;
	}

	public static Map<String, EObject> indexProtocol(Study study) {
		Map<String, EObject> index = new HashMap<>();
		if (study == null) {
			return index;
		}
		index.put(study.getOid(), study);
		study.eAllContents().forEachRemaining(object -> {
			if (object instanceof ProtocolElement element && element.getOid() != null) {
				index.put(element.getOid(), element);
			}
		});
		return index;
	}

	/** Builds the objects of the rows and returns them by id; rows whose parent is not among them are roots. */
	@SuppressWarnings("unchecked")
	public Map<String, EObject> build(List<ObjectRow> rows) {
		Map<String, EObject> objects = new LinkedHashMap<>();
		for (ObjectRow row : rows) {
			EObject object = EcoreUtil.create(ObjectCodec.eClass(row.type()));
			((ClinicalObject) object).setId(row.id());
			objects.put(row.id(), object);
		}
		read.putAll(objects);
		List<ObjectRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparingInt(ObjectRow::ordinal));
		for (ObjectRow row : ordered) {
			EObject parent = row.parentId() == null ? null : objects.get(row.parentId());
			if (parent == null || row.containerFeature() == null) {
				continue;
			}
			EStructuralFeature feature = parent.eClass().getEStructuralFeature(row.containerFeature());
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					((EList<EObject>) parent.eGet(reference)).add(objects.get(row.id()));
				} else {
					parent.eSet(reference, objects.get(row.id()));
				}
			}
		}
		for (ObjectRow row : rows) {
			ObjectCodec.apply(objects.get(row.id()), row.state(), this);
		}
		return objects;
	}

	@Override
	public EObject resolve(EReference reference, String key) {
		EClass type = reference.getEReferenceType();
		if (type.getEPackage() == ProtocolPackage.eINSTANCE) {
			EObject target = protocolIndex.get(key);
			return target != null && type.isInstance(target) ? target : null;
		}
		EObject target = read.get(key);
		if (target == null) {
			target = known.get(key);
		}
		if (target == null && type.getEPackage() == ClinicalPackage.eINSTANCE && !type.isAbstract()) {
			target = EcoreUtil.create(type);
			((ClinicalObject) target).setId(key);
			read.put(key, target);
		}
		return target != null && type.isInstance(target) ? target : null;
	}
}
