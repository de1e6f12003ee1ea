package org.trialbench.safety.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Subject;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.AdverseEventDraft;
import org.trialbench.safety.AdverseEventRecording;
import org.trialbench.safety.AdverseEventRejected;
import org.trialbench.safety.SafetyFinding;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.meddra.DictionaryException;
import org.trialbench.safety.meddra.MeddraDictionary;
import org.trialbench.safety.meddra.MeddraDistribution;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * One adverse event of one subject (part descriptor {@value #DESCRIPTOR_ID}, one part per event; a new event until it
 * is first saved). Reads the subject and the configured MedDRA dictionary in the background; Save goes through
 * {@link AdverseEventRecording} in a job: one audited commit, with a reason for change when a saved event is edited.
 * When saving fails the form keeps everything entered and says which field to correct.
 */
public class AdverseEventPart {
	public static final String DESCRIPTOR_ID = "org.trialbench.safety.ui.partdescriptor.adverseEvent";
	public static final String SUBJECT_ID = "subjectId";
	public static final String EVENT_ID = "adverseEventId";
	static final String NEW_EVENT_REASON = "Adverse event recorded";

	/** Asks for the reason for changing a saved event; null when the user cancels. */
	public interface ReasonPrompt extends BiFunction<Shell, String, String> {
	}

	private static final ReasonPrompt DIALOG = (shell, record) -> {
		InputDialog dialog = new InputDialog(shell, "Reason for change",
				"Why is " + record + " changed? The reason goes into the audit trail.", "",
				text -> text == null || text.isBlank() ? "A reason for change is required" : null);
		return dialog.open() == Window.OK ? dialog.getValue().trim() : null;
	};

	private final WorkbenchSession session;
	private final MPart part;
	private AdverseEventFormView form;
	private ScrolledComposite scroll;
	private Display display;
	private ReasonPrompt reasonPrompt = DIALOG;
	private volatile boolean saving;

	@Inject
	public AdverseEventPart(WorkbenchSession session, MPart part) {
		this.session = session;
		this.part = part;
	}

	/**
	 * Shows the event (null: a new one for the subject) in its part, opening one if it is not open yet.
	 *
	 * @param label the subject's screening number, for the tab until the record is read
	 */
	public static MPart open(EPartService parts, String subjectId, String eventId, String label) {
		if (eventId != null) {
			for (MPart existing : parts.getParts()) {
				if (DESCRIPTOR_ID.equals(existing.getElementId())
						&& eventId.equals(existing.getPersistedState().get(EVENT_ID))) {
					parts.showPart(existing, PartState.ACTIVATE);
					return existing;
				}
			}
		}
		MPart part = parts.createPart(DESCRIPTOR_ID);
		part.getPersistedState().put(SUBJECT_ID, subjectId);
		if (eventId != null) {
			part.getPersistedState().put(EVENT_ID, eventId);
		}
		part.setLabel((eventId == null ? "New AE " : "AE ") + (label == null ? "" : label));
		return parts.showPart(part, PartState.ACTIVATE);
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		display = parent.getDisplay();
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		form = new AdverseEventFormView(scroll, zone());
		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> fit());
		form.onSave(this::save);
		form.save.setEnabled(false);
		form.setMessage("Loading the subject...", false);
		read(null);
		readDictionary();
	}

	private static ZoneId zone() {
		try {
			return SafetySettings.zone(WorkbenchSettings.load());
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(AdverseEventPart.class).warn("Safety clocks use the system time zone: " + e.getMessage(), e);
			return ZoneId.systemDefault();
		}
	}

	/** Reads the subject and shows the part's event; then shows the note, if any, under the form. */
	private void read(String note) {
		String subjectId = part.getPersistedState().get(SUBJECT_ID);
		String eventId = part.getPersistedState().get(EVENT_ID);
		if (subjectId == null) {
			form.setMessage("No subject chosen: select a subject in the Trial Navigator and choose Record adverse event",
					true);
			return;
		}
		if (!session.isOpen()) {
			form.setMessage("No trial is open: log in first", true);
			return;
		}
		TrialSession trial = session.session();
		Job.create("Reading the adverse event", monitor -> {
			try {
				Optional<Subject> subject = trial.subject(subjectId);
				AdverseEvent event = eventId == null ? null
						: subject.flatMap(s -> s.getAdverseEvents().stream().filter(e -> eventId.equals(e.getId()))
								.findFirst()).orElse(null);
				onUi(() -> {
					if (subject.isEmpty()) {
						form.setMessage("The subject of this adverse event is no longer visible to you", true);
					} else if (eventId != null && event == null) {
						form.setMessage("Subject " + subject.get().getScreeningNumber() + " has no adverse event "
								+ eventId + " any more (deleted?)", true);
					} else {
						form.show(subject.get(), event, trial.protocol().getAdverseEventSettings(), dictionary);
						form.save.setEnabled(true);
						part.setLabel((event == null ? "New AE " : "AE ") + subject.get().getScreeningNumber()
								+ (event == null ? "" : " " + event.getVerbatimTerm()));
						if (note != null) {
							form.setMessage(note, false);
						}
					}
				});
			} catch (Exception e) {
				String message = "Could not read subject " + subjectId + ": " + e.getMessage()
						+ "; close this tab and open the event again";
				ILog.of(AdverseEventPart.class).error(message, e);
				onUi(() -> form.setMessage(message, true));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private volatile MeddraDictionary dictionary;

	private void readDictionary() {
		Job.create("Reading the MedDRA dictionary", monitor -> {
			MeddraDictionary read = null;
			String why;
			try {
				Properties settings = WorkbenchSettings.load();
				Optional<Path> dir = SafetySettings.meddraDirectory(settings);
				if (dir.isEmpty()) {
					why = "No MedDRA dictionary configured: File > Load MedDRA... names the folder of your licensed "
							+ "MedDRA distribution";
				} else {
					read = MeddraDistribution.load(dir.get());
					why = null;
				}
			} catch (IOException | DictionaryException e) {
				why = "MedDRA dictionary not readable: " + e.getMessage();
				ILog.of(AdverseEventPart.class).warn(why, e);
			}
			MeddraDictionary loaded = read;
			String reason = why;
			dictionary = loaded;
			onUi(() -> form.setDictionary(loaded, reason));
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Collects, asks for a reason when a saved event changes, and saves in the background. */
	void save() {
		if (saving || form.subject() == null) {
			return;
		}
		AdverseEventDraft draft;
		try {
			draft = form.draft();
		} catch (IllegalArgumentException e) {
			form.setMessage("Not saved. " + e.getMessage(), true);
			fit();
			return;
		}
		String subjectId = form.subject().getId();
		String eventId = form.event() == null ? null : form.event().getId();
		String record = "adverse event '" + draft.verbatimTerm() + "' of subject " + form.subject().getScreeningNumber();
		if (draft.verbatimTerm().isEmpty()) {
			form.setMessage("Not saved. Verbatim term: enter the event as the investigator described it", true);
			return;
		}
		String reason = form.reasonText();
		if (eventId != null && reason.isEmpty()) {
			reason = reasonPrompt.apply(form.getShell(), record);
			if (reason == null || reason.isBlank()) {
				form.setMessage("Not saved: a saved adverse event changes only with a reason for change", true);
				return;
			}
		} else if (eventId == null && reason.isEmpty()) {
			reason = NEW_EVENT_REASON;
		}
		TrialSession trial = session.session();
		String why = reason;
		saving = true;
		form.save.setEnabled(false);
		form.setMessage("Saving...", false);
		Job.create("Saving " + record, monitor -> {
			try {
				AdverseEventRecording.Saved saved = new AdverseEventRecording(trial).save(subjectId, eventId, draft, why);
				String warnings = saved.warnings().isEmpty() ? ""
						: "\n" + String.join("\n", saved.warnings().stream().map(AdverseEventFormView::describe).toList());
				String note = (saved.commit() == null ? "Nothing changed." : "Saved (commit " + saved.commit().commitId() + ").")
						+ warnings;
				onUi(() -> {
					saving = false;
					part.getPersistedState().put(EVENT_ID, saved.eventId());
					read(note);
				});
			} catch (AdverseEventRejected e) {
				String message = "Not saved; correct and save again:\n" + String.join("\n",
						e.findings().stream().filter(SafetyFinding::error).map(AdverseEventFormView::describe).toList());
				onUi(() -> failed(message));
			} catch (ConflictException e) {
				onUi(() -> failed("Not saved: someone else changed subject " + form.subject().getScreeningNumber()
						+ " meanwhile (" + e.getMessage() + "). Copy what you entered, close this tab and open the event again."));
			} catch (Exception e) {
				String message = "Not saved: " + record + ": " + e.getMessage();
				ILog.of(AdverseEventPart.class).error(message, e);
				onUi(() -> failed(message));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void failed(String message) {
		saving = false;
		form.save.setEnabled(true);
		form.setMessage(message, true);
	}

	/** The form scrolls when the part is shorter than the form, which grows with its messages. */
	private void fit() {
		scroll.setMinSize(form.computeSize(Math.max(600, scroll.getClientArea().width), SWT.DEFAULT));
	}

	private void onUi(Runnable runnable) {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!form.isDisposed()) {
					runnable.run();
					fit();
				}
			});
		}
	}

	/** For tests: answers the reason-for-change question instead of a dialog. */
	void setReasonPrompt(ReasonPrompt prompt) {
		this.reasonPrompt = prompt;
	}

	boolean isSaving() {
		return saving;
	}

	public AdverseEventFormView form() {
		return form;
	}

	@Focus
	public void setFocus() {
		form.setFocus();
	}
}
