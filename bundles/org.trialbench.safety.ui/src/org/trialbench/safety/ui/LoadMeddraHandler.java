package org.trialbench.safety.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.meddra.DictionaryException;
import org.trialbench.safety.meddra.MeddraDictionary;
import org.trialbench.safety.meddra.MeddraDistribution;
import org.trialbench.ui.files.FileFolders;

import jakarta.inject.Named;

/**
 * File > Load MedDRA...: the user picks the folder of a licensed MedDRA distribution (its ASCII files); it is read
 * in the background and, when complete, becomes the dictionary adverse events are coded with (written to
 * trialbench.properties, as {@code ./trialbench meddra-load --dir FOLDER} does). Forms opened afterwards use it.
 */
public class LoadMeddraHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Load MedDRA");
		dialog.setMessage("The folder of your licensed MedDRA distribution (meddra_release.asc, llt.asc, pt.asc, ...)");
		String chosen = FileFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		Path folder = Path.of(chosen);
		Display display = shell.getDisplay();
		Job.create("Reading MedDRA from " + folder, monitor -> {
			String title;
			String message;
			boolean ok;
			try {
				MeddraDictionary dictionary = load(folder, WorkbenchSettings.file());
				ok = true;
				title = "MedDRA loaded";
				message = "MedDRA " + dictionary.version() + " " + dictionary.language() + ": "
						+ dictionary.lltCount() + " lowest level terms, " + dictionary.ptCount() + " preferred terms. "
						+ "Adverse-event forms opened from now on code with it.";
			} catch (DictionaryException | IOException e) {
				ILog.of(LoadMeddraHandler.class).warn("MedDRA not loaded from " + folder, e);
				ok = false;
				title = "MedDRA not loaded";
				message = "The folder " + folder + " is not a readable MedDRA distribution: " + e.getMessage()
						+ ". Nothing was changed.";
			}
			boolean loaded = ok;
			String heading = title;
			String text = message;
			display.asyncExec(() -> {
				if (loaded) {
					MessageDialog.openInformation(display.getActiveShell(), heading, text);
				} else {
					MessageDialog.openError(display.getActiveShell(), heading, text);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Reads the distribution whole, then names it in the settings file; on any problem nothing is written. */
	static MeddraDictionary load(Path folder, Path settingsFile) throws DictionaryException, IOException {
		MeddraDictionary dictionary = MeddraDistribution.load(folder);
		Properties changes = new Properties();
		changes.setProperty(SafetySettings.MEDDRA_DIR, dictionary.directory().toAbsolutePath().toString());
		changes.setProperty(SafetySettings.MEDDRA_VERSION, dictionary.version());
		SafetySettings.store(settingsFile, changes);
		return dictionary;
	}
}
