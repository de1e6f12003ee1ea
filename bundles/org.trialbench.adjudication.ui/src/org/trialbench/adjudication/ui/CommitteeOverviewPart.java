package org.trialbench.adjudication.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.adjudication.AdjudicationExport;
import org.trialbench.adjudication.Agreement;
import org.trialbench.adjudication.CaseWording;
import org.trialbench.adjudication.CommitteeOverview;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The adjudication committee's overview: cases by state, agreement of the independent reviews (percent and Cohen's
 * kappa) and the export of results for the analysis. What a user may see of the reviews is the store's decision.
 */
public class CommitteeOverviewPart {

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = (commit, subjects) -> refreshLater();
	private Label counts;
	private Label agreement;
	private CommitteeChart chart;
	private Table cases;
	private volatile int loads;

	@Inject
	public CommitteeOverviewPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	/** Commits arrive on the store's thread; the reload starts on the UI thread. */
	private void refreshLater() {
		Table table = cases;
		if (table != null && !table.isDisposed()) {
			table.getDisplay().asyncExec(this::refresh);
		}
	}

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		counts = new Label(parent, SWT.NONE);
		counts.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export results...");
		export.addListener(SWT.Selection, e -> export());
		agreement = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(agreement);
		chart = new CommitteeChart(parent);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(chart);
		cases = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		cases.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Case", "80" }, { "Subject", "80" }, { "Status", "90" },
				{ "Final decision", "120" }, { "Resolution", "110" }, { "Review 1", "240" }, { "Review 2", "240" },
				{ "Round 2", "300" } }) {
			TableColumn c = new TableColumn(cases, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(cases);
		workbench.addListener(listener);
		refresh();
	}

	public void refresh() {
		if (cases == null || cases.isDisposed() || !workbench.isOpen()) {
			return;
		}
		Display display = cases.getDisplay();
		Job job = Job.create("Loading the adjudication overview", monitor -> {
			try {
				AdjudicationExport export = new AdjudicationExport(workbench.session());
				CommitteeOverview overview = CommitteeOverview.of(workbench.session().adjudicationCases(),
						workbench.session().protocol().getAdjudicationSettings());
				display.asyncExec(() -> show(overview, export.rows()));
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot load the adjudication overview: " + e.getMessage(), e);
			}
		});
		job.schedule();
	}

	void show(CommitteeOverview overview, List<List<String>> rows) {
		if (cases.isDisposed()) {
			return;
		}
		counts.setText(overview.open() + " open    " + overview.agreed() + " agreed    " + overview.inConsensus()
				+ " in consensus    " + overview.closed() + " closed");
		Agreement a = overview.agreement();
		agreement.setText(a.cases() == 0 ? "No case has two independent reviews yet."
				: String.format(Locale.ROOT, "Independent reviews: %d cases with two reviews, %.1f%% agreement, "
						+ "Cohen's kappa %.2f", a.cases(), a.percentAgreement(), a.kappa()));
		cases.removeAll();
		for (List<String> row : rows) {
			TableItem item = new TableItem(cases, SWT.NONE);
			item.setText(new String[] { CaseWording.reference(row.get(0)), row.get(1), CaseWording.ofLiteral(row.get(4)),
					CaseWording.ofLiteral(row.get(5)), CaseWording.ofLiteral(row.get(6)), review(row, 9), review(row, 13),
					round2(row.get(17)) });
		}
		chart.setOverview(overview);
		// the review columns carry adjudicator and decision: wide enough for the longest, never narrower than set
		for (TableColumn column : cases.getColumns()) {
			int set = column.getWidth();
			column.pack();
			column.setWidth(Math.max(set, column.getWidth()));
		}
		counts.getParent().layout(true, true);
		loads++;
	}

	private static String review(List<String> row, int at) {
		return row.get(at).isEmpty() ? "" : row.get(at) + ": " + CaseWording.ofLiteral(row.get(at + 1))
				+ ("true".equals(row.get(at + 3)) ? "" : " (signature!)");
	}

	/** "adj1=endpointMet; adj2=endpointNotMet" as the export has it, in words. */
	private static String round2(String decisions) {
		if (decisions.isEmpty()) {
			return "";
		}
		List<String> words = new java.util.ArrayList<>();
		for (String one : decisions.split("; ")) {
			int equals = one.indexOf('=');
			words.add(equals < 0 ? one : one.substring(0, equals) + ": " + CaseWording.ofLiteral(one.substring(equals + 1)));
		}
		return String.join("; ", words);
	}

	int loads() {
		return loads;
	}

	CommitteeChart chart() {
		return chart;
	}

	Table cases() {
		return cases;
	}

	private void export() {
		FileDialog dialog = new FileDialog(cases.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
		dialog.setFileName("adjudication.xlsx");
		dialog.setOverwrite(true);
		String chosen = org.trialbench.ui.files.FileFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		Display display = cases.getDisplay();
		Job job = Job.create("Exporting adjudication results", monitor -> {
			try {
				AdjudicationExport export = new AdjudicationExport(workbench.session());
				export.write(file);
				display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), "Exported",
						export.rows().size() + " cases written to " + file));
				return Status.OK_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), "Export failed",
						"Cannot write " + file + ": " + e.getMessage()));
				return Status.error("Adjudication export to " + file + " failed: " + e.getMessage(), e);
			}
		});
		job.schedule();
	}

	@Focus
	public void setFocus() {
		cases.setFocus();
	}

	@PreDestroy
	public void dispose() {
		workbench.removeListener(listener);
	}
}
