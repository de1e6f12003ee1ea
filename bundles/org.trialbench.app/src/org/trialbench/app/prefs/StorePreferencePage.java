package org.trialbench.app.prefs;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.trialbench.core.WorkbenchSettings;

/** Where the trial data live: the embedded H2 file or a shared PostgreSQL server. */
public class StorePreferencePage extends FieldEditorPreferencePage {

	public StorePreferencePage() {
		super("Trial store", GRID);
		setDescription("Where this workbench reads and commits trial data. Changes apply at the next start.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(WorkbenchSettings.STORE_KIND, "Store", 1, new String[][] {
				{ "Embedded (on this computer: PostgreSQL run by Trialbench; older stores an H2 file)", WorkbenchSettings.STORE_KIND_EMBEDDED },
				{ "Shared server (PostgreSQL)", WorkbenchSettings.STORE_KIND_SERVER } }, getFieldEditorParent(), true));
		addField(new StringFieldEditor(WorkbenchSettings.STORE_EMBEDDED_PATH, "Embedded store (folder, or an older H2 file without .mv.db):",
				getFieldEditorParent()));
		StringFieldEditor url = new StringFieldEditor(WorkbenchSettings.STORE_SERVER_URL, "Server JDBC URL:",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().trim();
				return value.isEmpty() || value.startsWith("jdbc:postgresql://");
			}
		};
		url.setErrorMessage("The server URL must start with jdbc:postgresql://");
		addField(url);
		addField(new StringFieldEditor(WorkbenchSettings.STORE_SERVER_USER, "Server user:", getFieldEditorParent()));
	}
}
