package org.trialbench.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.app.prefs.TrialbenchPreferenceDialog;

public class PreferencesHandler {
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		TrialbenchPreferenceDialog.create(shell).open();
	}
}
