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
 *
 * <p>On the embedded store, and for the owner of a server store (loading a trial), the writer writes rows and
 * audit entries itself. A trial user of a server store has no right to write any table: there the writer sends
 * the operations to the server's commit functions (schema 12: {@code tb_commit_begin}, {@code tb_commit_write},
 * {@code tb_commit_finish}), which check the write policy, classify each row and write the audit entries
 * themselves; the server's rules hold whatever a client sends.</p>
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
	/** Operations for the server's commit functions (a trial user on a server store), else null. */
	private final ServerOperations server;

	/** The commit's reason for change. */
	String reason() {
		return reason;
	}

	/** A writer that writes the store's tables itself: the embedded store, or a server store's owner. */
	public CommitWriter(Connection connection, Database.Vendor vendor, String username, String reason)
			throws SQLException {
		this(connection, vendor, username, reason, false, false);
	}

	/**
	 * A writer for a logged-in trial user: on a server store it goes through the server's commit functions.
	 *
	 * @param dataImport whether the commit is a data import (the server applies the import's write rules)
	 */
	public static CommitWriter forUser(Connection connection, Database.Vendor vendor, String username, String reason,
			boolean dataImport) throws SQLException {
		return new CommitWriter(connection, vendor, username, reason, vendor == Database.Vendor.POSTGRESQL,
				dataImport);
	}

	private CommitWriter(Connection connection, Database.Vendor vendor, String username, String reason,
			boolean throughServer, boolean dataImport) throws SQLException {
		this.connection = connection;
		this.vendor = vendor;
		this.username = username;
		this.reason = reason;
		if (throughServer) {
			try (PreparedStatement begin = connection
					.prepareStatement("SELECT commit_id, committed_at FROM tb_commit_begin(?, ?)")) {
				begin.setString(1, reason);
				begin.setBoolean(2, dataImport);
				try (ResultSet rs = begin.executeQuery()) {
					rs.next();
					commitId = rs.getLong(1);
					at = rs.getObject(2, OffsetDateTime.class).toInstant();
				}
			}
			server = new ServerOperations();
			insertObject = null;
			updateObject = null;
			insertAudit = null;
			seals = null;
			return;
		}
		server = null;
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
		if (server != null) {
			server.add("create", row, row.parentId(), row.containerFeature(), row.ordinal(), null, null,
					row.stateText());
			return;
		}
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
		if (server != null) { // the server merges the changes into the row it holds
			for (FeatureChange change : changes) {
				server.add("change", row, null, null, 0, change.feature(), change.oldValue(), change.newValue());
			}
			return;
		}
		writeObject(row.id(), mergedState, false);
		for (FeatureChange change : changes) {
			audit(row, change.feature(), change.oldValue(), change.newValue());
		}
	}

	/** Clinical data is never erased: the row is marked deleted and the audit keeps what it held. */
	public void delete(ObjectRow row, String storedState) throws SQLException {
		if (server != null) {
			server.add("delete", row, null, null, 0, null, storedState, null);
			return;
		}
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
		if (server != null) {
			server.add("note", row, null, null, 0, feature, null, value);
			return;
		}
		audit(row, feature, null, value);
	}

	public record FeatureChange(String feature, String oldValue, String newValue) {
	}

	/**
	 * Audits a change the store itself makes as part of this commit (e.g. re-opening verification), under its own
	 * reason so that the trail says it was automatic. The caller has already written the object's new state.
	 */
	public void audit(ObjectRow row, FeatureChange change, String ownReason) throws SQLException {
		if (server != null) { // the server makes the same automatic change itself, under the same reason
			changedValues++;
			return;
		}
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
		if (server != null) {
			server.send();
			return;
		}
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
		if (server != null) {
			try (PreparedStatement finish = connection
					.prepareStatement("SELECT commit_id, committed_at, changed_values FROM tb_commit_finish()");
					ResultSet rs = finish.executeQuery()) {
				rs.next();
				changedValues = rs.getInt(3);
				return new CommitInfo(rs.getLong(1), username, rs.getObject(2, OffsetDateTime.class).toInstant(),
						reason, changedValues);
			}
		}
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
		if (server != null) {
			return;
		}
		insertObject.close();
		updateObject.close();
		insertAudit.close();
	}
	/** Operations batched for {@code tb_commit_write}: one array element per operation, in order. */
	private final class ServerOperations {
		private final java.util.List<String> kinds = new java.util.ArrayList<>();
		private final java.util.List<String> ids = new java.util.ArrayList<>();
		private final java.util.List<String> types = new java.util.ArrayList<>();
		private final java.util.List<String> parents = new java.util.ArrayList<>();
		private final java.util.List<String> containers = new java.util.ArrayList<>();
		private final java.util.List<Integer> ordinals = new java.util.ArrayList<>();
		private final java.util.List<String> features = new java.util.ArrayList<>();
		private final java.util.List<String> olds = new java.util.ArrayList<>();
		private final java.util.List<String> news = new java.util.ArrayList<>();

		void add(String kind, ObjectRow row, String parent, String container, int ordinal, String feature,
				String oldValue, String newValue) throws SQLException {
			kinds.add(kind);
			ids.add(row.id());
			types.add(row.type());
			parents.add(parent);
			containers.add(container);
			ordinals.add(ordinal);
			features.add(feature);
			olds.add(oldValue);
			news.add(newValue);
			changedValues++;
			if (++pending >= BATCH) {
				send();
			}
		}

		void send() throws SQLException {
			if (kinds.isEmpty()) {
				return;
			}
			try (PreparedStatement write = connection
					.prepareStatement("SELECT tb_commit_write(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				write.setArray(1, connection.createArrayOf("varchar", kinds.toArray()));
				write.setArray(2, connection.createArrayOf("varchar", ids.toArray()));
				write.setArray(3, connection.createArrayOf("varchar", types.toArray()));
				write.setArray(4, connection.createArrayOf("varchar", parents.toArray()));
				write.setArray(5, connection.createArrayOf("varchar", containers.toArray()));
				write.setArray(6, connection.createArrayOf("int4", ordinals.toArray()));
				write.setArray(7, connection.createArrayOf("varchar", features.toArray()));
				write.setArray(8, connection.createArrayOf("varchar", olds.toArray()));
				write.setArray(9, connection.createArrayOf("varchar", news.toArray()));
				write.executeQuery().close();
			}
			for (java.util.List<?> list : java.util.List.of(kinds, ids, types, parents, containers, ordinals, features,
					olds, news)) {
				list.clear();
			}
			pending = 0;
		}
	}
}
