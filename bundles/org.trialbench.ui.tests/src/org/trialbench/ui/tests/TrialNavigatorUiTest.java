package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.labels.ModelLabels;
import org.trialbench.ui.navigator.NavigatorContent;
import org.trialbench.ui.navigator.NavigatorLabels;
import org.trialbench.ui.navigator.NavigatorNote;
import org.trialbench.ui.navigator.TrialNavigator;
import org.trialbench.ui.session.WorkbenchSession;

/** The Trial Navigator on real SWT widgets over an in-memory trial. */
class TrialNavigatorUiTest {
	private static final long WAIT = 5000;

	private Shell shell;
	private PoemTrial data;
	private InMemoryRepository repository;
	private InMemorySession session;
	private WorkbenchSession workbench;
	private ModelLabels emfEdit;

	@BeforeEach
	void openTrial() throws Exception {
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(500, 700);
		data = new PoemTrial();
		repository = new InMemoryRepository(data);
		workbench = WorkbenchSession.connected(repository);
		session = (InMemorySession) repository.localSession("ada");
		workbench.open(session);
		emfEdit = new ModelLabels();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		emfEdit.dispose();
		Ui.spin(20);
	}

	private TrialNavigator navigator() {
		TrialNavigator navigator = new TrialNavigator(shell, workbench);
		shell.layout();
		shell.open();
		Tree tree = navigator.viewer().getTree();
		assertTrue(Ui.spinUntil(() -> tree.getItemCount() > 0 && !Ui.loading(tree.getItems()), WAIT),
				"sites appear: " + Ui.texts(tree));
		return navigator;
	}

	private static TreeItem expand(TreeItem item) {
		Ui.expand(item);
		assertTrue(Ui.spinUntil(() -> item.getItemCount() > 0 && !Ui.loading(item.getItems()), WAIT),
				item.getText() + " shows its children: " + Ui.texts(item));
		return item;
	}

	@Test
	void showsSitesSubjectsVisitsAndFormsWithEmfEditLabels() {
		TrialNavigator navigator = navigator();
		Tree tree = navigator.viewer().getTree();
		assertEquals(List.of("01 Munich", "02 Vienna"), Ui.texts(tree));
		assertEquals(List.of(emfEdit.getText(data.munich), emfEdit.getText(data.vienna)), Ui.texts(tree));
		assertNotNull(tree.getItem(0).getImage(), "EMF.Edit gives sites an icon");

		TreeItem munich = expand(tree.getItem(0));
		assertEquals(List.of("01-0001  randomized", "01-0002  screen failed", "01-0003  randomized"),
				Ui.texts(munich));
		TreeItem subject = expand(Ui.item(munich.getItems(), "01-0003  randomized"));
		assertSame(Icons.get(Icons.SUBJECT), subject.getImage());
		var record = data.subject("01-0003");
		assertEquals(List.of(emfEdit.getText(record.getVisits().get(0)), emfEdit.getText(record.getVisits().get(1))),
				Ui.texts(subject));
		TreeItem visit = expand(subject.getItem(0));
		assertEquals(List.of(emfEdit.getText(record.getVisits().get(0).getForms().get(0)),
				emfEdit.getText(record.getVisits().get(0).getForms().get(1))), Ui.texts(visit));
		assertNotNull(visit.getImage());
		assertNotNull(visit.getItem(0).getImage());
	}

	@Test
	void visitAndFormLabelsNameTheirDefinitions() {
		var visits = data.subject("01-0001").getVisits();
		assertEquals("Screening (2026-01-12)", emfEdit.getText(visits.get(0)));
		assertEquals("Month 3", emfEdit.getText(visits.get(1)));
		assertEquals("Eckardt score", emfEdit.getText(visits.get(0).getForms().get(0)));
		assertEquals("01 Munich", emfEdit.getText(data.munich));
	}

	@Test
	void readsASitesSubjectRowsWhenItIsExpandedAndASubjectsRecordOnlyWhenThatIsExpanded() {
		TrialNavigator navigator = navigator();
		Tree tree = navigator.viewer().getTree();
		Ui.spin(100);
		assertEquals(List.of(), session.rowReads, "no subject rows before a site is expanded");
		assertEquals(List.of(), session.recordReads, "no record before a subject is expanded");

		TreeItem munich = expand(tree.getItem(0));
		assertEquals(1, session.rowReads.size());
		SubjectFilter read = session.rowReads.get(0);
		assertEquals(data.munich.getId(), read.siteId(), "rows are read per site, never for the whole trial");
		assertEquals(NavigatorContent.PAGE, read.limit(), "and a page at a time");
		Ui.spin(100);
		assertEquals(List.of(), session.recordReads, "expanding a site reads no subject record");

		expand(Ui.item(munich.getItems(), "01-0001  randomized"));
		assertEquals(List.of("SU-01-0001"), session.recordReads);
		expand(Ui.item(munich.getItems(), "01-0003  randomized"));
		assertEquals(List.of("SU-01-0001", "SU-01-0003"), session.recordReads, "one record per expanded subject");
		Ui.spin(100);
		assertEquals(1, session.rowReads.size());
	}

