package org.trialbench.model.derivation;

import org.trialbench.protocol.ItemDefinition;

/**
 * How messages name an item: its OID, which data managers search for, and its short name, which investigators
 * recognise, e.g. "IT.ECK.DYSPHAGIA (Dysphagia)".
 */
public final class ItemLabel {
	private ItemLabel() {
	}

	public static String of(ItemDefinition item) {
		if (item == null) {
			return "(no item)";
		}
		String name = item.getName() != null && !item.getName().isBlank() ? item.getName() : item.getQuestion();
		String oid = item.getOid() != null ? item.getOid() : "(no OID)";
		return name == null || name.isBlank() || name.equals(oid) ? oid : oid + " (" + name + ")";
	}
}
