package org.trialbench.enrolment.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Site;
import org.trialbench.enrolment.CriterionAnswer;
import org.trialbench.enrolment.EligibilityVerdict;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Stratum;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.labels.Icons;

/**
 * Enrols one subject in three steps, each stored as soon as the user confirms it: screening (number, consent date
 * and version), the protocol's eligibility checklist with the diagnosis that stratifies the randomization, and
 * randomization against the concealed list, which shows this subject's arm only. A subject failing a criterion is
 * stored as a screen failure with the reason and cannot reach the last step.
 */
public final class EnrolmentWizard extends Wizard {

	private final TrialSession session;
	private final Enrolment enrolment;
	private final ScreeningPage screening = new ScreeningPage();
	private final EligibilityPage eligibility = new EligibilityPage();
	private final RandomizationPage randomization = new RandomizationPage();
	private String subjectId;
	private String screeningNumber;
	private EligibilityVerdict verdict;
	private Allocation allocation;

	/** Asks before randomizing, which cannot be undone; tests answer without a dialog. */
	public interface Confirmation {
		/** Whether the user confirms the question (title, message). */
		boolean confirm(Shell shell, String title, String message);
	}

	/** The dialog a person sees: Randomize or Cancel, Cancel the default. */
	public static final Confirmation DIALOG = (shell, title, message) -> new MessageDialog(shell, title, null,
			message, MessageDialog.QUESTION, 1, "&Randomize", IDialogConstants.CANCEL_LABEL).open() == 0;

	private final Confirmation confirmation;

	public EnrolmentWizard(TrialSession session) {
		this(session, DIALOG);
	}

	public EnrolmentWizard(TrialSession session, Confirmation confirmation) {
		this.confirmation = confirmation;
		this.session = session;
		this.enrolment = new Enrolment(session);
		setWindowTitle("Enrol a subject");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(screening);
		addPage(eligibility);
		addPage(randomization);
	}

	@Override
	public boolean canFinish() {
		return subjectId != null;
	}

	@Override
	public boolean performFinish() {
		return true; // every step was stored when the user confirmed it
	}

	public ScreeningPage screeningPage() {
		return screening;
	}

	public EligibilityPage eligibilityPage() {
		return eligibility;
	}

	public RandomizationPage randomizationPage() {
		return randomization;
	}

	public String subjectId() {
		return subjectId;
	}

	public Allocation allocation() {
		return allocation;
	}

