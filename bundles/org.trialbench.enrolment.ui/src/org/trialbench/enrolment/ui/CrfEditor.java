package org.trialbench.enrolment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.FormSignOff;
import org.trialbench.model.validation.Finding;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.ui.forms.FormRows;
import org.trialbench.ui.forms.SignatureNote;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.labels.StatusWords;

/**
 * Enters one form record, laid out from the protocol's form definition (not built per form): a row per item with
 * its question, an input fitting the item's data type (a list for code lists and yes/no), unit, missing-data code,
 * and what the checks say about it, updated on every keystroke. Derived items are shown read-only. Return moves
 * to the next field. Saving a changed saved value asks for the reason; a conflict with another user's save shows
 * both values and lets the user keep theirs or reload.
 */
public final class CrfEditor {

	/** How a yes/no item's values read in the form (stored as true and false). */
	private static final String YES = "Yes";
	private static final String NO = "No";

	/** The questions the editor asks the user; tests answer them without blocking. */
	public interface Prompts {
		/** The reason for changing saved values, or null to cancel. */
		String reasonForChange(Shell shell, List<ItemDefinition> changed);

		/** {@link ConflictDialog#KEEP_MINE}, {@link ConflictDialog#RELOAD} or cancel. */
		int resolve(Shell shell, List<ConflictException.Conflict> conflicts, Study study);

		/** The password to sign the form with, or null to cancel. */
		default char[] signing(Shell shell, String form, String signer) {
			SignOffDialog dialog = new SignOffDialog(shell, false, form, signer);
			return dialog.open() == Window.OK ? dialog.password() : null;
		}

		/** The reason and the password to withdraw the form's signature with, or null to cancel. */
		default Withdrawal withdrawal(Shell shell, String form, String signer) {
			SignOffDialog dialog = new SignOffDialog(shell, true, form, signer);
			return dialog.open() == Window.OK ? new Withdrawal(dialog.reason(), dialog.password()) : null;
		}
	}

	/** What withdrawing a signature takes: the reason (for the audit trail) and the password. */
	public record Withdrawal(String reason, char[] password) {
	}

	/** The dialogs a person sees. */
	public static final Prompts DIALOGS = new Prompts() {
		@Override
		public String reasonForChange(Shell shell, List<ItemDefinition> changed) {
			IInputValidator required = text -> text == null || text.isBlank() ? "A reason is required" : null;
			InputDialog dialog = new InputDialog(shell, "Reason for change",
					"You changed saved values (" + changed.stream().map(CrfEditor::name).collect(Collectors.joining(", "))
							+ "). Why? The reason goes into the audit trail.", "", required);
			return dialog.open() == Window.OK ? dialog.getValue() : null;
		}

		@Override
		public int resolve(Shell shell, List<ConflictException.Conflict> conflicts, Study study) {
			return new ConflictDialog(shell, conflicts, study).open();
		}
	};

	private static final MissingCode[] MISSING = { MissingCode.NONE, MissingCode.NOT_DONE, MissingCode.NOT_APPLICABLE,
			MissingCode.UNKNOWN };

	private final TrialSession session;
	private final String subjectId;
	private final String formId;
	private final Prompts prompts;
	private final Composite control;
	private final Label title;
	private final Label details;
	/** Why the form cannot be edited (signed by whom, when, and the correction path); hidden otherwise. */
	private final Label banner;
	private final ScrolledComposite scroll;
	private Composite grid;
	private final CLabel status;
	private final Button save;
	private final Button sign;
	private final Button withdraw;
	private final FormSignOff signOff;
	private TrialTransaction transaction;
	private FormEntry entry;
	private final Map<ItemDefinition, Row> rows = new LinkedHashMap<>();
	private boolean filling;
	/** Whether the user changed something since the form was read or saved. */
	private boolean dirty;
	private Consumer<Boolean> dirtyListener = d -> {
	};

	private record Row(Control input, Combo missing, CLabel check) {
	}

