package org.trialbench.repository.jdbc.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.trialbench.repository.jdbc.internal.AuditChain;

/**
 * What someone with the database owner's rights can do to an unkeyed hash chain: change an entry, then recompute
 * every hash from it on (entries, the hashes commits recorded, the chain's head), so that the trail verifies on its
 * own again. Only an anchor kept outside the database tells.
 */
final class ChainForgery {

	private ChainForgery() {
	}

	/** Changes one entry's new value and recomputes the chain from it to the end; the caller commits. */
	static void rewrite(Connection owner, long sequence, String newValue) throws SQLException {
		try (PreparedStatement update = owner.prepareStatement("UPDATE audit_entry SET new_value = ? WHERE sequence = ?")) {
			update.setString(1, newValue);
			update.setLong(2, sequence);
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("there is no audit entry " + sequence);
			}
		}
		String previous = AuditChain.GENESIS;
		try (PreparedStatement query = owner.prepareStatement("SELECT hash FROM audit_entry WHERE sequence = ?")) {
			query.setLong(1, sequence - 1);
			try (ResultSet rs = query.executeQuery()) {
				if (rs.next()) {
					previous = rs.getString(1);
				}
			}
		}
		try (PreparedStatement query = owner.prepareStatement("SELECT sequence, commit_id, username, changed_at, reason, "
				+ "object_id, object_type, feature, old_value, new_value, subject_id FROM audit_entry "
				+ "WHERE sequence >= ? ORDER BY sequence");
				PreparedStatement entry = owner.prepareStatement("UPDATE audit_entry SET hash = ? WHERE sequence = ?");
				PreparedStatement commit = owner
						.prepareStatement("UPDATE commit_log SET head_hash = ? WHERE last_sequence = ?");
				PreparedStatement head = owner.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
			query.setLong(1, sequence);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					long at = rs.getLong(1);
					previous = AuditChain.hash(previous, at, rs.getLong(2), rs.getString(3),
							rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6),
							rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
					entry.setString(1, previous);
					entry.setLong(2, at);
					entry.executeUpdate();
					commit.setString(1, previous);
					commit.setLong(2, at);
					commit.executeUpdate();
				}
			}
			head.setString(1, previous);
			head.executeUpdate();
		}
	}
}
