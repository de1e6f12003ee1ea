package org.trialbench.interchange.odm.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model object as one line of text, references by OID, username or id: for reports of what an import changes
 * and for comparing records that live in different models.
 */
public final class Describe {
	private Describe() {
	}

	public static String of(Object value) {
		StringBuilder text = new StringBuilder();
		append(text, value);
		return text.toString();
	}

	private static void append(StringBuilder text, Object value) {
		if (value instanceof List<?> list) {
			text.append('[');
			list.forEach(v -> {
				append(text, v);
				text.append(';');
			});
			text.append(']');
		} else if (value instanceof EObject object) {
			text.append(object.eClass().getName()).append('{');
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (!ExtensionCodec.stored(feature) || !object.eIsSet(feature)) {
					continue;
				}
				text.append(feature.getName()).append('=');
				Object v = object.eGet(feature);
				if (feature instanceof EReference reference && !reference.isContainment()) {
					text.append(value(v));
				} else if (feature instanceof EAttribute attribute && !feature.isMany()) {
					text.append(EcoreUtil.convertToString(attribute.getEAttributeType(), v));
				} else {
					append(text, v);
				}
				text.append(',');
			}
			text.append('}');
		} else {
			text.append(value);
		}
	}

	/** A value as a person reads it in a change report. */
	public static String value(Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Describe::value).toList().toString();
		}
		if (value instanceof EObject object) {
			return ExtensionCodec.name(object);
		}
		return value.toString();
	}
}
