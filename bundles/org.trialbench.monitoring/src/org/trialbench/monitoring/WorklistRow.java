package org.trialbench.monitoring;

import org.trialbench.clinical.SdvState;
import org.trialbench.repository.ItemValueHeader;

/**
 * One line of the SDV worklist: the item value's header, what the plan requires of it, the state the monitor sees,
 * and the protocol's names of its visit, form and item, and the verifier's user name. A consent record or an
 * adverse event (see {@link SdvTarget}) fills the same header: its id, subject and site, its date as the visit
 * date, a pseudo form OID and its description as the value.
 */
public record WorklistRow(ItemValueHeader value, SdvRequirement requirement, SdvState state, String visitName,
		String formName, String itemName, String verifiedByName, SdvTarget target) {

	/** A row of an item value. */
	public WorklistRow(ItemValueHeader value, SdvRequirement requirement, SdvState state, String visitName,
			String formName, String itemName, String verifiedByName) {
		this(value, requirement, state, visitName, formName, itemName, verifiedByName, SdvTarget.ITEM);
	}

	public String id() {
		return value.id();
	}

	/** Whether the monitor still has to verify it: pending or changed since verification. */
	public boolean open() {
		return state == SdvState.PENDING || state == SdvState.CHANGED_SINCE_VERIFICATION;
	}

	/** The value as shown: the text, or the missing code when there is none. */
	public String valueText() {
		if (value.value() != null) {
			return value.value();
		}
		String missing = org.trialbench.model.status.MissingCodes.words(value.missingCode());
		return missing.isEmpty() ? "" : "(" + missing + ")";
	}
}
