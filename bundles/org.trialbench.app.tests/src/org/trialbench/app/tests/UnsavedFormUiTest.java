package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.ui.CrfPart;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * An investigator's changed form in the shipped workbench, closed and saved as Eclipse users do: the tab shows
 * "*", closing it asks (the platform's prompt), "Save" stores the value with its audit entry, "Don't Save" stores
 * nothing, a save that does not happen keeps the tab open, and Ctrl+S and File > Save store the value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsavedFormUiTest {
	@TempDir
	static Path directory;
	private JdbcTrialRepository repository;
	private TrialSession investigator;
	private WorkbenchSession session;
	private RealWorkbench workbench;
	private int subjects;

	@BeforeAll
	void start() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(2, 0, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		investigator = repository.localSession("inv01");
		session = WorkbenchSession.connected(repository);
		session.open(repository.localSession("inv01"));
		workbench = new RealWorkbench(session);
	}

	@AfterAll
	void stop() {
		workbench.close();
		session.close();
		investigator.close();
		repository.close();
	}

	/** A new eligible subject of site 01 with its screening Eckardt form started; returns the form. */
	private FormRecord screeningForm() throws Exception {
		Enrolment enrolment = new Enrolment(investigator);
		String number = String.format("01-U%03d", ++subjects);
		String subjectId = enrolment.screen(new Enrolment.Screening(investigator.trial().getSites().stream()
				.filter(s -> s.getCode().equals("01")).findFirst().orElseThrow(), number,
				LocalDate.now().minusDays(3), "2.0", LocalDate.of(1968, 4, 2), Sex.FEMALE)).getId();
		Map<String, Boolean> answers = new LinkedHashMap<>();
		for (EligibilityCriterion criterion : investigator.protocol().getEligibilityCriteria()) {
			answers.put(criterion.getCode(), criterion.getKind() != CriterionKind.EXCLUSION);
		}
		enrolment.assess(subjectId, answers, investigator.protocol().getStratificationFactors().get(0).getStrata()
				.stream().filter(s -> s.getCode().equals("ACH3")).findFirst().orElseThrow(), null);
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			FormRecord form = FormEntry.start(subject,
					study.getVisits().stream().filter(v -> v.getOid().equals(PoemBtxOids.VISIT_SCREENING)).findFirst()
							.orElseThrow(),
					study.getForms().stream().filter(f -> f.getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst()
							.orElseThrow(),
					LocalDate.now().minusDays(2));
			transaction.commit("screening visit");
		}
		return investigator.subject(subjectId).orElseThrow().getVisits().stream()
				.flatMap(v -> v.getForms().stream())
				.filter(f -> f.getDefinition().getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst().orElseThrow();
	}

	/** Enter Data on the form, as the navigator's menu runs it; returns the editor's part, active. */
	private MPart enterData(FormRecord form) {
		workbench.execute("org.trialbench.enrolment.command.enterData", form);
		MPart part = workbench.parts().getActivePart();
		assertTrue(part != null && part.getObject() instanceof CrfPart, "Enter Data opened the data-entry editor");
		return part;
	}

	private static Combo dysphagia(MPart part) {
		CrfPart crf = (CrfPart) part.getObject();
		ItemDefinition item = crf.editor().entry().items().stream()
				.filter(i -> i.getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA)).findFirst().orElseThrow();
		return (Combo) crf.editor().input(item);
	}

	private static CTabItem tab(MPart part) {
		CTabFolder folder = (CTabFolder) part.getParent().getWidget();
		for (CTabItem item : folder.getItems()) {
			if (item.getData(AbstractPartRenderer.OWNING_ME) == part) {
				return item;
			}
		}
		return null;
	}

	/** A middle click on the tab: the platform's close of a tab, as the tab's "x" does. */
	private static void closeTab(MPart part) {
		CTabItem item = tab(part);
		Rectangle bounds = item.getBounds();
		RealWorkbench.click(item.getParent(), new Point(bounds.x + bounds.width / 3, bounds.y + bounds.height / 2),
				2);
	}

	private String stored(FormRecord form) throws Exception {
		String subjectId = form.getVisit().getSubject().getId();
		return investigator.subject(subjectId).orElseThrow().getVisits().stream()
				.flatMap(v -> v.getForms().stream()).filter(f -> f.getId().equals(form.getId()))
				.flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA))
				.map(ItemValue::getValue).findFirst().orElse(null);
	}

	/** The audit entries of values entered for the first time (an item value created). */
	private List<AuditEntry> entered(FormRecord form) throws Exception {
		return investigator.audit().forSubject(form.getVisit().getSubject().getId()).stream()
				.filter(e -> e.objectType().equals("ItemValue") && e.feature().equals("(created)")).toList();
	}

	private List<AuditEntry> valueAudit(FormRecord form) throws Exception {
		return investigator.audit().forSubject(form.getVisit().getSubject().getId()).stream()
				.filter(e -> e.feature().equals("value")).toList();
	}

	@Test
	void closingAChangedFormAsksAndSaveStoresTheValueWithItsAuditEntry() throws Exception {
		FormRecord form = screeningForm();
		MPart part = enterData(form);
		String label = part.getLabel();
		assertEquals(form.getVisit().getSubject().getScreeningNumber() + " Eckardt score Screening", label,
				"the tab names the subject, the form and (the form being at several visits) the visit in brief");
		assertEquals("Data entry: " + form.getVisit().getSubject().getScreeningNumber()
				+ " Eckardt score, Screening", part.getTooltip(), "the tooltip says it in full");
		assertFalse(tab(part).getText().startsWith("*"), "just opened: nothing to save");

		dysphagia(part).setText("2");
		Ui.spin(100);
		assertTrue(part.isDirty());
		assertTrue(Ui.spinUntil(() -> tab(part).getText().startsWith("*"), 2000), "the tab shows '*': "
				+ tab(part).getText());
		workbench.snapshot("crf-unsaved-tab");

		RealWorkbench.Answer prompt = new RealWorkbench.Answer("Save Parts", "Save");
		closeTab(part);
		assertTrue(Ui.spinUntil(prompt::answered, 5000), "closing the changed tab asked first");
		assertEquals("Save Parts", prompt.title);
		assertTrue(prompt.message.contains("Save '" + label + "'?"), prompt.message);
		assertTrue(Ui.spinUntil(() -> !part.isToBeRendered() || part.getWidget() == null, 3000), "saved: closed");
		assertEquals("2", stored(form), "Save stored the value");
		assertTrue(entered(form).stream().anyMatch(e -> e.newValue().contains("value=2")
				&& e.username().equals("inv01")), "the stored value has its audit entry: " + entered(form));
	}

	@Test
	void dontSaveClosesTheTabAfterAskingAndStoresNothing() throws Exception {
		FormRecord form = screeningForm();
		MPart part = enterData(form);
		dysphagia(part).setText("3");
		Ui.spin(100);
		assertTrue(part.isDirty());

		RealWorkbench.Answer prompt = new RealWorkbench.Answer("Save Parts", "Don't Save");
		closeTab(part);
		assertTrue(Ui.spinUntil(prompt::answered, 5000), "the user was asked before anything was dropped");
		assertTrue(Ui.spinUntil(() -> !part.isToBeRendered() || part.getWidget() == null, 3000), "closed");
		assertNull(stored(form), "Don't Save stored nothing");
		assertTrue(valueAudit(form).isEmpty() && entered(form).isEmpty(), "nothing of it in the audit trail");
	}

	@Test
	void aSaveThatDidNotHappenKeepsTheTabOpenWithItsChanges() throws Exception {
		FormRecord form = screeningForm();
		MPart part = enterData(form);
		dysphagia(part).setText("1");
		Ui.spin(50);
		part.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).savePart(part, false);
		assertEquals("1", stored(form));

		dysphagia(part).setText("3");
		Ui.spin(100);
		RealWorkbench.Answer save = new RealWorkbench.Answer("Save Parts", "Save");
		RealWorkbench.Answer noReason = new RealWorkbench.Answer("Reason for change", "Cancel");
		closeTab(part);
		assertTrue(Ui.spinUntil(() -> save.answered() && noReason.answered(), 5000), "asked to save, then why");
		Ui.spin(300);
		assertTrue(part.isToBeRendered() && part.getWidget() != null, "not saved: the tab stays open");
		assertTrue(part.isDirty(), "and keeps its '*'");
		assertEquals("3", dysphagia(part).getText().substring(0, 1), "the typed value is still there");
		assertEquals("1", stored(form));

		RealWorkbench.Answer saveAgain = new RealWorkbench.Answer("Save Parts", "Save");
		RealWorkbench.Answer reason = new RealWorkbench.Answer("Reason for change", "OK", "patient diary");
		closeTab(part);
		assertTrue(Ui.spinUntil(() -> saveAgain.answered() && reason.answered(), 5000));
		assertTrue(Ui.spinUntil(() -> !part.isToBeRendered() || part.getWidget() == null, 3000), "saved: closed");
		assertEquals("3", stored(form));
		AuditEntry change = valueAudit(form).stream().filter(e -> "3".equals(e.newValue())).findFirst().orElseThrow();
		assertEquals("1", change.oldValue());
		assertEquals("patient diary", change.reason());
	}

	@Test
	void ctrlSSavesTheActiveForm() throws Exception {
		FormRecord form = screeningForm();
		MPart part = enterData(form);
		Combo input = dysphagia(part);
		input.setText("2");
		Ui.spin(100);
		workbench.shell.forceActive();
		input.setFocus();
		Ui.spin(200);
		RealWorkbench.keys(input, SWT.CTRL, 's');
		assertTrue(Ui.spinUntil(() -> !part.isDirty(), 3000), "Ctrl+S saved: no '*' any more");
		assertEquals("2", stored(form));
		assertFalse(tab(part).getText().startsWith("*"), tab(part).getText());
		workbench.parts().hidePart(part, true);
	}

	@Test
	void fileSaveIsOfferedWhileTheFormHasChangesAndSavesIt() throws Exception {
		FormRecord form = screeningForm();
		MPart part = enterData(form);
		org.eclipse.swt.widgets.Menu file = workbench.openMenu("File");
		MenuItem item = RealWorkbench.item(file, "Save");
		assertFalse(item.isEnabled(), "nothing changed: File > Save is greyed");
		file.notifyListeners(SWT.Hide, new Event());

		dysphagia(part).setText("1");
		Ui.spin(100);
		file = workbench.openMenu("File");
		assertTrue(item.isEnabled(), "a changed form: File > Save is offered");
		item.notifyListeners(SWT.Selection, new Event());
		file.notifyListeners(SWT.Hide, new Event());
		assertTrue(Ui.spinUntil(() -> !part.isDirty(), 3000));
		assertEquals("1", stored(form));
		workbench.parts().hidePart(part, true);
	}
}