	public CrfEditor(Composite parent, TrialSession session, String subjectId, String formId, Prompts prompts) {
		this.session = session;
		this.subjectId = subjectId;
		this.formId = formId;
		this.prompts = prompts;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(4, 6).applyTo(control);
		title = new Label(control, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		details = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		banner = new Label(control, SWT.WRAP); // a CLabel would cut the sentence short instead of wrapping it
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(banner);
		scroll = new ScrolledComposite(control, SWT.V_SCROLL | SWT.BORDER);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
		Composite bar = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new CLabel(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		signOff = new FormSignOff(session);
		withdraw = new Button(bar, SWT.PUSH);
		withdraw.setText("&Withdraw Signature...");
		withdraw.addListener(SWT.Selection, e -> withdraw());
		sign = new Button(bar, SWT.PUSH);
		sign.setText("Si&gn...");
		sign.addListener(SWT.Selection, e -> sign());
		save = new Button(bar, SWT.PUSH);
		save.setText("&Save");
		save.addListener(SWT.Selection, e -> save());
		load();
	}

	/** Reads the subject's record afresh and lays out the form. */
	public void load() {
		if (transaction != null) {
			transaction.rollback();
		}
		transaction = session.begin();
		try {
			Subject subject = transaction.editSubject(subjectId);
			FormRecord form = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
					.filter(f -> formId.equals(f.getId())).findFirst()
					.orElseThrow(() -> new StoreException("Form " + formId + " no longer exists"));
			entry = new FormEntry(form);
			layout(form);
			setDirty(false);
		} catch (StoreException e) {
			ILog.of(CrfEditor.class).error("Could not open form " + formId + " of subject " + subjectId, e);
			status.setText("Could not open the form: " + e.getMessage() + "; close it and open it again");
			status.setImage(Icons.get(Icons.ERROR));
			save.setEnabled(false);
		}
	}

	private void layout(FormRecord form) {
		rows.clear();
		if (grid != null) {
			grid.dispose();
		}
		title.setText(FormRows.title(form));
		String note = SignatureNote.of(form);
		banner.setText(note == null ? "" : note);
		banner.setVisible(note != null);
		((GridData) banner.getLayoutData()).exclude = note == null;
		details.setText(FormRows.read(form, org.trialbench.ui.labels.ValueText.of(new java.util.Properties()))
				.details());
		grid = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(5).spacing(8, 4).applyTo(grid);
		for (String header : new String[] { "Item", "Value", "Unit", "Missing", "Check" }) {
			Label label = new Label(grid, SWT.NONE);
			label.setText(header);
			label.setFont(JFaceResources.getBannerFont());
		}
		filling = true;
		for (ItemDefinition item : entry.items()) {
			Label question = new Label(grid, SWT.WRAP);
			question.setText(question(item) + (item.isRequired() ? " *" : ""));
			question.setToolTipText(item.getOid() + (item.getDescription() == null ? "" : "\n" + item.getDescription()));
			GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(question);
			Control input = createInput(item);
			GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(input);
			Label unit = new Label(grid, SWT.NONE);
			unit.setText(item.getUnit() == null ? "" : item.getUnit());
			Combo missing = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
			for (MissingCode code : MISSING) {
				missing.add(code == MissingCode.NONE ? "" : StatusWords.of(code));
			}
			missing.select(indexOf(entry.missing(item)));
			missing.setEnabled(entry.editable(item));
			missing.setToolTipText("Why the value is missing: not done, not applicable or unknown");
			missing.addListener(SWT.Selection, e -> {
				if (!filling) {
					entry.markMissing(item, MISSING[missing.getSelectionIndex()]);
					setDirty(true);
					refresh(item);
				}
			});
			CLabel check = new CLabel(grid, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(check);
			rows.put(item, new Row(input, missing, check));
		}
		filling = false;
		refresh(null);
		scroll.setContent(grid);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		control.layout(true, true);
	}

	private Control createInput(ItemDefinition item) {
		boolean listed = item.getCodeList() != null || item.getDataType() == ItemDataType.BOOLEAN;
		if (listed && entry.editable(item)) {
			Combo combo = new Combo(grid, SWT.DROP_DOWN);
			combo.add("");
			if (item.getCodeList() != null) {
				for (CodeListItem code : item.getCodeList().getItems()) {
					combo.add(code.getCode() + (code.getDecode() == null ? "" : " - " + code.getDecode()));
				}
			} else {
				combo.add(YES);
				combo.add(NO);
			}
			combo.setText(display(item, entry.text(item)));
			combo.addListener(SWT.Modify, e -> typed(item, codeOf(item, combo.getText())));
			nextOnReturn(combo);
			return combo;
		}
		Text text = new Text(grid, SWT.BORDER | (entry.editable(item) ? 0 : SWT.READ_ONLY));
		// read-only values show their label ("1 - occasional"), as the lists of editable ones do
		text.setText(entry.editable(item) ? entry.text(item) : display(item, entry.text(item)));
		if (!entry.editable(item)) {
			text.setForeground(org.trialbench.ui.navigator.NavigatorLabels.greyed());
			text.setToolTipText(item.isDerived() ? "Derived by the protocol; never typed"
					: SignatureNote.shortly(entry.form()));
		} else {
			text.setMessage(hint(item));
			text.addListener(SWT.Modify, e -> typed(item, text.getText()));
		}
		nextOnReturn(text);
		return text;
	}

	private static String hint(ItemDefinition item) {
		return switch (item.getDataType()) {
		case DATE -> "yyyy-mm-dd";
		case DATETIME -> "yyyy-mm-ddThh:mm";
		case INTEGER -> "whole number";
		case DECIMAL -> item.getDecimalPlaces() == null ? "number" : "number, " + item.getDecimalPlaces() + " dp";
		default -> "";
		};
	}

	/** Return moves on like Tab, so a form is filled from the keyboard. */
	private static void nextOnReturn(Control input) {
		input.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.detail = SWT.TRAVERSE_TAB_NEXT;
				e.doit = true;
			}
		});
	}

