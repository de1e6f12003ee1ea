package org.trialbench.app.admin;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.Site;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.StoreException;

/**
 * Administration > Sites: the trial's sites as stored now (code, name, country, time zone), with Add and Edit for
 * administrators; each change is one audited commit through {@link SiteAdministration}, the path of
 * {@code ./trialbench site}.
 */
public class SitesDialog extends StoredListDialog<Site> {
	static final int ADD_ID = IDialogConstants.CLIENT_ID + 1;
	static final int EDIT_ID = IDialogConstants.CLIENT_ID + 2;

	private final SiteAdministration administration;

	public SitesDialog(Shell parent, SiteAdministration administration) {
		super(parent, "Sites", new String[] { "Code", "Name", "Country", "Time zone" }, new int[] { 80, 280, 150, 170 },
				700, 280);
		this.administration = administration;
	}

	@Override
	List<Site> read() throws StoreException {
		return administration.sites();
	}

	@Override
	String[] row(Site site) {
		return new String[] { site.getCode(), site.getName() == null ? "" : site.getName(), country(site.getCountry()),
				site.getTimeZone() == null ? "" : site.getTimeZone() };
	}

	@Override
	String key(Site site) {
		return site.getCode();
	}

	@Override
	String note() {
		return "New sites appear in the Trial Navigator after the next log-in. Give users rights at a new "
				+ "site with ./trialbench user set-sites.";
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ADD_ID, "&Add...", false);
		createButton(parent, EDIT_ID, "&Edit...", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		enableActions();
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

	@Override
	void enableActions() {
		Button edit = getButton(EDIT_ID);
		if (edit != null) {
			edit.setEnabled(selected() != null);
			edit.setToolTipText(selected() != null ? "Change the selected site's name, country or time zone"
					: "Not available: select a site in the list");
		}
	}

	@Override
	void defaultAction() {
		edit();
	}

	private static String country(String iso) {
		if (iso == null) {
			return "";
		}
		String name = java.util.Locale.of("", iso).getDisplayCountry(java.util.Locale.ENGLISH);
		return name.isEmpty() || name.equals(iso) ? iso : iso + " " + name;
	}

	void add() {
		open(new SiteDialog(getShell(), administration, null));
	}

	void edit() {
		Site site = selected();
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
		done(outcome.changed() ? "Site " + code + " saved in commit " + outcome.commit().commitId() + "."
				: "Site " + code + " was already so; nothing changed.", code);
	}
}
