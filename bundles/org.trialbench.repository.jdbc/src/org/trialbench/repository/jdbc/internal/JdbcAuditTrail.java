package org.trialbench.repository.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditTrail;
import org.trialbench.repository.LastChange;
import org.trialbench.repository.StoreException;

/** The audit trail as one session may read it: the same site and blinding rules as the clinical data. */
final class JdbcAuditTrail implements AuditTrail {

	static final String COLUMNS = "sequence, commit_id, username, changed_at, reason, object_id, object_type, feature, "
			+ "old_value, new_value, subject_id, hash, site_id, reveals_allocation, sealed_case, sealed_owner";

	private final JdbcTrialSession session;

	JdbcAuditTrail(JdbcTrialSession session) {
		this.session = session;
	}

	@Override
	public List<AuditEntry> forObject(String objectId) throws StoreException {
		return select("object_id = ? ORDER BY sequence", 0, objectId);
	}

	@Override
	public List<AuditEntry> forSubject(String subjectId) throws StoreException {
		return select("subject_id = ? ORDER BY sequence", 0, subjectId);
	}

	/**
	 * As the default, with the same rows and visibility test as {@link #forSubject(String)}, but without reading
	 * each entry's object type, feature, old and new value and hash, and keeping only the newest entry per object:
	 * the ODM export asks this for every subject, and reading whole entries was the larger part of what it
	 * allocated.
	 */
	@Override
	public Map<String, LastChange> lastChanges(String subjectId) throws StoreException {
		return session.store().query(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT object_id, sequence, commit_id, "
					+ "username, changed_at, reason, site_id, reveals_allocation, sealed_case, sealed_owner "
					+ "FROM audit_entry WHERE subject_id = ? ORDER BY sequence")) {
				query.setString(1, subjectId);
				Map<String, LastChange> last = new HashMap<>();
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						if (session.visible(rs.getString(7), rs.getBoolean(8))
								&& session.unsealed(connection, rs.getString(9), rs.getString(10))) {
							last.put(rs.getString(1), new LastChange(rs.getLong(2), rs.getLong(3), rs.getString(4),
									rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
						}
					}
				}
				return last;
			}
		});
	}

	@Override
	public List<AuditEntry> byUser(String username, Instant from, Instant to) throws StoreException {
		Instant start = from == null ? Instant.EPOCH : from;
		Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
		return select("username = ? AND changed_at >= ? AND changed_at <= ? ORDER BY sequence", 0, username,
				OffsetDateTime.ofInstant(start, ZoneOffset.UTC), OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
	}

	@Override
	public List<AuditEntry> latest(int limit) throws StoreException {
		return select("1 = 1 ORDER BY sequence DESC", limit);
	}

	/** Entries of one audited feature (such as an act with no stored object), oldest first. */
	List<AuditEntry> forFeature(String feature) throws StoreException {
		return select("feature = ? ORDER BY sequence", 0, feature);
	}

	private List<AuditEntry> select(String where, int limit, Object... parameters) throws StoreException {
		return session.store().query(connection -> {
			try (PreparedStatement query = connection
					.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where)) {
				for (int i = 0; i < parameters.length; i++) {
					query.setObject(i + 1, parameters[i]);
				}
				List<AuditEntry> entries = new ArrayList<>();
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next() && (limit <= 0 || entries.size() < limit)) {
						if (session.visible(rs.getString(13), rs.getBoolean(14))
								&& session.unsealed(connection, rs.getString(15), rs.getString(16))) {
							entries.add(entry(rs));
						}
					}
				}
				return entries;
			}
		});
	}

	static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
	}
}
