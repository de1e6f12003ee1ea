package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.ui.login.LoginDialog;

/** The login dialog on real widgets against an in-memory store. */
class LoginDialogUiTest {
	private Shell shell;
	private InMemoryRepository repository;
	private LoginDialog dialog;

	@BeforeEach
	void open() {
		shell = new Shell(Ui.display());
		repository = new InMemoryRepository(new PoemTrial());
		dialog = new LoginDialog(shell, repository, "ivan");
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.spin(20);
	}

	@AfterEach
	void close() {
		dialog.close();
		shell.dispose();
		Ui.spin(20);
	}

	private void pressLogIn() {
		Button logIn = Ui.find(dialog.getShell(), Button.class).stream().filter(b -> "Log in".equals(b.getText()))
				.findFirst().orElseThrow();
		logIn.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.spin(20);
	}

	@Test
	void namesTheStore() {
		assertEquals("Log in to the embedded store /tmp/trialbench-test/store", dialog.getMessage());
		assertEquals("ivan", dialog.usernameField().getText());
	}

	@Test
	void aWrongPasswordKeepsTheDialogOpenWithTheStoresMessage() {
		dialog.passwordField().setText("guess");
		pressLogIn();
		assertEquals("Wrong user name or password", dialog.getErrorMessage());
		assertNull(dialog.session());
		assertTrue(dialog.getShell() != null && !dialog.getShell().isDisposed(), "the dialog stays open");
		assertEquals("", dialog.passwordField().getText(), "the wrong password is cleared");
	}

	@Test
	void theRightPasswordLogsIn() {
		dialog.passwordField().setText(InMemoryRepository.PASSWORD);
		pressLogIn();
		assertEquals(Window.OK, dialog.getReturnCode());
		assertNotNull(dialog.session());
		assertEquals("ivan", dialog.session().user().getUsername());
	}
}
