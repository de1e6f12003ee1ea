package org.trialbench.enrolment.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.ScreenFailCategory;

/**
 * Asks why a screened subject is not randomized: the CONSORT category (not meeting the criteria, declined, other)
 * and the reason in words. Both go into the subject's record and the CONSORT flow diagram; the reason is also the
 * audit trail's reason for the change.
 */
public final class ExcludeDialog extends TitleAreaDialog {

	static final String[] CATEGORY_LABELS = { "Not meeting the eligibility criteria", "Declined to participate",
			"Other reason" };

	private final String screeningNumber;
	private Combo category;
	private Text reason;
	private ScreenFailCategory chosen;
	private String why;

	public ExcludeDialog(Shell parent, String screeningNumber) {
		super(parent);
		this.screeningNumber = screeningNumber;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Exclude subject " + screeningNumber + " before randomization");
		setMessage("The subject leaves screening and is not randomized. Category and reason appear in the CONSORT "
				+ "flow diagram.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("Category:");
		category = new Combo(body, SWT.READ_ONLY);
		category.setItems(CATEGORY_LABELS);
		category.select(ScreenFailCategory.DECLINED_TO_PARTICIPATE.getValue());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(category);
		new Label(body, SWT.NONE).setText("Reason:");
		reason = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		reason.setMessage("e.g. prefers to continue medical therapy");
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 60).applyTo(reason);
		reason.addModifyListener(e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Exclude", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		boolean given = reason != null && !reason.getText().isBlank();
		if (ok != null) {
			ok.setEnabled(given);
		}
		setErrorMessage(given || reason == null || reason.getText().isEmpty() ? null
				: "Say why the subject is not randomized");
	}

	@Override
	protected void okPressed() {
		chosen = ScreenFailCategory.get(category.getSelectionIndex());
		why = reason.getText().strip();
		super.okPressed();
	}

	/** The Exclude button (for the UI test). */
	Button excludeButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	/** Fills the dialog as a user would (for the UI test). */
	void fill(ScreenFailCategory value, String text) {
		category.select(value.getValue());
		reason.setText(text);
	}

	public ScreenFailCategory category() {
		return chosen;
	}

	public String reason() {
		return why;
	}
}
