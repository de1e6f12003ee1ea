package org.trialbench.app.prefs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.trialbench.core.WorkbenchSettings;

public class GeneralPreferencePage extends FieldEditorPreferencePage {

	public GeneralPreferencePage() {
		super("General", GRID);
		setDescription("Display settings of this workbench.");
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor dateFormat = new StringFieldEditor(WorkbenchSettings.DATE_FORMAT, "Date format:",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					DateTimeFormatter.ofPattern(getStringValue()).format(LocalDate.of(2026, 1, 31));
					return true;
				} catch (IllegalArgumentException e) {
					return false;
				}
			}
		};
		dateFormat.setErrorMessage("Not a date pattern (for example yyyy-MM-dd or dd MMM yyyy)");
		addField(dateFormat);
		addField(new BooleanFieldEditor(WorkbenchSettings.CONFIRM_EXIT, "Confirm before closing the workbench",
				getFieldEditorParent()));
	}
}
