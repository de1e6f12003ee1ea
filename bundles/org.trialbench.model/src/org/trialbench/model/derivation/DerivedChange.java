package org.trialbench.model.derivation;

import org.trialbench.clinical.ItemValue;

/**
 * One derived value written by {@link Derivations#apply}: the item value as it is now, what it held before and what
 * the derivation gave, so that callers can record the change in the audit trail like any other change.
 *
 * @param itemValue the (possibly newly created) item value, already holding {@code newValue}
 * @param oldValue  the value before, null when there was none or the item value was created
 * @param newValue  the derived value, null when no value could be derived
 * @param result    why: the derived value, or what was missing or invalid
 */
public record DerivedChange(ItemValue itemValue, String oldValue, String newValue, DerivationResult result) {
}
