package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.trialbench.repository.CommitInfo;

/**
 * Writes one commit inside an open database transaction: locks the audit chain's head (which serializes
 * commits), writes object rows, appends one hash-chained audit entry per changed value, and records the commit.
 * The caller commits or rolls back the connection.
 */
public final class CommitWriter implements AutoCloseable {

	/** The most subject ids a commit lists for listeners; a bigger commit (an import) lists none. */
	private static final int MAX_LISTED_SUBJECTS = 5000;
	private static final int BATCH = 2000;

	private final Connection connection;
	private final Database.Vendor vendor;
	private final String username;
	private final String reason;
	private final Instant at;
	private final long commitId;
	private long sequence;
	private String hash;
	private int changedValues;
	private int pending;
	private final Set<String> subjectIds = new LinkedHashSet<>();
	private final PreparedStatement insertObject;
	private final PreparedStatement updateObject;
	/**
	 * On PostgreSQL the updates of a flush go as one statement over arrays (row-level security then works out the
	 * user's access once for all rows, not once per row's statement); H2 takes them as a JDBC batch.
	 */
	private final java.util.List<String> updatedIds = new java.util.ArrayList<>();
	private final java.util.List<String> updatedStates = new java.util.ArrayList<>();
	private final java.util.List<Boolean> updatedDeleted = new java.util.ArrayList<>();
	private final PreparedStatement insertAudit;
	private final ReviewSeal.Ledger seals;

	/** The commit's reason for change. */
	String reason() {
		return reason;
	}

