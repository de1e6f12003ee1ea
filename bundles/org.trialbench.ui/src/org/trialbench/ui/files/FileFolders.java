package org.trialbench.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.FileDialog;

/**
 * Where file dialogs start: the folder the user last chose a file in, else the user's documents folder (or home),
 * never the folder the workbench was installed in (SWT's default, the process's working directory).
 */
public final class FileFolders {
	private static volatile Path lastUsed;

	private FileFolders() {
	}

	/** The folder a file dialog opens in. */
	public static Path start() {
		Path last = lastUsed;
		if (last != null && Files.isDirectory(last)) {
			return last;
		}
		Path home = Path.of(System.getProperty("user.home"));
		Path documents = home.resolve("Documents");
		return Files.isDirectory(documents) ? documents : home;
	}

	/** Opens the dialog in {@link #start()}; remembers the folder of the chosen file; returns the file or null. */
	public static String open(FileDialog dialog) {
		dialog.setFilterPath(start().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			Path parent = Path.of(chosen).toAbsolutePath().getParent();
			if (parent != null) {
				lastUsed = parent;
			}
		}
		return chosen;
	}
}
