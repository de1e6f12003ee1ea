package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.RepositoryListener;

/**
 * Tells a session's listeners about new commits, from this and every other workbench on the store: on PostgreSQL
 * through LISTEN/NOTIFY, on the embedded store by polling the commit log. Runs on its own daemon thread with its
 * own connection; a lost connection is retried until the session closes.
 */
public final class CommitWatcher implements Runnable {

	static final String CHANNEL = "trialbench_commit";
	private static final Logger LOG = Logger.getLogger(CommitWatcher.class.getName());
	private static final int WAIT_MILLIS = 250;

	private final Database database;
	private final String user;
	private final char[] password;
	private final List<RepositoryListener> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean running = true;
	private volatile long lastSeen;
	private Thread thread;

	public CommitWatcher(Database database, String user, char[] password, long lastSeen) {
		this.database = database;
		this.user = user;
		this.password = password;
		this.lastSeen = lastSeen;
	}

	public synchronized void add(RepositoryListener listener) {
		listeners.add(listener);
		if (thread == null) {
			thread = new Thread(this, "Trialbench commit watcher (" + user + ")");
			thread.setDaemon(true);
			thread.start();
		}
	}

	public void remove(RepositoryListener listener) {
		listeners.remove(listener);
	}

	public void stop() {
		running = false;
		Thread current = thread;
		if (current != null) {
			current.interrupt();
		}
	}

	@Override
	public void run() {
		while (running) {
			try (Connection connection = database.connect(user, password)) {
				connection.setAutoCommit(true);
				if (database.vendor() == Database.Vendor.POSTGRESQL) {
					try (Statement listen = connection.createStatement()) {
						listen.execute("LISTEN " + CHANNEL);
					}
				}
				deliverNewCommits(connection);
				while (running) {
					if (database.vendor() == Database.Vendor.POSTGRESQL) {
						PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
						if (notes != null && notes.length > 0) {
							deliverNewCommits(connection);
						}
					} else {
						Thread.sleep(WAIT_MILLIS);
						deliverNewCommits(connection);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (SQLException e) {
				if (!running) {
					return;
				}
				LOG.log(Level.WARNING, "Lost the connection that watches the trial store for changes; retrying", e);
				try {
					Thread.sleep(2000);
				} catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private void deliverNewCommits(Connection connection) throws SQLException {
		// on a server the commit log is read through tb_commits_after, which lists only the subjects this user may
		// see (the log itself names every site's subjects and cannot be read directly)
		try (PreparedStatement query = connection.prepareStatement(database.vendor() == Database.Vendor.POSTGRESQL
				? "SELECT commit_id, username, committed_at, reason, changed_values, subject_ids FROM tb_commits_after(?)"
				: "SELECT commit_id, username, committed_at, reason, changed_values, subject_ids FROM commit_log "
						+ "WHERE commit_id > ? ORDER BY commit_id")) {
			query.setLong(1, lastSeen);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					CommitInfo commit = new CommitInfo(rs.getLong(1), rs.getString(2),
							rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4) == null ? "" : rs.getString(4),
							rs.getInt(5));
					String ids = rs.getString(6);
					Set<String> subjects = ids == null || ids.isEmpty() ? Set.of()
							: new LinkedHashSet<>(Arrays.asList(ids.split(",")));
					lastSeen = commit.commitId();
					for (RepositoryListener listener : listeners) {
						try {
							listener.committed(commit, subjects);
						} catch (RuntimeException e) {
							LOG.log(Level.WARNING, "A listener failed on commit " + commit.commitId(), e);
						}
					}
				}
			}
		}
	}
}
