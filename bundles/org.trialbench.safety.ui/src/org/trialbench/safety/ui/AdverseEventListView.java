package org.trialbench.safety.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyWords;

/**
 * A list of adverse events, one row each: the selected subject's or the whole trial's. Opening a row (double-click,
 * Enter) hands its case to whoever shows the form; the button records a new event for the shown subject.
 */
public final class AdverseEventListView extends Composite {
	static final String[] COLUMNS = { "Subject", "Site", "Onset", "Event", "CTCAE", "Serious", "Treatment-emergent",
			"Expected", "MedDRA PT", "Outcome" };

	private final Label heading;
	final Button allSubjects;
	final Button record;
	private final Table table;
	private List<SafetyCase> cases = List.of();

	public AdverseEventListView(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(3, false));
		heading = new Label(this, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading.setText("Select a subject in the Trial Navigator to list its adverse events");
		allSubjects = new Button(this, SWT.CHECK);
		allSubjects.setText("All subjects");
		allSubjects.setToolTipText("List the adverse events of every subject you may see (safety desk)");
		record = new Button(this, SWT.PUSH);
		record.setText("Record adverse event...");
		record.setToolTipText("Record a new adverse event for the subject shown");
		record.setEnabled(false);
		table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		int[] widths = { 80, 50, 90, 200, 60, 60, 130, 80, 170, 150 };
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(widths[i]);
		}
	}

	public Table table() {
		return table;
	}

	public String headingText() {
		return heading.getText();
	}

	public void setHeading(String text) {
		heading.setText(text);
		layout(true, true);
	}

	/** Who opens a case's form when the user opens a row. */
	public void onOpen(Consumer<SafetyCase> opener) {
		table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(opener));
	}

	public void onSelect(Consumer<SafetyCase> listener) {
		table.addListener(SWT.Selection, e -> selected().ifPresent(listener));
	}

	public java.util.Optional<SafetyCase> selected() {
		int i = table.getSelectionIndex();
		return i >= 0 && i < cases.size() ? java.util.Optional.of(cases.get(i)) : java.util.Optional.empty();
	}

	public List<SafetyCase> cases() {
		return cases;
	}

	public void show(String title, List<SafetyCase> shown) {
		this.cases = List.copyOf(shown);
		table.removeAll();
		for (SafetyCase c : cases) {
			AdverseEvent e = c.event();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { c.screeningNumber(), c.siteCode() == null ? "" : c.siteCode(),
					e.getOnsetDate() == null ? "" : e.getOnsetDate().toString(), e.getVerbatimTerm(),
					e.getCtcaeGrade() == null ? "" : e.getCtcaeGrade().toString(), e.isSerious() ? "serious" : "",
					e.isTreatmentEmergent() ? "yes" : "no",
					e.getExpected() == null ? "not assessed" : e.getExpected() ? "expected" : "unexpected",
					e.getCoding() == null ? "not coded" : e.getCoding().getPtName(),
					e.isSetOutcome() ? SafetyWords.of(e.getOutcome()) : "" });
			if (e.isSerious()) {
				item.setForeground(5, getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		setHeading(title);
	}
}
