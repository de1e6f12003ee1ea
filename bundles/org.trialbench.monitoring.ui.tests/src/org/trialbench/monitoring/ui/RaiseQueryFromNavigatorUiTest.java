package org.trialbench.monitoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Raise Query in the Trial Navigator's context menu: offered on a form to those who raise queries, disabled with the
 * reason otherwise; the dialog lists the form's values and raises the query on the chosen one.
 */
class RaiseQueryFromNavigatorUiTest {

	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();
	private Shell shell;

	@BeforeEach
	void open() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(1, 6, 2026).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
		shell.setBounds(0, 0, 900, 600);
	}

	@AfterEach
	void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	private WorkbenchSession as(String user) throws Exception {
		TrialSession session = repository.localSession(user);
		sessions.add(session);
		WorkbenchSession workbench = WorkbenchSession.connected(repository);
		workbench.open(session);
		return workbench;
	}

	private static MHandledMenuItem item() {
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		item.setTooltip("A query on one of the selected form's values, for the site to answer");
		return item;
	}

	/** A form of site 01 with entered values, as the navigator shows it to the user. */
	private static FormRecord formWithValues(TrialSession session) throws Exception {
		for (var header : session.subjects(SubjectFilter.all())) {
			Subject subject = session.subject(header.id()).orElseThrow();
			for (var visit : subject.getVisits()) {
				for (FormRecord form : visit.getForms()) {
					if (QueryDesk.queryable(form).size() >= 2) {
						return form;
					}
				}
			}
		}
		throw new AssertionError("the demo has forms with values");
	}

	@Test
	void offeredOnAFormToThoseWhoRaiseQueriesAndDisabledWithTheReasonOtherwise() throws Exception {
		RaiseQueryHandler handler = new RaiseQueryHandler();
		WorkbenchSession monitor = as("monitor1");
		FormRecord form = formWithValues(monitor.session());
		MHandledMenuItem item = item();

		assertTrue(handler.canExecute(form, monitor, item));
		assertEquals("A query on one of the selected form's values, for the site to answer", item.getTooltip());

		assertFalse(handler.canExecute(form.getVisit(), monitor, item), "a visit is not a form");
		assertEquals("Not available: select a form in the Trial Navigator first (a query is raised on one of its "
				+ "values)", item.getTooltip());

		WorkbenchSession investigator = as("inv01");
		assertFalse(handler.canExecute(formWithValues(investigator.session()), investigator, item));
		assertEquals("Not available: monitors, data managers and safety staff raise queries; sites answer them",
				item.getTooltip());
	}

	@Test
	void theDialogRaisesTheQueryOnTheChosenValue() throws Exception {
		WorkbenchSession monitor = as("monitor1");
		FormRecord form = formWithValues(monitor.session());
		List<ItemValue> values = QueryDesk.queryable(form);
		ItemValue chosen = values.get(1);
		shell.open();
		RaiseQueryDialog dialog = new RaiseQueryDialog(shell, monitor.session(), form);
		dialog.setBlockOnOpen(false);
		dialog.open();
		spin(100);
		assertEquals(values.size(), dialog.valueList().getItemCount(), "every entered value of the form");
		assertTrue(dialog.valueList().getItem(1).startsWith(chosen.getDefinition().getName() + ": "),
				dialog.valueList().getItem(1));
		assertFalse(dialog.raiseButton().isEnabled(), "no query without a question");
		dialog.valueList().select(1);
		dialog.questionText().setText("The source document shows a different value; please check.");
		spin(20);
		assertTrue(dialog.raiseButton().isEnabled());
		dialog.raiseButton().notifyListeners(SWT.Selection, new Event());
		spin(50);
		assertNotNull(dialog.raisedQueryId(), "raised");
		String subjectId = form.getVisit().getSubject().getId();
		Subject stored = monitor.session().subject(subjectId).orElseThrow();
		Query query = stored.getVisits().stream().flatMap(v -> v.getForms().stream())
				.flatMap(f -> f.getItemValues().stream()).filter(v -> v.getId().equals(chosen.getId()))
				.flatMap(v -> v.getQueries().stream()).filter(q -> q.getId().equals(dialog.raisedQueryId()))
				.findFirst().orElseThrow();
		assertEquals("monitor1", query.getRaisedBy().getUsername());
		assertEquals("The source document shows a different value; please check.",
				query.getMessages().get(0).getText());
	}

	@Test
	void aProblemInAMonitoringViewIsALineAboveItNotAPopUp() throws Exception {
		WorkbenchSession monitor = as("monitor1");
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		QueriesPart part = new QueriesPart(monitor);
		org.eclipse.swt.widgets.Composite parent = new org.eclipse.swt.widgets.Composite(shell, SWT.NONE);
		part.createControls(parent);
		shell.open();
		spin(100);
		int shells = Display.getDefault().getShells().length;
		assertEquals("", part.shownProblem(), "no problem, no line");
		part.problem("Select a query in the list first");
		spin(50);
		assertEquals(shells, Display.getDefault().getShells().length, "no modal dialog opened");
		assertEquals("Select a query in the list first", part.shownProblem());
		part.dispose();
	}

	private static void spin(long millis) {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
				display.timerExec(10, () -> {
				});
			}
		}
	}
}