	/** The stored code of what the list shows: "1 - Occasional" is 1; a yes/no item's Yes is true, No false. */
	static String codeOf(ItemDefinition item, String shown) {
		if (item.getCodeList() == null && item.getDataType() == ItemDataType.BOOLEAN) {
			return YES.equalsIgnoreCase(shown.strip()) ? "true" : NO.equalsIgnoreCase(shown.strip()) ? "false" : shown;
		}
		int dash = shown.indexOf(" - ");
		return dash < 0 ? shown : shown.substring(0, dash);
	}

	/** What the form shows for a stored value: a code with its label, a yes/no item's value as Yes or No. */
	static String display(ItemDefinition item, String code) {
		if (code.isEmpty()) {
			return "";
		}
		if (item.getCodeList() != null) {
			for (CodeListItem listed : item.getCodeList().getItems()) {
				if (listed.getCode().equals(code)) {
					return code + (listed.getDecode() == null ? "" : " - " + listed.getDecode());
				}
			}
		}
		if (item.getDataType() == ItemDataType.BOOLEAN) {
			return code.equals("true") ? YES : code.equals("false") ? NO : code;
		}
		return code;
	}

	private void typed(ItemDefinition item, String text) {
		if (filling) {
			return;
		}
		entry.enter(item, text);
		setDirty(true);
		refresh(item);
	}

	/** Who is told when the form becomes changed or clean (the part's dirty flag, the tab's "*"). */
	public void onDirtyChange(Consumer<Boolean> listener) {
		this.dirtyListener = listener;
		listener.accept(dirty);
	}

	/** Whether there are changes that are not saved. */
	public boolean isDirty() {
		return dirty;
	}

	private void setDirty(boolean changed) {
		if (dirty != changed) {
			dirty = changed;
			dirtyListener.accept(changed);
			if (entry != null) {
				updateSignOff();
			}
		}
	}

	/** Shows the current findings, missing codes and derived values; leaves what the user is typing alone. */
	private void refresh(ItemDefinition typing) {
		filling = true;
		try {
			for (Map.Entry<ItemDefinition, Row> row : rows.entrySet()) {
				ItemDefinition item = row.getKey();
				List<Finding> findings = entry.findings(item);
				row.getValue().check().setText(findings.stream().map(CrfEditor::shortMessage)
						.collect(Collectors.joining("; ")));
				row.getValue().check().setToolTipText(findings.stream().map(Finding::message)
						.collect(Collectors.joining("\n")));
				row.getValue().check().setImage(icon(findings));
				row.getValue().missing().select(indexOf(entry.missing(item)));
				if (item != typing && (item.isDerived() || entry.missing(item) != MissingCode.NONE)) {
					Control input = row.getValue().input();
					String value = display(item, entry.text(item));
					if (input instanceof Text text && !text.getText().equals(value)) {
						text.setText(value);
					} else if (input instanceof Combo combo && !combo.getText().equals(value)) {
						combo.setText(value);
					}
				}
			}
		} finally {
			filling = false;
		}
		long errors = entry.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		long warnings = entry.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
		status.setText(errors + warnings == 0 ? "No findings" + (entry.needsReason() ? "; saving asks for the reason "
				+ "for change" : "") : errors + " error(s), " + warnings + " warning(s); you can save and resolve them "
						+ "later");
		status.setImage(icon(entry.findings()));
		boolean editable = entry.items().stream().anyMatch(entry::editable);
		save.setEnabled(editable);
		save.setToolTipText(editable ? "Save the form (Ctrl+S)" : "Nothing here can be edited: see the note above");
		updateSignOff();
	}

