package org.trialbench.monitoring.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.QueryLifecycle;
import org.trialbench.monitoring.SdvTarget;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.SourceDataVerification;
import org.trialbench.monitoring.WorklistFilter;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.jobs.LatestRead;
import org.trialbench.ui.labels.ValueText;

/**
 * The SDV worklist: pick a site (loaded in the background), narrow it by subject, visit, form and state, sort by
 * any column, select rows and verify them in one commit. What is shown and verified comes from the monitoring
 * core; this view only collects the choices.
 */
public final class SdvWorklistView extends Composite {

	/** The state choices, in the order of the State box. */
	private static final List<Set<SdvState>> STATE_CHOICES = List.of(
			EnumSet.of(SdvState.PENDING, SdvState.CHANGED_SINCE_VERIFICATION), Set.of(),
			EnumSet.of(SdvState.PENDING), EnumSet.of(SdvState.CHANGED_SINCE_VERIFICATION),
			EnumSet.of(SdvState.VERIFIED), EnumSet.of(SdvState.NOT_REQUIRED));
	private static final String[] STATE_LABELS = { "To verify (pending or changed)", "All states", "Pending",
			"Changed after verification", "Verified", "Not required" };

	private final TrialSession session;
	private final Consumer<String> problems;
	private final Combo site;
	private final Text subject;
	private final Combo visit;
	private final Combo form;
	private final Combo state;
	private final Label status;
	private final Button verify;
	private final WorklistGrid grid;
	private final List<Site> sites = new ArrayList<>();
	private final List<VisitDefinition> visits;
	private final List<FormDefinition> forms;
	private List<WorklistRow> loaded = List.of();
	/** The worklist's loads: a later one supersedes one still running (its rows may predate the later commit). */
	private final LatestRead loads = new LatestRead(this);
	/** What the last verification did, kept in the status line after the reload. */
	private String lastVerification = "";

	/** Values as the forms show them: a code list's label with its code ("Occasional (1)"), dates as set. */
	private static Function<WorklistRow, String> valueLabels(TrialSession session) {
		Map<String, ItemDefinition> items = new HashMap<>();
		session.protocol().getForms().forEach(f -> f.getItems().forEach(i -> items.putIfAbsent(i.getOid(), i)));
		ValueText values = ValueText.defaults();
		return row -> row.value().value() == null ? row.valueText()
				: values.format(items.get(row.value().itemOid()), row.value().value());
	}

	private Consumer<WorklistRow> formOpener = row -> {
	};

	/** @param problems shows a problem to the user (e.g. a refused verification), already worded for them */
	public SdvWorklistView(Composite parent, TrialSession session, Consumer<String> problems) {
		super(parent, SWT.NONE);
		this.session = session;
		this.problems = problems;
		setLayout(new GridLayout(1, false));
		Composite bar = new Composite(this, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		// wraps onto a second line in a narrow part, so that the Verify button never falls off the edge
		org.eclipse.swt.layout.RowLayout barLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		barLayout.wrap = true;
		barLayout.center = true;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText("Site");
		site = new Combo(bar, SWT.READ_ONLY);
		session.visibleSites().forEach(s -> {
			sites.add(s);
			site.add(s.getCode() + (s.getName() == null ? "" : " " + s.getName()));
		});
		new Label(bar, SWT.NONE).setText("Subject");
		subject = new Text(bar, SWT.BORDER | SWT.SEARCH);
		subject.setMessage("screening number");
		subject.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
		new Label(bar, SWT.NONE).setText("Visit");
		visit = new Combo(bar, SWT.READ_ONLY);
		visits = List.copyOf(session.protocol().getVisits());
		visit.add("All visits");
		visits.forEach(v -> visit.add(v.getName()));
		visit.select(0);
		new Label(bar, SWT.NONE).setText("Form");
		form = new Combo(bar, SWT.READ_ONLY);
		forms = List.copyOf(session.protocol().getForms());
		form.add("All forms");
		forms.forEach(f -> form.add(f.getName()));
		form.add("Informed consent"); // records, not CRF forms: verified like items
		form.add("Adverse events");
		form.select(0);
		new Label(bar, SWT.NONE).setText("State");
		state = new Combo(bar, SWT.READ_ONLY);
		state.setItems(STATE_LABELS);
		state.select(0);
		verify = new Button(bar, SWT.PUSH);
		verify.setText("Verify selected (Ctrl+Enter)");
		verify.setToolTipText("Marks the selected values as verified against the source documents, in one commit");
		grid = new WorklistGrid(this, this::verifyRequested, valueLabels(session));
		// small hints: the grid's preferred size is all its rows, which must not size the part
		GridData gridData = new GridData(SWT.FILL, SWT.FILL, true, true);
		gridData.widthHint = 200;
		gridData.heightHint = 200;
		grid.control().setLayoutData(gridData);
		status = new Label(this, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));

		site.addListener(SWT.Selection, e -> load());
		subject.addListener(SWT.Modify, e -> refilter());
		visit.addListener(SWT.Selection, e -> refilter());
		form.addListener(SWT.Selection, e -> refilter());
		state.addListener(SWT.Selection, e -> refilter());
		verify.addListener(SWT.Selection, e -> verifyRequested(grid.selected()));
		grid.control().addListener(SWT.MouseDoubleClick, e -> {
			List<WorklistRow> chosen = grid.selected();
			if (chosen.size() == 1 && openable(chosen.get(0))) {
				formOpener.accept(chosen.get(0));
			}
		});
		contextMenu();
		if (!sites.isEmpty()) {
			site.select(0);
			load();
		} else {
			status.setText("No site to monitor: the user has no site");
		}
	}

