package org.trialbench.app.parts;

import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.CommitInfo;
import org.trialbench.ui.forms.FormRows;
import org.trialbench.ui.forms.FormView;
import org.trialbench.ui.labels.ValueText;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * One form record of one subject, opened from the Trial Navigator (part descriptor {@value #DESCRIPTOR_ID}, one
 * part per form). The part remembers the subject and form ids, so it can be restored; it reads the subject's
 * record in the background and again after each commit that changed that subject.
 */
public class FormPart {
	public static final String DESCRIPTOR_ID = "org.trialbench.app.partdescriptor.form";
	public static final String SUBJECT_ID = "subjectId";
	public static final String FORM_ID = "formId";
	/** Transient data: the record the navigator already holds, shown at once without reading it again. */
	public static final String FORM_RECORD = "formRecord";

	private final WorkbenchSession session;
	private final MPart part;
	private FormView view;
	private Display display;
	private final WorkbenchSession.Listener listener = this::changed;

	@Inject
	public FormPart(WorkbenchSession session, MPart part) {
		this.session = session;
		this.part = part;
	}

	/** Shows the form in its part, opening one if it is not open yet. */
	public static MPart open(EPartService parts, FormRecord form) {
		for (MPart existing : parts.getParts()) {
			if (DESCRIPTOR_ID.equals(existing.getElementId())
					&& form.getId().equals(existing.getPersistedState().get(FORM_ID))) {
				parts.showPart(existing, PartState.ACTIVATE);
				return existing;
			}
		}
		MPart part = parts.createPart(DESCRIPTOR_ID);
		Visit visit = form.getVisit();
		Subject subject = visit == null ? null : visit.getSubject();
		if (subject != null) {
			part.getPersistedState().put(SUBJECT_ID, subject.getId());
		}
		part.getPersistedState().put(FORM_ID, form.getId());
		part.getTransientData().put(FORM_RECORD, form);
		part.setLabel(FormRows.tabLabel(form));
		part.setTooltip(FormRows.shortLabel(form) + " (read-only view; Enter Data edits it)");
		return parts.showPart(part, PartState.ACTIVATE);
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		display = parent.getDisplay();
		view = new FormView(parent, valueText());
		session.addListener(listener);
		if (part.getTransientData().remove(FORM_RECORD) instanceof FormRecord form) {
			show(form);
		} else {
			read();
		}
	}

	private static ValueText valueText() {
		try {
			return ValueText.of(WorkbenchSettings.load());
		} catch (IOException e) {
			ILog.of(FormPart.class).warn("Could not read " + WorkbenchSettings.file() + "; showing dates as "
					+ WorkbenchSettings.DEFAULT_DATE_FORMAT, e);
			return ValueText.of(new Properties());
		}
	}

	private void show(FormRecord form) {
		view.show(form);
		part.setLabel(FormRows.tabLabel(form));
		part.setTooltip(FormRows.shortLabel(form) + " (read-only view; Enter Data edits it)");
	}

	/** Reads the subject's record in the background and shows the form from it. */
	private void read() {
		String subjectId = part.getPersistedState().get(SUBJECT_ID);
		String formId = part.getPersistedState().get(FORM_ID);
		if (subjectId == null || formId == null) {
			view.showMessage("No form chosen: open one from the Trial Navigator", Diagnostic.INFO);
			return;
		}
		if (!session.isOpen()) {
			view.showMessage("No trial is open", Diagnostic.INFO);
			return;
		}
		String label = part.getLabel();
		if (view.shown() == null) {
			view.showMessage("Loading " + label + "...", Diagnostic.OK);
		}
		Job.create("Reading form " + label, monitor -> {
			try {
				Optional<Subject> subject = session.subject(subjectId);
				FormRecord form = subject.flatMap(s -> find(s, formId)).orElse(null);
				String gone = subject.isEmpty() ? "The subject of " + label + " is no longer visible to you"
						: "Form " + label + " no longer exists";
				onUi(() -> {
					if (form != null) {
						show(form);
					} else {
						view.showMessage(gone, Diagnostic.WARNING);
					}
				});
			} catch (Exception e) {
				String message = "Could not read form " + label + ": " + e.getMessage()
						+ "; close the form and open it again from the Trial Navigator";
				ILog.of(FormPart.class).error(message, e);
				onUi(() -> view.showMessage(message, Diagnostic.ERROR));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private static Optional<FormRecord> find(Subject subject, String formId) {
		return subject.getVisits().stream().flatMap(v -> v.getForms().stream()).filter(f -> formId.equals(f.getId()))
				.findFirst();
	}

	private void changed(CommitInfo commit, Set<String> subjectIds) {
		if (commit == null || subjectIds.contains(part.getPersistedState().get(SUBJECT_ID))) {
			onUi(this::read);
		}
	}

	private void onUi(Runnable runnable) {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!view.control().isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	public FormView view() {
		return view;
	}

	@Focus
	public void setFocus() {
		view.setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
	}
}