	/**
	 * Offers signing on an unsigned form and withdrawing on a signed one; a disabled button says why (the user is not
	 * the principal investigator, there are unsaved changes or errors).
	 */
	private void updateSignOff() {
		FormRecord form = entry.form();
		boolean signed = form.getStatus() == FormStatus.SIGNED;
		boolean locked = form.getStatus() == FormStatus.LOCKED;
		show(withdraw, signed);
		show(sign, !signed && !locked);
		String whyNotWithdraw = signOff.whyNotWithdraw(form);
		withdraw.setEnabled(signed && whyNotWithdraw == null);
		withdraw.setToolTipText(whyNotWithdraw == null
				? "Withdraw the signature with a reason so that the form can be corrected; sign it again afterwards"
				: "Not available: " + whyNotWithdraw);
		if (signed && !dirty && (status.getText().isEmpty() || status.getText().equals("No findings"))) {
			// where the user looks when a button is greyed: what a correction takes, or why not here
			status.setText(whyNotWithdraw == null ? "Signed: to correct a value, Withdraw Signature... first"
					: "Signed; a correction is not yours to start: " + lowerFirst(whyNotWithdraw));
		}
		String whyNotSign = dirty ? "Save your changes first; a signature binds the saved values"
				: signOff.whyNotSign(form);
		sign.setEnabled(!signed && !locked && whyNotSign == null);
		sign.setToolTipText(whyNotSign == null ? "Sign the form with your password (responsibility for its data)"
				: "Not available: " + whyNotSign);
		sign.getParent().layout(true);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static void show(Button button, boolean visible) {
		button.setVisible(visible);
		GridData data = button.getLayoutData() instanceof GridData grid ? grid : new GridData();
		data.exclude = !visible;
		button.setLayoutData(data);
	}

	/** Signs the saved form after asking for the password; a wrong password is said on the status line. */
	public boolean sign() {
		FormRecord form = entry.form();
		char[] password = prompts.signing(control.getShell(), FormRows.title(form), session.user().getFullName()
				+ " (" + session.user().getUsername() + ")");
		if (password == null) {
			return false;
		}
		try {
			signOff.sign(subjectId, formId, password);
			load();
			status.setText("Signed; a correction now needs the signature withdrawn first");
			status.setImage(Icons.get(Icons.INFO));
			return true;
		} catch (org.trialbench.repository.AuthenticationException e) {
			status.setText("Not signed: " + e.getMessage());
			status.setImage(Icons.get(Icons.ERROR));
			return false;
		} catch (StoreException e) {
			ILog.of(CrfEditor.class).error("Signing form " + formId + " of subject " + subjectId + " failed", e);
			status.setText("Not signed: " + e.getMessage());
			status.setImage(Icons.get(Icons.ERROR));
			return false;
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	/** Withdraws the form's signature after asking for the reason and the password; the form is editable again. */
	public boolean withdraw() {
		FormRecord form = entry.form();
		Withdrawal answer = prompts.withdrawal(control.getShell(), FormRows.title(form),
				form.getSignature() == null ? "" : SignatureNote.signer(form));
		if (answer == null) {
			return false;
		}
		try {
			signOff.withdraw(subjectId, formId, answer.reason(), answer.password());
			load();
			status.setText("Signature withdrawn; correct the form (each change asks for its reason) and sign it again");
			status.setImage(Icons.get(Icons.INFO));
			return true;
		} catch (org.trialbench.repository.AuthenticationException e) {
			status.setText("Signature not withdrawn: " + e.getMessage());
			status.setImage(Icons.get(Icons.ERROR));
			return false;
		} catch (StoreException e) {
			ILog.of(CrfEditor.class).error("Withdrawing the signature of form " + formId + " of subject " + subjectId
					+ " failed", e);
			status.setText("Signature not withdrawn: " + e.getMessage());
			status.setImage(Icons.get(Icons.ERROR));
			return false;
		} finally {
			if (answer.password() != null) {
				java.util.Arrays.fill(answer.password(), '\0');
			}
		}
	}

	/** The finding's own words, without the location the form already shows. */
	private static String shortMessage(Finding finding) {
		String message = finding.message();
		int colon = message.lastIndexOf(": ");
		return colon > 0 && colon < message.length() - 2 ? message.substring(colon + 2) : message;
	}

	private static org.eclipse.swt.graphics.Image icon(List<Finding> findings) {
		if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
			return Icons.get(Icons.ERROR);
		}
		if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING)) {
			return Icons.get(Icons.WARNING);
		}
		return findings.isEmpty() ? null : Icons.get(Icons.INFO);
	}

