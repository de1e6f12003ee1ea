package org.trialbench.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical floor of a commit: the rows one product commit wrote (its changed objects, its audit entries and its
 * commit log row), read back from the store and batch-inserted by plain JDBC into twin tables of the same columns
 * and indexes in the same database, in one transaction. The twins start as copies of the store's tables, so that
 * their B-trees are as large and as deep as the ones the product writes into (a floor into empty tables writes a
 * few hot pages, and the larger the trial the more it flatters itself). Keys are made unique per repetition by a
 * suffix, so each inserted row lands beside the row it copies, in the page the product changed.
 */
final class CommitRows {
	/** The tables a commit writes, the key column that must stay unique, and the indexes the store keeps. */
	private static final String[][] TABLES = {
			{ "clinical_object", "WHERE last_commit = ?", "id", "subject_id", "object_type, site_id", "parent_id" },
			{ "audit_entry", "WHERE commit_id = ?", "sequence", "object_id", "subject_id", "username, changed_at", "commit_id" },
			{ "commit_log", "WHERE commit_id = ?", "commit_id" } };

	private final List<List<Object[]>> rows;

	private CommitRows(List<List<Object[]>> rows) {
		this.rows = rows;
	}

	/** Reads what commit {@code commitId} wrote. */
	static CommitRows of(Connection connection, long commitId) throws SQLException {
		List<List<Object[]>> rows = new ArrayList<>();
		for (String[] table : TABLES) {
			List<Object[]> tableRows = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table[0] + " " + table[1])) {
				query.setLong(1, commitId);
				try (ResultSet rs = query.executeQuery()) {
					ResultSetMetaData meta = rs.getMetaData();
					while (rs.next()) {
						Object[] row = new Object[meta.getColumnCount()];
						for (int c = 0; c < row.length; c++) {
							row[c] = rs.getObject(c + 1);
						}
						tableRows.add(row);
					}
				}
			}
			rows.add(tableRows);
		}
		connection.rollback();
		return new CommitRows(rows);
	}

	/** Creates the twin tables (bench_ + name): copies of the store's tables with their keys and indexes. */
	static void createTwins(Connection connection) throws SQLException {
		try (Statement ddl = connection.createStatement()) {
			for (String[] table : TABLES) {
				String twin = "bench_" + table[0];
				ddl.execute("DROP TABLE IF EXISTS " + twin);
				ddl.execute("CREATE TABLE " + twin + " AS SELECT * FROM " + table[0]);
				ddl.execute("ALTER TABLE " + twin + " ALTER COLUMN " + table[2] + " SET NOT NULL");
				ddl.execute("ALTER TABLE " + twin + " ADD PRIMARY KEY (" + table[2] + ")");
				for (int i = 3; i < table.length; i++) {
					ddl.execute("CREATE INDEX " + twin + "_" + i + " ON " + twin + " (" + table[i] + ")");
				}
			}
		}
		connection.commit();
	}

	/** Drops the twin tables again (they double the store's size). */
	static void dropTwins(Connection connection) throws SQLException {
		try (Statement ddl = connection.createStatement()) {
			for (String[] table : TABLES) {
				ddl.execute("DROP TABLE IF EXISTS bench_" + table[0]);
			}
		}
		connection.commit();
	}

	/** How many rows the commit wrote. */
	int count() {
		return rows.stream().mapToInt(List::size).sum();
	}

	/** Batch-inserts the rows into the twins as one transaction; the key gets the repetition's suffix. */
	int insert(Connection connection, int repetition) throws SQLException {
		int written = 0;
		for (int t = 0; t < TABLES.length; t++) {
			List<Object[]> tableRows = rows.get(t);
			if (tableRows.isEmpty()) {
				continue;
			}
			int columns = tableRows.get(0).length;
			String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_" + TABLES[t][0]
					+ " VALUES (" + marks + ")")) {
				for (Object[] row : tableRows) {
					for (int c = 0; c < columns; c++) {
						Object value = row[c];
						if (c == 0) {
							value = value instanceof Number n ? (Object) (n.longValue() + 1_000_000_000L * (repetition + 1))
									: value + "#" + repetition;
						}
						insert.setObject(c + 1, value);
					}
					insert.addBatch();
				}
				for (int n : insert.executeBatch()) {
					written += n >= 0 ? n : 1;
				}
			}
		}
		connection.commit();
		return written;
	}
}
