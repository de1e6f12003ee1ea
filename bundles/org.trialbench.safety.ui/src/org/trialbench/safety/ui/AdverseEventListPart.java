package org.trialbench.safety.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Subject;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.ui.jobs.LatestRead;
import org.trialbench.ui.session.WorkbenchSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Adverse events to pick one from: of the subject selected in the Trial Navigator (followed through the e4 selection
 * service), or of every subject the user may see. Opening one shows it in an {@link AdverseEventPart}; the selected
 * row's subject becomes this part's selection, so that Record adverse event works from here too.
 */
public class AdverseEventListPart {
	/** The Trial Navigator, whose selection this part follows. */
	static final String NAVIGATOR_ID = "org.trialbench.app.part.navigator";

	private final WorkbenchSession session;
	@Inject
	@Optional
	EPartService parts;
	@Inject
	@Optional
	ESelectionService selection;
	@Inject
	@Optional
	MPart part;

	private AdverseEventListView view;
	private LatestRead reads;
	private Display display;
	private SubjectChoice subject;
	private final ISelectionListener navigatorListener = (source, selected) -> follow(selected);
	private final WorkbenchSession.Listener listener = this::changed;

	@Inject
	public AdverseEventListPart(WorkbenchSession session) {
		this.session = session;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		display = parent.getDisplay();
		view = new AdverseEventListView(parent);
		reads = new LatestRead(view);
		view.onOpen(c -> open(c.subjectId(), c.event().getId(), c.screeningNumber()));
		view.onSelect(c -> {
			if (selection != null) {
				selection.setSelection(c);
			}
		});
		view.record.addListener(org.eclipse.swt.SWT.Selection, e -> {
			if (subject != null) {
				open(subject.subjectId(), null, subject.screeningNumber());
			}
		});
		view.allSubjects.addListener(org.eclipse.swt.SWT.Selection, e -> refresh());
		if (selection != null) {
			selection.addSelectionListener(NAVIGATOR_ID, navigatorListener);
			follow(selection.getSelection(NAVIGATOR_ID));
		}
		session.addListener(listener);
	}

	/** Shows the adverse events of the subject the object stands for (ignores anything else). */
	public void follow(Object selected) {
		SubjectChoice.of(selected).ifPresent(choice -> {
			subject = choice;
			if (!view.isDisposed()) {
				view.record.setEnabled(true);
				if (!view.allSubjects.getSelection()) {
					refresh();
				}
			}
		});
	}

	/** Lists everyone's events or the chosen subject's, read in a cancellable job. */
	public void refresh() {
		if (!session.isOpen()) {
			view.show("No trial is open", List.of());
			return;
		}
		boolean all = view.allSubjects.getSelection();
		SubjectChoice chosen = subject;
		if (!all && chosen == null) {
			view.show("Select a subject in the Trial Navigator, or tick All subjects", List.of());
			return;
		}
		TrialSession trial = session.session();
		view.setHeading(all ? "Reading the adverse events of every subject..."
				: "Reading the adverse events of subject " + chosen.screeningNumber() + "...");
		record Listed(String title, List<SafetyCase> cases) {
		}
		// the list of the subject chosen last: a slower read for one chosen before never replaces it
		reads.run("Reading adverse events", monitor -> {
			ZoneId zone = SafetySettings.zone(WorkbenchSettings.load());
			ReportingClock clock = new ReportingClock(trial.protocol().getAdverseEventSettings(), zone,
					Clock.systemUTC());
			List<SafetyCase> cases = new ArrayList<>();
			String title;
			if (all) {
				cases.addAll(SafetyDashboard.SafetyCases.all(trial, clock, monitor));
				title = cases.size() + " adverse events of all subjects you may see; double-click one to open it";
			} else {
				java.util.Optional<Subject> read = trial.subject(chosen.subjectId());
				if (read.isPresent()) {
					for (AdverseEvent event : read.get().getAdverseEvents()) {
						cases.add(SafetyCase.of(read.get(), event, clock));
					}
				}
				title = read.isEmpty() ? "Subject " + chosen.screeningNumber() + " is not visible to you"
						: "Subject " + chosen.screeningNumber() + ": " + cases.size() + " adverse event"
								+ (cases.size() == 1 ? "" : "s") + "; double-click one to open it";
			}
			cases.sort(Comparator.comparing(SafetyCase::screeningNumber, Comparator.nullsLast(String::compareTo))
					.thenComparing(c -> c.event().getOnsetDate(), Comparator.nullsLast(Comparator.naturalOrder())));
			return new Listed(title, cases);
		}, listed -> view.show(listed.title(), listed.cases()),
				e -> view.setHeading("Could not read the adverse events: " + e.getMessage()));
	}

	private void open(String subjectId, String eventId, String label) {
		if (parts != null) {
			AdverseEventPart.open(parts, subjectId, eventId, label);
		}
	}

	private void changed(CommitInfo commit, Set<String> subjectIds) {
		SubjectChoice chosen = subject;
		if (commit == null || view.allSubjects.isDisposed() || chosen == null
				|| subjectIds.contains(chosen.subjectId())) {
			onUi(this::refresh);
		} else {
			onUi(() -> {
				if (view.allSubjects.getSelection()) {
					refresh();
				}
			});
		}
	}

	private void onUi(Runnable runnable) {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!view.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	public AdverseEventListView view() {
		return view;
	}

	@Focus
	public void setFocus() {
		view.setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		if (selection != null) {
			selection.removeSelectionListener(NAVIGATOR_ID, navigatorListener);
		}
	}
}
