package org.trialbench.app.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.User;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.UserAdministration;

/**
 * Adds a user (name, full name, e-mail, roles, sites, first password) or changes a user's roles and sites, with the
 * reason recorded in the audit trail. OK commits through {@link UserAdministration}, as {@code ./trialbench user}
 * does; a refusal is shown here and the dialog stays open with what was typed.
 */
public class UserDialog extends TitleAreaDialog {
	/** Passwords shorter than this are refused by the store; said here before OK. */
	private static final int MIN_PASSWORD = 8;

	private final UserAdministration administration;
	private final List<Site> sites;
	/** The user edited, or null for a new one. */
	private final User user;
	Text username;
	Text fullName;
	Text email;
	final Map<Role, Button> roles = new LinkedHashMap<>();
	final Map<String, Button> siteBoxes = new LinkedHashMap<>();
	Text password;
	Text repeat;
	Text reason;
	private UserAdministration.Outcome outcome;

	public UserDialog(Shell parent, UserAdministration administration, List<Site> sites, User user) {
		super(parent);
		this.administration = administration;
		this.sites = List.copyOf(sites);
		this.user = user;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(user == null ? "Add User" : "Roles and Sites of " + user.getUsername());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(user == null ? "Add a user to the trial" : user.getUsername());
		setMessage(user == null ? "The user logs in with this name and password; roles and sites decide what the user "
				+ "sees and may do." : "Every change is committed with its reason and audited; the store's access "
						+ "control follows at once.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		username = field(fields, "User &name:", SWT.BORDER | (user == null ? SWT.NONE : SWT.READ_ONLY));
		if (user == null) {
			fullName = field(fields, "&Full name:", SWT.BORDER);
			email = field(fields, "&E-mail:", SWT.BORDER);
		}
		new Label(fields, SWT.NONE).setText("&Roles:");
		Composite roleBoxes = new Composite(fields, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(roleBoxes);
		for (Role role : Role.VALUES) {
			Button box = new Button(roleBoxes, SWT.CHECK);
			box.setText(role.getLiteral());
			box.addListener(SWT.Selection, e -> check());
			roles.put(role, box);
		}
		new Label(fields, SWT.NONE).setText("&Sites:");
		Composite siteArea = new Composite(fields, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(siteArea);
		for (Site site : sites) {
			Button box = new Button(siteArea, SWT.CHECK);
			box.setText(site.getCode() + (site.getName() == null ? "" : " " + site.getName()));
			siteBoxes.put(site.getCode(), box);
		}
		if (user == null) {
			password = field(fields, "&Password:", SWT.BORDER | SWT.PASSWORD);
			repeat = field(fields, "Re&peat:", SWT.BORDER | SWT.PASSWORD);
		}
		reason = field(fields, "Rea&son:", SWT.BORDER);
		if (user != null) {
			username.setText(user.getUsername());
			user.getRoles().forEach(role -> roles.get(role).setSelection(true));
			user.getSites().forEach(site -> {
				Button box = siteBoxes.get(site.getCode());
				if (box != null) {
					box.setSelection(true);
				}
			});
			reason.setText("user set-roles and set-sites " + user.getUsername());
		} else {
			reason.setText("user add");
			username.addModifyListener(e -> {
				if (reason.getText().startsWith("user add")) {
					reason.setText(("user add " + username.getText().strip()).strip());
				}
			});
			password.addModifyListener(e -> check());
			repeat.addModifyListener(e -> check());
		}
		username.addModifyListener(e -> check());
		reason.addModifyListener(e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, user == null ? "&Add User" : "&Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Set<Role> selectedRoles() {
		Set<Role> selected = EnumSet.noneOf(Role.class);
		roles.forEach((role, box) -> {
			if (box.getSelection()) {
				selected.add(role);
			}
		});
		return selected;
	}

	private List<String> selectedSites() {
		List<String> selected = new ArrayList<>();
		siteBoxes.forEach((code, box) -> {
			if (box.getSelection()) {
				selected.add(code);
			}
		});
		return selected;
	}

	/** Says what is missing and allows OK only when nothing is. */
	private void check() {
		if (getButton(IDialogConstants.OK_ID) == null || reason == null) {
			return;
		}
		String problem = null;
		if (username.getText().isBlank()) {
			problem = "Give the user a name to log in with";
		} else if (user == null && password.getText().length() < MIN_PASSWORD) {
			problem = "The password needs at least " + MIN_PASSWORD + " characters";
		} else if (user == null && !password.getText().equals(repeat.getText())) {
			problem = "The two passwords differ";
		} else if (reason.getText().isBlank()) {
			problem = "Give the reason recorded in the audit trail";
		}
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		try {
			if (user == null) {
				char[] chars = password.getText().toCharArray();
				outcome = administration.add(new UserAdministration.NewUser(username.getText(), fullName.getText(),
						email.getText(), selectedRoles(), selectedSites()), chars, reason.getText().strip());
				java.util.Arrays.fill(chars, '\0');
			} else {
				outcome = administration.setRolesAndSites(user.getUsername(), selectedRoles(), selectedSites(),
						reason.getText().strip());
			}
		} catch (StoreException | IllegalArgumentException e) {
			setErrorMessage((user == null ? "Not added: " : "Not saved: ") + e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** What OK committed (its commit is null when nothing differed); null after Cancel. */
	public UserAdministration.Outcome outcome() {
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
