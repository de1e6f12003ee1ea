package org.trialbench.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.app.handlers.SitesHandler;
import org.trialbench.clinical.Site;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Administration > Sites on a real SWT window over a real embedded demo store, logged in as the demo's administrator:
 * the list shows the stored sites; Add and Edit are filled in as a user would, and what they commit is read back
 * from the store with its audit entries. Screenshots go to target/screenshots.
 */
class SitesDialogUiTest {

	@TempDir
	Path directory;
	private JdbcTrialRepository store;
	private final List<WorkbenchSession> workbenches = new ArrayList<>();
	private Shell shell;

	@BeforeEach
	void demoStore() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(2, 6, 2026).generate(new NullProgressMonitor());
		store = JdbcTrialRepository.embedded(directory.resolve("store"));
		store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
		shell.setSize(900, 600);
		shell.setText("Trialbench");
		shell.open();
	}

	@AfterEach
	void close() {
		for (Shell open : Display.getDefault().getShells()) {
			open.dispose();
		}
		workbenches.forEach(WorkbenchSession::close);
		store.close();
	}

	private WorkbenchSession loggedIn(String username) throws Exception {
		WorkbenchSession workbench = WorkbenchSession.connected(store);
		workbench.open(store.localSession(username));
		workbenches.add(workbench);
		return workbench;
	}

	@Test
	void onlyAnAdministratorIsOfferedSitesAndEveryoneElseIsToldWhy() throws Exception {
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		item.setTooltip("Administrators: the trial's sites");
		SitesHandler handler = new SitesHandler();
		assertFalse(handler.canExecute(WorkbenchSession.connected(store), item));
		assertEquals("Not available: no trial is open; log in from the Trial Navigator", item.getTooltip());
		assertFalse(handler.canExecute(loggedIn("datamanager"), item));
		assertEquals("Not available: datamanager is not an administrator; only administrators add and change sites",
				item.getTooltip());
		assertTrue(handler.canExecute(loggedIn("admin"), item));
		assertEquals("Administrators: the trial's sites", item.getTooltip());
	}

	@Test
	void anAdministratorAddsASiteAndEditsAnotherAndBothAreAuditedCommits() throws Exception {
		WorkbenchSession admin = loggedIn("admin");
		SitesDialog dialog = new SitesDialog(shell, new SiteAdministration(admin.session()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		ModalDialogs.settle(300);
		assertEquals(List.of("01", "02"), column(dialog, 0), "the demo's two sites");
		dialog.table.deselectAll(); // GTK may put its cursor on the first row
		dialog.table.notifyListeners(SWT.Selection, new Event());
		assertFalse(dialog.button(SitesDialog.EDIT_ID).isEnabled(), "Edit needs a selected site");

		// Add: a wrong country is named and OK stays disabled until it is put right
		ModalDialogs.press(dialog, SitesDialog.ADD_ID, SiteDialog.class, site -> {
			assertTrue(site.code.getEditable());
			site.code.setText("03");
			site.name.setText("Graz");
			site.country.setText("Austria");
			assertFalse(site.okEnabled());
			assertTrue(site.getErrorMessage().contains("AUSTRIA is not an ISO 3166-1 alpha-2 code"),
					site.getErrorMessage());
			site.country.setText("AT Austria");
			site.timeZone.setText("Europe/Vienna");
			assertTrue(site.okEnabled(), String.valueOf(site.getErrorMessage()));
			assertEquals("site add 03", site.reason.getText());
			site.reason.setText("third site opened");
			ModalDialogs.screenshot(site.getShell(), "site-add");
			site.pressOk();
		});
		assertEquals(List.of("01", "02", "03"), column(dialog, 0));
		assertEquals("Graz", column(dialog, 1).get(2));
		assertEquals("AT Austria", column(dialog, 2).get(2));
		assertEquals("Europe/Vienna", column(dialog, 3).get(2));
		assertTrue(dialog.status.getText().startsWith("Site 03 saved in commit "), dialog.status.getText());

		// a code that is taken is refused by the store: the dialog says so and stays open with what was typed
		ModalDialogs.press(dialog, SitesDialog.ADD_ID, SiteDialog.class, site -> {
			site.code.setText("02");
			site.name.setText("Vienna again");
			site.pressOk();
			assertFalse(site.getShell().isDisposed(), "the dialog stays open");
			assertTrue(site.getErrorMessage().contains("has a site '02' already"), site.getErrorMessage());
			assertEquals("Vienna again", site.name.getText());
			site.getShell().close();
		});
		assertEquals(3, dialog.table.getItemCount());

		// Edit site 01: the code cannot be typed over; name and time zone change
		dialog.table.setSelection(0);
		dialog.table.notifyListeners(SWT.Selection, new Event());
		assertTrue(dialog.button(SitesDialog.EDIT_ID).isEnabled());
		ModalDialogs.press(dialog, SitesDialog.EDIT_ID, SiteDialog.class, site -> {
			assertFalse(site.code.getEditable(), "a site's code never changes");
			assertEquals("01", site.code.getText());
			site.name.setText("Munich (TUM)");
			site.timeZone.setText("Europe/Berlin");
			site.pressOk();
		});
		assertEquals("Munich (TUM)", column(dialog, 1).get(0));
		assertEquals("Europe/Berlin", column(dialog, 3).get(0));
		ModalDialogs.screenshot(dialog.getShell(), "sites");

		// what the store holds, read by a new session, with the audit entries of both commits
		try (TrialSession reader = store.localSession("admin")) {
			Site graz = site(reader, "03");
			assertEquals("Graz", graz.getName());
			assertEquals("AT", graz.getCountry());
			assertEquals("Europe/Vienna", graz.getTimeZone());
			List<AuditEntry> created = reader.audit().forObject(graz.getId());
			assertEquals("(created)", created.get(0).feature());
			assertEquals("admin", created.get(0).username());
			assertEquals("third site opened", created.get(0).reason());
			Site munich = site(reader, "01");
			assertEquals("Munich (TUM)", munich.getName());
			AuditEntry zone = reader.audit().forObject(munich.getId()).stream()
					.filter(e -> e.feature().equals("timeZone")).findFirst().orElseThrow();
			assertEquals("Europe/Berlin", zone.newValue());
			assertEquals("site set 01", zone.reason());
		}
		assertTrue(store.verifyAudit(new NullProgressMonitor()).intact());
	}

	private static Site site(TrialSession session, String code) {
		return session.trial().getSites().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static List<String> column(SitesDialog dialog, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : dialog.table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}
}
