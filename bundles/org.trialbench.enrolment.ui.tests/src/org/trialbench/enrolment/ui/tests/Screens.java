package org.trialbench.enrolment.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Drives the event loop and saves pictures of real shells (Xvfb in CI). */
final class Screens {
	private Screens() {
	}

	static Display display() {
		return Display.getDefault();
	}

	static boolean spinUntil(BooleanSupplier condition, long timeoutMillis) {
		Display display = display();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	static void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		spinUntil(() -> System.currentTimeMillis() > end, millis + 1000);
	}

	/**
	 * Saves what the shell shows as PNG in the folder named by the system property trialbench.screenshots (default:
	 * trialbench-screenshots in the temporary folder); returns the file.
	 */
	static Path snapshot(Shell shell, String name) throws Exception {
		shell.forceActive();
		spin(400);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path folder = Path.of(System.getProperty("trialbench.screenshots",
				Path.of(System.getProperty("java.io.tmpdir"), "trialbench-screenshots").toString()));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		System.out.println("Screenshot: " + file);
		return file;
	}
}
