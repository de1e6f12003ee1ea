package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.User;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.ProtocolElement;

/**
 * Writes and reads what ODM has no place for as Trialbench extension attributes ({@code tb:feature="value"}) and
 * elements ({@code <tb:Object tb:feature=".." tb:type="..">}), generically over the EMF model so that every stored
 * feature survives a round trip. References name their target by OID (protocol), username (users) or id.
 */
public final class ExtensionCodec {

	/** Looks up reference targets while reading. */
	public interface Targets {
		ProtocolElement protocolElement(String oid);

		User user(String username);

		/** True when references are resolved later (metadata, whose targets may come further down the file). */
		default boolean defer(EObject object, EReference reference, List<String> names, OdmCursor at) {
			return false;
		}
	}

	private ExtensionCodec() {
	}

	static boolean stored(EStructuralFeature feature) {
		return !feature.isDerived() && !feature.isTransient() && !feature.isVolatile() && feature.isChangeable();
	}

	/** Every stored attribute and non-containment reference of the object, as tb: attributes. */
	public static void writeFeatures(XmlOut out, EObject object) throws XMLStreamException {
		if (out.plain()) {
			return;
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!stored(feature) || (feature instanceof EReference r && r.isContainment()) || !object.eIsSet(feature)) {
				continue;
			}
			out.tb(feature.getName(), text(object, feature));
		}
	}

	private static String text(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (!feature.isMany()) { // most features: one value, written without a list
			return feature instanceof EAttribute attribute
					? EcoreUtil.convertToString(attribute.getEAttributeType(), value)
					: name((EObject) value);
		}
		List<?> values = (List<?>) value;
		List<String> words = new ArrayList<>();
		for (Object v : values) {
			if (feature instanceof EAttribute attribute) {
				words.add(EcoreUtil.convertToString(attribute.getEAttributeType(), v));
			} else {
				words.add(name((EObject) v));
			}
		}
		return String.join(" ", words);
	}

	/** How a reference names its target. */
	public static String name(EObject target) {
		if (target instanceof ProtocolElement element) {
			return element.getOid();
		}
		if (target instanceof User user) {
			return user.getUsername();
		}
		if (target instanceof ClinicalObject object) {
			return object.getId();
		}
		return String.valueOf(target);
	}

	/** Contained objects of the features not in {@code nativeFeatures}, as nested tb:Object elements. */
	public static void writeObjects(XmlOut out, EObject object, Set<String> nativeFeatures) throws XMLStreamException {
		if (out.plain()) {
			return;
		}
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (!stored(containment) || nativeFeatures.contains(containment.getName())) {
				continue;
			}
			Object value = object.eGet(containment);
			List<?> children = containment.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
			for (Object child : children) {
				EObject eChild = (EObject) child;
				out.start(Odm.TB, "Object").tb("_feature", containment.getName()).tb("_type", eChild.eClass().getName());
				writeFeatures(out, eChild);
				writeObjects(out, eChild, Set.of());
				out.end();
			}
		}
	}

	/**
	 * Applies the tb: attributes of the current element to the object. With {@code authoritative}, stored features
	 * the element does not name are unset first (a Trialbench file says everything).
	 */
	public static void readFeatures(OdmCursor cursor, EObject object, Targets targets, List<OdmProblem> problems) {
		for (int i = 0; i < cursor.attributeCount(); i++) {
			if (!Odm.TB.equals(cursor.attributeNamespace(i)) || cursor.attributeName(i).startsWith("_")) {
				continue;
			}
			String name = cursor.attributeName(i);
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature == null || !stored(feature) || (feature instanceof EReference r && r.isContainment())) {
				problems.add(cursor.warning("tb:" + name + " is not a feature of " + object.eClass().getName()
						+ "; ignored"));
				continue;
			}
			set(cursor, object, feature, cursor.attributeValue(i), targets, problems);
		}
	}

	/** Unsets every stored non-containment feature, before a Trialbench element restates them all. */
	public static void clear(EObject object, Set<String> keep) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (stored(feature) && !(feature instanceof EReference r && r.isContainment())
					&& !keep.contains(feature.getName())) {
				object.eUnset(feature);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void set(OdmCursor cursor, EObject object, EStructuralFeature feature, String text,
			Targets targets, List<OdmProblem> problems) {
		if (!feature.isMany() && feature instanceof EAttribute attribute) { // most features: one value, no lists
			Object value;
			try {
				value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			} catch (RuntimeException e) {
				problems.add(cursor.error("tb:" + feature.getName() + "=\"" + shorten(text) + "\" is not a valid "
						+ attribute.getEAttributeType().getName() + " for " + object.eClass().getName()));
				return;
			}
			object.eSet(feature, value);
			return;
		}
		if (!feature.isMany()) { // a single reference: no lists (the import reads millions of them)
			if (feature instanceof EReference reference && targets.defer(object, reference, List.of(text), cursor)) {
				return;
			}
			Object value = value(cursor, object, feature, text, targets, problems);
			if (value != FAILED && value != SKIPPED) {
				object.eSet(feature, value);
			}
			return;
		}
		List<String> words = text.isBlank() ? List.of() : List.of(text.strip().split(" "));
		if (feature instanceof EReference reference && targets.defer(object, reference, words, cursor)) {
			return;
		}
		List<Object> values = new ArrayList<>(words.size());
		for (String word : words) {
			Object value = value(cursor, object, feature, word, targets, problems);
			if (value == FAILED) {
				return;
			}
			if (value != SKIPPED) {
				values.add(value);
			}
		}
		List<Object> list = (List<Object>) object.eGet(feature);
		list.clear();
		list.addAll(values);
	}

	/** {@link #value}: the word is wrong (a problem is added); the feature is left as it is. */
	private static final Object FAILED = new Object();
	/** {@link #value}: a reference between clinical records, which the store rebuilds. */
	private static final Object SKIPPED = new Object();

	/** One word of a feature's text as the value it names, or {@link #FAILED} or {@link #SKIPPED}. */
	private static Object value(OdmCursor cursor, EObject object, EStructuralFeature feature, String word,
			Targets targets, List<OdmProblem> problems) {
		if (feature instanceof EAttribute attribute) {
			try {
				return EcoreUtil.createFromString(attribute.getEAttributeType(), word);
			} catch (RuntimeException e) {
				problems.add(cursor.error("tb:" + feature.getName() + "=\"" + shorten(word) + "\" is not a valid "
						+ attribute.getEAttributeType().getName() + " for " + object.eClass().getName()));
				return FAILED;
			}
		}
		EClass type = ((EReference) feature).getEReferenceType();
		EObject target;
		if (type.getEPackage().getNsURI().equals("http://trialbench.org/protocol/1.0")) {
			target = targets.protocolElement(word);
		} else if (type.getName().equals("User")) {
			target = targets.user(word);
		} else {
			return SKIPPED; // references between clinical records are rebuilt by the store
		}
		if (target == null || !type.isInstance(target)) {
			problems.add(cursor.error("tb:" + feature.getName() + " names " + type.getName() + " '" + shorten(word)
					+ "', which the protocol or the trial does not have"));
			return FAILED;
		}
		return target;
	}

	/** Reads a tb:Object element (the cursor is on it) into a new child of the parent. */
	@SuppressWarnings("unchecked")
	public static void readObject(OdmCursor cursor, EObject parent, Targets targets, List<OdmProblem> problems)
			throws OdmSyntaxException {
		String featureName = cursor.attr(Odm.TB, "_feature");
		String typeName = cursor.attr(Odm.TB, "_type");
		EStructuralFeature feature = featureName == null ? null : parent.eClass().getEStructuralFeature(featureName);
		if (!(feature instanceof EReference containment) || !containment.isContainment()) {
			problems.add(cursor.error("tb:Object names '" + featureName + "', which " + parent.eClass().getName()
					+ " does not contain"));
			return;
		}
		EClass type = find(containment.getEReferenceType().getEPackage(), typeName);
		if (type == null || type.isAbstract() || !containment.getEReferenceType().isSuperTypeOf(type)) {
			problems.add(cursor.error("tb:Object of type '" + typeName + "' cannot be the " + featureName + " of a "
					+ parent.eClass().getName()));
			return;
		}
		EObject child = EcoreUtil.create(type);
		readFeatures(cursor, child, targets, problems);
		if (containment.isMany()) {
			((List<Object>) parent.eGet(containment)).add(child);
		} else {
			parent.eSet(containment, child);
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isTb("Object")) {
				readObject(cursor, child, targets, problems);
			}
		}
	}

	private static EClass find(EPackage ePackage, String name) {
		if (name == null) {
			return null;
		}
		EClassifier classifier = ePackage.getEClassifier(name);
		return classifier instanceof EClass eClass ? eClass : null;
	}

	static String shorten(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "...";
	}

	/** An index of a protocol's elements by OID. */
	public static Map<String, ProtocolElement> index(EObject protocol) {
		Map<String, ProtocolElement> index = new java.util.HashMap<>();
		if (protocol instanceof ProtocolElement element) {
			index.put(element.getOid(), element);
		}
		protocol.eAllContents().forEachRemaining(o -> {
			if (o instanceof ProtocolElement element && element.getOid() != null) {
				index.putIfAbsent(element.getOid(), element);
			}
		});
		return index;
	}
}
