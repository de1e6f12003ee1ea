package org.trialbench.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;

/**
 * Where file dialogs start: the folder the user last chose a file in, else the user's documents folder (or home),
 * never the folder the workbench was installed in (SWT's default, the process's working directory).
 *
 * <p>The dialogs are the platform's native ones, which SWT cannot fill in; a UI test that walks a user's journey
 * answers them beforehand with {@link #answerNext(Path)}.</p>
 */
public final class FileFolders {
	private static volatile Path lastUsed;
	/** Choices made in advance by a UI test, used (and removed) by the next dialogs instead of opening them. */
	private static final Deque<Path> answers = new ArrayDeque<>();

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
		String chosen = answered().orElseGet(dialog::open);
		if (chosen != null) {
			Path parent = Path.of(chosen).toAbsolutePath().getParent();
			if (parent != null) {
				lastUsed = parent;
			}
		}
		return chosen;
	}

	/** Opens the folder dialog in {@link #start()}; remembers the chosen folder; returns it or null. */
	public static String open(DirectoryDialog dialog) {
		dialog.setFilterPath(start().toString());
		String chosen = answered().orElseGet(dialog::open);
		if (chosen != null) {
			lastUsed = Path.of(chosen).toAbsolutePath();
		}
		return chosen;
	}

	/**
	 * For UI tests: the next file or folder dialog is not shown and returns this path, as if the user had chosen it
	 * there (SWT cannot type into the platform's native dialogs).
	 */
	public static void answerNext(Path chosen) {
		synchronized (answers) {
			answers.add(chosen);
		}
	}

	private static java.util.Optional<String> answered() {
		synchronized (answers) {
			Path next = answers.poll();
			return java.util.Optional.ofNullable(next == null ? null : next.toString());
		}
	}
}
