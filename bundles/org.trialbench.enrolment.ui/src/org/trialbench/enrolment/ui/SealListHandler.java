package org.trialbench.enrolment.ui;

import java.security.SecureRandom;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.Role;
import org.trialbench.enrolment.ConcealedList;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.actions.DisabledReason;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.inject.Named;

/**
 * Enrolment > Generate and Seal Randomization List (statistician): generates the concealed list for every stratum
 * with a recorded seed and seals it in the store, where it is never replaced; until then no subject can be
 * randomized.
 */
public class SealListHandler {

	@CanExecute
	public boolean canExecute(@Optional WorkbenchSession session, @Optional MItem item) {
		return DisabledReason.explain(item, reason(session));
	}

	/** Why the list cannot be generated now, or null. */
	public static String reason(WorkbenchSession session) {
		String why = DisabledReason.unlessRole(session, Role.STATISTICIAN,
				"the statistician generates and seals the randomization list");
		if (why != null) {
			return why;
		}
		try {
			return session.session().allocations().hasList() ? "the list is sealed already; it is never replaced"
					: null;
		} catch (StoreException | UnsupportedOperationException e) {
			return "the store cannot say whether a list exists: " + e.getMessage();
		}
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession session) {
		if (reason(session) != null) {
			return;
		}
		IInputValidator whole = text -> {
			try {
				Long.parseLong(text.strip());
				return null;
			} catch (NumberFormatException e) {
				return "The seed is a whole number";
			}
		};
		InputDialog ask = new InputDialog(shell, "Generate and seal the randomization list",
				"A stratified permuted-block list for every stratum (" + ConcealedList.DEFAULT_SLOTS
						+ " slots each) is generated from the protocol with this seed, which is recorded with it, and "
						+ "sealed in the store: it is never replaced, and only you can export it.\n\nSeed:",
				Long.toString(new SecureRandom().nextInt(1_000_000_000)), whole);
		if (ask.open() != Window.OK) {
			return;
		}
		long seed = Long.parseLong(ask.getValue().strip());
		try {
			RandomizationList list = ConcealedList.seal(session.session(), ConcealedList.DEFAULT_SLOTS, seed);
			MessageDialog.openInformation(shell, "Randomization list sealed", "Sealed " + list.slots().size()
					+ " slots (" + list.method() + "), seed " + seed + ". Investigators can now randomize.");
		} catch (StoreException | IllegalArgumentException e) {
			ILog.of(SealListHandler.class).warn("Generating the randomization list failed", e);
			MessageDialog.openError(shell, "Randomization list not sealed", e.getMessage());
		}
	}
}
