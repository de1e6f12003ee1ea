package org.trialbench.interchange.odm.ui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

/** Export to ODM: where, what, snapshot or transactional. The export runs as a cancellable job. */
public class ExportOdmWizard extends Wizard {
	private static final String PLUGIN = "org.trialbench.interchange.odm.ui";
	private final WorkbenchSession session;
	final Page page = new Page();

	public ExportOdmWizard(WorkbenchSession session) {
		this.session = session;
		setWindowTitle("Export CDISC ODM 1.3.2");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(page.file.value());
		OdmExportOptions options = page.options();
		TrialSession trial = session.session();
		Display display = getShell().getDisplay();
		Job job = Job.create("Exporting ODM to " + file.getFileName(), (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> {
			return export(trial, file, options, monitor, display);
		});
		job.setUser(true);
		job.schedule();
		return true;
	}

	static IStatus export(TrialSession trial, Path file, OdmExportOptions options, IProgressMonitor monitor,
			Display display) {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			OdmExport.Summary summary;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				summary = OdmExport.export(trial, out, options, monitor);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			String message = "Wrote " + file + (options.metadataOnly() ? " (study metadata only)."
					: " with " + summary.subjects() + " subjects and " + summary.values() + " item values.");
			display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), "ODM export", message));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | StoreException e) {
			return Status.error("The ODM export to " + file + " failed: " + e.getMessage()
					+ ". Check that the folder is writable and try again.", e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// left as NAME.part, which the user can recognize and delete
			}
		}
	}

	final class Page extends WizardPage {
		FileField file;
		Button metadataOnly;
		Button transactional;
		Button plain;

		Page() {
			super("export");
			setTitle("Export the trial as CDISC ODM 1.3.2");
			setDescription("The protocol as study metadata and the clinical data you may see, with audit records.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			file = new FileField(body, "File:", SWT.SAVE, this::validate);
			metadataOnly = new Button(body, SWT.CHECK);
			metadataOnly.setText("Study metadata only (no clinical data)");
			metadataOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			transactional = new Button(body, SWT.CHECK);
			transactional.setText("Transactional file (records marked Upsert) instead of a snapshot");
			transactional.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			plain = new Button(body, SWT.CHECK);
			plain.setText("Plain ODM 1.3.2 for other systems (without Trialbench's extensions)");
			plain.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			Label note = new Label(body, SWT.WRAP);
			note.setText("Large trials are written one subject at a time; progress and Cancel are in the progress area.");
			note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			setControl(body);
		}

		void validate() {
			String name = file.value();
			if (name.isEmpty()) {
				setErrorMessage(null);
				setPageComplete(false);
			} else if (Path.of(name).toAbsolutePath().getParent() == null
					|| !Files.isDirectory(Path.of(name).toAbsolutePath().getParent())) {
				setErrorMessage("The folder of " + name + " does not exist");
				setPageComplete(false);
			} else {
				setErrorMessage(null);
				setPageComplete(true);
			}
		}

		OdmExportOptions options() {
			return new OdmExportOptions(metadataOnly.getSelection(), transactional.getSelection()
					? OdmExportOptions.FileType.TRANSACTIONAL : OdmExportOptions.FileType.SNAPSHOT, true, true,
					plain.getSelection());
		}
	}

	static String plugin() {
		return PLUGIN;
	}
}