	@Test
	void aLargeSiteIsReadAPageAtATime() {
		for (int i = 1; i <= 1203; i++) {
			data.add(data.vienna, String.format("02-%04d", 100 + i), SubjectStatus.RANDOMIZED, false);
		}
		TrialNavigator navigator = navigator();
		TreeItem vienna = expand(navigator.viewer().getTree().getItem(1));
		assertEquals(NavigatorContent.PAGE + 1, vienna.getItemCount(), "a page of subjects and a note for more");
		TreeItem more = vienna.getItem(NavigatorContent.PAGE);
		assertEquals("Show 500 more of 704 not shown (double-click)", more.getText());

		navigator.open(more.getData());
		assertTrue(Ui.spinUntil(() -> vienna.getItemCount() == 2 * NavigatorContent.PAGE + 1, WAIT),
				"the next page is appended: " + vienna.getItemCount());
		assertEquals("Show the remaining 204 (double-click)", vienna.getItem(2 * NavigatorContent.PAGE).getText());
		assertEquals(2, session.rowReads.size());
		assertEquals(NavigatorContent.PAGE, session.rowReads.get(1).offset());
		assertEquals(List.of(), session.recordReads);
	}

	@Test
	void screenFailedSubjectsAreGreyedWithTheirOwnIcon() {
		TrialNavigator navigator = navigator();
		TreeItem munich = expand(navigator.viewer().getTree().getItem(0));
		TreeItem failed = Ui.item(munich.getItems(), "01-0002  screen failed");
		assertSame(Icons.get(Icons.SCREEN_FAILED), failed.getImage());
		assertEquals(NavigatorLabels.greyed(), failed.getForeground(0));
		TreeItem randomized = Ui.item(munich.getItems(), "01-0001  randomized");
		assertTrue(!NavigatorLabels.greyed().equals(randomized.getForeground(0)), "others are not greyed");
	}

	@Test
	void theFilterShowsSubjectsWhoseScreeningNumberContainsIt() {
		TrialNavigator navigator = navigator();
		Tree tree = navigator.viewer().getTree();

		navigator.filter("01-000");
		assertTrue(Ui.spinUntil(() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 3
				&& !Ui.loading(tree.getItem(0).getItems()), WAIT), "only Munich, expanded: " + Ui.texts(tree));
		assertEquals("01 Munich", tree.getItem(0).getText());
		assertTrue(tree.getItem(0).getExpanded());

		navigator.filter("01-0002");
		assertTrue(Ui.spinUntil(() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1
				&& !Ui.loading(tree.getItem(0).getItems()), WAIT), Ui.texts(tree).toString());
		assertEquals(List.of("01-0002  screen failed"), Ui.texts(tree.getItem(0)));

		navigator.filter("0003");
		assertTrue(Ui.spinUntil(() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1
				&& !Ui.loading(tree.getItem(0).getItems()), WAIT), Ui.texts(tree).toString());
		assertEquals(List.of("01-0003  randomized"), Ui.texts(tree.getItem(0)), "any part of the number matches");

		navigator.filter("2-");
		assertTrue(Ui.spinUntil(() -> tree.getItemCount() == 1 && "02 Vienna".equals(tree.getItem(0).getText())
				&& tree.getItem(0).getItemCount() == 1 && !Ui.loading(tree.getItem(0).getItems()), WAIT),
				Ui.texts(tree).toString());
		assertEquals(List.of("02-0001  screening"), Ui.texts(tree.getItem(0)));

		navigator.filter("99");
		assertTrue(Ui.spinUntil(() -> Ui.texts(tree).equals(List.of("No subject's screening number contains 99")),
				WAIT), Ui.texts(tree).toString());

		navigator.filter("");
		assertTrue(Ui.spinUntil(() -> Ui.texts(tree).equals(List.of("01 Munich", "02 Vienna")), WAIT),
				Ui.texts(tree).toString());
		assertTrue(session.rowReads.stream().allMatch(f -> f.siteId() != null), "filtering reads per site too");
	}

	@Test
	void typingInTheFilterBoxFiltersAfterAPause() {
		TrialNavigator navigator = navigator();
		Tree tree = navigator.viewer().getTree();
		navigator.filterBox().setText("02-");
		assertTrue(Ui.spinUntil(() -> Ui.texts(tree).equals(List.of("02 Vienna")), WAIT), Ui.texts(tree).toString());
	}

