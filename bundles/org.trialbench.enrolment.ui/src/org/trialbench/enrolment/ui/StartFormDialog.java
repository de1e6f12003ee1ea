package org.trialbench.enrolment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/** Chooses a visit and form of the protocol's schedule, and the visit date, for a new form record. */
final class StartFormDialog extends TitleAreaDialog {

	record Choice(VisitDefinition visit, FormDefinition form, LocalDate date) {
	}

	private final Study study;
	private final String subjectLabel;
	private final List<VisitDefinition> visits = new ArrayList<>();
	private final List<FormDefinition> forms = new ArrayList<>();
	private Combo pair;
	private Text date;
	private Choice choice;

	StartFormDialog(Shell parent, Study study, String subjectLabel) {
		super(parent);
		this.study = study;
		this.subjectLabel = subjectLabel;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Start a form for " + subjectLabel);
		setMessage("The protocol's schedule says which forms each visit collects.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("&Visit and form:");
		pair = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (VisitDefinition visit : study.getVisits()) {
			for (FormDefinition form : visit.getForms()) {
				visits.add(visit);
				forms.add(form);
				pair.add(visit.getName() + ": " + form.getName());
			}
		}
		pair.select(0);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(pair);
		new Label(body, SWT.NONE).setText("Visit &date:");
		date = new Text(body, SWT.BORDER);
		date.setText(LocalDate.now().toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(date);
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			LocalDate visitDate = date.getText().isBlank() ? null : LocalDate.parse(date.getText().strip());
			if (visitDate != null && visitDate.isAfter(LocalDate.now())) {
				setErrorMessage("The visit date " + visitDate + " is in the future");
				return;
			}
			int index = pair.getSelectionIndex();
			choice = new Choice(visits.get(index), forms.get(index), visitDate);
			super.okPressed();
		} catch (DateTimeParseException e) {
			setErrorMessage("'" + date.getText() + "' is not a date like 2026-01-31");
		}
	}

	Choice choice() {
		return choice;
	}
}
