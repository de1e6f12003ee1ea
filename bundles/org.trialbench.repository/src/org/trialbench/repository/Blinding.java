package org.trialbench.repository;

import org.eclipse.emf.ecore.EObject;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;

/** Which records a blinded user never sees; the store enforces it, and writers of foreign records follow it. */
public final class Blinding {

	private Blinding() {
	}

	/**
	 * Whether a blinded user must not see the object: the allocation itself, and the records of arm-specific
	 * forms (POEM or BTX procedure) or items that say which arm the subject is in.
	 */
	public static boolean revealsAllocation(EObject object) {
		if (object instanceof Allocation) {
			return true;
		}
		if (object instanceof FormRecord form) {
			return armSpecific(form.getDefinition());
		}
		if (object instanceof ItemValue value) {
			ItemDefinition definition = value.getDefinition();
			return (definition != null && definition.isRevealsAllocation())
					|| (value.getForm() != null && armSpecific(value.getForm().getDefinition()));
		}
		return false;
	}

	private static boolean armSpecific(FormDefinition definition) {
		return definition != null && definition.getArm() != null;
	}
}
