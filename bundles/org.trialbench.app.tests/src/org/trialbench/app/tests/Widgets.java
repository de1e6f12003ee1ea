package org.trialbench.app.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Finds what a person sees in a window (a button by its text, the field next to its label) and acts on it as a
 * click does; and answers dialogs from inside their own event loop, as they open.
 */
final class Widgets {
	private Widgets() {
	}

	/** Every control of the type under the root (the root included), in tree order. */
	static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	static <T extends Control> T first(Control root, Class<T> type) {
		List<T> found = all(root, type);
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " in " + root);
		}
		return found.get(0);
	}

	/** The button showing that text (mnemonics ignored). */
	static Button button(Control root, String text) {
		return all(root, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + text + "' in " + root));
	}

	/** The control right after the label with that text, as a form lays out a field and its label. */
	static <T extends Control> T field(Control root, String label, Class<T> type) {
		for (Label candidate : all(root, Label.class)) {
			if (candidate.getText().replace("&", "").equals(label)) {
				Control[] siblings = candidate.getParent().getChildren();
				for (int i = 0; i < siblings.length - 1; i++) {
					if (siblings[i] == candidate && type.isInstance(siblings[i + 1])) {
						return type.cast(siblings[i + 1]);
					}
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " labelled '" + label + "' in " + root);
	}

	/** A click on an enabled button: what its listeners do on a click. */
	static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("'" + button.getText() + "' is disabled: " + button.getToolTipText());
		}
		if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The texts of a window's labels, as a person reads it. */
	static String texts(Control root) {
		return String.join("\n", all(root, Label.class).stream().map(Label::getText).toList());
	}

	/**
	 * Acts on the next window that matches, from inside its event loop (dialogs are modal), once it is shown; a
	 * failure in the action is kept for the test to report.
	 */
	static final class OnDialog {
		private Shell seen;
		private String said;
		private Throwable failure;
		private boolean done;

		OnDialog(String titleStart, Consumer<Shell> action) {
			this(shell -> shell.getText().startsWith(titleStart), action);
		}

		OnDialog(Predicate<Shell> which, Consumer<Shell> action) {
			Display display = Ui.display();
			Runnable look = new Runnable() {
				int tries;

				@Override
				public void run() {
					for (Shell candidate : display.getShells()) {
						if (!candidate.isDisposed() && candidate.isVisible() && candidate != seen
								&& candidate.getParent() != null && which.test(candidate)) {
							seen = candidate;
							said = texts(candidate);
							try {
								action.accept(candidate);
							} catch (Throwable e) {
								failure = e;
								if (!candidate.isDisposed()) {
									candidate.close();
								}
							}
							done = true;
							return;
						}
					}
					if (++tries < 600) {
						display.timerExec(50, this);
					}
				}
			};
			display.timerExec(50, look);
		}

		/** Whether the dialog came and was acted on; rethrows what went wrong in the action. */
		boolean done() {
			if (failure instanceof Error error) {
				throw error;
			}
			if (failure != null) {
				throw new AssertionError("answering the dialog failed", failure);
			}
			return done;
		}

		/** Waits until the dialog came and was acted on. */
		String await(long millis) {
			if (!Ui.spinUntil(this::done, millis)) {
				throw new AssertionError("no dialog came within " + millis + " ms");
			}
			return said;
		}
	}

	/** Waits for the condition, spinning the event loop; fails with the message when it does not come. */
	static void await(BooleanSupplier condition, long millis, String what) {
		if (!Ui.spinUntil(condition, millis)) {
			throw new AssertionError("waited " + millis + " ms for: " + what);
		}
	}
}
