package org.trialbench.repository.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.protocol.ProtocolElement;

/**
 * Turns clinical EMF objects into feature texts and back, generically over the clinical package: persistent
 * features are those that are neither transient, derived nor containments (containments are rows of their own).
 * References are stored as the target's identity: a clinical object's id or a protocol element's OID.
 */
public final class ObjectCodec {

	/** Separates the elements of a many-valued feature; ids, OIDs and enum literals never contain it. */
	static final String LIST_SEPARATOR = ", ";

	/** Finds the target of a stored reference. */
	public interface Resolver {
		EObject resolve(EReference reference, String key);
	}

	private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

	private ObjectCodec() {
	}

	public static EClass eClass(String typeName) {
		EClass eClass = (EClass) ClinicalPackage.eINSTANCE.getEClassifier(typeName);
		if (eClass == null || eClass.isAbstract()) {
			throw new IllegalArgumentException("unknown clinical object type " + typeName);
		}
		return eClass;
	}

	/** Persistent, non-containment features of a class, in declaration order. */
	public static List<EStructuralFeature> features(EClass eClass) {
		return FEATURES.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> result = new ArrayList<>();
			for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
						|| feature == ClinicalPackage.Literals.CLINICAL_OBJECT__ID) {
					continue;
				}
				if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
					continue;
				}
				result.add(feature);
			}
			return List.copyOf(result);
		});
	}

	/** Containment references whose children are stored as rows of their own. */
	public static List<EReference> containments(EClass eClass) {
		List<EReference> result = new ArrayList<>();
		for (EReference reference : eClass.getEAllContainments()) {
			if (!reference.isTransient()) {
				result.add(reference);
			}
		}
		return result;
	}

	public static Map<String, String> state(EObject object) {
		Map<String, String> state = new LinkedHashMap<>();
		for (EStructuralFeature feature : features(object.eClass())) {
			state.put(feature.getName(), text(object, feature));
		}
		return state;
	}

	private static String text(EObject object, EStructuralFeature feature) {
		if (feature.isUnsettable() && !object.eIsSet(feature)) {
			return null;
		}
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			List<?> values = (List<?>) value;
			if (values.isEmpty()) {
				return null;
			}
			List<String> texts = new ArrayList<>(values.size());
			for (Object element : values) {
				texts.add(single(feature, element));
			}
			return String.join(LIST_SEPARATOR, texts);
		}
		return value == null ? null : single(feature, value);
	}

	private static String single(EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString((EDataType) attribute.getEAttributeType(), value);
		}
		return key((EObject) value);
	}

	/** The identity under which another object refers to this one. */
	public static String key(EObject target) {
		if (target instanceof ClinicalObject clinical) {
			return clinical.getId();
		}
		if (target instanceof ProtocolElement element) {
			return element.getOid();
		}
		throw new IllegalArgumentException("cannot refer to a " + target.eClass().getName());
	}

	/** Sets the object's persistent features from their texts; features absent from the map stay unset. */
	@SuppressWarnings("unchecked")
	public static void apply(EObject object, Map<String, String> state, Resolver resolver) {
		for (EStructuralFeature feature : features(object.eClass())) {
			String text = state.get(feature.getName());
			if (text == null) {
				continue;
			}
			if (feature.isMany()) {
				EList<Object> list = (EList<Object>) object.eGet(feature);
				for (String element : text.split(LIST_SEPARATOR, -1)) {
					Object value = value(feature, element, resolver);
					if (value != null) {
						list.add(value);
					}
				}
			} else {
				Object value = value(feature, text, resolver);
				if (value != null) {
					object.eSet(feature, value);
				}
			}
		}
	}

	private static Object value(EStructuralFeature feature, String text, Resolver resolver) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.createFromString((EDataType) attribute.getEAttributeType(), text);
		}
		return resolver.resolve((EReference) feature, text);
	}
}
