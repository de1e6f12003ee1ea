package org.trialbench.publication.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.trialbench.clinical.Role;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Publication tables part: computes the tables of a data snapshot in a job and shows them; exports the
 * workbooks in cancellable jobs with progress; lets a data manager lock the data. Work runs off the UI thread and
 * its results come back through {@link Display#asyncExec}.
 */
public class PublicationPart {

	/** Lock times in the user's zone, to the minute. */
	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm z").withZone(java.time.ZoneId.systemDefault());

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = this::changed;
	private PublicationView view;
	private Display display;

	@Inject
	public PublicationPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	@PostConstruct
	public void create(Composite parent) {
		display = parent.getDisplay();
		view = new PublicationView(parent, new PublicationView.Actions() {
			@Override
			public void compute(String snapshot, Population population) {
				PublicationPart.this.compute(snapshot, population);
			}

			@Override
			public void exportTables(String snapshot, Population population) {
				PublicationPart.this.exportTables(snapshot, population);
			}

			@Override
			public void exportListings(String snapshot, Population population) {
				PublicationPart.this.exportListings(snapshot);
			}

			@Override
			public void lock() {
				PublicationPart.this.lock();
			}
		});
		workbench.addListener(listener);
		refresh();
	}

	@PreDestroy
	public void dispose() {
		workbench.removeListener(listener);
	}

	private void changed(CommitInfo commit, Set<String> subjects) {
		if (commit == null) {
			ui(this::refresh);
		}
	}

	/** Offers the trial's locks (newest first) and the live data; says whom the tables are for. */
	private void refresh() {
		if (!workbench.isOpen()) {
			view.setSnapshots(List.of(AnalysisDatasets.LIVE));
			view.setLockAllowed(false);
			view.setStatus("Not logged in: log in (Trial Navigator) as the statistician, or as the writing committee "
					+ "once the data are locked.");
			return;
		}
		TrialSession session = workbench.session();
		List<String> ids = new ArrayList<>();
		try {
			List<DataLock> locks = session.dataLocks();
			for (int i = locks.size() - 1; i >= 0; i--) {
				ids.add(locks.get(i).id());
			}
			ids.add(AnalysisDatasets.LIVE);
			view.setSnapshots(ids);
			view.setLockAllowed(session.hasRole(Role.DATA_MANAGER) || session.hasRole(Role.ADMINISTRATOR));
			String blocked = session.blinded() ? "You are blinded to the allocations, so tables by arm cannot be "
					+ "computed: the statistician computes them, and the writing committee once a data manager has "
					+ "locked the data" + (locks.isEmpty() ? " (no lock yet)" : "") : null;
			view.setTablesBlockedBecause(blocked);
			DataLock newest = locks.isEmpty() ? null : locks.get(locks.size() - 1);
			String scope = scope(session);
			view.setStatus((newest == null ? "The data are not locked yet: tables of the live data are drafts."
					: "Newest lock " + newest.id() + " (commit " + newest.commitId() + ", "
							+ WHEN.format(newest.lockedAt()) + " by " + newest.lockedBy() + ").")
					+ (blocked == null ? "" : " " + blocked + ".") + (scope == null ? "" : " " + scope));
			if (!locks.isEmpty() && blocked == null) {
				// the newest lock is what the writing committee came for: its tables at once, in a job
				compute(ids.get(0), view.population());
			}
		} catch (Exception e) {
			report("Cannot list the data locks", e);
		}
	}

	private void compute(String snapshot, Population population) {
		if (!workbench.isOpen()) {
			refresh();
			return;
		}
		TrialSession session = workbench.session();
		view.setBusy(true);
		Job job = Job.create("Computing the publication tables", (IProgressMonitor monitor) -> {
			try {
				AnalysisDataset data = AnalysisDatasets.read(session, AnalysisDatasets.resolve(session, snapshot),
						monitor);
				List<PublicationTable> tables = PublicationTables.of(data, population, monitor);
				ui(() -> {
					view.show(tables);
					// the sites the dataset holds, as it was read (not asked of the session again)
					String scope = scope(data.snapshot().scope());
					view.setStatus("Tables of " + describe(data.snapshot()) + ", population " + population.label()
							+ " (read " + data.subjects().size() + " subjects, screened or randomized)."
							+ (scope == null ? "" : " " + scope));
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				ui(() -> report("Cannot compute the tables of " + snapshot, e));
				return Status.OK_STATUS;
			} finally {
				ui(() -> view.setBusy(false));
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void exportTables(String snapshot, Population population) {
		Path file = askFile("tables.xlsx");
		if (file == null || !workbench.isOpen()) {
			return;
		}
		TrialSession session = workbench.session();
		run("Exporting the publication tables to " + file.getFileName(), monitor -> {
			TablesExport.tables(session, snapshot, population, file, monitor);
			return "Wrote the tables of " + snapshot + " to " + file;
		});
	}

	private void exportListings(String snapshot) {
		Path file = askFile("listings.xlsx");
		if (file == null || !workbench.isOpen()) {
			return;
		}
		TrialSession session = workbench.session();
		run("Exporting the listings to " + file.getFileName(), monitor -> {
			TablesExport.listings(session, snapshot, Population.ITT, ListingsExport.Format.XLSX, file, monitor);
			return "Wrote the listings of " + snapshot + " to " + file;
		});
	}

	private void lock() {
		if (!workbench.isOpen()) {
			return;
		}
		InputDialog ask = new InputDialog(view.snapshots().getShell(), "Lock the data",
				"Locking freezes every subject's record as it is now; tables of the lock never change, and the "
						+ "writing committee is unblinded. Reason:",
				"Database lock for the primary analysis", text -> text.isBlank() ? "A lock needs a reason" : null);
		if (ask.open() != Window.OK) {
			return;
		}
		TrialSession session = workbench.session();
		String reason = ask.getValue();
		run("Locking the data", monitor -> {
			DataLock lock = session.lockData(reason);
			ui(this::refresh);
			return "Locked the data as " + lock.id() + " (commit " + lock.commitId() + ", " + lock.subjects()
					+ " subjects)";
		});
	}

	/** Work for a job that says what it did. */
	private interface Work {
		String run(IProgressMonitor monitor) throws Exception;
	}

	private void run(String name, Work work) {
		view.setBusy(true);
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				String done = work.run(monitor);
				ui(() -> view.setStatus(done));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				ui(() -> view.setStatus(name + ": cancelled; nothing was written."));
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				ui(() -> report(name + " failed", e));
				return Status.OK_STATUS;
			} finally {
				ui(() -> view.setBusy(false));
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private Path askFile(String suggested) {
		FileDialog dialog = new FileDialog(view.snapshots().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFileName(suggested);
		dialog.setOverwrite(true);
		String chosen = org.trialbench.ui.files.FileFolders.open(dialog);
		return chosen == null ? null : Path.of(chosen);
	}

	private void report(String what, Exception e) {
		ILog.of(PublicationPart.class).log(new Status(IStatus.ERROR, "org.trialbench.publication.ui", what, e));
		view.setStatus(what + ": " + e.getMessage());
	}

	/**
	 * What a user who sees only some sites (an investigator in an open-label trial) must know about the tables: they
	 * hold those sites' subjects, not the trial's. Null for a user who sees every site.
	 */
	static String scope(TrialSession session) {
		return scope(org.trialbench.publication.SiteScope.of(session));
	}

	private static String scope(org.trialbench.publication.SiteScope scope) {
		return scope == null ? null
				: "These tables hold only the subjects of " + scope.sites() + " (the sites you work at), not the whole "
						+ "trial's " + scope.trialSites() + " sites.";
	}

	/** The snapshot in words, its time to the minute in the user's zone (the workbook keeps the exact instant). */
	static String describe(org.trialbench.publication.Snapshot snapshot) {
		String when = snapshot.lockedAt() == null ? "?" : WHEN.format(snapshot.lockedAt());
		return snapshot.locked()
				? "data lock " + snapshot.id() + " (commit " + snapshot.commitId() + ", locked " + when + " by "
						+ snapshot.lockedBy() + ")"
				: "NOT LOCKED: live data read " + when
						+ (snapshot.commitId() > 0 ? " (commit " + snapshot.commitId() + ")" : "");
	}

	PublicationView view() {
		return view;
	}

	private void ui(Runnable runnable) {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (view != null && !view.snapshots().isDisposed()) {
					runnable.run();
				}
			});
		}
	}
}
