package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/**
 * The shared store on a real PostgreSQL server started for this class; a new database for each test. Besides the
 * contract: the server itself enforces blinding and site isolation against direct SQL, keeps the audit trail
 * append-only, and sessions survive a server restart.
 */
class ServerStoreTest extends RepositoryContract {

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
		String name = "trial_" + (++databases);
		try (Connection admin = owner(server.jdbcUrl()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		String storeUrl = server.jdbcUrl().replace("/trial", "/" + name);
		if (url == null) {
			url = storeUrl;
		}
		JdbcTrialRepository store = JdbcTrialRepository.server(storeUrl, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
		assertEquals(3, store.initializeServer());
		return store;
	}

	private static Connection owner(String jdbcUrl) throws SQLException {
		return Database.server(jdbcUrl).connect(PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD.toCharArray());
	}

	private Connection as(String username) throws SQLException {
		return Database.server(url).connect(username, ("secret-" + username).toCharArray());
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	@Override
	void tamperWithAudit(long sequence, String newValue) throws Exception {
		try (Connection connection = owner(url); Statement ddl = connection.createStatement();
				PreparedStatement update = connection
						.prepareStatement("UPDATE audit_entry SET new_value = ? WHERE sequence = ?")) {
			ddl.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
			update.setString(1, newValue);
			update.setLong(2, sequence);
			assertEquals(1, update.executeUpdate());
			connection.commit();
		}
	}

	@Test
	void aBlindedUsersOwnSqlConnectionCannotReadAllocations() throws Exception {
		try (Connection adjudicator = as("adj"); Connection investigator = as("inv01")) {
			String allocations = "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Allocation'";
			assertEquals(0, count(adjudicator, allocations));
			assertEquals(0, count(adjudicator, "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Allocation'"));
			assertEquals(0, count(adjudicator, "SELECT COUNT(*) FROM clinical_object WHERE reveals_allocation"));
			assertEquals(6, count(adjudicator, "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'"));
			assertEquals(3, count(investigator, allocations), "the investigator sees the own site's allocations");
		}
	}

	@Test
	void anInvestigatorsOwnSqlConnectionSeesOnlyTheOwnSite() throws Exception {
		try (Connection investigator = as("inv02")) {
			assertEquals(0, count(investigator, "SELECT COUNT(*) FROM clinical_object WHERE site_id = 'site-01'"));
			assertEquals(3, count(investigator, "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'"));
			assertThrows(SQLException.class, () -> count(investigator, "SELECT COUNT(password_hash) FROM app_user"));
		}
	}

	@Test
	void theAuditTrailCannotBeAlteredThroughSql() throws Exception {
		try (Connection investigator = as("inv01"); Statement statement = investigator.createStatement()) {
			assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET reason = 'x'"));
		}
		try (Connection connection = owner(url); Statement statement = connection.createStatement()) {
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry"));
			assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
		}
	}

	@Test
	void theServerKeepsNoTrialbenchPasswordsOfItsOwn() throws Exception {
		try (Connection connection = owner(url)) {
			assertEquals(0, count(connection, "SELECT COUNT(password_hash) FROM app_user"));
			assertEquals(1, count(connection, "SELECT COUNT(*) FROM pg_authid WHERE rolname = 'inv01' "
					+ "AND rolpassword LIKE 'SCRAM-SHA-256$%'"));
		}
	}

	@Test
	void aServerRestartIsSurvivedOrReportedClearly() throws Exception {
		TrialSession session = login("inv01");
		assertEquals(3, session.countSubjects(SubjectFilter.all()));
		server.stopServer();
		try {
			StoreException down = assertThrows(StoreException.class, () -> session.countSubjects(SubjectFilter.all()));
			assertTrue(down.getMessage().contains("trial store"), down.getMessage());
		} finally {
			server.startServer();
		}
		assertEquals(3, session.countSubjects(SubjectFilter.all()), "the session reconnects after the restart");
	}

	@Test
	void aLocalSessionWithoutPasswordIsRefusedOnAServer() {
		assertThrows(AuthenticationException.class, () -> repository.localSession("admin"));
	}

	@Test
	void anInvestigatorsOwnSqlConnectionCannotReadTheRandomizationList() throws Exception {
		login("stat").allocations().storeList(listOf("DES", "BTX", "POEM", "POEM", "BTX"), "list for the test");
		try (Connection investigator = as("inv01"); Connection statistician = as("stat")) {
			SQLException refused = assertThrows(SQLException.class,
					() -> count(investigator, "SELECT COUNT(*) FROM randomization_slot"));
			assertEquals("42501", refused.getSQLState(), refused.getMessage()); // insufficient privilege
			investigator.rollback();
			assertThrows(SQLException.class, () -> count(investigator, "SELECT COUNT(*) FROM randomization_list"));
			investigator.rollback();
			assertEquals(4, count(statistician, "SELECT COUNT(*) FROM randomization_slot"));
		}
		try (Connection otherSite = as("inv02")) {
			// the definer function hands out a slot only for a subject of the caller's own site
			SQLException refused = assertThrows(SQLException.class,
					() -> count(otherSite, "SELECT slot_sequence FROM tb_take_slot('" + S1 + "', 'DES')"));
			assertTrue(refused.getMessage().contains("may not randomize"), refused.getMessage());
		}
	}

	@Test
	void aSlotTakenAndRolledBackToPeekIsBurnedAndTheNextSubjectGetsTheFollowingOne() throws Exception {
		login("stat").allocations().storeList(listOf("DES", "BTX", "POEM", "POEM", "BTX"), "list for the test");
		TrialSession investigator = login("inv01");
		String subject = screen(investigator, "01-0401", "DES");
		try (Connection peek = as("inv01"); Statement statement = peek.createStatement();
				ResultSet rs = statement.executeQuery("SELECT slot_arm FROM tb_take_slot('" + subject + "', 'DES')")) {
			rs.next();
			assertEquals("BTX", rs.getString(1), "the peek sees slot 1");
			peek.rollback();
		}
		org.trialbench.clinical.Allocation allocation = investigator.allocations().randomize(subject, "randomized");
		assertEquals("DES-002", allocation.getRandomizationNumber(), "slot 1 was burned by the peek");
		assertEquals("POEM", allocation.getArm().getCode());
		List<org.trialbench.repository.RandomizationSlot> slots = login("stat").allocations().list().stratum("DES");
		assertFalse(slots.get(0).used(), "the burned slot shows as a gap in the statistician's export");
		assertEquals(subject, slots.get(1).subjectId());
	}
}