	/** Loads the chosen site's worklist in a cancellable background job; the grid shows it when done. */
	public void load() {
		int index = site.getSelectionIndex();
		if (index < 0) {
			return;
		}
		Site chosen = sites.get(index);
		status.setText("Loading site " + chosen.getCode() + " ...");
		loads.run("Loading the SDV worklist of site " + chosen.getCode(),
				monitor -> SdvWorklist.load(session, chosen.getId(), monitor), rows -> {
					loaded = rows;
					refilter();
				}, e -> problems.accept("The worklist of site " + chosen.getCode() + " could not be read: "
						+ e.getMessage()));
	}

	/** Whether the latest load asked for is not shown yet (call on the UI thread). */
	public boolean isLoading() {
		return loads.pending();
	}

	public WorklistFilter filter() {
		int v = visit.getSelectionIndex();
		int f = form.getSelectionIndex();
		String formOid = f <= 0 ? null
				: f <= forms.size() ? forms.get(f - 1).getOid()
				: f == forms.size() + 1 ? SdvTarget.CONSENT_FORM : SdvTarget.ADVERSE_EVENT_FORM;
		return new WorklistFilter(subject.getText(), v <= 0 ? null : visits.get(v - 1).getOid(), formOid,
				STATE_CHOICES.get(Math.max(0, state.getSelectionIndex())));
	}

	private void refilter() {
		List<WorklistRow> shown = filter().apply(loaded);
		grid.show(shown);
		long open = loaded.stream().filter(WorklistRow::open).count();
		status.setText(shown.size() + " of " + loaded.size() + " values shown; " + open + " to verify at this site"
				+ (lastVerification.isEmpty() ? "" : ". Last verification: " + lastVerification));
		status.getParent().layout();
	}

	/** Who opens a row's form (double-click, Open Form): the part, which knows the workbench's parts. */
	public void onOpenForm(Consumer<WorklistRow> opener) {
		this.formOpener = opener;
	}

	private static boolean openable(WorklistRow row) {
		return row.target() == SdvTarget.ITEM && row.value().formId() != null;
	}

