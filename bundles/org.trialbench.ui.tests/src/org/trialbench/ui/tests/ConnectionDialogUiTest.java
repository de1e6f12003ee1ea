package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.ui.login.ConnectionDialog;

/** File > Connect to Server... on real SWT widgets, against a store that knows one password. */
class ConnectionDialogUiTest {

	private Path home;
	private String previousHome;
	private Shell shell;
	private ConnectionDialog dialog;
	private final Properties asked = new Properties();

	@BeforeEach
	void open() throws Exception {
		home = Files.createTempDirectory("trialbench-connect");
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		shell = new Shell(Ui.display());
		InMemoryRepository repository = new InMemoryRepository(new PoemTrial());
		Properties settings = WorkbenchSettings.defaults();
		dialog = new ConnectionDialog(shell, settingsOfTheStore -> {
			asked.putAll(settingsOfTheStore);
			return repository;
		}, settings);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.spin(20);
		dialog.urlField().setText("jdbc:postgresql://db.example.org:5432/poem_spasm");
		dialog.usernameField().setText("ivan");
	}

	@AfterEach
	void close() {
		dialog.close();
		shell.dispose();
		Ui.spin(20);
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	private void press(String label) {
		Button button = Ui.find(dialog.getShell(), Button.class).stream().filter(b -> label.equals(b.getText()))
				.findFirst().orElseThrow();
		button.notifyListeners(SWT.Selection, new Event());
		Ui.spin(50);
	}

	@Test
	void aWrongPasswordIsNamedAndNothingIsSaved() {
		dialog.passwordField().setText("guess");
		press("Test Connection");
		assertEquals("Wrong user name or password. Check the user name and password.", dialog.getErrorMessage());
		assertEquals("server", asked.getProperty(WorkbenchSettings.STORE_KIND));
		assertEquals("jdbc:postgresql://db.example.org:5432/poem_spasm", asked.getProperty(WorkbenchSettings.STORE_SERVER_URL));
		press("Connect");
		assertNull(dialog.session());
		assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog stays open");
		assertFalse(Files.exists(home.resolve(WorkbenchSettings.FILE_NAME)), "no settings written");
	}

	@Test
	void testConnectionSaysWhoAndWhereAndConnectRemembersTheServer() throws Exception {
		dialog.passwordField().setText(InMemoryRepository.PASSWORD);
		press("Test Connection");
		assertNull(dialog.getErrorMessage());
		String status = dialog.statusLabel().getText();
		assertTrue(status.startsWith("Connected to the embedded store /tmp/trialbench-test/store as ivan"), status);
		screenshot(Path.of("target", "screenshots", "connection-dialog.png"));

		press("Connect");
		assertEquals(Window.OK, dialog.getReturnCode());
		assertNotNull(dialog.session());
		assertEquals("ivan", dialog.session().user().getUsername());
		Properties saved = new Properties();
		try (InputStream in = Files.newInputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			saved.load(in);
		}
		assertEquals("server", saved.getProperty(WorkbenchSettings.STORE_KIND));
		assertEquals("jdbc:postgresql://db.example.org:5432/poem_spasm", saved.getProperty(WorkbenchSettings.STORE_SERVER_URL));
		assertEquals("ivan", saved.getProperty("session.user"));
		assertFalse(Files.readString(home.resolve(WorkbenchSettings.FILE_NAME)).contains(InMemoryRepository.PASSWORD),
				"the password is never written");
	}

	private void screenshot(Path file) throws Exception {
		Shell dialogShell = dialog.getShell();
		dialogShell.forceActive();
		Ui.spin(200);
		Rectangle bounds = dialogShell.getBounds();
		Image image = new Image(Ui.display(), bounds.width, bounds.height);
		GC gc = new GC(Ui.display());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
