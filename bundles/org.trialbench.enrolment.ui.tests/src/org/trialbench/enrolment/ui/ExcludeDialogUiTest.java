package org.trialbench.enrolment.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ScreenFailCategory;

/** The exclusion dialog asks for a reason before it lets the user exclude, and hands back category and reason. */
class ExcludeDialogUiTest {

	@Test
	void excludingNeedsAReasonAndReturnsTheCategory() {
		Shell parent = new Shell(Display.getDefault());
		ExcludeDialog dialog = new ExcludeDialog(parent, "01-0042");
		dialog.setBlockOnOpen(false);
		try {
			dialog.open();
			Button exclude = dialog.excludeButton();
			assertEquals("Exclude", exclude.getText());
			assertFalse(exclude.isEnabled(), "no reason yet");
			dialog.fill(ScreenFailCategory.DECLINED_TO_PARTICIPATE, "   ");
			assertFalse(exclude.isEnabled(), "blanks are no reason");
			assertEquals("Say why the subject is not randomized", dialog.getErrorMessage());
			assertEquals(ExcludeDialog.CATEGORY_LABELS.length, ScreenFailCategory.VALUES.size());
			dialog.fill(ScreenFailCategory.NOT_MEETING_CRITERIA, "  LES pressure too low on repeat manometry ");
			assertTrue(exclude.isEnabled());
			exclude.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertEquals(Window.OK, dialog.getReturnCode());
			assertEquals(ScreenFailCategory.NOT_MEETING_CRITERIA, dialog.category());
			assertEquals("LES pressure too low on repeat manometry", dialog.reason());
		} finally {
			dialog.close();
			parent.dispose();
		}
	}
}
