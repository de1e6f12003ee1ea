package org.trialbench.interchange.odm.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.Site;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Import from ODM: file, dry run (on by default, so that the first run only shows what would change), reason for
 * the audit trail, and the site of new subjects whose file names none. The import runs as a cancellable job; the
 * outcome (problems with line and column, or the changes) opens in a dialog.
 */
public class ImportOdmWizard extends Wizard {
	private final WorkbenchSession session;
	final Page page = new Page();

	public ImportOdmWizard(WorkbenchSession session) {
		this.session = session;
		setWindowTitle("Import CDISC ODM 1.3.2");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(page.file.value());
		OdmImport.Options options = page.options(file);
		TrialSession trial = session.session();
		Display display = getShell().getDisplay();
		Job job = Job.create((options.dryRun() ? "Checking " : "Importing ") + file.getFileName(),
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> run(trial, file, options, monitor, display));
		job.setUser(true);
		job.schedule();
		return true;
	}

	static IStatus run(TrialSession trial, Path file, OdmImport.Options options, IProgressMonitor monitor,
			Display display) {
		try {
			ImportReport report = new OdmImport(trial).run(OdmImport.Source.of(file), options, monitor);
			List<String> lines = new java.util.ArrayList<>();
			report.warnings().forEach(p -> lines.add(p.toString()));
			report.metadataDifferences().forEach(l -> lines.add("metadata differs: " + l));
			report.mappings().forEach(l -> lines.add("mapped: " + l));
			lines.addAll(report.changes());
			show(display, (options.dryRun() ? "Dry run of " : "Imported ") + file.getFileName(), report.summary(), lines);
			return Status.OK_STATUS;
		} catch (OdmInvalidException e) {
			show(display, file.getFileName() + " was refused", e.getMessage(),
					e.problems().stream().map(OdmProblem::toString).toList());
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | StoreException e) {
			return Status.error("The ODM import of " + file + " failed; nothing was saved: " + e.getMessage(), e);
		}
	}

	private static void show(Display display, String title, String summary, List<String> lines) {
		display.asyncExec(() -> new ImportResultDialog(display.getActiveShell(), title, summary, lines).open());
	}

	final class Page extends WizardPage {
		FileField file;
		Button dryRun;
		Text reason;
		Combo site;

		Page() {
			super("import");
			setTitle("Import clinical data from CDISC ODM 1.3.2");
			setDescription("Subjects by SubjectKey, visits, forms and items by OID. An invalid file changes nothing.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			file = new FileField(body, "File:", SWT.OPEN, this::validate);
			dryRun = new Button(body, SWT.CHECK);
			dryRun.setText("Dry run: only report what would change");
			dryRun.setSelection(true);
			dryRun.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			dryRun.addListener(SWT.Selection, e -> validate());
			new Label(body, SWT.NONE).setText("Reason:");
			reason = new Text(body, SWT.BORDER);
			reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			reason.setMessage("why the data are imported (audit trail)");
			reason.addModifyListener(e -> validate());
			new Label(body, SWT.NONE).setText("Site of new subjects:");
			site = new Combo(body, SWT.READ_ONLY);
			site.add("(as the file says)");
			for (Site s : session.session().trial().getSites()) {
				site.add(s.getCode() + " " + (s.getName() == null ? "" : s.getName()));
			}
			site.select(0);
			setControl(body);
		}

		void validate() {
			String name = file.value();
			String problem = null;
			if (name.isEmpty()) {
				problem = "";
			} else if (!Files.isRegularFile(Path.of(name))) {
				problem = name + " is not a file";
			} else if (!dryRun.getSelection() && reason.getText().isBlank()) {
				problem = "Give a reason for the audit trail, or choose a dry run";
			}
			setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}

		OdmImport.Options options(Path path) {
			String siteCode = site.getSelectionIndex() <= 0 ? null : site.getText().split(" ")[0];
			String why = reason.getText().isBlank() ? "Imported from ODM file " + path.getFileName()
					: reason.getText().strip();
			return new OdmImport.Options(dryRun.getSelection(), why, siteCode);
		}
	}
}
