package org.trialbench.repository.jdbc.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.trialbench.repository.StoreDescription;

/**
 * Where a store lives and how to connect to it. Drivers are instantiated directly rather than through
 * {@link java.sql.DriverManager}, which cannot see drivers in other OSGi bundles.
 */
public final class Database {

	public enum Vendor {
		H2, POSTGRESQL
	}

	/** The embedded store's own database account; the file is protected by the file system. */
	static final String EMBEDDED_ACCOUNT = "trialbench";

	/**
	 * The credentials a trusted local process connects with on an embedded PostgreSQL store: the cluster's
	 * superuser, whose password only the store folder's owner can read.
	 */
	private record Trusted(String superuser, char[] password) {
	}

	private final Vendor vendor;
	private final String url;
	private final String location;
	private final Trusted trusted;

	private Database(Vendor vendor, String url, String location, Trusted trusted) {
		this.vendor = vendor;
		this.url = url;
		this.location = location;
		this.trusted = trusted;
	}

	/** An H2 file store; several processes on this machine may open it at once (H2 auto-server mode). */
	public static Database embedded(Path file) {
		return embedded(file, ";AUTO_SERVER=TRUE");
	}

	/**
	 * An H2 file store that must exist already (H2 makes no new, empty file in its place) and that several
	 * processes may open at once: an older store as the workbench opens it when it cannot be upgraded now.
	 */
	public static Database embeddedExisting(Path file) {
		return embedded(file, ";AUTO_SERVER=TRUE;IFEXISTS=TRUE");
	}

	/**
	 * An H2 file store that must exist, opened by this process alone (no auto-server): while it is open here,
	 * another process cannot open it, and opening it fails while another process has it open. For the upgrade to
	 * PostgreSQL, which must not copy a store that another process still writes.
	 */
	public static Database embeddedExclusive(Path file) {
		return embedded(file, ";IFEXISTS=TRUE");
	}

	private static Database embedded(Path file, String access) {
		String base = file.toAbsolutePath().toString();
		if (base.endsWith(".mv.db")) {
			base = base.substring(0, base.length() - ".mv.db".length());
		}
		// WRITE_DELAY=0: a commit is on disk when it returns. H2's default writes in the background up to half a
		// second later, so a full disk or a killed process lost commits it had already reported as saved
		// (which also stops H2's own housekeeping of the file: EmbeddedHousekeeping does it instead).
		// CACHE_SIZE: H2's 16 MB page cache holds little of a multi-site trial; 64 MB keeps a site's rows in memory.
		// QUERY_CACHE_SIZE: a commit prepares a dozen statements, more than H2's 8 parsed statements per session,
		// so each was parsed again at every commit
		return new Database(Vendor.H2, "jdbc:h2:file:" + base + access + ";WRITE_DELAY=0;CACHE_SIZE=65536"
				+ ";QUERY_CACHE_SIZE=64",
				base + ".mv.db", null);
	}

	/** A PostgreSQL server store, e.g. {@code jdbc:postgresql://host:5432/trial}. */
	public static Database server(String jdbcUrl) {
		if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException(
					"a server store needs a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not " + jdbcUrl);
		}
		return new Database(Vendor.POSTGRESQL, jdbcUrl, jdbcUrl, null);
	}

	/**
	 * The embedded store on PostgreSQL: the cluster in the store folder, run by the workbench itself. A connection
	 * without a password is a trusted local session ({@link #connect(String, char[])}).
	 *
	 * @param folder the store folder, named in messages
	 * @param superuser the cluster's superuser, which trusted local sessions connect as
	 */
	public static Database embeddedServer(String jdbcUrl, Path folder, String superuser, char[] password) {
		return new Database(Vendor.POSTGRESQL, jdbcUrl, folder.toAbsolutePath().toString(),
				new Trusted(superuser, password.clone()));
	}

	public Vendor vendor() {
		return vendor;
	}

	public String url() {
		return url;
	}

	public StoreDescription.Kind kind() {
		return vendor == Vendor.H2 || trusted != null ? StoreDescription.Kind.EMBEDDED : StoreDescription.Kind.SERVER;
	}

	public String location() {
		return location;
	}

	/**
	 * When two processes open the embedded file at the same moment (a workbench and a headless command), both
	 * try to become its auto-server and one is told the lock file was just modified, or that the database is in
	 * use while the other's server is still starting; it waits and tries again, then connects to the other as a
	 * client.
	 */
	/** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
	public static final int DATABASE_ALREADY_OPEN = 90020;

	private Connection openEmbedded(Properties properties) throws SQLException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
		while (true) {
			try {
				return new org.h2.Driver().connect(url, properties);
			} catch (SQLException e) {
				// a process opening the file alone (the upgrade) is told at once that another has it
				boolean racing = url.contains(";AUTO_SERVER=TRUE") && (e.getErrorCode() == 8000
						&& String.valueOf(e.getMessage()).contains("Lock file")
						|| e.getErrorCode() == DATABASE_ALREADY_OPEN);
				if (!racing || System.nanoTime() > deadline) {
					throw e;
				}
				try {
					Thread.sleep(100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(400));
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	/**
	 * Opens a connection with autocommit off. The embedded H2 store ignores the credentials. On the embedded
	 * PostgreSQL store a user without a password is a trusted local session: the connection authenticates as the
	 * cluster's superuser (with the password in the store folder) and becomes the user with
	 * {@code SET SESSION AUTHORIZATION}, so {@code session_user}, which row-level security and the commit functions
	 * check, is that user. The code holding such a connection could reset the authorization; it runs as the store
	 * folder's owner, who can read that password and do anything to the cluster anyway (README, trust model).
	 */
	public Connection connect(String user, char[] password) throws SQLException {
		if (trusted != null && password == null && user != null) {
			return connectTrusted(user);
		}
		Properties properties = new Properties();
		Connection connection;
		if (vendor == Vendor.H2) {
			properties.setProperty("user", EMBEDDED_ACCOUNT);
			properties.setProperty("password", "");
			connection = openEmbedded(properties);
			EmbeddedHousekeeping.watch(connection);
		} else {
			properties.setProperty("user", user);
			if (password != null) {
				properties.setProperty("password", new String(password));
			}
			properties.setProperty("ApplicationName", "Trialbench");
			properties.setProperty("connectTimeout", "10");
			properties.setProperty("tcpKeepAlive", "true");
			// a batch of inserts goes as multi-row statements: one round trip, and row-level security's checks
			// are set up once per statement rather than once per row
			properties.setProperty("reWriteBatchedInserts", "true");
			connection = new org.postgresql.Driver().connect(url, properties);
		}
		if (connection == null) {
			throw new SQLException("no JDBC driver accepts " + url);
		}
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return connection;
	}

	/** A trusted local session's connection: the superuser's, switched to a user of the trial (never another role). */
	private Connection connectTrusted(String user) throws SQLException {
		Connection connection = connect(trusted.superuser(), trusted.password());
		try {
			boolean trialUser;
			try (java.sql.PreparedStatement query = connection
					.prepareStatement("SELECT 1 FROM app_user u JOIN pg_roles r ON r.rolname = u.username "
							+ "WHERE u.username = ? AND NOT r.rolsuper")) {
				query.setString(1, user);
				try (java.sql.ResultSet rs = query.executeQuery()) {
					trialUser = rs.next();
				}
			}
			if (!trialUser) {
				throw new SQLException("There is no user " + user + " in the trial store at " + location, "28000");
			}
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("SET SESSION AUTHORIZATION \"" + user.replace("\"", "\"\"") + "\"");
			}
			connection.commit();
			return connection;
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}
}
