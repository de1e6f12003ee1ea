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
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/**
 * Independent adjudication on a real PostgreSQL server, where row-level security keeps the seal: even a direct SQL
 * connection with an adjudicator's credentials finds no colleague's review before the own one is in.
 */
class ServerIndependentReviewTest extends IndependentReviewContract {

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

	@Override
	JdbcTrialRepository newStore() throws Exception {
		String name = "review_" + (++databases);
		try (Connection admin = Database.server(server.jdbcUrl()).connect(PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		url = server.jdbcUrl().replace("/trial", "/" + name);
		JdbcTrialRepository store = JdbcTrialRepository.server(url, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
		store.initializeServer();
		return store;
	}

	private int countAs(String username, String sql) throws Exception {
		try (Connection connection = Database.server(url).connect(username, ("secret-" + username).toCharArray());
				Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	@Test
	void directSqlAsAnAdjudicatorFindsNoColleaguesDecisionBeforeTheOwn() throws Exception {
		String reviews = "SELECT COUNT(*) FROM clinical_object WHERE object_type IN ('AdjudicationReview', 'Signature')";
		String audit = "SELECT COUNT(*) FROM audit_entry WHERE object_type IN ('AdjudicationReview', 'Signature')";
		submit(login("adj"), AdjudicationDecision.ENDPOINT_MET);
		assertEquals(0, countAs("adj2", reviews));
		assertEquals(0, countAs("adj2", audit));
		assertEquals(2, countAs("adj", reviews), "the author's own review and signature");
		assertEquals(2, countAs("dm", reviews));

		submit(login("adj2"), AdjudicationDecision.ENDPOINT_MET);
		assertEquals(4, countAs("adj2", reviews));
		assertEquals(4, countAs("adj2", audit));
	}

	@Test
	void theServerRefusesASignatureByALockedUserEvenOverDirectSql() throws Exception {
		org.trialbench.repository.TrialSession adj = login("adj");
		for (int i = 0; i < org.trialbench.repository.TrialSession.SIGNING_ATTEMPTS; i++) {
			assertThrows(org.trialbench.repository.AuthenticationException.class,
					() -> adj.confirmPassword("guess".toCharArray(), CASE));
		}
		try (Connection direct = Database.server(url).connect("adj", "secret-adj".toCharArray());
				Statement statement = direct.createStatement()) {
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
					"INSERT INTO clinical_object (id, object_type, ordinal, reveals_allocation, state, last_commit) "
							+ "VALUES ('forged', 'Signature', 0, FALSE, 'meaning=authorship', 0)"));
			assertEquals("42501", refused.getSQLState(), "no user writes a row by plain SQL: " + refused.getMessage());
			direct.rollback();
			// nor through the server's own commit functions while signing is locked
			String adjId;
			try (ResultSet rs = statement.executeQuery("SELECT user_id FROM app_user WHERE username = 'adj'")) {
				rs.next();
				adjId = rs.getString(1);
			}
			statement.executeQuery("SELECT * FROM tb_commit_begin('sign', FALSE)").close();
			// an own review with its signature, as the adjudicator's client would write it (schema 15: an
			// adjudicator signs adjudication decisions only, never a form)
			SQLException locked = assertThrows(SQLException.class, () -> statement.executeQuery(
					"SELECT tb_commit_write(ARRAY['create', 'create'], ARRAY['forged-review', 'forged'], "
							+ "ARRAY['AdjudicationReview', 'Signature'], ARRAY['" + CASE + "', 'forged-review'], "
							+ "ARRAY['reviews', 'signature'], ARRAY[5, 0], ARRAY[NULL, NULL]::varchar[], "
							+ "ARRAY[NULL, NULL]::varchar[], ARRAY[E'adjudicator=" + adjId + "\\nround=1\\n"
							+ "decision=endpointMet\\nrationale=forged\\nsubmittedAt=2026-06-03T09:00:00Z\\n', "
							+ "E'signer=" + adjId + "\\nmeaning=authorship\\n'])"));
			assertEquals("42501", locked.getSQLState(), locked.getMessage());
			assertTrue(locked.getMessage().contains("signing is locked"), locked.getMessage());
			direct.rollback();
			SQLException noForgedLog = assertThrows(SQLException.class, () -> statement.executeUpdate(
					"DELETE FROM security_log"));
			assertEquals("42501", noForgedLog.getSQLState(), "the log is written only through the server's functions");
		}
	}
}
