package org.trialbench.repository.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.Role;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.StoreException;

/**
 * What the store enforces for one user, kept in step with the user's record inside the same database
 * transaction as the commit that changed it: blinding, trial-wide or site-bound access, administrator, active.
 * On PostgreSQL the login role follows too (LOGIN or NOLOGIN), through owner-run functions that check the
 * caller is an administrator, so an ordinary login never needs rights on roles or access tables.
 */
final class UserAccess {

	private final String username;
	private final String userId;
	private final Set<Role> roles;
	private final List<String> siteIds;
	private final boolean active;

	private UserAccess(String username, String userId, Set<Role> roles, List<String> siteIds, boolean active) {
		this.username = username;
		this.userId = userId;
		this.roles = roles;
		this.siteIds = siteIds;
		this.active = active;
	}

	/** Reads a user's access from the stored state of its User row. */
	static UserAccess of(String userId, Map<String, String> state) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String literal : list(state.get("roles"))) {
			Role role = Role.get(literal);
			if (role != null) {
				roles.add(role);
			}
		}
		return new UserAccess(state.get("username"), userId, roles, list(state.get("sites")),
				Boolean.parseBoolean(state.get("active")));
	}

	private static List<String> list(String text) {
		List<String> values = new ArrayList<>();
		if (text != null && !text.isEmpty()) {
			for (String value : text.split(ObjectCodec.LIST_SEPARATOR, -1)) {
				values.add(value);
			}
		}
		return values;
	}

	String username() {
		return username;
	}

	/** Writes the user's access tables (and on a server the login role) in the commit's transaction. */
	void apply(Connection connection, Database.Vendor vendor) throws SQLException, StoreException {
		if (username == null || username.isBlank()) {
			throw new StoreException("A user needs a user name; nothing was saved");
		}
		boolean blinded = AccessRules.blinded(roles);
		boolean trialWide = AccessRules.trialWide(roles);
		boolean administrator = roles.contains(Role.ADMINISTRATOR);
		boolean independentReviewer = AccessRules.independentReviewer(roles);
		boolean mayLock = AccessRules.mayLock(roles);
		boolean unblindedByLock = AccessRules.unblindedByLock(roles);
		if (vendor == Database.Vendor.POSTGRESQL) {
			// Only statisticians may read the concealed randomization list (schema 3). First, while the caller is
			// still an administrator even when this commit takes that role away from the caller.
			try (PreparedStatement call = connection.prepareStatement("SELECT tb_set_statistician(?, ?)")) {
				call.setString(1, username);
				call.setBoolean(2, roles.contains(Role.STATISTICIAN));
				call.execute();
			} catch (SQLException e) {
				if ("42501".equals(e.getSQLState())) {
					throw new AccessDeniedException("Not saved: " + e.getMessage(), e);
				}
				throw e;
			}
			try (PreparedStatement call = connection
					.prepareStatement("SELECT tb_set_user_access(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				Array sites = connection.createArrayOf("varchar", siteIds.toArray());
				call.setString(1, username);
				call.setString(2, userId);
				call.setBoolean(3, blinded);
				call.setBoolean(4, trialWide);
				call.setBoolean(5, administrator);
				call.setBoolean(6, active);
				call.setArray(7, sites);
				call.setBoolean(8, independentReviewer);
				call.setBoolean(9, mayLock);
				call.setBoolean(10, unblindedByLock);
				call.execute();
			} catch (SQLException e) {
				if ("42501".equals(e.getSQLState())) {
					throw new AccessDeniedException("Not saved: " + e.getMessage(), e);
				}
				throw e;
			}
		} else {
			int updated;
			try (PreparedStatement update = connection.prepareStatement("UPDATE app_user SET blinded = ?, "
					+ "trial_wide = ?, active = ?, administrator = ?, independent_reviewer = ?, may_lock = ?, "
					+ "unblinded_by_lock = ? WHERE username = ?")) {
				update.setBoolean(1, blinded);
				update.setBoolean(2, trialWide);
				update.setBoolean(3, active);
				update.setBoolean(4, administrator);
				update.setBoolean(5, independentReviewer);
				update.setBoolean(6, mayLock);
				update.setBoolean(7, unblindedByLock);
				update.setString(8, username);
				updated = update.executeUpdate();
			}
			if (updated == 0) {
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (username, "
						+ "user_id, password_hash, blinded, trial_wide, active, administrator, independent_reviewer, "
						+ "may_lock, unblinded_by_lock) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)")) {
					insert.setString(1, username);
					insert.setString(2, userId);
					insert.setBoolean(3, blinded);
					insert.setBoolean(4, trialWide);
					insert.setBoolean(5, active);
					insert.setBoolean(6, administrator);
					insert.setBoolean(7, independentReviewer);
					insert.setBoolean(8, mayLock);
					insert.setBoolean(9, unblindedByLock);
					insert.executeUpdate();
				}
			}
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_site WHERE username = ?")) {
				delete.setString(1, username);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO user_site (username, site_id) VALUES (?, ?)")) {
				for (String site : siteIds) {
					insert.setString(1, username);
					insert.setString(2, site);
					insert.executeUpdate();
				}
			}
		}
	}

	/** A trial must keep an active administrator, or nobody could ever change its users again. */
	static void requireAnAdministrator(Connection connection) throws SQLException, StoreException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT COUNT(*) FROM app_user WHERE administrator AND active");
				ResultSet rs = query.executeQuery()) {
			rs.next();
			if (rs.getInt(1) == 0) {
				throw new AccessDeniedException("Not saved: the trial would be left without an active administrator; "
						+ "give another user the administrator role first");
			}
		}
	}

	/** Whether the user may still write: a deactivated user's open session is refused at once. */
	static boolean isActive(Connection connection, String username) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT active FROM app_user WHERE username = ?")) {
			query.setString(1, username);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/** Sets a login password: a salted hash on the embedded store, a SCRAM verifier on a server. */
	static void setPassword(Connection connection, Database.Vendor vendor, String username, char[] password)
			throws SQLException, StoreException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			try (PreparedStatement call = connection.prepareStatement("SELECT tb_set_password(?, ?)")) {
				call.setString(1, username);
				call.setString(2, ScramVerifier.of(password));
				call.execute();
			} catch (SQLException e) {
				if ("42501".equals(e.getSQLState())) {
					throw new AccessDeniedException("Password not set: " + e.getMessage(), e);
				}
				throw e;
			}
			return;
		}
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
			update.setString(1, PasswordHash.create(password));
			update.setString(2, username);
			if (update.executeUpdate() == 0) {
				throw new StoreException("There is no Trialbench user '" + username + "'; nothing was changed");
			}
		}
	}
}
