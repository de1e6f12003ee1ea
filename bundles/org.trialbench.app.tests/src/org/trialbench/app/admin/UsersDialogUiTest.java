package org.trialbench.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.app.handlers.UsersHandler;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.UserAdministration;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Administration > Users on a real SWT window over a real embedded demo store, logged in as the demo's administrator:
 * a user is added (and logs in with the password given), another gets a second site and is then deactivated (and can
 * no longer log in), each change an audited commit read back from the store.
 */
class UsersDialogUiTest {

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

	/** A widget of the class in the window, depth first, whose text starts so (any text when null). */
	private static <T extends Control> T find(Composite in, Class<T> type, String text) {
		for (Control child : in.getChildren()) {
			if (type.isInstance(child) && (text == null || (child instanceof Button b && b.getText().startsWith(text)))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void onlyAnAdministratorIsOfferedUsersAndEveryoneElseIsToldWhy() throws Exception {
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		item.setTooltip("Administrators: the trial's users");
		UsersHandler handler = new UsersHandler();
		assertFalse(handler.canExecute(loggedIn("inv01"), item));
		assertEquals("Not available: inv01 is not an administrator; only administrators list and change users",
				item.getTooltip());
		assertTrue(handler.canExecute(loggedIn("admin"), item));
		assertEquals("Administrators: the trial's users", item.getTooltip());
	}

	@Test
	void anAdministratorAddsAUserGivesAnotherASiteAndDeactivatesThem() throws Exception {
		UsersDialog dialog = new UsersDialog(shell, new UserAdministration(loggedIn("admin").session()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		ModalDialogs.settle(300);
		assertTrue(row(dialog, "inv01").contains("investigator at 01"), row(dialog, "inv01"));
		dialog.table.deselectAll(); // GTK may put its cursor on the first row
		dialog.table.notifyListeners(SWT.Selection, new Event());
		assertFalse(dialog.button(UsersDialog.EDIT_ID).isEnabled(), "Roles and Sites needs a selected user");

		// Add: the password must be typed twice alike, then the user is added with roles and a site
		ModalDialogs.press(dialog, UsersDialog.ADD_ID, UserDialog.class, user -> {
			user.username.setText("inv02b");
			user.fullName.setText("Dr. Second");
			user.roles.get(Role.INVESTIGATOR).setSelection(true);
			user.siteBoxes.get("02").setSelection(true);
			user.password.setText("new-password-1");
			user.repeat.setText("new-password-2");
			assertFalse(user.okEnabled());
			assertEquals("The two passwords differ", user.getErrorMessage());
			user.repeat.setText("new-password-1");
			assertTrue(user.okEnabled(), String.valueOf(user.getErrorMessage()));
			ModalDialogs.screenshot(user.getShell(), "user-add");
			user.pressOk();
		});
		assertTrue(row(dialog, "inv02b").contains("investigator at 02"), row(dialog, "inv02b"));
		assertTrue(dialog.status.getText().startsWith("inv02b saved in commit "), dialog.status.getText());
		try (TrialSession added = store.login("inv02b", "new-password-1".toCharArray())) {
			assertEquals(Set.of(Role.INVESTIGATOR), added.roles());
			assertEquals(List.of("02"), added.visibleSites().stream().map(Site::getCode).toList());
		}

		// Roles and Sites of inv01: a second site, in one audited commit with the reason given
		select(dialog, "inv01");
		ModalDialogs.press(dialog, UsersDialog.EDIT_ID, UserDialog.class, user -> {
			assertFalse(user.username.getEditable(), "a user's name never changes");
			assertTrue(user.roles.get(Role.INVESTIGATOR).getSelection());
			assertTrue(user.siteBoxes.get("01").getSelection());
			user.siteBoxes.get("02").setSelection(true);
			user.reason.setText("covers site 02 during the leave");
			user.pressOk();
		});
		assertTrue(row(dialog, "inv01").contains("investigator at 01,02"), row(dialog, "inv01"));
		ModalDialogs.screenshot(dialog.getShell(), "users");

		// Deactivate inv01 with a reason: the user can no longer log in
		select(dialog, "inv01");
		ModalDialogs.press(dialog, UsersDialog.DEACTIVATE_ID, InputDialog.class, ask -> {
			find(ask.getShell(), Text.class, null).setText("left the trial");
			find(ask.getShell(), Button.class, IDialogConstants.OK_LABEL).notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(row(dialog, "inv01").contains("inactive"), row(dialog, "inv01"));
		assertFalse(dialog.button(UsersDialog.DEACTIVATE_ID).isEnabled(), "deactivated already");
		assertThrows(AuthenticationException.class, () -> store.localSession("inv01"));

		try (TrialSession reader = store.localSession("admin")) {
			String inv01 = reader.trial().getUsers().stream().filter(u -> u.getUsername().equals("inv01")).findFirst()
					.orElseThrow().getId();
			List<AuditEntry> entries = reader.audit().forObject(inv01);
			assertTrue(entries.stream().anyMatch(e -> e.reason().equals("covers site 02 during the leave")
					&& e.username().equals("admin")), entries.toString());
			assertTrue(entries.stream().anyMatch(e -> e.reason().equals("left the trial")
					&& e.feature().equals("active")), entries.toString());
		}
		assertTrue(store.verifyAudit(new NullProgressMonitor()).intact());
	}

	private static void select(UsersDialog dialog, String username) {
		for (int i = 0; i < dialog.table.getItemCount(); i++) {
			if (dialog.table.getItem(i).getText(0).equals(username)) {
				dialog.table.setSelection(i);
				dialog.table.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError(username + " is not listed");
	}

	/** The listed row of a user, its columns joined with " | ". */
	private static String row(UsersDialog dialog, String username) {
		for (TableItem item : dialog.table.getItems()) {
			if (item.getText(0).equals(username)) {
				return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3);
			}
		}
		throw new AssertionError(username + " is not listed");
	}
}
