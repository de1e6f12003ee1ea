package org.trialbench.enrolment.ui;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.trialbench.enrolment.SiteStatusBoard;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The data-entry desk's first page: subjects by status at each of the user's sites, and how many queries wait for
 * the site's answer. Counted in a job from the store's headers; redrawn when the data change.
 */
public class SiteStatusPart {

	private final WorkbenchSession workbench;
	private final WorkbenchSession.Listener listener = (commit, subjects) -> refreshLater();
	private Label headline;
	private Label queries;
	private SiteStatusChart chart;
	private SiteStatusBoard board;
	private volatile int loads;
	private volatile boolean refreshQueued;

	@Inject
	public SiteStatusPart(WorkbenchSession workbench) {
		this.workbench = workbench;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scroll, SWT.NONE);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		body.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 8).applyTo(body);
		headline = new Label(body, SWT.NONE);
		headline.setFont(JFaceResources.getHeaderFont());
		headline.setText("Site status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
		queries = new Label(body, SWT.WRAP);
		queries.setText("Counting subjects and queries...");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queries);
		chart = new SiteStatusChart(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chart);
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
		workbench.addListener(listener);
		refresh();
	}

	/** Commits arrive on the store's thread, often in bursts: one reload at a time. */
	private void refreshLater() {
		if (chart != null && !chart.isDisposed() && !refreshQueued) {
			refreshQueued = true;
			chart.getDisplay().asyncExec(() -> {
				refreshQueued = false;
				refresh();
			});
		}
	}

	public void refresh() {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		if (!workbench.isOpen()) {
			headline.setText("Site status");
			queries.setText("Not connected to a trial store.");
			return;
		}
		Display display = chart.getDisplay();
		Job job = Job.create("Counting subjects and queries per site", monitor -> {
			try {
				SiteStatusBoard counted = SiteStatusBoard.of(workbench.session(), monitor);
				display.asyncExec(() -> show(counted));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot count the sites' subjects and queries: " + e.getMessage(), e);
			}
		});
		job.schedule();
	}

	void show(SiteStatusBoard counted) {
		if (chart.isDisposed()) {
			return;
		}
		board = counted;
		SiteStatusBoard.Row total = counted.total();
		headline.setText(total.subjects() + " subjects at " + counted.sites().size()
				+ (counted.sites().size() == 1 ? " site" : " sites") + ", " + total.everRandomized() + " randomized, "
				+ total.count(org.trialbench.clinical.SubjectStatus.SCREENING) + " in screening");
		queries.setText(total.awaitingSite() == 0 ? "No query waits for a site's answer."
				: total.awaitingSite() + (total.awaitingSite() == 1 ? " query waits" : " queries wait")
						+ " for a site's answer; " + total.awaitingMonitor() + " answered, waiting for the monitor.");
		chart.setBoard(counted);
		chart.getParent().layout(true, true);
		Composite body = chart.getParent();
		if (body.getParent() instanceof ScrolledComposite scroll) {
			scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
		loads++;
	}

	int loads() {
		return loads;
	}

	SiteStatusBoard board() {
		return board;
	}

	SiteStatusChart chart() {
		return chart;
	}

	String headline() {
		return headline.getText();
	}

	@Focus
	public void setFocus() {
		chart.setFocus();
	}

	@PreDestroy
	public void dispose() {
		workbench.removeListener(listener);
	}
}
