package org.trialbench.repository.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/**
 * Opens the store the settings name: the embedded store ({@code store.kind=embedded}, the default: a PostgreSQL
 * cluster in a folder on this computer, run by Trialbench itself; an older store in an H2 file is upgraded to it
 * when opened) or a PostgreSQL server ({@code store.kind=server}, {@code store.server.jdbcUrl}). The server owner's password, needed
 * only for set-up, loading a trial and verifying the audit trail, comes from {@code TRIALBENCH_DB_PASSWORD} or the
 * file named by {@code store.server.passwordFile}; it is never kept in the settings themselves.
 */
@Component(service = RepositoryProvider.class)
public class JdbcRepositoryProvider implements RepositoryProvider {

	public static final String PASSWORD_ENVIRONMENT = "TRIALBENCH_DB_PASSWORD";
	public static final String PASSWORD_FILE = "store.server.passwordFile";
	/** The file name suffix of an H2 store ({@code Database.embedded}). */
	private static final String H2_SUFFIX = H2StoreUpgrade.H2_SUFFIX;

	@Override
	public TrialRepository open(Properties settings) throws StoreException {
		return open(settings, null);
	}

	@Override
	public TrialRepository open(Properties settings, IProgressMonitor monitor) throws StoreException {
		String kind = settings.getProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		if (WorkbenchSettings.STORE_KIND_EMBEDDED.equals(kind)) {
			String path = settings.getProperty(WorkbenchSettings.STORE_EMBEDDED_PATH);
			if (path == null || path.isBlank()) {
				throw new StoreException("The settings name no file for the embedded store ("
						+ WorkbenchSettings.STORE_EMBEDDED_PATH + ")");
			}
			return openEmbedded(Path.of(path), monitor);
		}
		if (WorkbenchSettings.STORE_KIND_SERVER.equals(kind)) {
			String url = settings.getProperty(WorkbenchSettings.STORE_SERVER_URL);
			String user = settings.getProperty(WorkbenchSettings.STORE_SERVER_USER);
			try {
				return JdbcTrialRepository.server(url, user == null || user.isBlank() ? null : user,
						ownerPassword(settings));
			} catch (IllegalArgumentException e) {
				throw new StoreException("The server store setting " + WorkbenchSettings.STORE_SERVER_URL + " is wrong: "
						+ e.getMessage(), e);
			}
		}
		throw new StoreException("Unknown store kind '" + kind + "' in " + WorkbenchSettings.STORE_KIND
				+ " (use embedded or server)");
	}

	/**
	 * The embedded store at the settings' path: the folder {@code PATH} holds the store on an embedded PostgreSQL
	 * ({@link JdbcTrialRepository#embeddedPostgres(Path)}), made on first use. An H2 store made before the embedded
	 * store moved to PostgreSQL ({@code PATH.mv.db}) is upgraded to it first, its file kept beside it
	 * ({@link H2StoreUpgrade}); one that cannot be upgraded now opens as H2, as before.
	 */
	static TrialRepository openEmbedded(Path path, IProgressMonitor monitor) throws StoreException {
		Path base = path;
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		if (name.endsWith(H2_SUFFIX)) {
			base = path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
		}
		if (Files.exists(H2StoreUpgrade.h2File(base))) {
			return H2StoreUpgrade.open(base, null, monitor);
		}
		return JdbcTrialRepository.embeddedPostgres(base);
	}

	static char[] ownerPassword(Properties settings) throws StoreException {
		String fromEnvironment = System.getenv(PASSWORD_ENVIRONMENT);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		String file = settings.getProperty(PASSWORD_FILE);
		if (file == null || file.isBlank()) {
			return null;
		}
		try {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip().toCharArray();
		} catch (IOException e) {
			throw new StoreException("Cannot read the store password file " + file + " (" + PASSWORD_FILE + "): "
					+ e.getMessage(), e);
		}
	}
}
