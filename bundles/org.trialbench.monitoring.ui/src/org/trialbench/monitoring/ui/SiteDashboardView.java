package org.trialbench.monitoring.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.Site;
import org.trialbench.monitoring.MetricsCharts;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.monitoring.SiteMetrics;
import org.trialbench.monitoring.VisitReport;
import org.trialbench.monitoring.VisitReportWorkbook;
import org.trialbench.repository.TrialSession;

/**
 * Site metrics at a glance: enrolment over time, SDV completion, unresolved queries by age and overdue visits per
 * site, the figures as a table with what the SDV plan requires, and the export of a site's monitoring visit report.
 */
public final class SiteDashboardView extends Composite {

	private final TrialSession session;
	private final Consumer<String> problems;
	private final Label heading;
	private final ChartCanvas enrolment;
	private final ChartCanvas sdv;
	private final ChartCanvas queries;
	private final ChartCanvas overdue;
	private final Table figures;
	private final Combo reportSite;
	private final Text from;
	private final Text to;
	private final List<Site> sites = new ArrayList<>();
	private volatile List<SiteMetrics> metrics = List.of();

	public SiteDashboardView(Composite parent, TrialSession session, Consumer<String> problems) {
		super(parent, SWT.NONE);
		this.session = session;
		this.problems = problems;
		sites.addAll(session.visibleSites());
		setLayout(new GridLayout(2, true));
		heading = new Label(this, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		SdvSelection plan = new SdvSelection(session.protocol());
		heading.setText(String.format("SDV plan: 100%% of critical data (%s), a reproducible %.0f%% sample of the other "
				+ "forms (seed %d). Reading the figures ...", plan.categoriesInWords(), plan.rate() * 100, plan.seed()));
		enrolment = chart();
		sdv = chart();
		queries = chart();
		overdue = chart();
		figures = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
		figures.setHeaderVisible(true);
		figures.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		tableData.heightHint = 120;
		figures.setLayoutData(tableData);
		for (String title : new String[] { "Site", "Screened", "Randomized", "SDV required", "Verified", "Changed",
				"Completion", "Unresolved queries", "Waiting for site", "Oldest (days)", "Overdue visits" }) {
			TableColumn column = new TableColumn(figures, SWT.NONE);
			column.setText(title);
			// the site column holds the site's name too
			column.setWidth(title.equals("Site") ? 240 : title.length() * 8 + 20);
		}
		Composite export = new Composite(this, SWT.NONE);
		export.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false, 2, 1));
		export.setLayout(new GridLayout(8, false));
		Button again = new Button(export, SWT.PUSH);
		again.setText("Refresh figures");
		again.addListener(SWT.Selection, e -> refresh());
		new Label(export, SWT.NONE).setText("Visit report of site");
		reportSite = new Combo(export, SWT.READ_ONLY);
		sites.forEach(s -> reportSite.add(s.getCode()));
		if (!sites.isEmpty()) {
			reportSite.select(0);
		}
		new Label(export, SWT.NONE).setText("from");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		from = new Text(export, SWT.BORDER);
		from.setText(today);
		new Label(export, SWT.NONE).setText("to");
		to = new Text(export, SWT.BORDER);
		to.setText(today);
		Button write = new Button(export, SWT.PUSH);
		write.setText("Export visit report (.xlsx, .pdf)...");
		write.addListener(SWT.Selection, e -> exportAsked());
		refresh();
	}

	private ChartCanvas chart() {
		ChartCanvas canvas = new ChartCanvas(this);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.minimumHeight = 180;
		canvas.setLayoutData(data);
		return canvas;
	}

	/** Computes the figures of every visible site in a cancellable background job. */
	public void refresh() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Job.create("Computing site metrics", monitor -> {
			try {
				List<SiteMetrics> computed = SiteMetrics.of(session, sites, today, monitor);
				metrics = computed;
				getDisplay().asyncExec(() -> show(computed));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				getDisplay().asyncExec(() -> problems.accept("The site metrics could not be computed: " + e.getMessage()));
				return Status.error("site metrics", e);
			}
		}).schedule();
	}

	private void show(List<SiteMetrics> computed) {
		if (isDisposed()) {
			return;
		}
		enrolment.show((w, h) -> MetricsCharts.enrolment(computed, w, h));
		sdv.show((w, h) -> MetricsCharts.sdvCompletion(computed, w, h));
		queries.show((w, h) -> MetricsCharts.queryAge(computed, w, h));
		overdue.show((w, h) -> MetricsCharts.overdueVisits(computed, w, h));
		figures.removeAll();
		for (SiteMetrics m : computed) {
			TableItem item = new TableItem(figures, SWT.NONE);
			item.setText(new String[] { m.siteCode() + (m.siteName() == null ? "" : " " + m.siteName()),
					Integer.toString(m.screened()), Integer.toString(m.randomized()), Integer.toString(m.sdvRequired()),
					Integer.toString(m.sdvVerified()), Integer.toString(m.sdvChanged()),
					String.format("%.1f%%", m.sdvCompletion() * 100), Integer.toString(m.unresolvedQueries()),
					Integer.toString(m.awaitingSite()), Long.toString(m.oldestQueryDays()),
					Integer.toString(m.overdueVisits()) });
		}
		String text = heading.getText();
		heading.setText(text.replace(" Reading the figures ...", " Figures as of " + LocalDate.now(ZoneOffset.UTC) + "."));
		layout(true, true);
	}

	public List<SiteMetrics> metrics() {
		return metrics;
	}

	private void exportAsked() {
		int index = reportSite.getSelectionIndex();
		if (index < 0) {
			return;
		}
		LocalDate first;
		LocalDate last;
		try {
			first = LocalDate.parse(from.getText().strip());
			last = LocalDate.parse(to.getText().strip());
		} catch (java.time.format.DateTimeParseException e) {
			problems.accept("Write the visit's days as dates like 2026-11-25 (from '" + from.getText() + "', to '"
					+ to.getText() + "')");
			return;
		}
		if (last.isBefore(first)) {
			problems.accept("The visit cannot end (" + last + ") before it starts (" + first + ")");
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.pdf" });
		dialog.setOverwrite(true);
		dialog.setFileName("visit-report-" + sites.get(index).getCode() + "-" + last + ".xlsx");
		String file = org.trialbench.ui.files.FileFolders.open(dialog);
		if (file != null) {
			export(sites.get(index), first, last, Path.of(file));
		}
	}

	/** Builds and writes the site's visit report in a background job. */
	public Job export(Site site, LocalDate first, LocalDate last, Path file) {
		Job job = Job.create("Writing the visit report of site " + site.getCode(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			try {
				VisitReport report = VisitReport.build(session, site, first, last, Instant.now(), progress.split(1));
				if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
					org.trialbench.monitoring.VisitReportPdf.write(report, file);
				} else {
					VisitReportWorkbook.write(report, file);
				}
				return new Status(IStatus.OK, "org.trialbench.monitoring.ui", "Visit report written to " + file);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				getDisplay().asyncExec(() -> problems.accept("The visit report of site " + site.getCode()
						+ " could not be written to " + file + ": " + e.getMessage()));
				return Status.error("visit report", e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
