package org.trialbench.enrolment.ui;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.trialbench.clinical.FormRecord;
import org.trialbench.ui.forms.FormRows;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Data entry on one form record (part descriptor {@value #DESCRIPTOR_ID}, one part per record, reused when the
 * record is opened again); the editor does the work. The part is dirty while the editor holds unsaved changes, so
 * the platform marks the tab with "*", asks before closing it or the window, and saves it on File > Save and Ctrl+S
 * through {@link Persist}.
 */
public class CrfPart {
	public static final String DESCRIPTOR_ID = "org.trialbench.enrolment.partdescriptor.crf";

	private final WorkbenchSession session;
	private final MPart part;
	private CrfEditor editor;

	@Inject
	public CrfPart(WorkbenchSession session, MPart part) {
		this.session = session;
		this.part = part;
	}

	/** The app's read-only form part: entering data on a record replaces its read-only view, one tab per record. */
	static final String READ_ONLY_DESCRIPTOR_ID = "org.trialbench.app.partdescriptor.form";

	static MPart open(EPartService parts, ActiveForm form) {
		for (MPart existing : List.copyOf(parts.getParts())) {
			if (READ_ONLY_DESCRIPTOR_ID.equals(existing.getElementId())
					&& form.formId().equals(existing.getPersistedState().get(ActiveForm.FORM_ID))) {
				parts.hidePart(existing, true);
			}
		}
		for (MPart existing : parts.getParts()) {
			if (DESCRIPTOR_ID.equals(existing.getElementId())
					&& form.formId().equals(existing.getPersistedState().get(ActiveForm.FORM_ID))) {
				return parts.showPart(existing, PartState.ACTIVATE);
			}
		}
		MPart part = parts.createPart(DESCRIPTOR_ID);
		part.getPersistedState().put(ActiveForm.SUBJECT_ID, form.subjectId());
		part.getPersistedState().put(ActiveForm.FORM_ID, form.formId());
		part.setLabel(form.label() == null ? "Data entry" : form.label());
		return parts.showPart(part, PartState.ACTIVATE);
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		ActiveForm form = ActiveForm.of(part);
		if (form == null || !session.isOpen()) {
			new Label(parent, 0).setText(session.isOpen() ? "No form chosen: open one from the Trial Navigator"
					: "No trial is open");
			return;
		}
		editor = new CrfEditor(parent, session.session(), form.subjectId(), form.formId(), CrfEditor.DIALOGS);
		editor.onDirtyChange(part::setDirty);
		if (editor.entry() != null) {
			name(part, editor.entry().form());
		}
	}

	/**
	 * The tab says which subject's form it is, short enough for a narrow tab ("01-0003 Eckardt score M3"); its
	 * tooltip says it in full and that it is the data-entry editor.
	 */
	static void name(MPart part, FormRecord form) {
		part.setLabel(FormRows.tabLabel(form));
		part.setTooltip("Data entry: " + FormRows.shortLabel(form));
	}

	/** Saves through the editor; a save that did not happen (no reason given, a conflict) leaves the part dirty. */
	@Persist
	public void save() {
		if (editor != null && editor.isDirty()) {
			editor.save();
		}
	}

	public CrfEditor editor() {
		return editor;
	}

	@Focus
	public void setFocus() {
		if (editor != null) {
			editor.control().setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		if (editor != null) {
			editor.dispose();
		}
	}
}