	/** Open Form, Raise Query and Verify on the selected rows, enabled as they apply. */
	private void contextMenu() {
		Menu menu = new Menu(grid.control());
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText("Open Form");
		open.addListener(SWT.Selection, e -> grid.selected().stream().findFirst().ifPresent(formOpener));
		MenuItem raise = new MenuItem(menu, SWT.PUSH);
		raise.setText("Raise Query...");
		raise.addListener(SWT.Selection, e -> {
			List<WorklistRow> chosen = grid.selected();
			if (chosen.size() == 1) {
				InputDialog ask = new InputDialog(getShell(), "Raise a query",
						"Query on " + chosen.get(0).itemName() + " of subject " + chosen.get(0).value().screeningNumber()
								+ " (value: " + chosen.get(0).valueText() + "). What should the site check?",
						"", text -> text == null || text.isBlank() ? "A query needs a question" : null);
				if (ask.open() == Window.OK) {
					raiseQuery(chosen.get(0), ask.getValue());
				}
			}
		});
		MenuItem verifyItem = new MenuItem(menu, SWT.PUSH);
		verifyItem.setText("Verify Selected\tCtrl+Enter");
		verifyItem.addListener(SWT.Selection, e -> verifyRequested(grid.selected()));
		menu.addListener(SWT.Show, e -> {
			List<WorklistRow> chosen = grid.selected();
			open.setEnabled(chosen.size() == 1 && openable(chosen.get(0)));
			String why = raiseReason(chosen);
			raise.setEnabled(why == null);
			// a disabled item says why (GTK shows tooltips on disabled menu items)
			raise.setToolTipText(why == null ? "Ask the site to check the selected value" : why);
			verifyItem.setEnabled(!chosen.isEmpty() && verify.isEnabled());
		});
		grid.control().setMenu(menu);
	}

	/** Why a query cannot be raised on these rows, or null. */
	public String raiseReason(List<WorklistRow> rows) {
		if (!QueryLifecycle.allows(session.roles(), QueryMessageKind.RAISE)) {
			return "Monitors, data managers and safety staff raise queries";
		}
		if (rows.size() != 1) {
			return "Select one value to raise a query on";
		}
		return rows.get(0).target() == SdvTarget.ITEM ? null : "Queries are raised on item values";
	}

	/** Raises a query on the row's value in the background, then reloads the site. */
	public void raiseQuery(WorklistRow row, String text) {
		status.setText("Raising a query on " + row.itemName() + " ...");
		Job.create("Raising a query", (IProgressMonitor monitor) -> {
			try {
				new QueryDesk().raise(session, row.value().subjectId(), row.id(), text);
				getDisplay().asyncExec(() -> {
					if (!isDisposed()) {
						lastVerification = "Query raised on " + row.itemName() + " of subject "
								+ row.value().screeningNumber();
						load();
					}
				});
			} catch (StoreException e) {
				getDisplay().asyncExec(() -> problems.accept(e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void verifyRequested(List<WorklistRow> rows) {
		if (rows.isEmpty()) {
			problems.accept("Select the values to verify first (click, Shift+click or Shift+arrow keys)");
			return;
		}
		verify(rows, "source data verified against the site's source documents");
	}

	/** Verifies the rows in the background, then reloads the site. */
	public void verify(List<WorklistRow> rows, String reason) {
		status.setText("Verifying " + rows.size() + " values ...");
		Job job = Job.create("Verifying " + rows.size() + " values", (IProgressMonitor monitor) -> {
			try {
				SourceDataVerification.Result result = new SourceDataVerification().verify(session, rows, reason,
						monitor);
				getDisplay().asyncExec(() -> {
					if (!isDisposed()) {
						lastVerification = result.verified() + " verified" + (result.alreadyVerified() == 0 ? ""
								: ", " + result.alreadyVerified() + " were verified already");
						status.setText(lastVerification);
						load();
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (StoreException e) {
				// reported and logged once, by the part
				getDisplay().asyncExec(() -> problems.accept(e.getMessage()));
				return Status.OK_STATUS;
			}
		});
		job.schedule();
	}

	// for tests and the part
	public void chooseSite(String code) {
		for (int i = 0; i < sites.size(); i++) {
			if (sites.get(i).getCode().equals(code)) {
				site.select(i);
				load();
				return;
			}
		}
	}

	public void chooseState(int index) {
		state.select(index);
		refilter();
	}

	public void chooseForm(int index) {
		form.select(index);
		refilter();
	}

	public int formChoices() {
		return form.getItemCount();
	}

	public void typeSubject(String text) {
		subject.setText(text);
	}

	/** The rows selected in the grid, in grid order. */
	public List<WorklistRow> selectedRows() {
		return grid.selected();
	}

	public List<WorklistRow> shownRows() {
		return grid.rows();
	}

	public List<WorklistRow> loadedRows() {
		return loaded;
	}

	WorklistGrid grid() {
		return grid;
	}

	public String statusText() {
		return status.getText();
	}
}
