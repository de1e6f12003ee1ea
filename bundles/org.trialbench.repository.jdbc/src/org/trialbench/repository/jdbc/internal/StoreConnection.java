package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.StoreException;

/**
 * One account's connection to a store, reopened once when it was lost (a server restart); each unit of work
 * runs in its own database transaction, so a failure leaves nothing half-written. Failures become
 * {@link StoreException}s that say what happened to the user's data.
 */
public final class StoreConnection implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(StoreConnection.class.getName());

	/** Work on an open connection. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException, StoreException;
	}

	private final Database database;
	private final String user;
	private final char[] password;
	private Connection connection;
	/** When the connection last answered (System.nanoTime), to tell an idle connection from one in use. */
	private long lastAnswered;

	/**
	 * How long a connection may be idle before a write first checks that it is still there. A connection that
	 * answered a moment ago is used as it is: the check is a round trip to the server, and a write shortly after a
	 * read (a form opened, then saved) is the common case; a connection lost since then fails the write, which
	 * is rolled back and reported, never half-saved.
	 */
	static final long IDLE_CHECK_NANOS = 10_000_000_000L;

	public StoreConnection(Database database, String user, char[] password) throws SQLException {
		this.database = database;
		this.user = user;
		this.password = password;
		this.connection = database.connect(user, password);
	}

	public Database database() {
		return database;
	}

	public String user() {
		return user;
	}

	char[] password() {
		return password;
	}

	/** Runs read-only work; retried once on a fresh connection when the old one was lost. */
	public synchronized <T> T query(Work<T> work) throws StoreException {
		return run(work, true);
	}

	/** Runs work that writes, committing at the end; rolled back on any failure and never retried. */
	public synchronized <T> T transact(Work<T> work) throws StoreException {
		return run(work, false);
	}

	private <T> T run(Work<T> work, boolean retry) throws StoreException {
		try {
			ensureOpen();
			if (!retry && System.nanoTime() - lastAnswered > IDLE_CHECK_NANOS && !connection.isValid(5)) {
				// a write is never retried once sent; a connection lost while idle (a server restart) is
				// replaced before anything is sent
				LOG.info("Reconnecting to " + database.location() + " before writing");
				closeQuietly();
				ensureOpen();
			}
			T result = work.run(connection);
			connection.commit();
			lastAnswered = System.nanoTime();
			return result;
		} catch (SQLException e) {
			rollbackQuietly();
			if (isConnectionLost(e)) {
				closeQuietly(); // the next unit of work opens a fresh connection
				if (retry) {
					LOG.log(Level.INFO, "Reconnecting to " + database.location(), e);
					return run(work, false);
				}
			}
			throw failure(e);
		} catch (StoreException | RuntimeException e) {
			rollbackQuietly();
			throw e;
		}
	}

	private void ensureOpen() throws SQLException {
		if (connection == null || connection.isClosed()) {
			connection = database.connect(user, password);
		}
	}

	StoreException failure(SQLException e) {
		String where = database.location();
		if (isConnectionLost(e)) {
			return new StoreException("Lost the connection to the trial store at " + where
					+ "; nothing of this change was saved. Check that the server is running and try again ("
					+ e.getMessage() + ")", e);
		}
		if (isDiskFull(e)) {
			return new StoreException("The trial store at " + where + " has no disk space left; nothing of this "
					+ "change was saved and everything committed before is intact. Free space and try again.", e);
		}
		if ("42501".equals(e.getSQLState())) { // the server's own rules (row-level security, write policy)
			String refusal = serverMessage(e);
			return new AccessDeniedException(refusal.startsWith("Not saved") ? refusal : "Not saved: " + refusal, e);
		}
		if ("22023".equals(e.getSQLState()) && database.vendor() == Database.Vendor.POSTGRESQL) {
			return new StoreException(serverMessage(e), e); // the commit functions' own checks say what and where
		}
		if ("40001".equals(e.getSQLState())) {
			return new StoreException(serverMessage(e) + "; nothing of this change was saved. Reload and try again", e);
		}
		return new StoreException("The trial store at " + where + " refused the operation: " + e.getMessage(), e);
	}

	/** The first line of a server's error message, without its severity. */
	private static String serverMessage(SQLException e) {
		String message = String.valueOf(e.getMessage());
		int end = message.indexOf('\n');
		String line = (end < 0 ? message : message.substring(0, end)).strip();
		return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
	}

	static boolean isConnectionLost(SQLException e) {
		String state = e.getSQLState();
		return (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"))) || e.getErrorCode() == 90067 /* H2: connection broken */;
	}

	private static boolean isDiskFull(SQLException e) {
		if ("53100".equals(e.getSQLState())) {
			return true;
		}
		for (Throwable cause = e; cause != null; cause = cause.getCause()) { // H2 wraps the IOException
			String message = String.valueOf(cause.getMessage()).toLowerCase();
			if (message.contains("no space left") || message.contains("disk full")) {
				return true;
			}
		}
		return false;
	}

	private void rollbackQuietly() {
		try {
			if (connection != null && !connection.isClosed()) {
				connection.rollback();
			}
		} catch (SQLException e) {
			LOG.log(Level.FINE, "rollback failed", e);
		}
	}

	private void closeQuietly() {
		try {
			if (connection != null) {
				connection.close();
			}
		} catch (SQLException e) {
			LOG.log(Level.FINE, "close failed", e);
		}
		connection = null;
	}

	@Override
	public synchronized void close() {
		closeQuietly();
	}
}
