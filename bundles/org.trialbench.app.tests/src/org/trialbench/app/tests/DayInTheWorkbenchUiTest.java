package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.enrolment.ui.CrfPart;
import org.trialbench.enrolment.ui.EnrolmentWizard;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.monitoring.ui.QueriesView;
import org.trialbench.monitoring.ui.SdvWorklistView;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.app.parts.TrialNavigatorPart;
import org.trialbench.ui.files.FileFolders;
import org.trialbench.ui.navigator.NavigatorContent;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * A day in the shipped workbench on a fresh demo store, each journey done as its user does it, through the
 * workbench's menus, parts and dialogs only (logged in through File > Log Out / Switch User), each checked in the
 * store: the statistician seals the randomization list and exports the tables; an investigator corrects a value
 * and enrols and randomizes a subject; a monitor verifies a value and raises a query that the site answers and the
 * monitor closes; an adjudicator signs a decision; safety loads MedDRA, records an adverse event and codes it; a
 * data manager locks the data and the writing committee computes the tables of the lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DayInTheWorkbenchUiTest {
	private static final String SEED = "20261207";

	@TempDir
	static Path directory;
	private JdbcTrialRepository repository;
	private WorkbenchSession session;
	private RealWorkbench workbench;
	private String homeBefore;

	@BeforeAll
	void start() throws Exception {
		homeBefore = System.getProperty(TrialbenchHome.PROPERTY);
		// File > Load MedDRA... writes the user's settings: this test's own home folder, not the machine's
		System.setProperty(TrialbenchHome.PROPERTY, directory.resolve("home").toString());
		if (System.getProperty("trialbench.screenshots") == null) {
			System.setProperty("trialbench.screenshots", Path.of("target", "screenshots").toAbsolutePath().toString());
		}
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(3, 90, 2026).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		session = WorkbenchSession.connected(repository);
		session.open(repository.login("admin", DemoUsers.PASSWORD.toCharArray()));
		workbench = new RealWorkbench(session);
	}

	@AfterAll
	void stop() {
		workbench.close();
		session.close();
		repository.close();
		if (homeBefore == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, homeBefore);
		}
	}

	// --- the journeys ------------------------------------------------------------------------------------------

	@Test
	@Order(1)
	void theStatisticianSealsTheRandomizationListAndExportsTheTables() throws Exception {
		logInAs("statistician");
		assertFalse(asUser("statistician", s -> s.allocations().hasList()), "the fresh demo has no list yet");

		Widgets.OnDialog seed = new Widgets.OnDialog("Generate and seal the randomization list", dialog -> {
			Widgets.first(dialog, Text.class).setText(SEED);
			Widgets.click(Widgets.button(dialog, "OK"));
		});
		Widgets.OnDialog sealed = new Widgets.OnDialog("Randomization list sealed", dialog -> Widgets.click(
				Widgets.button(dialog, "OK")));
		menu("Enrolment", "Generate and Seal Randomization List...");
		seed.await(5000);
		String said = sealed.await(10_000);
		assertTrue(said.contains("seed " + SEED), said);
		assertTrue(asUser("statistician", s -> s.allocations().hasList()), "the list is sealed in the store");
		assertTrue(asUser("statistician", s -> s.allocations().list().seed() == Long.parseLong(SEED)),
				"with the seed entered");
		MenuItem again = menuItem("Enrolment", "Generate and Seal Randomization List...");
		assertFalse(again.isEnabled(), "a sealed list is never generated again, so it is not offered");

		perspective("Publication");
		Control publication = partControl("org.trialbench.publication.ui.part.tables");
		Path tables = directory.resolve("export").resolve("tables.xlsx");
		Files.createDirectories(tables.getParent());
		FileFolders.answerNext(tables);
		Widgets.click(Widgets.button(publication, "Export tables…"));
		Widgets.await(() -> Widgets.texts(publication).contains("Wrote the tables"), 60_000,
				"the tables workbook written: " + Widgets.texts(publication));
		assertTrue(Files.isRegularFile(tables));
		try (InputStream in = Files.newInputStream(tables); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertTrue(book.getNumberOfSheets() >= 2, "a workbook of tables: " + book.getNumberOfSheets());
			Sheet first = book.getSheetAt(0);
			assertTrue(first.getPhysicalNumberOfRows() > 3, "the first table has rows");
			String cells = text(book);
			assertTrue(cells.contains("POEM") && cells.contains("BTX"), "the tables are by arm");
		}
	}

	@Test
	@Order(2)
	void anInvestigatorCorrectsAValueAndEnrolsAndRandomizesASubject() throws Exception {
		logInAs("inv01");
		perspective("Data Entry");
		FormRecord form = unsignedEckardtForm("inv01", "01");
		String subjectId = form.getVisit().getSubject().getId();
		String before = value(form, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		String corrected = before.equals("3") ? "2" : "3";

		selectInNavigator(form.getVisit().getSubject().getSite(), header(form.getVisit().getSubject()),
				form.getVisit(), form);
		navigatorMenu("Enter Data");
		MPart part = workbench.parts().getActivePart();
		assertTrue(part != null && part.getObject() instanceof CrfPart, "Enter Data opened the data-entry editor");
		Combo dysphagia = (Combo) input(part, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		dysphagia.setText(corrected);
		Ui.spin(100);
		assertTrue(part.isDirty(), "the changed form is marked unsaved");
		Widgets.OnDialog why = new Widgets.OnDialog("Reason for change", dialog -> {
			Widgets.first(dialog, Text.class).setText("transcription error, source: patient diary");
			Widgets.click(Widgets.button(dialog, "OK"));
		});
		MenuItem save = menuItem("File", "Save");
		assertTrue(save.isEnabled(), "File > Save is offered for the changed form");
		save.notifyListeners(SWT.Selection, new Event());
		why.await(5000);
		Widgets.await(() -> !part.isDirty(), 5000, "the form saved");
		workbench.snapshot("journey-investigator-corrected");
		AuditEntry change = asUser("inv01", s -> s.audit().forSubject(subjectId)).stream()
				.filter(e -> e.feature().equals("value") && corrected.equals(e.newValue())).findFirst()
				.orElseThrow(() -> new AssertionError("no audit entry of the correction"));
		assertEquals(before, change.oldValue());
		assertEquals("inv01", change.username());
		assertEquals("transcription error, source: patient diary", change.reason());
		workbench.parts().hidePart(part, true);

		String number = "01-9001";
		Widgets.OnDialog wizard = new Widgets.OnDialog("Enrol a subject", dialog -> enrol((WizardDialog) dialog
				.getData(), number));
		menu("Enrolment", "Enrol Subject...");
		wizard.await(30_000);
		SubjectHeader enrolled = asUser("inv01", s -> s.subjects(SubjectFilter.containing(null, number))).stream()
				.filter(h -> h.screeningNumber().equals(number)).findFirst()
				.orElseThrow(() -> new AssertionError("the subject is not in the store"));
		Subject subject = asUser("inv01", s -> s.subject(enrolled.id()).orElseThrow());
		assertEquals(SubjectStatus.RANDOMIZED, subject.getStatus());
		assertNotNull(subject.getAllocation(), "allocated from the sealed list");
		assertEquals("inv01", subject.getAllocation().getAllocatedBy().getUsername());
		workbench.snapshot("journey-investigator-randomized");
	}

	/** The enrolment wizard as the investigator fills it in, from inside its dialog. */
	private void enrol(WizardDialog dialog, String number) {
		EnrolmentWizard.ScreeningPage screening = (EnrolmentWizard.ScreeningPage) dialog.getCurrentPage();
		EnrolmentWizard wizard = (EnrolmentWizard) screening.getWizard();
		screening.number().setText(number);
		screening.birthDate().setText("1971-03-14");
		screening.sex().select(0);
		Widgets.click(Widgets.button(dialog.getShell(), "Add to screening log"));
		assertEquals(null, screening.getErrorMessage());
		Widgets.click(Widgets.button(dialog.getShell(), "Next >"));
		EnrolmentWizard.EligibilityPage eligibility = wizard.eligibilityPage();
		assertEquals(eligibility, dialog.getCurrentPage());
		for (var criterion : session.session().protocol().getEligibilityCriteria()) {
			eligibility.answer(criterion.getCode(),
					criterion.getKind() != org.trialbench.protocol.CriterionKind.EXCLUSION);
		}
		eligibility.diagnosis().select(0);
		eligibility.diagnosis().notifyListeners(SWT.Selection, new Event());
		Widgets.click(Widgets.button(dialog.getShell(), "Record eligibility"));
		assertEquals(null, eligibility.getErrorMessage());
		Widgets.click(Widgets.button(dialog.getShell(), "Next >"));
		IWizardPage randomization = dialog.getCurrentPage();
		assertEquals(wizard.randomizationPage(), randomization);
		Widgets.OnDialog confirm = new Widgets.OnDialog("Randomize " + number, question -> Widgets.click(
				Widgets.button(question, "Randomize")));
		Widgets.click(wizard.randomizationPage().randomizeButton());
		assertTrue(confirm.done(), "randomizing asked first");
		assertNotNull(wizard.allocation(), "randomized: " + wizard.randomizationPage().getErrorMessage());
		assertFalse(Widgets.button(dialog.getShell(), "Cancel").isEnabled(), "nothing left to cancel");
		Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
	}

	@Test
	@Order(3)
	void aMonitorVerifiesAValueAndRaisesAQueryThatTheSiteAnswersAndTheMonitorCloses() throws Exception {
		logInAs("monitor1");
		perspective("Monitoring");
		SdvWorklistView worklist = Widgets.first(partControl("org.trialbench.monitoring.ui.part.worklist"),
				SdvWorklistView.class);
		Widgets.await(() -> !worklist.isLoading() && !worklist.loadedRows().isEmpty(), 20_000, "the worklist");
		// the monitor narrows the worklist to the Eckardt forms (the Form filter lists the protocol's forms)
		List<String> forms = session.session().protocol().getForms().stream().map(f -> f.getOid()).toList();
		worklist.chooseForm(1 + forms.indexOf(PoemBtxOids.FORM_ECKARDT));
		Widgets.await(() -> !worklist.shownRows().isEmpty(), 5000, "values to verify (the worklist's first filter)");
		WorklistRow toVerify = worklist.shownRows().get(0);
		assertTrue(toVerify.open(), "the filter shows values still to verify");
		clickRow(worklist, 0);
		Widgets.click(Widgets.button(worklist, "Verify selected (Ctrl+Enter)"));
		String subjectId = toVerify.value().subjectId();
		Widgets.await(() -> audit("monitor1", subjectId).stream().anyMatch(e -> e.objectId().equals(toVerify.id())
				&& e.feature().equals("sdvState") && e.username().equals("monitor1")), 10_000, "the verification");

		// the worklist reloads after the verification, which would drop a selection made meanwhile
		Widgets.await(() -> !worklist.isLoading() && worklist.statusText().contains("Last verification: 1 verified"),
				10_000, "the worklist again: " + worklist.statusText());
		WorklistRow queried = worklist.shownRows().get(0);
		assertEquals(org.trialbench.monitoring.SdvTarget.ITEM, queried.target(), "an Eckardt value");
		clickRow(worklist, 0);
		assertEquals(List.of(queried.id()), worklist.selectedRows().stream().map(WorklistRow::id).toList(),
				"the clicked row is selected; shown " + worklist.shownRows().stream().limit(3).map(WorklistRow::id)
						.toList() + ", " + worklist.statusText() + ", loading " + worklist.isLoading());
		Ui.spin(500);
		assertEquals(List.of(queried.id()), worklist.selectedRows().stream().map(WorklistRow::id).toList(),
				"the selection stays; shown " + worklist.shownRows().stream().limit(3).map(WorklistRow::id).toList()
						+ ", " + worklist.statusText() + ", loading " + worklist.isLoading());
		Widgets.OnDialog question = new Widgets.OnDialog("Raise a query", dialog -> {
			Widgets.first(dialog, Text.class).setText("Dysphagia grade differs from the clinic letter; please check");
			Widgets.click(Widgets.button(dialog, "OK"));
		});
		popup(worklist, "Raise Query...");
		question.await(5000);
		QueryHeader raised = awaitQuery("monitor1", queried.id(), QueryStatus.OPEN);

		logInAs("inv01");
		perspective("Monitoring");
		QueriesView inbox = Widgets.first(partControl("org.trialbench.monitoring.ui.part.queries"), QueriesView.class);
		act(inbox, raised.id(), org.trialbench.clinical.QueryMessageKind.ANSWER, "Checked the clinic letter: the "
				+ "value is right as entered");
		awaitQuery("inv01", queried.id(), QueryStatus.ANSWERED);

		logInAs("monitor1");
		perspective("Monitoring");
		QueriesView monitorInbox = Widgets.first(partControl("org.trialbench.monitoring.ui.part.queries"),
				QueriesView.class);
		act(monitorInbox, raised.id(), org.trialbench.clinical.QueryMessageKind.CLOSE, "Thank you, resolved");
		awaitQuery("monitor1", queried.id(), QueryStatus.CLOSED);
		// the thread shows what happened, although a closed query leaves the list of unresolved ones
		Widgets.await(() -> Widgets.texts(monitorInbox).contains(": closed (3 messages)"), 10_000,
				"the closed thread shown: " + Widgets.texts(monitorInbox));
		Widgets.await(() -> monitorInbox.shownQueries().stream().noneMatch(q -> q.id().equals(raised.id())), 10_000,
				"closed: no longer among the unresolved queries");
		workbench.snapshot("journey-monitor-query-closed");
	}

	@Test
	@Order(4)
	void anAdministratorOpensTheDueAdjudicationCasesAndAnAdjudicatorSignsADecision() throws Exception {
		logInAs("admin");
		Widgets.OnDialog opened = new Widgets.OnDialog("Adjudication cases opened", dialog -> Widgets.click(
				Widgets.button(dialog, "OK")));
		menu("Administration", "Open Adjudication Cases");
		String report = opened.await(30_000);
		assertTrue(report.matches("(?s).*opened [1-9][0-9]* adjudication cases.*"), report);
		String adjudicator = adjudicatorWithWork();
		logInAs(adjudicator);
		perspective("Adjudication");
		Control part = partControl("org.trialbench.adjudication.ui.part.inbox");
		Table cases = Widgets.first(part, Table.class);
		Widgets.await(() -> cases.getItemCount() > 0, 20_000, "cases for " + adjudicator);
		int before = cases.getItemCount();
		long signedBefore = signedBy(adjudicator);
		cases.select(0);
		cases.notifyListeners(SWT.Selection, new Event());
		Button met = Widgets.all(part, Button.class).stream().filter(b -> (b.getStyle() & SWT.RADIO) != 0)
				.findFirst().orElseThrow();
		Widgets.await(() -> !Widgets.texts(part).contains("Select a case"), 10_000, "the case shown");
		Widgets.click(met);
		Widgets.field(part, "Rationale:", Text.class).setText("Eckardt 2 at six months; no re-intervention.");
		Widgets.OnDialog signature = new Widgets.OnDialog(shell -> !Widgets.all(shell, Text.class).isEmpty()
				&& (Widgets.all(shell, Text.class).get(0).getStyle() & SWT.PASSWORD) != 0, dialog -> {
					Widgets.first(dialog, Text.class).setText(DemoUsers.PASSWORD);
					Widgets.click(Widgets.button(dialog, "Sign"));
				});
		Widgets.OnDialog signed = new Widgets.OnDialog("Decision signed", dialog -> Widgets.click(Widgets.button(
				dialog, "OK")));
		Widgets.click(Widgets.button(part, "Sign decision..."));
		signature.await(5000);
		String said = signed.await(20_000);
		assertTrue(said.contains("is signed and stored"), said);
		assertEquals(signedBefore + 1, signedBy(adjudicator), "one more signed review in the store");
		Widgets.await(() -> cases.getItemCount() == before - 1, 10_000, "the signed case left the inbox");
	}

	/** The demo's adjudicator with cases waiting for a decision. */
	private String adjudicatorWithWork() throws Exception {
		for (String adjudicator : List.of("adjudicator1", "adjudicator2", "adjudicator3")) {
			if (!asUser(adjudicator, s -> new org.trialbench.adjudication.ReviewDesk(s).inbox()).isEmpty()) {
				return adjudicator;
			}
		}
		throw new AssertionError("the demo left no case for any adjudicator");
	}

	@Test
	@Order(5)
	void safetyRecordsAnAdverseEventAndCodesItWithMedDra() throws Exception {
		logInAs("safety");
		Path meddra = SyntheticMeddra.writeTo(directory.resolve("meddra"));
		FileFolders.answerNext(meddra);
		Widgets.OnDialog loaded = new Widgets.OnDialog("MedDRA loaded", dialog -> Widgets.click(Widgets.button(
				dialog, "OK")));
		menu("File", "Load MedDRA...");
		String said = loaded.await(20_000);
		assertTrue(said.contains("MedDRA " + SyntheticMeddra.VERSION), said);

		SubjectHeader subject = asUser("safety", s -> s.subjects(SubjectFilter.all())).stream()
				.filter(h -> h.status() == SubjectStatus.RANDOMIZED).findFirst().orElseThrow();
		int eventsBefore = asUser("safety", s -> s.subject(subject.id()).orElseThrow().getAdverseEvents().size());
		selectInNavigator(asUser("safety", s -> s.subject(subject.id()).orElseThrow()).getSite(), subject);
		navigatorMenu("Record Adverse Event...");
		MPart part = workbench.parts().getActivePart();
		assertTrue(part != null && part.getElementId().equals("org.trialbench.safety.ui.partdescriptor.adverseEvent"),
				"Record Adverse Event opened the adverse-event form");
		Control form = (Control) part.getWidget();
		Button save = Widgets.button(form, "Save adverse event");
		Widgets.await(save::isEnabled, 10_000, "the subject read");
		Widgets.field(form, "Verbatim term", Text.class).setText("retrosternal pain after the procedure");
		org.eclipse.swt.widgets.List suggestions = Widgets.field(form, "MedDRA suggestions",
				org.eclipse.swt.widgets.List.class);
		Widgets.await(() -> suggestions.getItemCount() > 0 && suggestions.getItem(0).contains("PT "), 10_000,
				"MedDRA suggestions");
		suggestions.select(0);
		suggestions.notifyListeners(SWT.Selection, new Event());
		Widgets.field(form, "Onset (yyyy-mm-dd)", Text.class).setText(LocalDate.now().minusDays(2).toString());
		Widgets.field(form, "Site aware (yyyy-mm-dd hh:mm, " + java.time.ZoneId.systemDefault() + ")", Text.class)
				.setText(LocalDate.now().minusDays(1) + " 09:30");
		select(Widgets.field(form, "CTCAE v5 grade", Combo.class), 1);
		Widgets.click(save);
		Widgets.await(() -> {
			try {
				return asUser("safety", s -> s.subject(subject.id()).orElseThrow().getAdverseEvents().size())
						> eventsBefore;
			} catch (Exception e) {
				return false;
			}
		}, 10_000, "the adverse event saved: " + Widgets.texts(form));
		AdverseEvent event = asUser("safety", s -> s.subject(subject.id()).orElseThrow().getAdverseEvents()
				.stream().filter(e -> "retrosternal pain after the procedure".equals(e.getVerbatimTerm()))
				.findFirst().orElseThrow());
		assertNotNull(event.getCoding(), "coded with MedDRA");
		assertEquals(SyntheticMeddra.VERSION, event.getCoding().getDictionaryVersion());
		assertEquals("Chest pain", event.getCoding().getPtName());
		workbench.snapshot("journey-safety-coded");
	}

	@Test
	@Order(6)
	void theCommitteeComputesTheTablesOfTheLock() throws Exception {
		logInAs("datamanager");
		perspective("Publication");
		Control publication = partControl("org.trialbench.publication.ui.part.tables");
		Widgets.OnDialog reason = new Widgets.OnDialog("Lock the data", dialog -> Widgets.click(Widgets.button(
				dialog, "OK")));
		Widgets.click(Widgets.button(publication, "Lock data…"));
		reason.await(5000);
		Widgets.await(() -> {
			try {
				return !asUser("datamanager", TrialSession::dataLocks).isEmpty();
			} catch (Exception e) {
				return false;
			}
		}, 60_000, "the data lock");

		logInAs("committee1");
		perspective("Publication");
		Control tables = partControl("org.trialbench.publication.ui.part.tables");
		org.eclipse.swt.widgets.List list = Widgets.first(tables, org.eclipse.swt.widgets.List.class);
		Widgets.await(() -> list.getItemCount() > 0 && Widgets.texts(tables).contains("Tables of data lock"), 60_000,
				"the tables of the lock");
		Button compute = Widgets.button(tables, "Compute tables");
		assertTrue(compute.isEnabled(), "the committee computes once the data are locked");
		String lockId = asUser("committee1", TrialSession::dataLocks).get(0).id();
		assertTrue(Widgets.texts(tables).contains("Tables of data lock " + lockId), Widgets.texts(tables));
		workbench.snapshot("journey-committee-tables");

		// every snapshot offered can be computed: the live data too, or it is not offered
		Combo snapshots = Widgets.field(tables, "Snapshot:", Combo.class);
		int live = java.util.Arrays.asList(snapshots.getItems()).indexOf("live");
		if (live >= 0) {
			select(snapshots, live);
			Widgets.click(compute);
			Widgets.await(() -> Widgets.texts(tables).contains("Tables of NOT LOCKED")
					|| Widgets.texts(tables).contains("Cannot compute"), 60_000, "the tables of the live data");
			assertFalse(Widgets.texts(tables).contains("Cannot compute"), "offered, so it works: "
					+ Widgets.texts(tables));
		}
	}

	// --- what a user does ------------------------------------------------------------------------------------

	/** File > Log Out / Switch User..., the log-in dialog answered with the user's name and password. */
	private void logInAs(String username) {
		Widgets.OnDialog login = new Widgets.OnDialog("Log in to Trialbench", dialog -> {
			org.trialbench.ui.login.LoginDialog form = (org.trialbench.ui.login.LoginDialog) dialog.getData();
			form.usernameField().setText(username);
			form.passwordField().setText(DemoUsers.PASSWORD);
			Widgets.click(Widgets.button(dialog, "Log in"));
		});
		menu("File", "Log Out / Switch User...");
		login.await(5000);
		assertTrue(session.isOpen() && session.session().user().getUsername().equals(username),
				"logged in as " + username);
		Ui.spin(200);
	}

	private MenuItem menuItem(String menu, String item) {
		Menu opened = workbench.openMenu(menu);
		MenuItem found = RealWorkbench.item(opened, item);
		opened.notifyListeners(SWT.Hide, new Event());
		return found;
	}

	/** A menu item chosen: enabled (an action offered works), its handler run. */
	private void menu(String menu, String item) {
		Menu opened = workbench.openMenu(menu);
		MenuItem found = RealWorkbench.item(opened, item);
		assertTrue(found.isEnabled(), menu + " > " + item + " is offered: " + found.getToolTipText());
		opened.notifyListeners(SWT.Hide, new Event());
		found.notifyListeners(SWT.Selection, new Event());
		Ui.spin(100);
	}

	private void perspective(String name) {
		menu("Window", name + " perspective");
		Ui.spin(300);
	}

	private Control partControl(String partId) {
		MPart part = workbench.find(partId, MPart.class);
		workbench.parts().showPart(part, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
		Ui.spin(200);
		assertNotNull(part.getWidget(), partId + " is shown");
		return (Control) part.getWidget();
	}

	/**
	 * Selects the grid's row (0 = the first shown) with the command a click on its first cell issues (the grid is a
	 * NatTable; its position 0 is the header row and column).
	 */
	private static void clickRow(SdvWorklistView worklist, int row) {
		NatTable grid = Widgets.first(worklist, NatTable.class);
		grid.doCommand(new SelectCellCommand(grid, 1, 1 + row, false, false));
		Ui.spin(100);
	}

	private static void popup(SdvWorklistView worklist, String label) {
		Menu menu = Widgets.first(worklist, NatTable.class).getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem item = RealWorkbench.item(menu, label);
		assertTrue(item.isEnabled(), label + " is offered: " + item.getToolTipText());
		item.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/**
	 * Selects the element in the Trial Navigator as a person does: each node of the path (a site, a subject's row,
	 * a visit) expanded in turn, once the navigator has read its children from the store, then the last selected.
	 */
	private void selectInNavigator(Object... path) {
		MPart part = workbench.find("org.trialbench.app.part.navigator", MPart.class);
		workbench.parts().activate(part);
		TreeViewer tree = ((TrialNavigatorPart) part.getObject()).viewer();
		for (int i = 0; i < path.length; i++) {
			Object node = path[i];
			Widgets.await(() -> shown(tree.getTree().getItems(), node), 20_000, "the navigator shows " + node);
			if (i < path.length - 1) {
				tree.expandToLevel(node, 1);
			} else {
				tree.setSelection(new StructuredSelection(node), true);
			}
			Ui.spin(50);
		}
		assertEquals(1, tree.getStructuredSelection().size(), "selected in the navigator");
	}

	private static boolean shown(TreeItem[] items, Object node) {
		for (TreeItem item : items) {
			if (item.getData() != null && NavigatorContent.BY_ID.equals(item.getData(), node)
					|| shown(item.getItems(), node)) {
				return true;
			}
		}
		return false;
	}

	/** The Trial Navigator's context menu item chosen, as a right-click and a click on it do. */
	private void navigatorMenu(String label) {
		MPart part = workbench.find("org.trialbench.app.part.navigator", MPart.class);
		Menu menu = ((TrialNavigatorPart) part.getObject()).viewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // the platform fills the items and updates their enablement
		Ui.spin(100);
		MenuItem item = RealWorkbench.item(menu, label);
		assertTrue(item.isEnabled(), label + " is offered: " + item.getToolTipText());
		menu.notifyListeners(SWT.Hide, new Event());
		item.notifyListeners(SWT.Selection, new Event());
		Ui.spin(300);
	}

	private static SubjectHeader header(Subject subject) {
		return new SubjectHeader(subject.getId(), subject.getScreeningNumber(), null, null, subject.getStatus(), null,
				null, 0);
	}

	/** Chooses the query in the inbox, writes the message and presses the step's button. */
	private static void act(QueriesView inbox, String queryId, org.trialbench.clinical.QueryMessageKind kind,
			String message) {
		Widgets.await(() -> inbox.shownQueries().stream().anyMatch(q -> q.id().equals(queryId)), 10_000,
				"the query in the inbox");
		int index = 0;
		while (!inbox.shownQueries().get(index).id().equals(queryId)) {
			index++;
		}
		inbox.inboxTable().select(index);
		inbox.inboxTable().notifyListeners(SWT.Selection, new Event());
		inbox.replyText().setText(message);
		Button button = inbox.actionButton(kind);
		Widgets.await(button::isEnabled, 5000, kind + " offered: " + button.getToolTipText());
		Widgets.click(button);
	}

	private static void select(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	// --- what the store says ---------------------------------------------------------------------------------

	private interface Read<T> {
		T from(TrialSession session) throws Exception;
	}

	/** Reads the store as that user, in a session of its own. */
	private <T> T asUser(String username, Read<T> read) throws Exception {
		try (TrialSession own = repository.localSession(username)) {
			return read.from(own);
		}
	}

	private List<AuditEntry> audit(String username, String subjectId) {
		try {
			return asUser(username, s -> s.audit().forSubject(subjectId));
		} catch (Exception e) {
			return List.of();
		}
	}

	private QueryHeader awaitQuery(String username, String itemValueId, QueryStatus status) {
		QueryHeader[] found = new QueryHeader[1];
		Widgets.await(() -> {
			try {
				Optional<QueryHeader> query = asUser(username, s -> s.queries(null)).stream()
						.filter(q -> itemValueId.equals(q.targetId()) && q.status() == status).findFirst();
				query.ifPresent(q -> found[0] = q);
				return query.isPresent();
			} catch (Exception e) {
				return false;
			}
		}, 10_000, "a " + status + " query on " + itemValueId);
		return found[0];
	}

	private long signedBy(String adjudicator) throws Exception {
		return asUser(adjudicator, TrialSession::adjudicationCases).stream()
				.flatMap((AdjudicationCase c) -> c.getReviews().stream())
				.filter(r -> r.getAdjudicator() != null && adjudicator.equals(r.getAdjudicator().getUsername())
						&& r.getSignature() != null)
				.count();
	}

	/** An Eckardt form of the site with a dysphagia grade and no signature, read as the investigator. */
	private FormRecord unsignedEckardtForm(String investigator, String siteCode) throws Exception {
		return asUser(investigator, s -> {
			for (SubjectHeader header : s.subjects(SubjectFilter.all())) {
				if (!header.siteCode().equals(siteCode)) {
					continue;
				}
				Subject subject = s.subject(header.id()).orElseThrow();
				Optional<FormRecord> form = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
						.filter(f -> f.getDefinition().getOid().equals(PoemBtxOids.FORM_ECKARDT)
								&& f.getSignature() == null && value(f, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA) != null)
						.findFirst();
				if (form.isPresent()) {
					return form.get();
				}
			}
			throw new AssertionError("the demo has no unsigned Eckardt form at site " + siteCode);
		});
	}

	private static String value(FormRecord form, String itemOid) {
		return form.getItemValues().stream().filter(v -> v.getDefinition().getOid().equals(itemOid))
				.map(ItemValue::getValue).filter(v -> v != null).findFirst().orElse(null);
	}

	private static Control input(MPart part, String itemOid) {
		CrfPart crf = (CrfPart) part.getObject();
		ItemDefinition item = crf.editor().entry().items().stream().filter(i -> i.getOid().equals(itemOid))
				.findFirst().orElseThrow();
		return crf.editor().input(item);
	}

	private static String text(XSSFWorkbook book) {
		StringBuilder all = new StringBuilder();
		book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append(' '))));
		return all.toString();
	}
}
