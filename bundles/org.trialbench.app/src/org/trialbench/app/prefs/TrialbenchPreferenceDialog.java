package org.trialbench.app.prefs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.core.WorkbenchSettings;

/** File > Preferences: the store connection and display settings, saved in the Trialbench home folder. */
public final class TrialbenchPreferenceDialog {

	private TrialbenchPreferenceDialog() {
	}

	public static PreferenceDialog create(Shell shell) {
		PreferenceStore store = loadStore(shell);
		PreferenceManager manager = new PreferenceManager();
		manager.addToRoot(new PreferenceNode("store", new StorePreferencePage()));
		manager.addToRoot(new PreferenceNode("general", new GeneralPreferencePage()));
		PreferenceDialog dialog = new PreferenceDialog(shell, manager) {
			@Override
			protected void configureShell(Shell newShell) {
				super.configureShell(newShell);
				newShell.setText("Trialbench Preferences");
			}
		};
		dialog.setPreferenceStore(store);
		return dialog;
	}

	static PreferenceStore loadStore(Shell shell) {
		var file = WorkbenchSettings.file();
		PreferenceStore store = new PreferenceStore(file.toString());
		for (Map.Entry<Object, Object> entry : WorkbenchSettings.defaults().entrySet()) {
			store.setDefault((String) entry.getKey(), (String) entry.getValue());
		}
		try {
			Files.createDirectories(file.getParent());
			if (Files.isRegularFile(file)) {
				store.load();
			}
		} catch (IOException e) {
			ILog.of(TrialbenchPreferenceDialog.class).log(Status.error("Cannot read " + file, e));
			MessageDialog.openError(shell, "Preferences", "Cannot read the settings file " + file + ": "
					+ e.getMessage() + "\nDefaults are shown; saving will rewrite the file.");
		}
		return store;
	}
}
