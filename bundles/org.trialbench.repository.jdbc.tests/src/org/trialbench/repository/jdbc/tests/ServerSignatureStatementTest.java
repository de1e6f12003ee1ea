package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/**
 * Schema 18 checks the signing lock and a form's sign-off once per INSERT statement over all its new rows: a statement
 * of many rows with one refused signature anywhere in it is refused as a whole, and nothing of it is kept. Written as
 * the store owner on a real PostgreSQL server (a trial user's connection cannot insert rows at all), with an app_user
 * row for the owner so that the checks, which go by session_user, apply to it.
 */
class ServerSignatureStatementTest {

	private static final String COLUMNS = "INSERT INTO clinical_object (id, object_type, ordinal, subject_id, site_id, "
			+ "reveals_allocation, state, last_commit) VALUES ";

	private static PostgresServer server;
	private static int databases;
	private String url;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void newStore() throws Exception {
		String name = "statement_" + (++databases);
		try (Connection admin = owner(server.jdbcUrl()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		url = server.jdbcUrl().replace("/trial", "/" + name);
		try (JdbcTrialRepository store = JdbcTrialRepository.server(url, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray())) {
			store.initializeServer();
		}
		try (Connection owner = owner(url); Statement statement = owner.createStatement()) {
			statement.executeUpdate("INSERT INTO app_user (username, user_id, blinded, trial_wide, active) VALUES ('"
					+ PostgresServer.OWNER + "', 'owner-user', FALSE, TRUE, TRUE)");
			statement.executeUpdate(COLUMNS + "('site-a', 'Site', 0, NULL, 'site-a', FALSE, "
					+ "E'principalInvestigator=owner-user\\n', 0), ('site-b', 'Site', 1, NULL, 'site-b', FALSE, "
					+ "E'principalInvestigator=someone-else\\n', 0)");
			owner.commit();
		}
	}

	private static Connection owner(String url) throws SQLException {
		return Database.server(url).connect(PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD.toCharArray());
	}

	private static String row(String id, String type, int ordinal, String site) {
		return "('" + id + "', '" + type + "', " + ordinal + ", " + (type.equals("Signature") ? "'subject-1'" : "NULL")
				+ ", '" + site + "', FALSE, E'meaning=authorship\\n', 0)";
	}

	private static long count(Statement statement, String idPrefix) throws SQLException {
		try (ResultSet rs = statement.executeQuery(
				"SELECT COUNT(*) FROM clinical_object WHERE id LIKE '" + idPrefix + "%'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void oneSignatureAmongManyRowsRefusesTheWholeStatementWhileSigningIsLocked() throws Exception {
		String rows = row("multi-1", "ItemValue", 0, "site-a") + ", " + row("multi-2", "ItemValue", 1, "site-a")
				+ ", " + row("multi-3", "Signature", 2, "site-a") + ", " + row("multi-4", "ItemValue", 3, "site-a");
		try (Connection owner = owner(url); Statement statement = owner.createStatement()) {
			statement.executeUpdate("UPDATE app_user SET failed_signatures = 3 WHERE username = '"
					+ PostgresServer.OWNER + "'");
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(COLUMNS + rows));
			assertEquals("42501", refused.getSQLState(), refused.getMessage());
			assertTrue(refused.getMessage().contains("signing is locked for " + PostgresServer.OWNER
					+ " after 3 wrong passwords; nothing was signed"), refused.getMessage());
			owner.rollback();
			assertEquals(0, count(statement, "multi-"), "nothing of the refused statement is kept");

			// the same statement without the signature is no signing, and is written while signing is locked
			statement.executeUpdate("UPDATE app_user SET failed_signatures = 3 WHERE username = '"
					+ PostgresServer.OWNER + "'");
			assertEquals(3, statement.executeUpdate(COLUMNS + row("plain-1", "ItemValue", 0, "site-a") + ", "
					+ row("plain-2", "ItemValue", 1, "site-a") + ", " + row("plain-3", "ItemValue", 2, "site-a")));
			// and once unlocked, the statement with the signature is written whole
			statement.executeUpdate("UPDATE app_user SET failed_signatures = 0 WHERE username = '"
					+ PostgresServer.OWNER + "'");
			assertEquals(4, statement.executeUpdate(COLUMNS + rows));
			owner.commit();
			assertEquals(4, count(statement, "multi-"));
		}
	}

	@Test
	void oneFormSignatureAtAnotherPrincipalInvestigatorsSiteRefusesTheWholeStatement() throws Exception {
		String rows = row("sig-1", "Signature", 0, "site-a") + ", " + row("sig-2", "ItemValue", 1, "site-b") + ", "
				+ row("sig-3", "Signature", 2, "site-b") + ", " + row("sig-4", "Signature", 3, "site-a");
		try (Connection owner = owner(url); Statement statement = owner.createStatement()) {
			// the owner's own commit is open, as tb_commit_begin leaves it (checked at COMMIT, so rolled back below)
			assertEquals(1, statement.executeUpdate("UPDATE audit_head SET open_txid = txid_current(), open_user = '"
					+ PostgresServer.OWNER + "', open_import = FALSE, open_reason_given = TRUE WHERE id = 1"));
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(COLUMNS + rows));
			assertEquals("42501", refused.getSQLState(), refused.getMessage());
			assertTrue(refused.getMessage().contains("Not saved: " + PostgresServer.OWNER + " is not the principal "
					+ "investigator of the form's site: only the principal investigator signs a site's forms (sig-3)"),
					refused.getMessage());
			owner.rollback();
			assertEquals(0, count(statement, "sig-"), "nothing of the refused statement is kept");

			// the owner is site-a's principal investigator: site-a's signatures alone are written
			assertEquals(1, statement.executeUpdate("UPDATE audit_head SET open_txid = txid_current(), open_user = '"
					+ PostgresServer.OWNER + "', open_import = FALSE, open_reason_given = TRUE WHERE id = 1"));
			assertEquals(3, statement.executeUpdate(COLUMNS + row("sig-1", "Signature", 0, "site-a") + ", "
					+ row("sig-2", "ItemValue", 1, "site-b") + ", " + row("sig-4", "Signature", 3, "site-a")));
			assertEquals(3, count(statement, "sig-"));
			owner.rollback();
			// outside a commit of the owner (the owner's load) the sign-off does not apply, as in schema 15
			assertEquals(4, statement.executeUpdate(COLUMNS + rows));
			owner.commit();
		}
	}
}
