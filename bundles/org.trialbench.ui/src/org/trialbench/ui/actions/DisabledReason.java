package org.trialbench.ui.actions;

import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A disabled menu or tool item says why: a handler's {@code @CanExecute} names what is missing ("select a subject in
 * the Trial Navigator"), and the item's tooltip shows it while the item is disabled; enabled, the item shows its own
 * tooltip again. The platform puts the item being evaluated into the {@code @CanExecute} context, so a handler takes
 * it as an optional {@link MItem} parameter (none when run from a key binding).
 * <p>
 * Buttons in views say why they are disabled in their tooltips too. GTK shows a disabled menu item's tooltip, but
 * not a disabled button's: the button gets no pointer events at all, its parent does. So
 * {@link #showOverDisabledControls(Display)} lends a disabled control's tooltip to its parent while the pointer is
 * over the control, and the reason shows where the user points.
 */
public final class DisabledReason {
	private static final String OWN_TOOLTIP = "org.trialbench.ui.actions.ownTooltip";
	private static final String PARENTS_OWN_TOOLTIP = "org.trialbench.ui.actions.parentsOwnTooltip";
	private static final String INSTALLED = "org.trialbench.ui.actions.disabledControlTips";

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

	/** Why nothing can be done without a trial open, as every command says it. */
	public static final String NO_TRIAL = "no trial is open; log in from the Trial Navigator";

	/**
	 * Why a command for users with the role cannot run now, or null: no trial is open, or the user lacks the role
	 * (then {@code withoutRole} says who does it).
	 */
	public static String unlessRole(org.trialbench.ui.session.WorkbenchSession session,
			org.trialbench.clinical.Role role, String withoutRole) {
		if (session == null || !session.isOpen()) {
			return NO_TRIAL;
		}
		return session.session().hasRole(role) ? null : withoutRole;
	}

	/**
	 * From now on, while the pointer is over a disabled control that has a tooltip (its reason), the control's
	 * parent shows that tooltip; elsewhere the parent shows its own again. Installed once per display.
	 */
	public static void showOverDisabledControls(Display display) {
		if (display.getData(INSTALLED) != null) {
			return;
		}
		display.setData(INSTALLED, Boolean.TRUE);
		display.addFilter(SWT.MouseMove, event -> {
			if (event.widget instanceof Composite parent && !parent.isDisposed()) {
				lendTooltip(parent, disabledTooltipAt(parent, event.x, event.y));
			}
		});
	}

	private static String disabledTooltipAt(Composite parent, int x, int y) {
		for (Control child : parent.getChildren()) {
			if (!child.getEnabled() && child.getVisible() && child.getToolTipText() != null
					&& child.getBounds().contains(x, y)) {
				return child.getToolTipText();
			}
		}
		return null;
	}

	private static void lendTooltip(Composite parent, String reason) {
		Object own = parent.getData(PARENTS_OWN_TOOLTIP);
		if (reason != null) {
			if (own == null) {
				parent.setData(PARENTS_OWN_TOOLTIP, parent.getToolTipText() == null ? "" : parent.getToolTipText());
			}
			if (!reason.equals(parent.getToolTipText())) {
				parent.setToolTipText(reason);
			}
		} else if (own != null) {
			parent.setData(PARENTS_OWN_TOOLTIP, null);
			parent.setToolTipText(((String) own).isEmpty() ? null : (String) own);
		}
	}
}
