package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trialbench.ui.actions.DisabledReason;

/**
 * A disabled button says why where the user points: GTK shows no tooltip over a disabled button and sends it no
 * pointer events, so the reason is lent to the button's parent while the real pointer (posted X events) is over it.
 */
class DisabledReasonUiTest {
	private Shell shell;

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static void pointAt(Control control) {
		Display display = control.getDisplay();
		Rectangle bounds = control.getBounds();
		Point screen = display.map(control.getParent(), null,
				new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = screen.x;
		move.y = screen.y;
		assertTrue(display.post(move), "the X display took the pointer move");
		Ui.spin(150);
	}

	@Test
	void pointingAtADisabledButtonShowsItsReasonAndPointingAwayRestoresTheBarsOwnTooltip() {
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setBounds(10, 10, 500, 120);
		Composite bar = new Composite(shell, SWT.NONE);
		bar.setLayout(new RowLayout());
		Button answer = new Button(bar, SWT.PUSH);
		answer.setText("Answer");
		answer.setToolTipText("Answer the chosen query");
		Button closeQuery = new Button(bar, SWT.PUSH);
		closeQuery.setText("Close");
		closeQuery.setToolTipText("Choose a query in the list first");
		closeQuery.setEnabled(false);
		DisabledReason.showOverDisabledControls(shell.getDisplay());
		shell.open();
		shell.forceActive();
		Ui.spin(300);
		assertNull(bar.getToolTipText());

		pointAt(closeQuery);
		assertTrue(Ui.spinUntil(() -> "Choose a query in the list first".equals(bar.getToolTipText()), 2000),
				"over the disabled button, its reason shows: " + bar.getToolTipText());

		pointAt(answer);
		assertTrue(Ui.spinUntil(() -> bar.getToolTipText() == null, 2000),
				"over an enabled button, the bar lends nothing: " + bar.getToolTipText());

		closeQuery.setEnabled(true);
		pointAt(closeQuery);
		Ui.spin(200);
		assertNull(bar.getToolTipText(), "enabled, the button shows its own tooltip");
		assertEquals("Choose a query in the list first", closeQuery.getToolTipText());
	}
}
