package org.trialbench.app.admin;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the administration dialogs in UI tests on a real display: presses a button that opens a modal dialog (which
 * runs its own event loop until it closes) and fills that dialog in from a timer, as a user would; spins the event
 * loop; takes screenshots to target/screenshots.
 */
final class ModalDialogs {
	private ModalDialogs() {
	}

	/**
	 * Presses the button of {@code owner} that opens a modal dialog of the given class; a timer, which runs inside any
	 * event loop, finds that dialog (JFace keeps the window in its shell's data) and hands it to {@code user}. What
	 * failed in there fails the test.
	 */
	static <T> void press(Dialog owner, int button, Class<T> opens, Consumer<T> user) {
		Display display = Display.getDefault();
		Throwable[] failure = new Throwable[1];
		boolean[] found = new boolean[1];
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell open : display.getShells()) {
				if (!open.isDisposed() && open.isVisible() && opens.isInstance(open.getData())) {
					found[0] = true;
					try {
						settle(200);
						user.accept(opens.cast(open.getData()));
					} catch (Throwable e) {
						failure[0] = e;
						open.close();
					}
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		Buttons.press(owner, button);
		assertTrue(found[0], "a " + opens.getSimpleName() + " opened");
		if (failure[0] instanceof Error error) {
			throw error;
		}
		if (failure[0] != null) {
			throw new AssertionError("in the " + opens.getSimpleName(), failure[0]);
		}
	}

	/** Dialog.buttonPressed is protected; the administration dialogs live in this package. */
	static final class Buttons {
		static void press(Dialog owner, int button) {
			if (owner instanceof SitesDialog sites) {
				sites.buttonPressed(button);
			} else if (owner instanceof UsersDialog users) {
				users.buttonPressed(button);
			} else {
				throw new IllegalArgumentException(owner.getClass().getName());
			}
		}
	}

	static void settle(long millis) {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	static void screenshot(Shell window, String name) {
		settle(300);
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Display display = window.getDisplay();
			Rectangle bounds = window.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			gc.copyArea(image, bounds.x, bounds.y);
			gc.dispose();
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(folder.resolve("admin-" + name + ".png").toString(), SWT.IMAGE_PNG);
			assertNotNull(data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
