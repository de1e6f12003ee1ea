package org.trialbench.repository;

import java.util.List;

/**
 * One clinical object of a subject's record as its store keeps it, without building the EMF object: its id, its
 * class in the clinical model ({@code EClass} name), where it sits (the containing object's id, the containment
 * feature's name, its place there) and its persistent features as texts, named by the model's features. An
 * attribute's text is EMF's string form of its value ({@code EcoreUtil.convertToString}); a reference's text is
 * the target's id (a clinical object) or OID (a protocol element); a many-valued feature's texts are joined by
 * {@code ", "}. A feature that is not set has no text.
 * <p>
 * For readers of many subjects that need a few features each (the analysis dataset); {@link TrialSession#subject}
 * gives the whole record as objects.
 */
public interface StoredObject {

	String id();

	/** The object's class in the clinical model, e.g. {@code ItemValue}. */
	String type();

	/** The containing object's id; null for the subject itself. */
	String parentId();

	/** The containment feature of the parent that holds this object, e.g. {@code itemValues}. */
	String containerFeature();

	/** The object's place among its parent's objects of the same feature (stored order). */
	int ordinal();

	/** The texts of these features in the order asked, null for a feature that is not set. */
	String[] features(List<String> names);
}
