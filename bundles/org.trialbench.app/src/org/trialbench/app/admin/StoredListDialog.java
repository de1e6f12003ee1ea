package org.trialbench.app.admin;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.repository.StoreException;

/**
 * An administration dialog over a list of stored records (the trial's sites, its users): a table of the records as
 * stored now, a status line under it that says what the last action did, and action buttons whose enablement follows
 * the selection. After every action the list is read again and the record acted on stays selected.
 *
 * @param <T> the record listed
 */
abstract class StoredListDialog<T> extends Dialog {

	private final String title;
	private final String[] columns;
	private final int[] widths;
	private final int width;
	private final int height;
	private List<T> records = List.of();
	Table table;
	Label status;

	/** {@code columns} and {@code widths} go together; width and height are the table's preferred size. */
	StoredListDialog(Shell parent, String title, String[] columns, int[] widths, int width, int height) {
		super(parent);
		this.title = title;
		this.columns = columns.clone();
		this.widths = widths.clone();
		this.width = width;
		this.height = height;
	}

	/** The records as stored now, in the order shown. */
	abstract List<T> read() throws StoreException;

	/** The texts of the record's row, one per column. */
	abstract String[] row(T record);

	/** What identifies the record across reads (a site's code, a user's name). */
	abstract String key(T record);

	/** What the status line says until the first action: how the changes take effect. */
	abstract String note();

	/** Enables the actions as the selection allows; a disabled one says why in its tooltip. */
	abstract void enableActions();

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(width, height).applyTo(table);
		table.addListener(SWT.Selection, e -> enableActions());
		table.addListener(SWT.DefaultSelection, e -> defaultAction());
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		status.setText(note());
		reload();
		return area;
	}

	/** What a double-click on a record does (edit it). */
	abstract void defaultAction();

	/** The button with this id (tests; Dialog.getButton is protected). */
	Button button(int id) {
		return getButton(id);
	}

	/** The records as last read. */
	List<T> records() {
		return records;
	}

	/** The selected record, or null. */
	T selected() {
		int index = table == null ? -1 : table.getSelectionIndex();
		return index < 0 || index >= records.size() ? null : records.get(index);
	}

	/** Reads the records as stored now and shows them, keeping the selected one selected. */
	void reload() {
		select(selected() == null ? null : key(selected()));
	}

	/** Says what was done, reads the list again and selects the record acted on. */
	void done(String message, String key) {
		status.setText(message);
		select(key);
		status.getParent().layout(true);
	}

	private void select(String key) {
		try {
			records = read();
		} catch (StoreException e) {
			ILog.of(getClass()).warn(title + ": reading the list failed", e);
			status.setText("The list could not be read: " + e.getMessage());
			return;
		}
		table.removeAll();
		for (T record : records) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(row(record));
			if (key != null && key(record).equals(key)) {
				table.setSelection(item);
			}
		}
		enableActions();
	}
}
