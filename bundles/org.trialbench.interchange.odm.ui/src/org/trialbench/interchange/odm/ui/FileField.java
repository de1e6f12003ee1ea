package org.trialbench.interchange.odm.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A file name with a Browse button, for both wizards. */
final class FileField {
	final Text text;

	FileField(Composite parent, String label, int dialogStyle, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		text = new Text(row, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> changed.run());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(parent.getShell(), dialogStyle);
			dialog.setFilterExtensions(new String[] { "*.xml", "*.*" });
			dialog.setFilterNames(new String[] { "ODM XML files (*.xml)", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}

	String value() {
		return text.getText().strip();
	}
}
