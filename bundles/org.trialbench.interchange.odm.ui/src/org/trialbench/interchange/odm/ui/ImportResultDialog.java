package org.trialbench.interchange.odm.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The outcome of an import or dry run: a summary and one row per problem or change. */
public class ImportResultDialog extends Dialog {
	private final String title;
	private final String summary;
	private final List<String> lines;

	public ImportResultDialog(Shell parent, String title, String summary, List<String> lines) {
		super(parent);
		this.title = title;
		this.summary = summary;
		this.lines = lines;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.WRAP);
		label.setText(summary);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Table table = new Table(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 360;
		table.setLayoutData(data);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			item.setText(lines.get(table.indexOf(item)));
		});
		table.setItemCount(lines.size());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	public int rows() {
		return lines.size();
	}
}
