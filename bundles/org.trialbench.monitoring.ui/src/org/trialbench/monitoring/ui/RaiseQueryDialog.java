package org.trialbench.monitoring.ui;

import java.util.List;

import org.eclipse.core.runtime.ILog;
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
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.forms.FormRows;
import org.trialbench.ui.labels.StatusWords;
import org.trialbench.ui.labels.ValueText;

/**
 * Raises a query on one value of a form: the value (as the form shows it) and the question for the site. A refusal
 * from the store stays in the dialog as its error message, so the user can change the text or cancel.
 */
final class RaiseQueryDialog extends TitleAreaDialog {
	private final TrialSession session;
	private final FormRecord form;
	private final List<ItemValue> values;
	private Combo value;
	private Text question;
	private String raisedQueryId;

	RaiseQueryDialog(Shell shell, TrialSession session, FormRecord form) {
		super(shell);
		this.session = session;
		this.form = form;
		this.values = QueryDesk.queryable(form);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Raise Query");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Raise a query on " + FormRows.title(form));
		setMessage("Choose the value and say what the site should check. The query goes into the site's inbox.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("Value:");
		value = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		ValueText text = ValueText.defaults();
		for (ItemValue each : values) {
			value.add(label(each, text));
		}
		value.select(0);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(value);
		Label ask = new Label(body, SWT.NONE);
		ask.setText("Question:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(ask);
		question = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		question.setMessage("what the site should check, e.g. the source document's value");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 80).applyTo(question);
		question.addListener(SWT.Modify, e -> check());
		return area;
	}

	private static String label(ItemValue value, ValueText text) {
		ItemDefinition item = value.getDefinition();
		String name = item.getName() != null && !item.getName().isBlank() ? item.getName() : item.getOid();
		String shown = value.getValue() != null ? text.format(item, value.getValue())
				: value.getMissingCode() == null || value.getMissingCode() == MissingCode.NONE ? ""
						: StatusWords.of(value.getMissingCode());
		return name + ": " + shown;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Raise", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	private void check() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!question.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		ItemValue chosen = values.get(value.getSelectionIndex());
		String subjectId = form.getVisit().getSubject().getId();
		try {
			raisedQueryId = new QueryDesk().raise(session, subjectId, chosen.getId(), question.getText().strip());
		} catch (StoreException e) {
			ILog.of(RaiseQueryDialog.class).error("Raising a query on " + chosen.getId() + " of subject " + subjectId
					+ " failed", e);
			setErrorMessage("Not raised: " + e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** The raised query's id, null until one is raised. */
	String raisedQueryId() {
		return raisedQueryId;
	}

	Button raiseButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	Combo valueList() {
		return value;
	}

	Text questionText() {
		return question;
	}
}
