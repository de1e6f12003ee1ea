package org.trialbench.ui.actions;

import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.menu.MItem;

/**
 * A disabled menu or tool item says why: a handler's {@code @CanExecute} names what is missing ("select a subject in
 * the Trial Navigator"), and the item's tooltip shows it while the item is disabled; enabled, the item shows its own
 * tooltip again. The platform puts the item being evaluated into the {@code @CanExecute} context, so a handler takes
 * it as an optional {@link MItem} parameter (none when run from a key binding).
 */
public final class DisabledReason {
	private static final String OWN_TOOLTIP = "org.trialbench.ui.actions.ownTooltip";

	private DisabledReason() {
	}

	/** Shows the reason on the item (null: enabled); returns whether the action may run. */
	public static boolean explain(MItem item, String reason) {
		if (item != null) {
			Object own = item.getTransientData().computeIfAbsent(OWN_TOOLTIP,
					key -> item.getTooltip() == null ? "" : item.getTooltip());
			String tooltip = reason == null ? (String) own : "Not available: " + reason;
			if (!Objects.equals(tooltip, item.getTooltip())) {
				item.setTooltip(tooltip);
			}
		}
		return reason == null;
	}
}
