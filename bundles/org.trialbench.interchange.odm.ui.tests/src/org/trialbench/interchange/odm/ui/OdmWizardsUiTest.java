package org.trialbench.interchange.odm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Trial;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The export and import wizards on real SWT widgets over real embedded stores: fill the page as a user would,
 * press Finish, let the job run, and read what the user is shown (the export's message, the import's result
 * dialog). Screenshots of the pages and the result dialogs go to target/screenshots.
 */
class OdmWizardsUiTest {
	/** The demo trial of these tests: 2 sites, 20 subjects in all. */
	static final int SUBJECTS = 20;

	@TempDir
	Path directory;
	private DemoTrial demo;
	private JdbcTrialRepository source;
	private final List<WorkbenchSession> workbenches = new ArrayList<>();
	private final List<JdbcTrialRepository> stores = new ArrayList<>();
	private Shell shell;
	private final AtomicReference<IStatus> jobResult = new AtomicReference<>();
	private final IJobChangeListener jobs = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			String name = event.getJob().getName();
			if (name.startsWith("Exporting ODM") || name.startsWith("Checking ") || name.startsWith("Importing ")) {
				jobResult.set(event.getResult());
			}
		}
	};

	@BeforeEach
	void store() throws Exception {
		demo = new DemoTrialGenerator(2, SUBJECTS, 2026).generate(new NullProgressMonitor());
		source = JdbcTrialRepository.embedded(directory.resolve("source"));
		source.initialize(EcoreUtil.copy(demo.trial()), demo.credentials(), demo.reason(), new NullProgressMonitor());
		stores.add(source);
		shell = new Shell(Display.getDefault());
		shell.setSize(900, 600);
		shell.setText("Trialbench");
		shell.open();
		Job.getJobManager().addJobChangeListener(jobs);
		watchResultDialogs();
	}

	@AfterEach
	void close() {
		Job.getJobManager().removeJobChangeListener(jobs);
		for (Shell open : Display.getDefault().getShells()) {
			open.dispose();
		}
		workbenches.forEach(WorkbenchSession::close);
		stores.forEach(JdbcTrialRepository::close);
	}

	private WorkbenchSession workbench(JdbcTrialRepository repository, String username) throws Exception {
		WorkbenchSession workbench = WorkbenchSession.connected(repository);
		workbench.open(repository.localSession(username));
		workbenches.add(workbench);
		return workbench;
	}

	/** The same protocol, sites and users as the demo, without subjects: where another system's data arrive. */
	private JdbcTrialRepository emptyStore(String name) throws Exception {
		Trial trial = EcoreUtil.copy(demo.trial());
		trial.getSites().forEach(site -> site.getSubjects().clear());
		trial.getAdjudicationCases().clear();
		Map<String, char[]> passwords = new HashMap<>();
		trial.getUsers().forEach(u -> passwords.put(u.getUsername(), DemoUsers.PASSWORD.toCharArray()));
		JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve(name));
		store.initialize(trial, new InitialCredentials(passwords), "set-up", new NullProgressMonitor());
		stores.add(store);
		return store;
	}

	/** A wizard dialog whose Finish button the test can press. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell parent, IWizard wizard) {
			super(parent, wizard);
			setBlockOnOpen(false);
		}

		void finish() {
			finishPressed();
		}

		boolean finishEnabled() {
			return getButton(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID).isEnabled();
		}
	}

	private static void settle(long millis) throws InterruptedException {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + millis; // GTK paints in idle callbacks
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertTrue(condition.getAsBoolean(), what);
	}

	/** What a result dialog showed: its labels and its table's rows. */
	private record Shown(String labels, List<String> rows) {
	}

	private final Map<String, Shown> shown = new java.util.concurrent.ConcurrentHashMap<>();
	private final Map<String, String> screenshots = new HashMap<>();

	private static boolean isResult(String title) {
		return title.equals("ODM export") || title.startsWith("Dry run of ") || title.startsWith("Imported ")
				|| title.endsWith(" was refused");
	}

	/**
	 * The result dialogs are modal and open from the job through asyncExec, so they run their own event loop:
	 * a timer, which runs inside any event loop, reads them as a user would, takes a screenshot when asked, and
	 * closes them.
	 */
	private void watchResultDialogs() {
		Display display = Display.getDefault();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (shell.isDisposed()) {
				return;
			}
			for (Shell open : display.getShells()) {
				if (open.isDisposed() || !open.isVisible() || !isResult(open.getText())) {
					continue;
				}
				String title = open.getText();
				List<String> rows = new ArrayList<>();
				Table table = find(open, Table.class);
				if (table != null) {
					for (int i = 0; i < table.getItemCount(); i++) {
						rows.add(table.getItem(i).getText());
					}
				}
				String name = screenshots.remove(title);
				if (name != null) {
					try {
						open.setSize(1000, 520);
						screenshot(open, name);
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}
				shown.put(title, new Shown(allLabels(open), rows));
				open.close();
			}
			display.timerExec(100, poll[0]);
		};
		display.timerExec(100, poll[0]);
	}

	private Shown waitForResult(String title) throws InterruptedException {
		waitUntil(() -> shown.containsKey(title), "the dialog '" + title + "' was shown");
		return shown.get(title);
	}

	private static <T> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Path screenshot(Shell window, String name) throws Exception {
		settle(1200);
		Image image = new Image(window.getDisplay(), window.getSize().x, window.getSize().y);
		GC gc = new GC(image);
		try {
			window.print(gc);
		} finally {
			gc.dispose();
		}
		Path file = Path.of("target", "screenshots", name).toAbsolutePath();
		Files.createDirectories(file.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		loader.save(file.toString(), SWT.IMAGE_PNG);
		assertTrue(Files.size(file) > 5_000, file.toString());
		System.out.println("screenshot: " + file);
		return file;
	}

	/** Exports the demo store as the administrator through the wizard; returns the file. */
	private Path exportThroughTheWizard(String screenshot) throws Exception {
		ExportOdmWizard wizard = new ExportOdmWizard(workbench(source, "admin"));
		Dialog dialog = new Dialog(shell, wizard);
		dialog.open();
		assertFalse(dialog.finishEnabled(), "no file chosen yet");
		wizard.page.file.text.setText(directory.resolve("no-such-folder").resolve("study.xml").toString());
		assertFalse(dialog.finishEnabled());
		assertTrue(wizard.page.getErrorMessage().contains("does not exist"), wizard.page.getErrorMessage());
		Path file = directory.resolve("study.xml");
		wizard.page.file.text.setText(file.toString());
		assertNull(wizard.page.getErrorMessage());
		assertTrue(dialog.finishEnabled());
		if (screenshot != null) {
			screenshot(dialog.getShell(), screenshot);
		}
		jobResult.set(null);
		dialog.finish();
		waitUntil(() -> jobResult.get() != null, "the export job ended");
		assertTrue(jobResult.get().isOK(), jobResult.get().toString());
		String text = waitForResult("ODM export").labels();
		assertTrue(text.contains("with " + SUBJECTS + " subjects"), text);
		shown.clear();
		return file;
	}

	private static String allLabels(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			text.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(allLabels(child));
			}
		}
		return text.toString();
	}

	@Test
	void theExportWizardWritesTheTrialAsOdm() throws Exception {
		Path file = exportThroughTheWizard("odm-export-wizard.png");
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals(SUBJECTS, xml.split("<SubjectData ", -1).length - 1);
		assertTrue(xml.contains("<AuditRecord"));
		assertFalse(Files.exists(directory.resolve("study.xml.part")), "no partial file is left");
	}

	@Test
	void theImportWizardDryRunsThenImportsAsOneAuditedCommit() throws Exception {
		Path file = exportThroughTheWizard(null);
		JdbcTrialRepository target = emptyStore("target");
		WorkbenchSession workbench = workbench(target, "admin");

		// first the dry run, which the page offers by default
		ImportOdmWizard wizard = new ImportOdmWizard(workbench);
		Dialog dialog = new Dialog(shell, wizard);
		dialog.open();
		assertTrue(wizard.page.dryRun.getSelection(), "a dry run is the default");
		wizard.page.file.text.setText(file.toString());
		assertTrue(dialog.finishEnabled());
		screenshot(dialog.getShell(), "odm-import-wizard.png");
		jobResult.set(null);
		screenshots.put("Dry run of study.xml", "odm-import-dry-run-result.png");
		dialog.finish();
		Shown dryRun = waitForResult("Dry run of study.xml");
		assertTrue(dryRun.labels().contains("would add " + SUBJECTS + " subjects"), dryRun.labels());
		assertTrue(dryRun.rows().size() > SUBJECTS, "one row per warning and change");
		assertTrue(dryRun.rows().stream().anyMatch(r -> r.contains(": added at site 01 with ")), dryRun.rows().toString());
		assertTrue(jobResult.get().isOK(), jobResult.get().toString());
		assertEquals(0, workbench.session().countSubjects(SubjectFilter.all()), "a dry run saves nothing");

		// then for real: the page asks for a reason once the dry run is off
		wizard = new ImportOdmWizard(workbench);
		dialog = new Dialog(shell, wizard);
		dialog.open();
		wizard.page.file.text.setText(file.toString());
		wizard.page.dryRun.setSelection(false);
		wizard.page.validate();
		assertFalse(dialog.finishEnabled());
		assertTrue(wizard.page.getErrorMessage().contains("reason"), wizard.page.getErrorMessage());
		wizard.page.reason.setText("Migration from the pilot store");
		assertTrue(dialog.finishEnabled());
		jobResult.set(null);
		dialog.finish();
		Shown imported = waitForResult("Imported study.xml");
		assertTrue(imported.labels().contains("added " + SUBJECTS + " subjects") || imported.labels().contains("add "
				+ SUBJECTS + " subjects"), imported.labels());
		assertTrue(jobResult.get().isOK(), jobResult.get().toString());
		try (TrialSession check = target.localSession("admin")) {
			assertEquals(SUBJECTS, check.countSubjects(SubjectFilter.all()));
			var latest = check.audit().latest(1).get(0);
			assertEquals("admin", latest.username());
			assertEquals("Migration from the pilot store", latest.reason());
		}
	}

	@Test
	void anInvalidFileIsRefusedWithLineAndColumnAndChangesNothing() throws Exception {
		Path valid = exportThroughTheWizard(null);
		String xml = Files.readString(valid, StandardCharsets.UTF_8);
		int data = xml.indexOf("<ClinicalData");
		Path invalid = directory.resolve("typo.xml");
		Files.writeString(invalid, xml.substring(0, data)
				+ xml.substring(data).replaceFirst("ItemOID=\"IT.DM.WEIGHT\"", "ItemOID=\"IT.DM.WEIGTH\""));
		JdbcTrialRepository target = emptyStore("refused");
		WorkbenchSession workbench = workbench(target, "admin");
		long commit = workbench.session().audit().latest(1).get(0).commitId();
		ImportOdmWizard wizard = new ImportOdmWizard(workbench);
		Dialog dialog = new Dialog(shell, wizard);
		dialog.open();
		wizard.page.file.text.setText(invalid.toString());
		wizard.page.dryRun.setSelection(false);
		wizard.page.reason.setText("should not happen");
		screenshots.put("typo.xml was refused", "odm-import-refused.png");
		dialog.finish();
		List<String> rows = waitForResult("typo.xml was refused").rows();
		int line = (int) xml.substring(0, xml.indexOf("IT.DM.WEIGHT", data)).chars().filter(c -> c == '\n').count() + 1;
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("ERROR line " + line + ", column ")
				&& r.contains("IT.DM.WEIGTH, which the protocol does not define")), rows.toString());
		assertEquals(commit, workbench.session().audit().latest(1).get(0).commitId(), "no commit");
		assertEquals(0, workbench.session().countSubjects(SubjectFilter.all()));
	}

	@Test
	void aCancelledImportSavesNothing() throws Exception {
		Path file = exportThroughTheWizard(null);
		JdbcTrialRepository target = emptyStore("cancelled");
		WorkbenchSession workbench = workbench(target, "admin");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		IStatus status = ImportOdmWizard.run(workbench.session(), file,
				new OdmImport.Options(false, "cancelled by the user", null), cancelled, Display.getDefault());
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertEquals(0, workbench.session().countSubjects(SubjectFilter.all()));
		assertNotNull(workbench.session().audit().latest(1).get(0));
	}
}
