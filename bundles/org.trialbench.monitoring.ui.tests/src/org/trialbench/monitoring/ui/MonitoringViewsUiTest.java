package org.trialbench.monitoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.SdvState;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.monitoring.QueryDesk;
import org.trialbench.monitoring.SdvWorklist;
import org.trialbench.monitoring.WorklistColumn;
import org.trialbench.monitoring.WorklistFilter;
import org.trialbench.monitoring.WorklistRow;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The monitoring views on real SWT widgets (Xvfb in CI) over a real embedded store with a generated demo trial of
 * three sites: the worklist filtered, sorted, navigated by keyboard and verified in bulk; a query thread; the
 * dashboard. Each test saves a screenshot under target/screenshots.
 */
class MonitoringViewsUiTest {

	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();
	private Shell shell;
	private final List<String> problems = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(3, 90, 2026).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1500, 900);
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		// a view's reading job may still be on the store (showThread schedules one as a test ends): the store closes
		// after it, or H2 writes its trace file into the folder JUnit is deleting
		assertTrue(spinUntil(MonitoringViewsUiTest::noJobRunning, 30_000), "the views' jobs end");
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	private TrialSession as(String user) throws Exception {
		TrialSession session = repository.localSession(user);
		sessions.add(session);
		return session;
	}

	/**
	 * A reload (another user's commit, the part's refresh after one's own) keeps the rows the monitor has selected,
	 * so that Raise Query or Verify right after it acts on them; several reloads asked for at once show the last.
	 */
	@Test
	void theWorklistKeepsTheSelectionOverReloads() throws Exception {
		SdvWorklistView view = new SdvWorklistView(shell, as("monitor1"), problems::add);
		shell.open();
		assertTrue(spinUntil(() -> !view.isLoading() && !view.shownRows().isEmpty(), 30_000), "the worklist loads");
		view.grid().selectRows(1, 2);
		List<String> chosen = view.selectedRows().stream().map(WorklistRow::id).toList();
		assertEquals(view.shownRows().subList(1, 3).stream().map(WorklistRow::id).toList(), chosen);
		view.load();
		view.load();
		assertTrue(view.isLoading(), "loading until the last load asked for arrives");
		assertTrue(spinUntil(() -> !view.isLoading(), 30_000), "the reloads end");
		spin(200);
		assertEquals(chosen, view.selectedRows().stream().map(WorklistRow::id).toList(), "still selected");
		assertEquals(null, view.raiseReason(view.selectedRows().subList(0, 1)));
		assertTrue(problems.isEmpty(), problems.toString());
	}

	/**
	 * A burst of commits refreshes a monitoring part at once and then once more after its last commit: the view never
	 * stays on data older than the last commit (it did: commits within a second of a refresh were dropped).
	 */
	@Test
	void aBurstOfCommitsRefreshesThePartAtOnceAndAfterTheLastCommit() throws Exception {
		// the workbench session closes it (a session closed twice would make H2 write into the deleted folder)
		TrialSession monitor = repository.localSession("monitor1");
		org.trialbench.ui.session.WorkbenchSession workbench = org.trialbench.ui.session.WorkbenchSession
				.connected(repository);
		workbench.open(monitor);
		List<Long> refreshes = new ArrayList<>();
		SessionPart<Composite> part = new SessionPart<>(workbench) {
			@Override
			Composite create(Composite parent, TrialSession session) {
				return new Composite(parent, SWT.NONE);
			}

			@Override
			void refresh(Composite view) {
				refreshes.add(System.currentTimeMillis());
			}
		};
		part.createControls(new Composite(shell, SWT.NONE));
		List<WorklistRow> open = SdvWorklist.load(monitor, monitor.visibleSites().get(0).getId(),
				new NullProgressMonitor()).stream().filter(WorklistRow::open).limit(3).toList();
		assertEquals(3, open.size());
		long lastCommit = 0;
		for (WorklistRow row : open) {
			new org.trialbench.monitoring.SourceDataVerification().verify(monitor, List.of(row), "checked at the site",
					new NullProgressMonitor());
			lastCommit = System.currentTimeMillis();
			spin(150);
		}
		long last = lastCommit;
		assertTrue(spinUntil(() -> !refreshes.isEmpty() && refreshes.get(refreshes.size() - 1) >= last, 3000),
				"refreshed after the last commit: " + refreshes + ", last commit " + last);
		int after = refreshes.size();
		spin(1500);
		assertEquals(after, refreshes.size(), "nothing more without another commit: " + refreshes);
		assertTrue(refreshes.size() >= 2 && refreshes.size() < open.size(), "a burst of " + open.size()
				+ " commits refreshes at once and after its last, not at each: " + refreshes);
		for (int i = 1; i < refreshes.size(); i++) {
			assertTrue(refreshes.get(i) - refreshes.get(i - 1) >= 900, "a second apart at least: " + refreshes);
		}
		part.dispose();
		workbench.close();
	}

	@Test
	void theWorklistFiltersSortsNavigatesByKeyboardAndVerifiesInBulk() throws Exception {
		shell.setText("SDV Worklist");
		SdvWorklistView view = new SdvWorklistView(shell, as("monitor1"), problems::add);
		shell.open();
		assertTrue(spinUntil(() -> !view.loadedRows().isEmpty(), 30_000), "the worklist loads");
		assertTrue(view.loadedRows().stream().allMatch(r -> r.value().siteCode().equals("01")));
		List<WorklistRow> toVerify = view.shownRows();
		assertFalse(toVerify.isEmpty());
		assertTrue(toVerify.stream().allMatch(WorklistRow::open), "opens on what is left to verify");

		String subject = toVerify.get(toVerify.size() - 1).value().screeningNumber();
		view.typeSubject(subject);
		spin(100);
		assertTrue(view.shownRows().stream().allMatch(r -> r.value().screeningNumber().equals(subject)));
		view.typeSubject("");
		spin(100);

		view.grid().sortBy(WorklistColumn.SUBJECT, SortDirectionEnum.DESC);
		List<WorklistRow> sorted = view.shownRows();
		for (int i = 1; i < sorted.size(); i++) {
			assertTrue(sorted.get(i - 1).value().screeningNumber().compareTo(sorted.get(i).value().screeningNumber()) >= 0);
		}

		// keyboard: the selection moves down with the arrow key and grows with Shift
		view.grid().selectRows(0, 0);
		view.grid().control().setFocus();
		key(view.grid().control(), SWT.ARROW_DOWN, SWT.NONE);
		key(view.grid().control(), SWT.ARROW_DOWN, SWT.SHIFT);
		key(view.grid().control(), SWT.ARROW_DOWN, SWT.SHIFT);
		List<WorklistRow> selected = view.grid().selected();
		assertEquals(sorted.subList(1, 4).stream().map(WorklistRow::id).toList(),
				selected.stream().map(WorklistRow::id).toList(), "rows 2 to 4 after Down, Shift+Down, Shift+Down");

		// Ctrl+Enter verifies the selection in one commit and the grid reloads
		int before = view.loadedRows().size();
		key(view.grid().control(), SWT.CR, SWT.MOD1);
		assertTrue(spinUntil(() -> view.statusText().contains("Last verification: 3 verified"), 30_000), view.statusText());
		assertTrue(spinUntil(() -> view.loadedRows().stream().filter(r -> selected.stream()
				.anyMatch(s -> s.id().equals(r.id()))).allMatch(r -> r.state() == SdvState.VERIFIED), 30_000));
		assertEquals(before, view.loadedRows().size());
		assertTrue(problems.isEmpty(), problems.toString());

		view.chooseState(1); // all states, so that the colours of every state show
		spin(300);
		var table = view.grid().control();
		assertTrue(table.getRowCount() > 1 && table.getColumnCount() == WorklistColumn.values().length + 1);
		table.redraw();
		table.update();
		assertRowsPainted(table, 5);
		screenshot("sdv-worklist");
	}

	@Test
	void fromTheWorklistAMonitorOpensAFormByDoubleClickAndRaisesAQueryFromTheContextMenu() throws Exception {
		TrialSession monitor = as("monitor1");
		SdvWorklistView view = new SdvWorklistView(shell, monitor, problems::add);
		List<WorklistRow> opened = new ArrayList<>();
		view.onOpenForm(opened::add);
		shell.open();
		assertTrue(spinUntil(() -> !view.loadedRows().isEmpty(), 30_000), "the worklist loads");
		int index = 0;
		while (view.shownRows().get(index).target() != org.trialbench.monitoring.SdvTarget.ITEM) {
			index++;
		}
		WorklistRow row = view.shownRows().get(index);
		view.grid().selectRows(index, index);
		view.grid().control().notifyListeners(SWT.MouseDoubleClick, new Event());
		assertEquals(List.of(row.id()), opened.stream().map(WorklistRow::id).toList(), "double-click opens its form");

		org.eclipse.swt.widgets.Menu menu = view.grid().control().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			items.add(item.getText() + (item.isEnabled() ? "" : " (disabled)"));
		}
		assertEquals(List.of("Open Form", "Raise Query...", "Verify Selected\tCtrl+Enter"), items);

		view.raiseQuery(row, "The chart says otherwise; please check.");
		String siteId = monitor.visibleSites().get(0).getId();
		assertTrue(spinUntil(() -> {
			try {
				return monitor.queries(siteId).stream().anyMatch(q -> q.targetId().equals(row.id()));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, 30_000), "the query is raised on the row's value");
		assertTrue(problems.isEmpty(), problems.toString());
		assertEquals("Monitors, data managers and safety staff raise queries",
				new SdvWorklistView(shell, as("inv01"), problems::add).raiseReason(List.of(row)));
	}

	@Test
	void anInvestigatorCannotVerifyFromTheWorklist() throws Exception {
		SdvWorklistView view = new SdvWorklistView(shell, as("inv01"), problems::add);
		shell.open();
		assertTrue(spinUntil(() -> !view.loadedRows().isEmpty(), 30_000));
		view.grid().selectRows(0, 1);
		key(view.grid().control(), SWT.CR, SWT.MOD1);
		assertTrue(spinUntil(() -> !problems.isEmpty(), 30_000));
		assertTrue(problems.get(0).contains("Only monitors verify"), problems.get(0));
	}

	/** The answer below corrects the value: under a standing form signature the store refuses that (schema 17). */
	private static boolean onAnUnsignedForm(TrialSession session, WorklistRow row) {
		try {
			for (var it = session.subject(row.value().subjectId()).orElseThrow().eAllContents(); it.hasNext();) {
				if (it.next() instanceof org.trialbench.clinical.ItemValue value && value.getId().equals(row.id())) {
					return value.getForm().getSignature() == null;
				}
			}
			return false;
		} catch (org.trialbench.repository.StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aQueryThreadShowsWhoWroteWhatWhen() throws Exception {
		TrialSession monitor = as("monitor1");
		TrialSession investigator = as("inv01");
		WorklistRow row = WorklistFilter.open().apply(SdvWorklist.load(monitor,
				monitor.trial().getSites().get(0).getId(), new NullProgressMonitor())).stream()
				.filter(r -> r.target() == org.trialbench.monitoring.SdvTarget.ITEM && onAnUnsignedForm(monitor, r))
				.findFirst().orElseThrow();
		Instant raised = Instant.parse("2026-11-20T09:30:00Z");
		String queryId = new QueryDesk(Clock.fixed(raised, ZoneOffset.UTC)).raise(monitor, row.value().subjectId(),
				row.id(), "The source document shows a different value; please check.");
		new QueryDesk(Clock.fixed(raised.plusSeconds(26 * 3600), ZoneOffset.UTC)).answer(investigator,
				row.value().subjectId(), queryId, "Checked against the clinic chart: corrected.", "2");

		shell.setText("Queries");
		QueriesView view = new QueriesView(shell, monitor, problems::add);
		shell.open();
		assertTrue(spinUntil(() -> view.shownQueries().stream().anyMatch(q -> q.id().equals(queryId)), 30_000));
		int index = 0;
		for (QueryHeader header : view.shownQueries()) {
			if (header.id().equals(queryId)) {
				break;
			}
			index++;
		}
		view.inboxTable().select(index);
		view.inboxTable().showSelection();
		view.showThread(view.shownQueries().get(index));
		assertTrue(spinUntil(() -> view.threadTable().getItemCount() == 2, 30_000));
		assertEquals("2026-11-20 09:30", view.threadTable().getItem(0).getText(0));
		assertTrue(view.threadTable().getItem(0).getText(1).contains("monitor1"));
		assertEquals("raise", view.threadTable().getItem(0).getText(2));
		assertTrue(view.threadTable().getItem(1).getText(1).contains("inv01"));
		GC gc = new GC(view.inboxTable());
		try {
			for (org.eclipse.swt.widgets.TableColumn column : view.inboxTable().getColumns()) {
				assertTrue(column.getWidth() >= gc.textExtent(column.getText()).x,
						"the header \"" + column.getText() + "\" is not cut off: " + column.getWidth());
			}
		} finally {
			gc.dispose();
		}
		assertEquals("2026-11-21 11:30", view.threadTable().getItem(1).getText(0));
		assertFalse(button(view, "Answer").isEnabled(), "a monitor does not answer");
		view.replyText().setText("Thank you; closing.");
		assertTrue(button(view, "Close").isEnabled());
		spin(300);
		screenshot("query-thread");

		Shell other = new Shell(Display.getDefault());
		other.setLayout(new FillLayout());
		QueriesView site = new QueriesView(other, investigator, problems::add);
		assertFalse(button(site, "Close").isEnabled(), "an investigator does not close");
		assertFalse(button(site, "Re-open").isEnabled());
		assertFalse(button(site, "Answer").isEnabled(), "no query chosen yet");
		assertFalse(button(site, "Close").isEnabled());
		assertEquals("Choose a query in the list first", button(site, "Answer").getToolTipText());
		other.dispose();
	}

	@Test
	void closeAndReopenFollowTheChosenQueryAndSayWhyWhenDisabled() throws Exception {
		TrialSession monitor = as("monitor1");
		TrialSession investigator = as("inv01");
		WorklistRow row = WorklistFilter.open().apply(SdvWorklist.load(monitor,
				monitor.trial().getSites().get(0).getId(), new NullProgressMonitor())).stream()
				.filter(r -> r.target() == org.trialbench.monitoring.SdvTarget.ITEM).findFirst().orElseThrow();
		QueryDesk desk = new QueryDesk();
		String queryId = desk.raise(monitor, row.value().subjectId(), row.id(), "Please check the value.");
		desk.answer(investigator, row.value().subjectId(), queryId, "Checked: it is right.", null);

		QueriesView view = new QueriesView(shell, monitor, problems::add);
		shell.open();
		assertTrue(spinUntil(() -> view.shownQueries().stream().anyMatch(q -> q.id().equals(queryId)), 30_000));
		Button close = view.actionButton(org.trialbench.clinical.QueryMessageKind.CLOSE);
		Button reopen = view.actionButton(org.trialbench.clinical.QueryMessageKind.REOPEN);
		assertFalse(close.isEnabled(), "nothing chosen: nothing to close");
		assertEquals("Choose a query in the list first", close.getToolTipText());
		assertFalse(reopen.isEnabled());

		int index = indexOf(view, queryId);
		view.inboxTable().select(index);
		view.inboxTable().notifyListeners(SWT.Selection, new Event());
		assertFalse(close.isEnabled(), "no message yet");
		assertEquals("Write the message first; it goes into the query's thread", close.getToolTipText());
		view.replyText().setText("Agreed with the chart; closing.");
		assertTrue(close.isEnabled(), "an answered query can be closed");
		assertTrue(reopen.isEnabled(), "or re-opened");

		close.notifyListeners(SWT.Selection, new Event());
		assertTrue(spinUntil(() -> view.shownQueries().stream().noneMatch(q -> q.id().equals(queryId)), 30_000),
				"closed: no longer unresolved");
		view.showThread(monitor.queries(monitor.trial().getSites().get(0).getId()).stream()
				.filter(q -> q.id().equals(queryId)).findFirst().orElseThrow());
		view.replyText().setText("Another look");
		assertFalse(close.isEnabled(), "a closed query is not closed again");
		assertEquals("The query is closed already", close.getToolTipText());
		assertTrue(reopen.isEnabled(), "a closed query can be re-opened");
		assertTrue(problems.isEmpty(), problems.toString());
	}

	/**
	 * The site answering a query on a signed form is told before typing that the answer cannot correct the value
	 * (the signature covers it), who signed and what a correction takes; on an unsigned form the field is offered.
	 */
	@Test
	void aQueryOnASignedFormSaysTheAnswerCannotCorrectIt() throws Exception {
		TrialSession monitor = as("monitor1");
		TrialSession investigator = as("inv01");
		List<WorklistRow> rows = SdvWorklist.load(monitor, monitor.trial().getSites().get(0).getId(),
				new NullProgressMonitor()).stream().filter(r -> r.target() == org.trialbench.monitoring.SdvTarget.ITEM)
				.toList();
		WorklistRow onSigned = rows.stream().filter(r -> !onAnUnsignedForm(monitor, r)).findFirst().orElseThrow();
		WorklistRow onUnsigned = rows.stream().filter(r -> onAnUnsignedForm(monitor, r)).findFirst().orElseThrow();
		QueryDesk desk = new QueryDesk();
		String signedQuery = desk.raise(monitor, onSigned.value().subjectId(), onSigned.id(), "Please check.");
		String unsignedQuery = desk.raise(monitor, onUnsigned.value().subjectId(), onUnsigned.id(), "Please check.");

		shell.setText("Queries");
		QueriesView view = new QueriesView(shell, investigator, problems::add);
		shell.open();
		assertTrue(spinUntil(() -> view.shownQueries().stream().anyMatch(q -> q.id().equals(signedQuery)), 30_000));
		choose(view, signedQuery);
		assertTrue(spinUntil(() -> !view.correctionOffered(), 30_000), "no correction offered on a signed form");
		String why = view.correctionText().getToolTipText();
		assertTrue(why.contains("Signed by"), why);
		assertTrue(why.contains("Withdraw Signature..."), why);
		assertEquals("Signed form: no correction", view.correctionText().getMessage(), "says so without hovering");
		view.replyText().setText("The value is right as signed.");
		assertTrue(button(view, "Answer").isEnabled(), "the answer itself can still be sent");
		spin(200);
		screenshot("query-on-signed-form");

		choose(view, unsignedQuery);
		assertTrue(spinUntil(view::correctionOffered, 30_000), "an unsigned form's value may be corrected");
		assertFalse(view.correctionText().getToolTipText().contains("Signed by"));
		assertEquals("Corrected value (optional)", view.correctionText().getMessage());
		assertTrue(problems.isEmpty(), problems.toString());
	}

	private static void choose(QueriesView view, String queryId) {
		int index = indexOf(view, queryId);
		view.inboxTable().select(index);
		view.inboxTable().notifyListeners(SWT.Selection, new Event());
	}

	/** The inbox's context menu greys Close and Re-open as the buttons do, and each greyed item says why. */
	@Test
	void theInboxMenuSaysWhyAnItemIsGreyed() throws Exception {
		TrialSession monitor = as("monitor1");
		TrialSession investigator = as("inv01");
		WorklistRow row = WorklistFilter.open().apply(SdvWorklist.load(monitor,
				monitor.trial().getSites().get(0).getId(), new NullProgressMonitor())).stream()
				.filter(r -> r.target() == org.trialbench.monitoring.SdvTarget.ITEM).findFirst().orElseThrow();
		QueryDesk desk = new QueryDesk();
		String queryId = desk.raise(monitor, row.value().subjectId(), row.id(), "Please check the value.");
		desk.answer(investigator, row.value().subjectId(), queryId, "Checked: it is right.", null);

		QueriesView view = new QueriesView(shell, monitor, problems::add);
		shell.open();
		assertTrue(spinUntil(() -> view.shownQueries().stream().anyMatch(q -> q.id().equals(queryId)), 30_000));
		org.eclipse.swt.widgets.Menu menu = view.inboxTable().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		org.eclipse.swt.widgets.MenuItem close = menuItem(menu, "Close Query");
		assertFalse(close.isEnabled(), "nothing chosen: nothing to close");
		assertEquals("Choose a query in the list first", close.getToolTipText());
		assertEquals("Choose a query in the list first", menuItem(menu, "Re-open Query").getToolTipText());
		assertEquals("Choose a query in the list first", menuItem(menu, "Reply...").getToolTipText());
		menu.notifyListeners(SWT.Hide, new Event());

		view.inboxTable().select(indexOf(view, queryId));
		view.inboxTable().notifyListeners(SWT.Selection, new Event());
		view.replyText().setText("Agreed with the chart; closing.");
		menu.notifyListeners(SWT.Show, new Event());
		assertTrue(close.isEnabled(), "an answered query with a message can be closed");
		assertEquals("Close the chosen query with the message", close.getToolTipText());
		menu.notifyListeners(SWT.Hide, new Event());

		TrialSession site = as("inv01");
		Shell other = new Shell(Display.getDefault());
		other.setLayout(new FillLayout());
		QueriesView siteView = new QueriesView(other, site, problems::add);
		org.eclipse.swt.widgets.Menu siteMenu = siteView.inboxTable().getMenu();
		siteMenu.notifyListeners(SWT.Show, new Event());
		assertFalse(menuItem(siteMenu, "Close Query").isEnabled());
		assertEquals("Monitors and data managers close and re-open queries; sites answer them",
				menuItem(siteMenu, "Close Query").getToolTipText());
		siteMenu.notifyListeners(SWT.Hide, new Event());
		other.dispose();
		assertTrue(problems.isEmpty(), problems.toString());
	}

	private static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Menu menu, String text) {
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no menu item " + text);
	}

	private static int indexOf(QueriesView view, String queryId) {
		int index = 0;
		for (QueryHeader header : view.shownQueries()) {
			if (header.id().equals(queryId)) {
				return index;
			}
			index++;
		}
		throw new AssertionError("query " + queryId + " not listed");
	}

	@Test
	void theDashboardChartsEverySite() throws Exception {
		shell.setText("Site Metrics");
		SiteDashboardView view = new SiteDashboardView(shell, as("monitor1"), problems::add);
		shell.open();
		assertTrue(spinUntil(() -> view.metrics().size() == 3, 60_000), "three sites");
		assertEquals(90, view.metrics().stream().mapToInt(m -> m.screened()).sum());
		spin(1000);
		assertTrue(problems.isEmpty(), problems.toString());
		screenshot("site-dashboard");

		Path report = directory.resolve("report.xlsx");
		var job = view.export(as("monitor1").trial().getSites().get(0), java.time.LocalDate.of(2026, 10, 1),
				java.time.LocalDate.of(2026, 10, 31), report);
		assertTrue(spinUntil(() -> job.getResult() != null, 60_000));
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertTrue(Files.size(report) > 0);
	}

	/**
	 * The grid really paints its rows: NatTable's painter logs and swallows any exception (it once failed on every
	 * paint because eclipse-collections found no implementation without SPI Fly), leaving a blank canvas while its
	 * data, selection and sorting still worked. Each of the first rows' cells must show text: several colours in the
	 * row's band, not one uniform background.
	 */
	private static void assertRowsPainted(org.eclipse.nebula.widgets.nattable.NatTable table, int rowsToCheck) {
		Rectangle size = table.getClientArea();
		Image image = new Image(table.getDisplay(), size.width, size.height);
		GC gc = new GC(image);
		try {
			assertTrue(table.print(gc), "the grid can be printed");
		} finally {
			gc.dispose();
		}
		org.eclipse.swt.graphics.ImageData pixels = image.getImageData();
		image.dispose();
		int headerHeight = table.getRowHeightByPosition(0);
		int x0 = table.getColumnWidthByPosition(0); // after the row numbers
		int x1 = Math.min(size.width, x0 + table.getColumnWidthByPosition(1) + table.getColumnWidthByPosition(2));
		int y = headerHeight;
		for (int row = 1; row <= rowsToCheck && row < table.getRowCount(); row++) {
			int height = table.getRowHeightByPosition(row);
			java.util.Set<Integer> colours = new java.util.HashSet<>();
			for (int py = y + 2; py < y + height - 2; py++) {
				for (int px = x0 + 2; px < x1; px++) {
					colours.add(pixels.getPixel(px, py));
				}
			}
			assertTrue(colours.size() > 3, "row " + row + " of the grid is painted with text, not blank: " + colours.size()
					+ " colours in its band");
			y += height;
		}
	}

	private static Button button(Composite root, String text) {
		for (Control child : root.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				try {
					return button(composite, text);
				} catch (AssertionError e) {
					// not in this branch
				}
			}
		}
		throw new AssertionError("no button " + text);
	}

	private static void key(Control control, int keyCode, int stateMask) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = keyCode == SWT.CR ? '\r' : '\0';
		event.stateMask = stateMask;
		control.notifyListeners(SWT.KeyDown, event);
		spin(50);
	}

	private void screenshot(String name) throws Exception {
		spin(200);
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		// print renders every widget, the NatTable canvas too, which a copy of the screen area misses under Xvfb
		GC gc = new GC(image);
		try {
			shell.print(gc);
		} finally {
			gc.dispose();
		}
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		Path file = folder.resolve(name + ".png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		System.out.println("screenshot " + file.toAbsolutePath());
	}

	private static boolean noJobRunning() {
		return Arrays.stream(Job.getJobManager().find(null)).allMatch(job -> job.isSystem() || job.getState() == Job.SLEEPING);
	}

	static boolean spinUntil(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	static void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		spinUntil(() -> System.currentTimeMillis() > end, millis + 1000);
	}
}