	private static LocalDate date(Text text, String what) throws IllegalArgumentException {
		String value = text.getText().strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(what + " '" + value + "' is not a date like 2026-01-31");
		}
	}

	/** Step 1: the screening log entry. */
	public final class ScreeningPage extends WizardPage {
		private Combo site;
		private Text number;
		private Text consentDate;
		private Text consentVersion;
		private Text birthDate;
		private Combo sex;
		private Button add;
		private final List<Site> sites = new ArrayList<>();

		ScreeningPage() {
			super("screening", "Screening", null);
			setDescription("Enter the screening number and the signed consent. Nothing happens before consent.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 8).applyTo(page);
			sites.addAll(session.visibleSites());
			site = combo(page, "&Site:");
			sites.forEach(s -> site.add(s.getCode() + " " + (s.getName() == null ? "" : s.getName())));
			if (!sites.isEmpty()) {
				site.select(0);
			}
			number = text(page, "Screening &number:", "");
			number.setMessage("e.g. 01-0241");
			consentDate = text(page, "&Consent signed on:", LocalDate.now().toString());
			consentVersion = text(page, "Consent &version:",
					session.protocol().getVersion() == null ? "" : session.protocol().getVersion());
			birthDate = text(page, "&Birth date:", "");
			birthDate.setMessage("yyyy-mm-dd");
			sex = combo(page, "S&ex:");
			for (Sex value : Sex.values()) {
				sex.add(value.getName());
			}
			new Label(page, SWT.NONE);
			add = new Button(page, SWT.PUSH);
			add.setText("&Add to screening log");
			add.addListener(SWT.Selection, e -> add());
			setControl(page);
		}

		private Combo combo(Composite page, String label) {
			new Label(page, SWT.NONE).setText(label);
			Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(combo);
			return combo;
		}

		private Text text(Composite page, String label, String value) {
			new Label(page, SWT.NONE).setText(label);
			Text text = new Text(page, SWT.BORDER);
			text.setText(value);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
			return text;
		}

		/** Stores the screening; the page is complete once the subject is in the log. */
		public void add() {
			try {
				Site chosen = site.getSelectionIndex() < 0 ? null : sites.get(site.getSelectionIndex());
				Sex chosenSex = sex.getSelectionIndex() < 0 ? null : Sex.values()[sex.getSelectionIndex()];
				subjectId = enrolment.screen(new Enrolment.Screening(chosen, number.getText(),
						date(consentDate, "The consent date"), consentVersion.getText(), date(birthDate, "The birth date"),
						chosenSex)).getId();
				screeningNumber = number.getText().strip();
				setErrorMessage(null);
				setMessage("Subject " + screeningNumber + " is in the screening log. Next: eligibility.");
				for (org.eclipse.swt.widgets.Control control : ((Composite) getControl()).getChildren()) {
					control.setEnabled(false);
				}
				setPageComplete(true);
			} catch (StoreException | IllegalArgumentException e) {
				setErrorMessage(e.getMessage());
			}
			getContainer().updateButtons();
		}

		public Text number() {
			return number;
		}

		public Text consentDate() {
			return consentDate;
		}

		public Text consentVersion() {
			return consentVersion;
		}

		public Text birthDate() {
			return birthDate;
		}

		public Combo sex() {
			return sex;
		}

		public Combo site() {
			return site;
		}
	}

	/** Step 2: the protocol's eligibility criteria and the stratification diagnosis. */
	public final class EligibilityPage extends WizardPage {
		private final Map<EligibilityCriterion, Button[]> answers = new LinkedHashMap<>();
		private Combo diagnosis;
		private CLabel verdictLabel;
		private Button record;
		private final List<Stratum> strata = new ArrayList<>();

		EligibilityPage() {
			super("eligibility", "Eligibility", null);
			setDescription("Does each criterion apply to the subject? Inclusion criteria must, exclusion criteria must not.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite outer = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(3).spacing(10, 4).applyTo(outer);
			ScrolledComposite scroll = new ScrolledComposite(outer, SWT.V_SCROLL);
			scroll.setExpandHorizontal(true);
			scroll.setExpandVertical(true);
			GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(scroll);
			Composite page = new Composite(scroll, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 4).applyTo(page);
			CriterionKind previous = null;
			for (EligibilityCriterion criterion : session.protocol().getEligibilityCriteria()) {
				if (criterion.getKind() != previous) {
					previous = criterion.getKind();
					Label heading = new Label(page, SWT.NONE);
					heading.setText(previous == CriterionKind.EXCLUSION ? "Exclusion criteria (must not apply)"
							: "Inclusion criteria (must apply)");
					heading.setFont(JFaceResources.getBannerFont());
					GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(heading);
				}
				Label code = new Label(page, SWT.NONE);
				code.setText(criterion.getCode());
				code.setFont(JFaceResources.getBannerFont());
				Label text = new Label(page, SWT.WRAP);
				text.setText(criterion.getText());
				GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
				Composite choice = new Composite(page, SWT.NONE);
				GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choice);
				Button yes = new Button(choice, SWT.RADIO);
				yes.setText("Yes");
				Button no = new Button(choice, SWT.RADIO);
				no.setText("No");
				yes.addListener(SWT.Selection, e -> updateVerdict());
				no.addListener(SWT.Selection, e -> updateVerdict());
				answers.put(criterion, new Button[] { yes, no });
			}
			scroll.setContent(page);
			scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			// the diagnosis, the verdict and the button stay in view while the criteria scroll
			page = outer;
			Label diagnosisLabel = new Label(page, SWT.NONE);
			diagnosisLabel.setText("&Diagnosis (stratum):");
			GridDataFactory.fillDefaults().span(1, 1).indent(0, 10).applyTo(diagnosisLabel);
			diagnosis = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
			session.protocol().getStratificationFactors().forEach(f -> strata.addAll(f.getStrata()));
			strata.forEach(s -> diagnosis.add(s.getName() + " (" + s.getCode() + ")"));
			diagnosis.addListener(SWT.Selection, e -> updateVerdict());
			GridDataFactory.fillDefaults().span(2, 1).indent(0, 10).applyTo(diagnosis);
			verdictLabel = new CLabel(page, SWT.NONE);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 8).applyTo(verdictLabel);
			record = new Button(page, SWT.PUSH);
			record.setText("&Record eligibility");
			record.addListener(SWT.Selection, e -> record());
			GridDataFactory.swtDefaults().span(3, 1).applyTo(record);
			setControl(outer);
			updateVerdict();
		}

		private Map<String, Boolean> chosen() {
			Map<String, Boolean> met = new LinkedHashMap<>();
			answers.forEach((criterion, buttons) -> met.put(criterion.getCode(),
					buttons[0].getSelection() ? Boolean.TRUE : buttons[1].getSelection() ? Boolean.FALSE : null));
			return met;
		}

		/** The verdict of the answers given so far; the rule is the core's, not the page's. */
		private void updateVerdict() {
			Map<String, Boolean> met = chosen();
			EligibilityVerdict current = new EligibilityVerdict(answers.keySet().stream()
					.map(c -> new CriterionAnswer(c, met.get(c.getCode()))).toList());
			String stratumText = diagnosis.getSelectionIndex() < 0 ? "; choose the diagnosis" : "";
			verdictLabel.setText(current.summary() + (current.eligible() ? stratumText : ""));
			verdictLabel.setImage(!current.failures().isEmpty() ? Icons.get(Icons.ERROR)
					: current.eligible() ? Icons.get(Icons.INFO) : Icons.get(Icons.WARNING));
			verdictLabel.getParent().layout(true);
		}

		/** Stores the checklist; a failing subject becomes a screen failure and the wizard ends there. */
		public void record() {
			if (subjectId == null) {
				setErrorMessage("Add the subject to the screening log first");
				return;
			}
			try {
				Stratum stratum = diagnosis.getSelectionIndex() < 0 ? null : strata.get(diagnosis.getSelectionIndex());
				verdict = enrolment.assess(subjectId, chosen(), stratum, null);
				setErrorMessage(null);
				if (!verdict.failures().isEmpty()) {
					setMessage("Screen failure recorded for " + screeningNumber + ": " + verdict.failureReason()
							+ ". The subject cannot be randomized.", WARNING);
					setPageComplete(false);
				} else if (verdict.eligible() && stratum != null) {
					setMessage("Eligible. Next: randomize " + screeningNumber + ".");
					setPageComplete(true);
				} else {
					setMessage("Stored. " + verdict.summary() + (stratum == null ? "; choose the diagnosis" : ""),
							WARNING);
					setPageComplete(false);
				}
				updateVerdict();
			} catch (StoreException e) {
				ILog.of(EnrolmentWizard.class).warn("Eligibility of " + screeningNumber + " not stored", e);
				setErrorMessage(e.getMessage());
			}
			getContainer().updateButtons();
		}

		/** Answers one criterion as a click on Yes or No would. */
		public void answer(String code, boolean met) {
			answers.forEach((criterion, buttons) -> {
				if (criterion.getCode().equals(code)) {
					buttons[0].setSelection(met);
					buttons[1].setSelection(!met);
				}
			});
			updateVerdict();
		}

		public Combo diagnosis() {
			return diagnosis;
		}

		public CLabel verdict() {
			return verdictLabel;
		}
	}

	/** Step 3: randomization against the concealed list. */
	public final class RandomizationPage extends WizardPage {
		private Label summary;
		private Button randomize;
		private Label result;

		RandomizationPage() {
			super("randomization", "Randomization", null);
			setDescription("The arm comes from the concealed list and is shown for this subject only.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().spacing(10, 12).applyTo(page);
			summary = new Label(page, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(summary);
			randomize = new Button(page, SWT.PUSH);
			randomize.setText("&Randomize");
			randomize.addListener(SWT.Selection, e -> randomize());
			result = new Label(page, SWT.WRAP);
			result.setFont(JFaceResources.getHeaderFont());
			GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(result);
			setControl(page);
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				summary.setText("Subject " + screeningNumber + " is eligible. Randomizing stores the allocation with "
						+ "the time and your name (" + session.user().getUsername() + ") and cannot be undone.");
				randomize.setEnabled(allocation == null && session.hasRole(Role.INVESTIGATOR));
				if (!session.hasRole(Role.INVESTIGATOR)) {
					setMessage("Only an investigator of the subject's site randomizes.", WARNING);
				}
			}
			super.setVisible(visible);
		}

		/** After randomization there is no way back: Back is gone (the dialog also disables Cancel). */
		@Override
		public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
			return allocation != null ? null : super.getPreviousPage();
		}

		/** Asks for confirmation, then randomizes; nothing happens when the user cancels. */
		public void randomize() {
			if (!confirmation.confirm(getShell(), "Randomize " + screeningNumber + "?", "Randomize subject "
					+ screeningNumber + " now? The arm is drawn from the concealed list and stored with the time and "
					+ "your name; a randomization cannot be undone or repeated.")) {
				setMessage("Not randomized. Press Randomize when you are ready.");
				return;
			}
			try {
				allocation = enrolment.randomize(subjectId, null);
				String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
						.format(allocation.getAllocatedAt());
				result.setText("Allocated to " + allocation.getArm().getName() + "\nRandomization number "
						+ allocation.getRandomizationNumber() + ", " + at + " by " + session.user().getUsername());
				randomize.setEnabled(false);
				setErrorMessage(null);
				setMessage("Randomized. The allocation is in the audit trail.");
				setPageComplete(true);
			} catch (StoreException e) {
				ILog.of(EnrolmentWizard.class).warn("Randomization of " + screeningNumber + " refused", e);
				setErrorMessage(e.getMessage());
			}
			((Composite) getControl()).layout(true);
			getContainer().updateButtons();
		}

		public Label result() {
			return result;
		}

		public Button randomizeButton() {
			return randomize;
		}
	}
}
