package org.trialbench.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Drives the SWT event loop and real widgets in UI tests, which run under a real X display (Xvfb in CI). */
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

	/** Expands a tree item as a click on its arrow does: the Expand event, then the item opens. */
	static void expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
	}

	static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	static List<String> texts(Tree tree) {
		return texts(tree.getItems());
	}

	static List<String> texts(TreeItem item) {
		return texts(item.getItems());
	}

	/** Whether any item's text starts with "Loading" or "Searching". */
	static boolean loading(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getText().startsWith("Loading") || item.getText().startsWith("Searching")
					|| item.getText().startsWith("Opening")) {
				return true;
			}
		}
		return false;
	}

	static TreeItem item(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no item '" + text + "' in " + texts(items));
	}

	@SuppressWarnings("unchecked")
	static <T extends Control> List<T> find(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add((T) child);
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}
}
