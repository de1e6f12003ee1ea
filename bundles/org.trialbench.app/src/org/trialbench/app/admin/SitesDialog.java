package org.trialbench.app.admin;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.clinical.Site;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.StoreException;

/**
 * Administration > Sites: the trial's sites as stored now (code, name, country, time zone), with Add and Edit for
 * administrators; each change is one audited commit through {@link SiteAdministration}, the path of
 * {@code ./trialbench site}.
 */
public class SitesDialog extends Dialog {
	static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
	static final int EDIT_ID = IDialogConstants.CLIENT_ID + 2;

	private final SiteAdministration administration;
	private List<Site> sites = List.of();
	Table table;
	Label status;

	public SitesDialog(Shell parent, SiteAdministration administration) {
		super(parent);
		this.administration = administration;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Sites");
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
		for (String[] column : new String[][] { { "Code", "80" }, { "Name", "280" }, { "Country", "150" },
				{ "Time zone", "170" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 280).applyTo(table);
		table.addListener(SWT.Selection, e -> enableEdit());
		table.addListener(SWT.DefaultSelection, e -> edit());
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		status.setText("New sites appear in the Trial Navigator after the next log-in. Give users rights at a new "
				+ "site with ./trialbench user set-sites.");
		reload();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ADD_ID, "&Add...", false);
		createButton(parent, EDIT_ID, "&Edit...", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		enableEdit();
	}

	/** The button with this id (tests; Dialog.getButton is protected). */
	Button button(int id) {
		return getButton(id);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case ADD_ID -> add();
		case EDIT_ID -> edit();
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(buttonId);
		}
	}

	private void enableEdit() {
		Button edit = getButton(EDIT_ID);
		if (edit != null) {
			edit.setEnabled(table.getSelectionIndex() >= 0);
			edit.setToolTipText(table.getSelectionIndex() >= 0 ? "Change the selected site's name, country or time zone"
					: "Not available: select a site in the list");
		}
	}

	/** Reads the sites as stored now and shows them, keeping the selected code selected. */
	private void reload() {
		String selected = selectedSite() == null ? null : selectedSite().getCode();
		try {
			sites = administration.sites();
		} catch (StoreException e) {
			ILog.of(SitesDialog.class).warn("Reading the sites failed", e);
			status.setText("The sites could not be read: " + e.getMessage());
			return;
		}
		table.removeAll();
		for (Site site : sites) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { site.getCode(), site.getName() == null ? "" : site.getName(),
					country(site.getCountry()), site.getTimeZone() == null ? "" : site.getTimeZone() });
			if (site.getCode().equals(selected)) {
				table.setSelection(item);
			}
		}
		enableEdit();
	}

	private static String country(String iso) {
		if (iso == null) {
			return "";
		}
		String name = java.util.Locale.of("", iso).getDisplayCountry(java.util.Locale.ENGLISH);
		return name.isEmpty() || name.equals(iso) ? iso : iso + " " + name;
	}

	private Site selectedSite() {
		int index = table == null ? -1 : table.getSelectionIndex();
		return index < 0 || index >= sites.size() ? null : sites.get(index);
	}

	void add() {
		open(new SiteDialog(getShell(), administration, null));
	}

	void edit() {
		Site site = selectedSite();
		if (site != null) {
			open(new SiteDialog(getShell(), administration, site));
		}
	}

	private void open(SiteDialog dialog) {
		if (dialog.open() == Window.OK) {
			done(dialog.outcome());
		}
	}

	void done(SiteAdministration.Outcome outcome) {
		if (outcome == null) {
			return;
		}
		String code = outcome.site().getCode();
		status.setText(outcome.changed() ? "Site " + code + " saved in commit " + outcome.commit().commitId() + "."
				: "Site " + code + " was already so; nothing changed.");
		reload();
		for (int i = 0; i < sites.size(); i++) {
			if (sites.get(i).getCode().equals(code)) {
				table.setSelection(i);
			}
		}
		enableEdit();
		status.getParent().layout(true);
	}
}
