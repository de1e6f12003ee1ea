package org.trialbench.ui.login;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.session.LocalUser;

/**
 * File > Connect to Server...: server URL, user and password; "Test Connection" logs in once and says what it
 * found or, in the store's words, what went wrong. OK logs in, keeps the session and writes the server and user
 * (never the password) to trialbench.properties, so the next start connects to the same server.
 */
public final class ConnectionDialog extends TitleAreaDialog {

	private final RepositoryProvider provider;
	private final Properties settings;
	private Text url;
	private Text username;
	private Text password;
	private Label status;
	private TrialRepository repository;
	private TrialSession session;

	public ConnectionDialog(Shell parent, RepositoryProvider provider, Properties settings) {
		super(parent);
		this.provider = provider;
		this.settings = settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to Server");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Connect to a shared trial store");
		setMessage("A PostgreSQL server set up with ./trialbench server-init; log in with your own account.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("Server URL:");
		url = new Text(fields, SWT.BORDER);
		url.setText(settings.getProperty(WorkbenchSettings.STORE_SERVER_URL, "jdbc:postgresql://localhost:5432/trialbench"));
		url.setMessage("jdbc:postgresql://HOST:PORT/DATABASE");
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(url);
		new Label(fields, SWT.NONE).setText("User name:");
		username = new Text(fields, SWT.BORDER);
		username.setText(settings.getProperty(LocalUser.SETTING, ""));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(username);
		new Label(fields, SWT.NONE).setText("Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		Button test = new Button(fields, SWT.PUSH);
		test.setText("Test Connection");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(test);
		test.addListener(SWT.Selection, e -> testConnection());
		status = new Label(fields, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(status);
		url.addModifyListener(e -> updateOk());
		username.addModifyListener(e -> updateOk());
		(username.getText().isEmpty() ? username : password).setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateOk();
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && url != null) {
			ok.setEnabled(!url.getText().isBlank() && !username.getText().isBlank());
		}
	}

	/** The settings this dialog would connect with: a server store at the URL. */
	private Properties serverSettings() {
		Properties server = new Properties();
		server.putAll(settings);
		server.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_SERVER);
		server.setProperty(WorkbenchSettings.STORE_SERVER_URL, url.getText().trim());
		server.setProperty(LocalUser.SETTING, username.getText().trim());
		return server;
	}

	/** Logs in; on failure shows the reason and returns false. The caller owns the session it leaves. */
	private boolean connect() {
		String user = username.getText().trim();
		char[] secret = password.getTextChars();
		String[] problem = new String[1];
		try {
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try {
					TrialRepository opened = provider.open(serverSettings());
					try {
						session = opened.login(user, secret);
						repository = opened;
					} catch (StoreException | RuntimeException e) {
						opened.close();
						throw e;
					}
				} catch (AuthenticationException e) {
					problem[0] = e.getMessage() + ". Check the user name and password.";
				} catch (StoreException e) {
					problem[0] = e.getMessage();
					ILog.of(ConnectionDialog.class).warn("Could not connect to " + url.getText() + ": " + problem[0], e);
				} catch (RuntimeException e) {
					problem[0] = "Could not connect to " + url.getText() + ": " + e;
					ILog.of(ConnectionDialog.class).error(problem[0], e);
				}
			});
		} finally {
			Arrays.fill(secret, '\0');
		}
		if (problem[0] != null) {
			setErrorMessage(problem[0]);
			status.setText("");
			return false;
		}
		setErrorMessage(null);
		return true;
	}

	private void testConnection() {
		if (connect()) {
			status.setText("Connected to the " + repository.description() + " as " + session.user().getUsername()
					+ " (" + session.roles().size() + " role" + (session.roles().size() == 1 ? "" : "s") + ", trial "
					+ session.trial().getName() + ").");
			session.close();
			repository.close();
			session = null;
			repository = null;
		}
		status.getParent().layout(true);
	}

	@Override
	protected void okPressed() {
		if (!connect()) {
			return;
		}
		try {
			save();
		} catch (IOException e) {
			String message = "Connected, but the settings " + WorkbenchSettings.file() + " could not be written: "
					+ e.getMessage() + ". The next start will not remember this server.";
			ILog.of(ConnectionDialog.class).error(message, e);
			setErrorMessage(message);
			return;
		}
		super.okPressed();
	}

	private void save() throws IOException {
		Properties stored = WorkbenchSettings.load();
		Properties server = serverSettings();
		for (String key : new String[] { WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_SERVER_URL,
				LocalUser.SETTING }) {
			stored.setProperty(key, server.getProperty(key));
		}
		Files.createDirectories(WorkbenchSettings.file().getParent());
		try (OutputStream out = Files.newOutputStream(WorkbenchSettings.file())) {
			stored.store(out, "Trialbench settings");
		}
	}

	/** After OK: the store connected to, and the logged-in session; both null otherwise. */
	public TrialRepository repository() {
		return repository;
	}

	public TrialSession session() {
		return session;
	}

	public Text urlField() {
		return url;
	}

	public Text usernameField() {
		return username;
	}

	public Text passwordField() {
		return password;
	}

	public Label statusLabel() {
		return status;
	}
}
