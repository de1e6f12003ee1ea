package org.trialbench.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.trialbench.clinical.FormRecord;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.labels.ValueText;
import org.trialbench.ui.navigator.NavigatorLabels;

/**
 * Shows one form record: its name, subject, visit and status, what validation found, and a table of its items
 * in definition order with value, unit, missing code, SDV state, open queries, whether the value is derived, and
 * each item's validation findings. Read-only; derived rows are greyed because they are never typed.
 */
public final class FormView {
	public static final int ITEM = 0;
	public static final int VALUE = 1;
	public static final int UNIT = 2;
	/** Validation findings sit next to the value they are about. */
	public static final int CHECK = 3;
	public static final int MISSING = 4;
	public static final int SDV = 5;
	public static final int QUERIES = 6;
	public static final int SOURCE = 7;

	private final ValueText values;
	private final Composite control;
	private final Label title;
	private final Label details;
	private final CLabel summary;
	private final TableViewer viewer;
	private FormRows shown;

	public FormView(Composite parent, ValueText values) {
		this.values = values;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(control);
		title = new Label(control, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		details = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		summary = new CLabel(control, SWT.NONE);
		summary.setMargins(0, 2, 0, 2);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		viewer = new TableViewer(control, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column("Item", 280, ItemRow::question, FormView::itemIcon);
		column("Value", 130, ItemRow::valueText, null);
		column("Unit", 50, ItemRow::unit, null);
		column("Check", 220, r -> r.findingsText().replace("\n", "; "), FormView::severityIcon);
		column("Missing", 90, ItemRow::missing, null);
		column("SDV", 110, ItemRow::sdv, null);
		column("Queries", 65, r -> r.openQueries() == 0 ? "" : Integer.toString(r.openQueries()), null);
		column("Source", 65, r -> r.derived() ? "derived" : "", null);
		viewer.getTable().addListener(SWT.Resize, e -> fitCheckColumn());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		showMessage("No form", Diagnostic.OK);
	}

	/** Shows a form record; validates it first (see {@link FormRows}). */
	public void show(FormRecord form) {
		shown = FormRows.read(form, values);
		title.setText(shown.title());
		details.setText(shown.details());
		List<Finding> formFindings = shown.formFindings();
		StringBuilder text = new StringBuilder(shown.summary());
		String signed = SignatureNote.of(form);
		if (signed != null) {
			text.append("\n").append(signed);
		}
		for (Finding finding : formFindings) {
			text.append("\n").append(finding.message());
		}
		summary.setText(text.toString());
		summary.setImage(icon(Finding.worst(shown.allFindings())));
		viewer.setInput(shown.rows());
		control.layout(true, true);
	}

	/** Shows a message instead of a form: loading, gone, or why it could not be read. */
	public void showMessage(String message, int severity) {
		shown = null;
		title.setText("");
		details.setText("");
		summary.setText(message);
		summary.setImage(icon(severity));
		viewer.setInput(List.of());
		control.layout(true, true);
	}

	/** What is shown, or null when a message is. */
	public FormRows shown() {
		return shown;
	}

	public Control control() {
		return control;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Label titleLabel() {
		return title;
	}

	public Label detailsLabel() {
		return details;
	}

	public CLabel summaryLabel() {
		return summary;
	}

	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The findings get whatever width the other columns leave. */
	private void fitCheckColumn() {
		Table table = viewer.getTable();
		int others = 0;
		for (int i = 0; i < table.getColumnCount(); i++) {
			others += i == CHECK ? 0 : table.getColumn(i).getWidth();
		}
		table.getColumn(CHECK).setWidth(Math.max(220, table.getClientArea().width - others));
	}

	private static Image itemIcon(ItemRow row) {
		Image marker = severityIcon(row);
		return marker != null ? marker : Icons.get(Icons.ITEM);
	}

	private static Image severityIcon(ItemRow row) {
		return icon(row.severity());
	}

	private static Image icon(int severity) {
		if (severity >= Diagnostic.ERROR) {
			return Icons.get(Icons.ERROR);
		}
		if (severity == Diagnostic.WARNING) {
			return Icons.get(Icons.WARNING);
		}
		if (severity == Diagnostic.INFO) {
			return Icons.get(Icons.INFO);
		}
		return null;
	}

	private void column(String header, int width, Function<ItemRow, String> text, Function<ItemRow, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ItemRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((ItemRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((ItemRow) element).derived() ? NavigatorLabels.greyed() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				ItemRow row = (ItemRow) element;
				String findings = row.findingsText();
				String item = row.item() == null ? "" : FormRows.name(row.item()) + " (" + row.item().getOid() + ")";
				if (row.item() != null && row.item().getQuestion() != null && !row.item().getQuestion().isBlank()) {
					item = row.item().getQuestion() + "\n" + item;
				}
				String derived = row.derived() ? "\nDerived: computed by the protocol's derivation, never typed" : "";
				return findings.isEmpty() ? item + derived : item + derived + "\n" + findings;
			}
		});
	}
}
