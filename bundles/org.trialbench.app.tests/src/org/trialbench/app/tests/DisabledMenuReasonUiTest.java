package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * In the shipped workbench, a greyed menu item says why on the item itself: the handler's reason reaches the SWT
 * menu item's tooltip, which GTK shows over a disabled menu item (SWT sends no Arm event for a disabled item, so a
 * status line cannot follow the pointer there), and the item's own tooltip returns once it is enabled.
 */
class DisabledMenuReasonUiTest {
	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private WorkbenchSession session;
	private RealWorkbench workbench;

	@AfterEach
	void stop() {
		if (workbench != null) {
			workbench.close();
		}
		session.close();
		repository.close();
	}

	@Test
	void recordAdverseEventWithNoSubjectSelectedIsGreyedAndSaysWhy() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(2, 4, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		session = WorkbenchSession.connected(repository);
		session.open(repository.localSession("safety"));
		workbench = new RealWorkbench(session);

		org.eclipse.swt.widgets.Menu safety = workbench.openMenu("Safety");
		MenuItem item = RealWorkbench.item(safety, "Record Adverse Event...");
		assertFalse(item.isEnabled(), "no subject selected: greyed");
		assertEquals("Not available: select a subject (or one of its visits or forms) in the Trial Navigator first",
				item.getToolTipText(), "the greyed item says why, where the pointer is");
		safety.notifyListeners(SWT.Hide, new Event());

		// the user selects a subject in the Trial Navigator
		org.trialbench.repository.SubjectHeader subject = session.session()
				.subjects(org.trialbench.repository.SubjectFilter.all()).get(0);
		org.eclipse.e4.ui.model.application.ui.basic.MPart navigator = workbench.parts()
				.findPart("org.trialbench.app.part.navigator");
		workbench.parts().activate(navigator);
		// what the navigator's tree does when a subject row is clicked
		navigator.getContext().get(org.eclipse.e4.ui.workbench.modeling.ESelectionService.class)
				.setSelection(subject);
		safety = workbench.openMenu("Safety");
		assertTrue(item.isEnabled(), "a subject selected: offered");
		assertEquals("A new adverse event for the subject selected in the Trial Navigator", item.getToolTipText());
		safety.notifyListeners(SWT.Hide, new Event());
	}
}
