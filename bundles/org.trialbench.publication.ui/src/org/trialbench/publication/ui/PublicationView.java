package org.trialbench.publication.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.trialbench.publication.Population;
import org.trialbench.publication.tables.PublicationTable;

/**
 * The publication tables part's widgets: snapshot and population choosers, the actions, the list of tables and the
 * selected table with its figures. It shows and collects; the part runs the work as jobs.
 */
public final class PublicationView {

	/** What the buttons ask the part to do. */
	public interface Actions {
		void compute(String snapshot, Population population);

		void exportTables(String snapshot, Population population);

		void exportListings(String snapshot, Population population);

		void lock();
	}

	private final SashForm split;
	private final Combo snapshots;
	private final Combo populations;
	private final Button compute;
	private final Button exportTables;
	private final Button exportListings;
	private final Button lock;
	private final Label status;
	private final org.eclipse.swt.widgets.List tableList;
	private final TableView tableView;
	private final List<PublicationTable> tables = new ArrayList<>();
	private boolean busy;
	private String tablesBlocked;

	public PublicationView(Composite parent, Actions actions) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayout(new GridLayout(9, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Snapshot:");
		snapshots = new Combo(bar, SWT.READ_ONLY);
		snapshots.setLayoutData(new GridData(180, SWT.DEFAULT));
		new Label(bar, SWT.NONE).setText("Population:");
		populations = new Combo(bar, SWT.READ_ONLY);
		for (Population population : Population.values()) {
			populations.add(population.label());
		}
		populations.select(0);
		compute = button(bar, "Compute tables", () -> actions.compute(snapshot(), population()));
		exportTables = button(bar, "Export tables…", () -> actions.exportTables(snapshot(), population()));
		exportListings = button(bar, "Export listings…", () -> actions.exportListings(snapshot(), population()));
		lock = button(bar, "Lock data…", actions::lock);
		new Label(bar, SWT.NONE);
		status = new Label(root, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		split = new SashForm(root, SWT.HORIZONTAL);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tableList = new org.eclipse.swt.widgets.List(split, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		tableView = new TableView(split);
		split.setWeights(18, 82);
		tableList.addListener(SWT.Selection, e -> showSelected());
		split.addListener(SWT.Resize, e -> fitList());
		setSnapshots(List.of("live"));
		updateButtons();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** The snapshots to offer: lock ids, newest first, then "live". */
	public void setSnapshots(List<String> ids) {
		snapshots.setItems(ids.toArray(String[]::new));
		snapshots.select(0);
	}

	public void setLockAllowed(boolean allowed) {
		lock.setEnabled(allowed);
	}

	public void setBusy(boolean busy) {
		this.busy = busy;
		updateButtons();
	}

	/**
	 * Why tables cannot be computed for this user now (e.g. blinded before a lock), or null: the buttons that
	 * compute tables are disabled and their tooltips say why, instead of failing when pressed.
	 */
	public void setTablesBlockedBecause(String reason) {
		this.tablesBlocked = reason;
		updateButtons();
	}

	private void updateButtons() {
		compute.setEnabled(!busy && tablesBlocked == null);
		exportTables.setEnabled(!busy && tablesBlocked == null);
		exportListings.setEnabled(!busy);
		String why = tablesBlocked == null ? null : tablesBlocked;
		compute.setToolTipText(why != null ? why : "Compute the tables of the chosen snapshot and population");
		exportTables.setToolTipText(why != null ? why : "Write the tables of the chosen snapshot to an .xlsx workbook");
	}

	Button computeButton() {
		return compute;
	}

	/** What the status line says now. */
	String statusText() {
		return status.getText();
	}

	public void setStatus(String text) {
		status.setText(text);
		status.getParent().layout(true, true);
	}

	public void show(List<PublicationTable> computed) {
		tables.clear();
		tables.addAll(computed);
		tableList.removeAll();
		computed.forEach(t -> tableList.add(t.title()));
		fitList();
		if (!computed.isEmpty()) {
			tableList.select(0);
			showSelected();
		}
	}

	/** Selects a table by its position, as a click in the list would. */
	public void select(int index) {
		tableList.select(index);
		showSelected();
	}

	/**
	 * Gives the list of tables the width of its longest title ("Figure 1. CONSORT flow diagram ..."), up to 40 % of
	 * the part, so titles are not cut off; the table beside it takes the rest. The selected title is also the list's
	 * tooltip, for a title longer than that.
	 */
	private void fitList() {
		int total = split.getClientArea().width;
		if (total <= 0 || tableList.getItemCount() == 0) {
			return;
		}
		GC gc = new GC(tableList);
		int widest;
		try {
			widest = java.util.Arrays.stream(tableList.getItems()).mapToInt(title -> gc.textExtent(title).x).max()
					.orElse(0);
		} finally {
			gc.dispose();
		}
		int list = Math.min(widest + tableList.computeTrim(0, 0, 0, 0).width + 24, total * 2 / 5);
		list = Math.max(list, total * 18 / 100);
		split.setWeights(list, Math.max(1, total - list));
	}

	private void showSelected() {
		int index = tableList.getSelectionIndex();
		if (index >= 0 && index < tables.size()) {
			tableList.setToolTipText(tables.get(index).title());
			tableView.show(tables.get(index));
		}
	}

	String snapshot() {
		return snapshots.getSelectionIndex() < 0 ? null : snapshots.getItem(snapshots.getSelectionIndex());
	}

	Population population() {
		return Population.values()[Math.max(0, populations.getSelectionIndex())];
	}

	org.eclipse.swt.widgets.List tableList() {
		return tableList;
	}

	TableView tableView() {
		return tableView;
	}

	Combo snapshots() {
		return snapshots;
	}

	Button exportTablesButtonForTest() {
		return exportTables;
	}
}
