package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.app.about.AboutDialog;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.app.parts.ErrorLogPart;
import org.trialbench.app.parts.TrialNavigatorPart;
import org.trialbench.app.progress.ProgressControl;
import org.trialbench.repository.StoreDescription;
import org.trialbench.ui.session.WorkbenchSession;

/** Real SWT widgets of the workbench, opened in a shell and read back. */
class WorkbenchWidgetsUiTest {
	private Shell shell;

	@BeforeEach
	void openShell() {
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(900, 500);
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		Ui.spin(50);
	}

	@Test
	void errorLogPartShowsEntriesAndTheSelectedStack() {
		ErrorLog log = new ErrorLog();
		log.add(Status.error("Commit refused for subject 01-004", new IllegalStateException("stale version 7")),
				Instant.parse("2026-03-01T09:00:00Z"));
		log.add(Status.warning("Visit FU3 of subject 01-002 is out of window"), Instant.parse("2026-03-01T09:01:00Z"));
		ErrorLogPart part = new ErrorLogPart(log);
		part.createControls(shell);
		shell.open();
		Ui.spin(50);

		Table table = part.viewer().getTable();
		assertEquals(2, table.getItemCount());
		assertEquals("Warning", table.getItem(0).getText(1));
		assertEquals("Visit FU3 of subject 01-002 is out of window", table.getItem(0).getText(3));
		assertEquals("Error", table.getItem(1).getText(1));

		log.add(Status.info("Store opened"), Instant.now());
		assertTrue(Ui.spinUntil(() -> table.getItemCount() == 3, 2000), "a new entry appears without reopening");

		part.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(log.entries().get(2)), true);
		Ui.spin(20);
		org.eclipse.swt.widgets.Text details = Arrays.stream(((org.eclipse.swt.custom.SashForm) table.getParent()).getChildren())
				.filter(org.eclipse.swt.widgets.Text.class::isInstance).map(org.eclipse.swt.widgets.Text.class::cast)
				.findFirst().orElseThrow();
		assertTrue(details.getText().contains("stale version 7"), details.getText());
		part.dispose();
	}

	@Test
	void whileIdleTheStatusBarSaysWhichStoreIsOpenAndAsWhom() {
		org.trialbench.ui.session.WorkbenchSession session = org.trialbench.ui.session.WorkbenchSession.connecting();
		ProgressControl control = new ProgressControl();
		control.createControls(shell, session);
		assertEquals("Opening the trial store", control.statusLabel().getText());
		session.fail("the store folder is not writable");
		assertTrue(Ui.spinUntil(() -> control.statusLabel().getText()
				.equals("No trial store: the store folder is not writable"), 5000), control.statusLabel().getText());
	}

	@Test
	void progressControlShowsARunningJobAndCancelsIt() throws Exception {
		ProgressControl control = new ProgressControl();
		control.createControls(shell, null);
		shell.open();
		assertEquals("Ready", control.statusLabel().getText());
		assertFalse(control.cancelButton().isEnabled());

		AtomicBoolean sawCancel = new AtomicBoolean();
		Job job = new Job("Generating demo trial") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, "Subjects", 100);
				for (int i = 0; i < 100; i++) {
					if (sub.isCanceled()) {
						sawCancel.set(true);
						return Status.CANCEL_STATUS;
					}
					sub.worked(1);
					try {
						Thread.sleep(i < 20 ? 5 : 200);
					} catch (InterruptedException e) {
						return Status.CANCEL_STATUS;
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		assertTrue(Ui.spinUntil(() -> control.statusLabel().getText().startsWith("Generating demo trial")
				&& control.progressBar().getSelection() > 0, 5000), "status shows the job: " + control.statusLabel().getText());
		assertTrue(control.cancelButton().isEnabled());
		control.cancelButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(job.join(5000, null), "job ends after cancel");
		assertTrue(sawCancel.get(), "the job saw the cancel request");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertTrue(Ui.spinUntil(() -> "Ready".equals(control.statusLabel().getText()), 3000));
		control.dispose();
	}

	@Test
	void aboutDialogListsTrialbenchJavaAndSwtVersions() {
		AboutDialog dialog = new AboutDialog(shell);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Table table = dialog.table();
			String text = dialog.versionsText();
			assertEquals("Trialbench", table.getItem(0).getText(0));
			assertTrue(Arrays.stream(table.getItems()).map(TableItem::getText).anyMatch("Java"::equals), text);
			assertTrue(text.contains("SWT: 3."), text);
			assertTrue(text.contains("Java: " + System.getProperty("java.version")), text);
		} finally {
			dialog.close();
		}
	}

	@Test
	void navigatorSaysWhenNoTrialIsOpen() {
		TrialNavigatorPart part = new TrialNavigatorPart(
				WorkbenchSession.failed("no trial store implementation is installed"));
		part.createControls(shell);
		shell.open();
		Ui.spin(20);
		assertEquals(2, part.viewer().getTree().getItemCount());
		assertEquals("No trial is open", part.viewer().getTree().getItem(0).getText());
		assertEquals("No trial store implementation is installed", part.viewer().getTree().getItem(1).getText());
	}

	@Test
	void navigatorSaysHowToFillAnEmptyStore() {
		StubStore store = new StubStore(StoreDescription.Kind.EMBEDDED);
		store.empty = true;
		TrialNavigatorPart part = new TrialNavigatorPart(WorkbenchSession.connected(store));
		part.createControls(shell);
		shell.open();
		Ui.spin(20);
		assertEquals("No trial is open", part.viewer().getTree().getItem(0).getText());
		assertEquals("The store is empty: run ./trialbench demo to create a demo trial",
				part.viewer().getTree().getItem(1).getText());
	}

	@Test
	void navigatorFollowsTheStoreWhileItOpens() {
		WorkbenchSession session = WorkbenchSession.connecting();
		TrialNavigatorPart part = new TrialNavigatorPart(session);
		part.createControls(shell);
		shell.open();
		Ui.spin(20);
		assertEquals("Opening the trial store...", part.viewer().getTree().getItem(0).getText());
		new Thread(() -> session.connect(new StubStore(StoreDescription.Kind.SERVER))).start();
		assertTrue(Ui.spinUntil(() -> part.viewer().getTree().getItem(0).getText()
				.equals("Not logged in to the server store jdbc:postgresql://db/trial: double-click to log in"), 3000),
				part.viewer().getTree().getItem(0).getText());
	}
}
