package org.trialbench.repository.jdbc.internal;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.repository.SecurityEvent;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * Consecutive wrong passwords at signing, per user, and the security log they are written to (schema 9). On the
 * embedded store this class is the rule; on PostgreSQL it calls the owner-run functions that keep the count and
 * the log for the connected user, and a trigger refuses new signatures while signing is locked.
 */
final class SigningLock {

	private SigningLock() {
	}

	static boolean locked(Connection connection, Database.Vendor vendor, String username) throws SQLException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			return queryBoolean(connection, "SELECT tb_signing_locked()");
		}
		return failures(connection, username) >= TrialSession.SIGNING_ATTEMPTS;
	}

	private static int failures(Connection connection, String username) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT failed_signatures FROM app_user WHERE username = ?")) {
			query.setString(1, username);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 0;
			}
		}
	}

	/** Logs an attempt to sign while locked; the password was not checked. */
	static void refused(Connection connection, Database.Vendor vendor, String username, String recordId)
			throws SQLException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			call(connection, "SELECT tb_signature_refused(?)", recordId);
			return;
		}
		log(connection, username, SecurityEvent.SIGNATURE_REFUSED, recordId, "signing is locked");
	}

	/** Counts and logs a wrong password at signing, locking signing at the limit; returns the failures in a row. */
	static int failed(Connection connection, Database.Vendor vendor, String username, String recordId)
			throws SQLException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			try (PreparedStatement call = connection.prepareStatement("SELECT tb_signature_failed(?)")) {
				call.setString(1, recordId);
				try (ResultSet rs = call.executeQuery()) {
					rs.next();
					return rs.getInt(1);
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE app_user SET failed_signatures = failed_signatures + 1 WHERE username = ?")) {
			update.setString(1, username);
			update.executeUpdate();
		}
		int failures = failures(connection, username);
		log(connection, username, SecurityEvent.SIGNATURE_FAILED, recordId, "wrong password, " + failures + " in a row");
		if (failures == TrialSession.SIGNING_ATTEMPTS) {
			log(connection, username, SecurityEvent.SIGNING_LOCKED, recordId,
					"after " + TrialSession.SIGNING_ATTEMPTS + " wrong passwords");
		}
		return failures;
	}

	/**
	 * A right password ends the run of failures; when signing was locked (a login with the password), that is
	 * logged as the unlock. On PostgreSQL run on a connection the server has just authenticated with the password.
	 */
	static void reset(Connection connection, Database.Vendor vendor, String username, String how)
			throws SQLException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			call(connection, "SELECT tb_signing_reset(?)", how);
			return;
		}
		int failures = failures(connection, username);
		if (failures > 0) {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE app_user SET failed_signatures = 0 WHERE username = ?")) {
				update.setString(1, username);
				update.executeUpdate();
			}
			if (failures >= TrialSession.SIGNING_ATTEMPTS) {
				log(connection, username, SecurityEvent.SIGNING_UNLOCKED, null, how);
			}
		}
	}

	/** An administrator's unlock (the caller has checked the role on the embedded store; the server checks it). */
	static void unlock(Connection connection, Database.Vendor vendor, String username, String administrator)
			throws SQLException, StoreException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			call(connection, "SELECT tb_unlock_signing(?)", username);
			return;
		}
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE app_user SET failed_signatures = 0 WHERE username = ?")) {
			update.setString(1, username);
			if (update.executeUpdate() == 0) {
				throw new StoreException("There is no Trialbench user '" + username + "'; nothing was unlocked");
			}
		}
		log(connection, username, SecurityEvent.SIGNING_UNLOCKED, null, "by administrator " + administrator);
	}

	/** The log as the user may see it: all for an administrator, else the own entries. */
	static List<SecurityEvent> log(Connection connection, Database.Vendor vendor, String username,
			boolean administrator) throws SQLException {
		String columns = "event_id, username, occurred_at, event, record_id, detail";
		String sql = vendor == Database.Vendor.POSTGRESQL ? "SELECT " + columns + " FROM tb_security_log()"
				: administrator ? "SELECT " + columns + " FROM security_log ORDER BY event_id"
						: "SELECT " + columns + " FROM security_log WHERE username = ? ORDER BY event_id";
		List<SecurityEvent> events = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			if (vendor == Database.Vendor.H2 && !administrator) {
				query.setString(1, username);
			}
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					Timestamp at = rs.getTimestamp(3);
					events.add(new SecurityEvent(rs.getLong(1), rs.getString(2), at == null ? null : at.toInstant(),
							rs.getString(4), rs.getString(5), rs.getString(6)));
				}
			}
		}
		return events;
	}

	private static void log(Connection connection, String username, String event, String recordId, String detail)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO security_log "
				+ "(username, occurred_at, event, record_id, detail) VALUES (?, ?, ?, ?, ?)")) {
			insert.setString(1, username);
			insert.setTimestamp(2, Timestamp.from(Instant.now()));
			insert.setString(3, event);
			insert.setString(4, recordId);
			insert.setString(5, detail);
			insert.executeUpdate();
		}
	}

	private static boolean queryBoolean(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private static void call(Connection connection, String sql, String argument) throws SQLException {
		try (CallableStatement call = connection.prepareCall(sql)) {
			call.setString(1, argument);
			call.execute();
		}
	}
}
