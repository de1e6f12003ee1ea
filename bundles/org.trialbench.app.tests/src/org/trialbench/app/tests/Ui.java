package org.trialbench.app.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Drives the SWT event loop in UI tests, which run under a real X display (Xvfb in CI). */
final class Ui {
	private Ui() {
	}

	static Display display() {
		return Display.getDefault();
	}

	/** Processes events until the condition holds or the timeout passes; returns whether it held. */
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
}
