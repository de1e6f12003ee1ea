package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.enrolment.BlockRandomization;
import org.trialbench.enrolment.ui.EnrolmentDialog;
import org.trialbench.enrolment.ui.EnrolmentWizard;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.TrialSession;

/** The enrolment wizard on real SWT widgets and a real embedded store with a concealed list. */
class EnrolmentWizardUiTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession investigator;
	private Shell parent;
	private WizardDialog dialog;
	private final java.util.List<String> questions = new java.util.ArrayList<>();
	private boolean confirmAnswer = true;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		TrialSession statistician = store.as("statistician");
		RandomizationList list = new BlockRandomization(statistician.protocol()).generate(List.of("ACH3", "DES", "JH"),
				12, 77, "statistician");
		statistician.allocations().storeList(list, "list for the wizard test");
		investigator = store.as("inv01");
		parent = new Shell(Screens.display());
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		parent.dispose();
		store.close();
	}

	private EnrolmentWizard openWizard() {
		EnrolmentWizard wizard = new EnrolmentWizard(investigator, (shell, title, message) -> {
			questions.add(message);
			return confirmAnswer;
		});
		dialog = new EnrolmentDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(640, 520);
		dialog.open();
		Screens.spin(200);
		return wizard;
	}

	private void screen(EnrolmentWizard wizard, String number) {
		EnrolmentWizard.ScreeningPage page = wizard.screeningPage();
		page.number().setText(number);
		page.consentVersion().setText("1.1");
		page.birthDate().setText("1961-07-14");
		page.sex().select(0);
		page.add();
		Screens.spin(100);
	}

	@Test
	void anEligibleSubjectIsScreenedAssessedAndRandomizedShowingOnlyItsArm() throws Exception {
		EnrolmentWizard wizard = openWizard();
		screen(wizard, "01-0901");
		assertNotNull(wizard.subjectId(), dialog.getCurrentPage().getErrorMessage());
		assertTrue(wizard.screeningPage().isPageComplete());
		Screens.snapshot(dialog.getShell(), "enrolment-1-screening");

		dialog.showPage(wizard.eligibilityPage());
		for (EligibilityCriterion criterion : investigator.protocol().getEligibilityCriteria()) {
			wizard.eligibilityPage().answer(criterion.getCode(), criterion.getKind() != CriterionKind.EXCLUSION);
		}
		wizard.eligibilityPage().diagnosis().select(1); // distal esophageal spasm
		wizard.eligibilityPage().record();
		assertTrue(wizard.eligibilityPage().verdict().getText().startsWith("Eligible"),
				wizard.eligibilityPage().verdict().getText());
		assertTrue(wizard.eligibilityPage().isPageComplete());
		Screens.snapshot(dialog.getShell(), "enrolment-2-eligibility");

		dialog.showPage(wizard.randomizationPage());
		confirmAnswer = false;
		wizard.randomizationPage().randomize();
		assertEquals(1, questions.size(), "asked before randomizing");
		assertTrue(questions.get(0).contains("cannot be undone"), questions.get(0));
		assertNull(wizard.allocation(), "the user said Cancel: nothing randomized");
		assertTrue(((EnrolmentDialog) dialog).cancelButton().isEnabled(), "not randomized: Cancel still leaves");
		confirmAnswer = true;
		wizard.randomizationPage().randomize();
		assertFalse(((EnrolmentDialog) dialog).cancelButton().isEnabled(), "randomized: nothing left to cancel");
		String shown = wizard.randomizationPage().result().getText();
		String arm = wizard.allocation().getArm().getName();
		assertTrue(shown.startsWith("Allocated to " + arm), shown);
		assertTrue(shown.contains("DES-001"), shown);
		assertFalse(wizard.randomizationPage().randomizeButton().isEnabled(), "randomized once");
		Screens.snapshot(dialog.getShell(), "enrolment-3-randomized");

		Subject stored = investigator.subject(wizard.subjectId()).orElseThrow();
		assertEquals(SubjectStatus.RANDOMIZED, stored.getStatus());
		assertEquals(arm, stored.getAllocation().getArm().getName());
	}

	@Test
	void aSubjectFailingACriterionStopsAtEligibilityWithTheReason() throws Exception {
		EnrolmentWizard wizard = openWizard();
		screen(wizard, "01-0902");
		dialog.showPage(wizard.eligibilityPage());
		for (EligibilityCriterion criterion : investigator.protocol().getEligibilityCriteria()) {
			wizard.eligibilityPage().answer(criterion.getCode(), criterion.getKind() != CriterionKind.EXCLUSION);
		}
		wizard.eligibilityPage().answer("E1", true); // prior myotomy
		assertTrue(wizard.eligibilityPage().verdict().getText().startsWith("Not eligible: E1 met"),
				"the verdict follows the answers before anything is stored");
		wizard.eligibilityPage().diagnosis().select(0);
		wizard.eligibilityPage().record();
		assertFalse(wizard.eligibilityPage().isPageComplete(), "no way on to randomization");
		assertTrue(wizard.eligibilityPage().getMessage().contains("Screen failure recorded"),
				wizard.eligibilityPage().getMessage());
		Screens.snapshot(dialog.getShell(), "enrolment-screen-failure");
		Subject stored = investigator.subject(wizard.subjectId()).orElseThrow();
		assertEquals(SubjectStatus.SCREEN_FAILED, stored.getStatus());
		assertTrue(stored.getScreenFailReason().startsWith("E1 met: Prior esophageal myotomy"),
				stored.getScreenFailReason());
	}

	@Test
	void aMissingConsentVersionIsNamedAndNothingIsStored() throws Exception {
		EnrolmentWizard wizard = openWizard();
		wizard.screeningPage().number().setText("01-0903");
		wizard.screeningPage().consentVersion().setText("");
		wizard.screeningPage().add();
		assertTrue(wizard.screeningPage().getErrorMessage().contains("version of the signed consent"),
				wizard.screeningPage().getErrorMessage());
		assertEquals(null, wizard.subjectId());
		assertEquals(0, investigator.countSubjects(org.trialbench.repository.SubjectFilter.all()));
	}
}