	private static int indexOf(MissingCode code) {
		for (int i = 0; i < MISSING.length; i++) {
			if (MISSING[i] == code) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * Saves, asking for the reason when saved values changed; on a conflict, shows both values and keeps the user's
	 * (saved over the stored ones) or reloads. Returns whether something was saved.
	 */
	public boolean save() {
		String reason = null;
		if (entry.needsReason()) {
			reason = prompts.reasonForChange(control.getShell(), entry.changedSavedValues());
			if (reason == null || reason.isBlank()) {
				status.setText("Not saved: a reason for change is required");
				status.setImage(Icons.get(Icons.WARNING));
				return false;
			}
		}
		try {
			entry.save(transaction, reason);
			status.setText("Saved");
			status.setImage(Icons.get(Icons.INFO));
			load();
			status.setText("Saved");
			return true;
		} catch (ConflictException conflict) {
			int choice = prompts.resolve(control.getShell(), conflict.conflicts(), session.protocol());
			if (choice == ConflictDialog.KEEP_MINE) {
				return keepMine(reason);
			}
			if (choice == ConflictDialog.RELOAD) {
				load();
				status.setText("Reloaded the stored values; your changes were not saved");
				status.setImage(Icons.get(Icons.WARNING));
			}
			return false;
		} catch (StoreException e) {
			ILog.of(CrfEditor.class).error("Saving form " + formId + " failed", e);
			MessageDialog.openError(control.getShell(), "Form not saved", e.getMessage());
			return false;
		}
	}

	/** Re-applies this user's entries to a fresh copy and saves them over the stored values, with a reason. */
	private boolean keepMine(String reason) {
		Map<ItemDefinition, String> values = new LinkedHashMap<>();
		Map<ItemDefinition, MissingCode> missing = new LinkedHashMap<>();
		for (ItemDefinition item : entry.items()) {
			if (entry.editable(item)) {
				values.put(item, entry.text(item));
				missing.put(item, entry.missing(item));
			}
		}
		load();
		for (ItemDefinition item : values.keySet()) {
			if (missing.get(item) != MissingCode.NONE) {
				entry.markMissing(item, missing.get(item));
			} else if (!values.get(item).equals(entry.text(item))) {
				entry.enter(item, values.get(item));
			}
		}
		layout(entry.form());
		setDirty(true);
		return save();
	}

	private static String question(ItemDefinition item) {
		return item.getQuestion() != null && !item.getQuestion().isBlank() ? item.getQuestion() : name(item);
	}

	static String name(ItemDefinition item) {
		return item.getName() != null && !item.getName().isBlank() ? item.getName() : item.getOid();
	}

	public Control control() {
		return control;
	}

	public FormEntry entry() {
		return entry;
	}

	public Control input(ItemDefinition item) {
		return rows.get(item).input();
	}

	public Combo missing(ItemDefinition item) {
		return rows.get(item).missing();
	}

	public CLabel check(ItemDefinition item) {
		return rows.get(item).check();
	}

	public Label banner() {
		return banner;
	}

	public CLabel status() {
		return status;
	}

	public Button saveButton() {
		return save;
	}

	public Button signButton() {
		return sign;
	}

	public Button withdrawButton() {
		return withdraw;
	}

	public void dispose() {
		if (transaction != null) {
			transaction.rollback();
		}
	}
}
