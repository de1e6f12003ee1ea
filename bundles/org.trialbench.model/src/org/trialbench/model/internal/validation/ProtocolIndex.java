package org.trialbench.model.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;

/**
 * What the clinical constraints need to know about a protocol, looked up once per validation run instead of once per
 * item value: which items are Eckardt items and which edit checks run on which form.
 */
public final class ProtocolIndex {
	private static final Object CONTEXT_KEY = ProtocolIndex.class;
	private static final ProtocolIndex EMPTY = new ProtocolIndex(null);

	private final Set<ItemDefinition> eckardtItems = new HashSet<>();
	private final Map<FormDefinition, List<EditCheck>> checksByForm = new HashMap<>();

	private ProtocolIndex(Study study) {
		if (study == null) {
			return;
		}
		for (Derivation derivation : study.getDerivations()) {
			boolean eckardtItemsAsInputs = derivation.getKind() == DerivationKind.ECKARDT_TOTAL
					|| derivation.getKind() == DerivationKind.ECKARDT_SUCCESS && derivation.getInputs().size() == 4;
			if (eckardtItemsAsInputs) {
				eckardtItems.addAll(derivation.getInputs());
			}
		}
		for (EditCheck check : study.getEditChecks()) {
			FormDefinition form = anchorForm(check);
			if (form != null) {
				checksByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(check);
			}
		}
	}

	/**
	 * The form an edit check is evaluated on: the form of the compared item for a comparison, the form of the
	 * condition for a conditional requirement. Each record of that form is one evaluation, so a repeating form is
	 * checked occurrence by occurrence.
	 */
	public static FormDefinition anchorForm(EditCheck check) {
		if (check instanceof ComparisonCheck comparison && comparison.getAssertion() != null
				&& comparison.getAssertion().getItem() != null) {
			return comparison.getAssertion().getItem().getForm();
		}
		if (check instanceof ConditionalRequiredCheck conditional && conditional.getWhen() != null
				&& conditional.getWhen().getItem() != null) {
			return conditional.getWhen().getItem().getForm();
		}
		return null;
	}

	/** The index of the protocol the element belongs to, shared through the validation context when there is one. */
	@SuppressWarnings("unchecked")
	public static ProtocolIndex of(EObject protocolElement, Map<Object, Object> context) {
		if (protocolElement == null || !(EcoreUtil.getRootContainer(protocolElement) instanceof Study study)) {
			return EMPTY;
		}
		if (context == null) {
			return new ProtocolIndex(study);
		}
		Map<Study, ProtocolIndex> indexes = (Map<Study, ProtocolIndex>) context.computeIfAbsent(CONTEXT_KEY,
				key -> new HashMap<Study, ProtocolIndex>());
		return indexes.computeIfAbsent(study, ProtocolIndex::new);
	}

	/** Whether the item is graded 0–3 as an Eckardt item. */
	public boolean isEckardtItem(ItemDefinition item) {
		return eckardtItems.contains(item);
	}

	/** The edit checks evaluated on records of the form. */
	public List<EditCheck> checksOn(FormDefinition form) {
		return checksByForm.getOrDefault(form, List.of());
	}
}
