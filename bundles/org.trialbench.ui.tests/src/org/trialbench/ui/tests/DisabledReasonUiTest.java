package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trialbench.ui.actions.DisabledReason;

/**
 * A disabled button says why where the user points: GTK shows no tooltip over a disabled button and sends it no
 * pointer events (its parent gets them), so the reason is lent to the button's parent while the pointer is over it.
 */
class DisabledReasonUiTest {
	private Shell shell;

	@AfterEach
	void close() {
		shell.dispose();
	}

	/**
	 * The pointer over the control, as SWT reports it on GTK when the control is disabled: a move event of the
	 * control's parent, at a point inside the control (the display's filters see it first). Posted X events are not
	 * used: SWT's GTK port delivered them to no widget under Xvfb in these tests.
	 */
	private static void pointAt(Control control) {
		Rectangle bounds = control.getBounds();
		Event move = new Event();
		move.x = bounds.x + bounds.width / 2;
		move.y = bounds.y + bounds.height / 2;
		control.getParent().notifyListeners(SWT.MouseMove, move);
		Ui.spin(50);
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