	@Test
	void aCommitRefreshesWhatChangedAndKeepsExpandedNodesExpanded() {
		TrialNavigator navigator = navigator();
		Tree tree = navigator.viewer().getTree();
		TreeItem munich = expand(tree.getItem(0));
		TreeItem subject = expand(Ui.item(munich.getItems(), "01-0001  randomized"));
		expand(subject.getItem(0));
		assertEquals(2, subject.getItemCount());

		var record = data.subject("01-0001");
		record.setStatus(SubjectStatus.WITHDRAWN);
		PoemTrial.visit(record, data.month3, null, VisitStatus.PLANNED).setOccurrence(2);
		session.commit(Set.of(record.getId()));

		assertTrue(Ui.spinUntil(() -> Ui.texts(tree.getItem(0)).contains("01-0001  withdrawn"), WAIT),
				Ui.texts(tree.getItem(0)).toString());
		TreeItem refreshed = Ui.item(tree.getItem(0).getItems(), "01-0001  withdrawn");
		assertTrue(Ui.spinUntil(() -> refreshed.getItemCount() == 3, WAIT), Ui.texts(refreshed).toString());
		assertTrue(tree.getItem(0).getExpanded(), "the site stays expanded");
		assertTrue(refreshed.getExpanded(), "the subject stays expanded");
		assertTrue(refreshed.getItem(0).getExpanded(), "its screening visit stays expanded");
		assertEquals(List.of("SU-01-0001", "SU-01-0001"), session.recordReads, "only the changed record is read again");
	}

	@Test
	void openingAFormHandsItToTheFormOpener() {
		TrialNavigator navigator = navigator();
		AtomicReference<FormRecord> opened = new AtomicReference<>();
		navigator.onOpenForm(opened::set);
		Tree tree = navigator.viewer().getTree();
		TreeItem subject = expand(Ui.item(expand(tree.getItem(0)).getItems(), "01-0003  randomized"));
		TreeItem form = expand(subject.getItem(0)).getItem(0);

		navigator.viewer().setSelection(new StructuredSelection(form.getData()));
		Event doubleClick = new Event();
		doubleClick.item = form;
		tree.notifyListeners(SWT.DefaultSelection, doubleClick);
		assertNotNull(opened.get(), "double-click opens the form");
		assertEquals("SU-01-0003-VI.SCREENING-FO.ECKARDT", opened.get().getId());
		assertEquals("01-0003", opened.get().getVisit().getSubject().getScreeningNumber());
	}

	@Test
	void saysWhenNoTrialStoreIsOpen() {
		workbench = WorkbenchSession.failed("no trial store implementation is installed");
		TrialNavigator navigator = navigator();
		assertEquals(List.of("No trial is open", "No trial store implementation is installed"),
				Ui.texts(navigator.viewer().getTree()));
	}

	@Test
	void saysHowToFillAnEmptyStore() {
		repository.empty = true;
		workbench = WorkbenchSession.connected(repository);
		TrialNavigator navigator = navigator();
		assertEquals(List.of("No trial is open", "The store is empty: run ./trialbench demo to create a demo trial"),
				Ui.texts(navigator.viewer().getTree()));
	}

	@Test
	void offersToLogInWhenNobodyIs() {
		workbench = WorkbenchSession.connected(repository);
		TrialNavigator navigator = navigator();
		AtomicBoolean asked = new AtomicBoolean();
		navigator.onLogin(() -> asked.set(true));
		Tree tree = navigator.viewer().getTree();
		assertEquals(List.of("Not logged in to the embedded store /tmp/trialbench-test/store: double-click to log in"),
				Ui.texts(tree));
		assertEquals(NavigatorNote.Kind.LOGIN, ((NavigatorNote) tree.getItem(0).getData()).kind());
		navigator.open(tree.getItem(0).getData());
		assertTrue(asked.get());
	}

	@Test
	void showsTheTrialOnceTheStoreOpensInTheBackground() throws Exception {
		workbench = WorkbenchSession.connecting();
		TrialNavigator navigator = new TrialNavigator(shell, workbench);
		shell.layout();
		shell.open();
		Tree tree = navigator.viewer().getTree();
		assertEquals(List.of("Opening the trial store..."), Ui.texts(tree));
		Thread opening = new Thread(() -> {
			workbench.connect(repository);
			try {
				workbench.open(repository.localSession("ivan"));
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		opening.start();
		assertTrue(Ui.spinUntil(() -> Ui.texts(tree).equals(List.of("01 Munich", "02 Vienna")), WAIT),
				Ui.texts(tree).toString());
		expand(tree.getItem(0));
		assertEquals(1, repository.lastSession.rowReads.size(), "read through the session opened later");
		assertEquals("ivan", repository.lastSession.user().getUsername());
	}
}
