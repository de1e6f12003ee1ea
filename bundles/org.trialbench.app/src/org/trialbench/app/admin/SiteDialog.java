package org.trialbench.app.admin;

import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.Site;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.StoreException;

/**
 * Adds a site or edits one: code (given once, never changed), name, country, time zone and the reason recorded in
 * the audit trail. OK commits through {@link SiteAdministration}, as {@code ./trialbench site} does; a refusal is
 * shown here and the dialog stays open with what was typed.
 */
public class SiteDialog extends TitleAreaDialog {

	private final SiteAdministration administration;
	/** The site edited, or null for a new one. */
	private final Site site;
	Text code;
	Text name;
	Combo country;
	Combo timeZone;
	Text reason;
	private SiteAdministration.Outcome outcome;

	public SiteDialog(Shell parent, SiteAdministration administration, Site site) {
		super(parent);
		this.administration = administration;
		this.site = site;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(site == null ? "Add Site" : "Edit Site " + site.getCode());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(site == null ? "Add a site to the trial" : "Site " + site.getCode());
		setMessage(site == null
				? "The code names the site in records, files and user rights and never changes."
				: "The code never changes. Every change is committed with its reason and audited.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		code = field(fields, "&Code:", SWT.BORDER | (site == null ? SWT.NONE : SWT.READ_ONLY));
		code.setMessage("01, 02, MUC, ...");
		name = field(fields, "&Name:", SWT.BORDER);
		name.setMessage("the site's name as people say it");
		label(fields, "C&ountry:");
		country = new Combo(fields, SWT.DROP_DOWN);
		country.add("");
		for (String iso : Locale.getISOCountries()) {
			country.add(iso + " " + Locale.of("", iso).getDisplayCountry(Locale.ENGLISH));
		}
		country.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(country);
		label(fields, "&Time zone:");
		timeZone = new Combo(fields, SWT.DROP_DOWN);
		timeZone.add("");
		ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
				&& !z.startsWith("SystemV/")).sorted().forEach(timeZone::add);
		timeZone.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(timeZone);
		reason = field(fields, "&Reason:", SWT.BORDER);

		if (site != null) {
			code.setText(site.getCode());
			name.setText(site.getName() == null ? "" : site.getName());
			country.setText(site.getCountry() == null ? "" : site.getCountry());
			timeZone.setText(site.getTimeZone() == null ? "" : site.getTimeZone());
			reason.setText("site set " + site.getCode());
		} else {
			reason.setText("site add");
			code.addModifyListener(e -> {
				if (reason.getText().startsWith("site add")) {
					reason.setText(("site add " + code.getText().strip()).strip());
				}
			});
		}
		code.addModifyListener(e -> check());
		name.addModifyListener(e -> check());
		country.addModifyListener(e -> check());
		timeZone.addModifyListener(e -> check());
		reason.addModifyListener(e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, site == null ? "&Add Site" : "&Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	private static Text field(Composite parent, String label, int style) {
		label(parent, label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	/** The country as typed or picked: the picked entries read "DE Germany". */
	private String countryCode() {
		String text = country.getText().strip();
		int space = text.indexOf(' ');
		return space < 0 ? text : text.substring(0, space);
	}

	private SiteAdministration.Change change() {
		return new SiteAdministration.Change(name.getText(), countryCode(), timeZone.getText());
	}

	/** Says what is wrong with what was typed and allows OK only without a problem. */
	private void check() {
		if (getButton(IDialogConstants.OK_ID) == null || code == null) {
			return;
		}
		String problem = code.getText().isBlank() ? "give the site a code" : SiteAdministration.problem(change(), site == null);
		if (problem == null && reason.getText().isBlank()) {
			problem = "give the reason recorded in the audit trail";
		}
		setErrorMessage(problem == null ? null : capitalized(problem));
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	@Override
	protected void okPressed() {
		try {
			outcome = site == null ? administration.add(code.getText(), change(), reason.getText().strip())
					: administration.set(site.getCode(), change(), reason.getText().strip());
		} catch (StoreException | IllegalArgumentException e) {
			setErrorMessage((site == null ? "Not added: " : "Not saved: ") + e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** What OK committed (its commit is null when nothing differed); null after Cancel. */
	public SiteAdministration.Outcome outcome() {
		return outcome;
	}

	/** Presses OK as the user would (tests). */
	void pressOk() {
		if (getButton(IDialogConstants.OK_ID).isEnabled()) {
			okPressed();
		}
	}

	boolean okEnabled() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}
}
