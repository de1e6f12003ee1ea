package org.trialbench.enrolment.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.repository.ConflictException;

/**
 * Shows a refused commit: for each value another user changed meanwhile, the value both started from, yours, and
 * the stored one with who stored it. The user keeps theirs (it is saved over the stored value, knowingly) or
 * reloads the stored values; nothing is lost silently.
 */
public final class ConflictDialog extends Dialog {

	public static final int KEEP_MINE = IDialogConstants.CLIENT_ID + 1;
	public static final int RELOAD = IDialogConstants.CLIENT_ID + 2;

	private final List<ConflictException.Conflict> conflicts;
	private final Study study;
	private Table table;

	public ConflictDialog(Shell parent, List<ConflictException.Conflict> conflicts) {
		this(parent, conflicts, null);
	}

	/** With the protocol, an item value is named by its item's name rather than its OID. */
	public ConflictDialog(Shell parent, List<ConflictException.Conflict> conflicts, Study study) {
		super(parent);
		this.conflicts = List.copyOf(conflicts);
		this.study = study;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** "Dysphagia (IT.ECK.DYSPHAGIA)" for an item value's value, else the store's own label and feature. */
	String label(ConflictException.Conflict conflict) {
		String prefix = "ItemValue ";
		if (study != null && conflict.objectLabel() != null && conflict.objectLabel().startsWith(prefix)
				&& "value".equals(conflict.feature())) {
			String oid = conflict.objectLabel().substring(prefix.length());
			for (FormDefinition form : study.getForms()) {
				for (ItemDefinition item : form.getItems()) {
					if (oid.equals(item.getOid())) {
						return (item.getName() == null ? oid : item.getName()) + " (" + oid + ")";
					}
				}
			}
		}
		return conflict.objectLabel() + " " + conflict.feature();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Another user changed this form");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Nothing was saved. Since you opened the form, another user saved different values. "
				+ "Keep yours to save them over the stored ones, or reload to see and start from the stored values.");
		GridDataFactory.fillDefaults().hint(820, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Value", "250" }, { "When you opened it", "140" },
				{ "Yours", "100" }, { "Stored now", "100" }, { "Stored by", "300" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		for (ConflictException.Conflict conflict : conflicts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { label(conflict), text(conflict.baseValue()),
					text(conflict.yourValue()), text(conflict.storedValue()), text(conflict.storedBy()) });
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table);
		return area;
	}

	private static String text(String value) {
		return value == null ? "(empty)" : value;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, KEEP_MINE, "&Keep mine", false);
		createButton(parent, RELOAD, "&Reload stored values", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}

	public Table table() {
		return table;
	}

	public List<ConflictException.Conflict> conflicts() {
		return conflicts;
	}
}