	public CommitWriter(Connection connection, Database.Vendor vendor, String username, String reason)
			throws SQLException {
		this.connection = connection;
		this.vendor = vendor;
		this.username = username;
		this.reason = reason;
		this.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		try (PreparedStatement head = connection.prepareStatement(
				"SELECT last_sequence, last_hash, last_commit FROM audit_head WHERE id = 1 FOR UPDATE");
				ResultSet rs = head.executeQuery()) {
			if (!rs.next()) {
				throw new SQLException("the store has no audit chain head; its schema is incomplete");
			}
			sequence = rs.getLong(1);
			hash = rs.getString(2);
			commitId = rs.getLong(3) + 1;
		}
		insertObject = connection.prepareStatement("INSERT INTO clinical_object (id, object_type, parent_id, "
				+ "container_feature, ordinal, subject_id, site_id, reveals_allocation, state, last_commit, "
				+ "sealed_case, sealed_owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		updateObject = connection.prepareStatement(vendor == Database.Vendor.POSTGRESQL
				? "UPDATE clinical_object AS o SET state = u.state, last_commit = ?, deleted = u.deleted "
						+ "FROM unnest(?::varchar[], ?::varchar[], ?::boolean[]) AS u(id, state, deleted) WHERE o.id = u.id"
				: "UPDATE clinical_object SET state = ?, last_commit = ?, deleted = ? WHERE id = ?");
		insertAudit = connection.prepareStatement("INSERT INTO audit_entry (sequence, commit_id, username, "
				+ "changed_at, reason, object_id, object_type, feature, old_value, new_value, subject_id, site_id, "
				+ "reveals_allocation, hash, sealed_case, sealed_owner) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		seals = new ReviewSeal.Ledger(connection);
	}

	public long commitId() {
		return commitId;
	}

	public Instant at() {
		return at;
	}

	public void create(ObjectRow row) throws SQLException {
		insertObject.setString(1, row.id());
		insertObject.setString(2, row.type());
		insertObject.setString(3, row.parentId());
		insertObject.setString(4, row.containerFeature());
		insertObject.setInt(5, row.ordinal());
		insertObject.setString(6, row.subjectId());
		insertObject.setString(7, row.siteId());
		insertObject.setBoolean(8, row.revealsAllocation());
		insertObject.setString(9, row.stateText());
		insertObject.setLong(10, commitId);
		ReviewSeal seal = seals.of(row);
		insertObject.setString(11, seal == null ? null : seal.caseId());
		insertObject.setString(12, seal == null ? null : seal.ownerId());
		insertObject.addBatch();
		audit(row, "(created)", null, row.stateText());
	}

	/** Stores the merged state of an existing object and audits each changed feature. */
	public void update(ObjectRow row, String mergedState, Collection<FeatureChange> changes) throws SQLException {
		writeObject(row.id(), mergedState, false);
		for (FeatureChange change : changes) {
			audit(row, change.feature(), change.oldValue(), change.newValue());
		}
	}

	/** Clinical data is never erased: the row is marked deleted and the audit keeps what it held. */
	public void delete(ObjectRow row, String storedState) throws SQLException {
		writeObject(row.id(), storedState, true);
		audit(row, "(deleted)", storedState, null);
	}

	private void writeObject(String id, String state, boolean deleted) throws SQLException {
		if (vendor == Database.Vendor.POSTGRESQL) {
			updatedIds.add(id);
			updatedStates.add(state);
			updatedDeleted.add(deleted);
			return;
		}
		updateObject.setString(1, state);
		updateObject.setLong(2, commitId);
		updateObject.setBoolean(3, deleted);
		updateObject.setString(4, id);
		updateObject.addBatch();
	}

	/**
	 * Audits an act that changes no stored object, such as an emergency unblinding: one entry in the chain about
	 * the given object (its row is not written).
	 */
	public void note(ObjectRow row, String feature, String value) throws SQLException {
		audit(row, feature, null, value);
	}

	public record FeatureChange(String feature, String oldValue, String newValue) {
	}

	/**
	 * Audits a change the store itself makes as part of this commit (e.g. re-opening verification), under its own
	 * reason so that the trail says it was automatic. The caller has already written the object's new state.
	 */
	public void audit(ObjectRow row, FeatureChange change, String ownReason) throws SQLException {
		audit(row, change.feature(), change.oldValue(), change.newValue(), ownReason);
	}

	private void audit(ObjectRow row, String feature, String oldValue, String newValue) throws SQLException {
		audit(row, feature, oldValue, newValue, reason);
	}

	private void audit(ObjectRow row, String feature, String oldValue, String newValue, String reason)
			throws SQLException {
		sequence++;
		hash = AuditChain.hash(hash, sequence, commitId, username, at, reason, row.id(), row.type(), feature,
				oldValue, newValue, row.subjectId());
		insertAudit.setLong(1, sequence);
		insertAudit.setLong(2, commitId);
		insertAudit.setString(3, username);
		insertAudit.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		insertAudit.setString(5, reason);
		insertAudit.setString(6, row.id());
		insertAudit.setString(7, row.type());
		insertAudit.setString(8, feature);
		insertAudit.setString(9, oldValue);
		insertAudit.setString(10, newValue);
		insertAudit.setString(11, row.subjectId());
		insertAudit.setString(12, row.siteId());
		insertAudit.setBoolean(13, row.revealsAllocation());
		insertAudit.setString(14, hash);
		ReviewSeal seal = seals.of(row);
		insertAudit.setString(15, seal == null ? null : seal.caseId());
		insertAudit.setString(16, seal == null ? null : seal.ownerId());
		insertAudit.addBatch();
		changedValues++;
		// a commit bigger than the list (an import) lists none, so the set need not grow past it
		if (row.subjectId() != null && subjectIds.size() <= MAX_LISTED_SUBJECTS) {
			subjectIds.add(row.subjectId());
		}
		if (++pending >= BATCH) {
			flush();
		}
	}

	/** Sends the batched rows and audit entries to the database now (still inside its open transaction). */
	public void send() throws SQLException {
		flush();
	}

	private void flush() throws SQLException {
		insertObject.executeBatch();
		if (vendor == Database.Vendor.POSTGRESQL) {
			if (!updatedIds.isEmpty()) {
				updateObject.setLong(1, commitId);
				updateObject.setArray(2, connection.createArrayOf("varchar", updatedIds.toArray()));
				updateObject.setArray(3, connection.createArrayOf("varchar", updatedStates.toArray()));
				updateObject.setArray(4, connection.createArrayOf("boolean", updatedDeleted.toArray()));
				updateObject.executeUpdate();
				updatedIds.clear();
				updatedStates.clear();
				updatedDeleted.clear();
			}
		} else {
			updateObject.executeBatch();
		}
		insertAudit.executeBatch();
		pending = 0;
	}

	/** Moves the chain's head, records the commit and (on a server) tells the other workbenches. */
	public CommitInfo finish() throws SQLException {
		flush();
		try (PreparedStatement head = connection.prepareStatement(
				"UPDATE audit_head SET last_sequence = ?, last_hash = ?, last_commit = ? WHERE id = 1")) {
			head.setLong(1, sequence);
			head.setString(2, hash);
			head.setLong(3, commitId);
			head.executeUpdate();
		}
		try (PreparedStatement log = connection.prepareStatement("INSERT INTO commit_log (commit_id, username, "
				+ "committed_at, reason, changed_values, subject_ids, last_sequence, head_hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			log.setLong(1, commitId);
			log.setString(2, username);
			log.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
			log.setString(4, reason);
			log.setInt(5, changedValues);
			log.setString(6, subjectIds.size() <= MAX_LISTED_SUBJECTS ? String.join(",", subjectIds) : null);
			log.setLong(7, sequence);
			log.setString(8, hash);
			log.executeUpdate();
		}
		if (vendor == Database.Vendor.POSTGRESQL) {
			try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
				notify.setString(1, CommitWatcher.CHANNEL);
				notify.setString(2, Long.toString(commitId));
				notify.execute();
			}
		}
		return new CommitInfo(commitId, username, at, reason, changedValues);
	}

	public int changedValues() {
		return changedValues;
	}

	@Override
	public void close() throws SQLException {
		insertObject.close();
		updateObject.close();
		insertAudit.close();
	}
}
