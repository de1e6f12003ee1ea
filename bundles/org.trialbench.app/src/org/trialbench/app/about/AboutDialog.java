package org.trialbench.app.about;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.app.internal.Images;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.VersionReport;

/** Help > About: the versions a validation record needs, copyable as text. */
public class AboutDialog extends Dialog {
	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
	private Table table;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About Trialbench");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(12, 8).applyTo(area);
		Label icon = new Label(area, SWT.NONE);
		icon.setImage(Images.get(Images.APP_LARGE));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(icon);
		Label title = new Label(area, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText("Trialbench " + VersionReport.trialbenchVersion());
		Label text = new Label(area, SWT.WRAP);
		text.setText("A workbench for randomized clinical trials: enrolment, data entry, monitoring, safety,\n"
				+ "blinded adjudication and publication tables.\nHome folder: " + TrialbenchHome.directory());
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.NONE).setText("Component");
		new TableColumn(table, SWT.NONE).setText("Version");
		for (VersionReport.Line line : VersionReport.lines()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { line.component(), line.version() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(520, 240).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "Copy versions", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { versionsText() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}

	/** The table as 'component: version' lines. */
	public String versionsText() {
		StringBuilder text = new StringBuilder();
		for (TableItem item : table.getItems()) {
			text.append(item.getText(0)).append(": ").append(item.getText(1)).append('\n');
		}
		return text.toString();
	}

	/** Visible for tests. */
	public Table table() {
		return table;
	}
}
