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
		assertEquals(org.trialbench.repository.jdbc.internal.StoreSchema.newestVersion(Database.Vendor.POSTGRESQL), store.initializeServer());
		return store;
	}

	@Override
	JdbcTrialRepository reopen() throws Exception {
		JdbcTrialRepository store = JdbcTrialRepository.server(url, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
		assertEquals(org.trialbench.repository.jdbc.internal.StoreSchema.newestVersion(Database.Vendor.POSTGRESQL),
				store.initializeServer());
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

	@Override
	Connection ownerSql() throws Exception {
		Connection connection = owner(url);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
			ddl.execute("ALTER TABLE commit_log DISABLE TRIGGER commit_log_append_only");
		}
		return connection;
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
			assertThrows(SQLException.class, () -> count(connection, "SELECT COUNT(*) FROM pg_authid"),
					"the store's owner is no superuser");
		}
		try (Connection superuser = Database.server(url).connect(
				org.trialbench.repository.jdbc.local.LocalPostgres.SUPERUSER, PostgresServer.OWNER_PASSWORD.toCharArray())) {
			assertEquals(1, count(superuser, "SELECT COUNT(*) FROM pg_authid WHERE rolname = 'inv01' "
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
	void aLostServerGivesAClearErrorAndLiveUpdatesResumeAfterItsRestart() throws Exception {
		TrialSession watcher = login("admin");
		java.util.concurrent.BlockingQueue<Long> heard = new java.util.concurrent.LinkedBlockingQueue<>();
		watcher.addListener((commit, subjects) -> heard.add(commit.commitId()));
		Thread.sleep(600); // let the watcher connect
		TrialSession investigator = login("inv01");
		try (org.trialbench.repository.TrialTransaction tx = investigator.begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			assertEquals(2L, tx.commit("before the outage").commitId());
		}
		assertEquals(2L, heard.poll(10, java.util.concurrent.TimeUnit.SECONDS));
		try (org.trialbench.repository.TrialTransaction tx = investigator.begin()) {
			value(tx.editSubject(S1), "IT.ECK.PAIN").setValue("3");
			server.stopServer();
			try {
				StoreException lost = assertThrows(StoreException.class, () -> tx.commit("during the outage"));
				assertTrue(lost.getMessage().contains("Lost the connection to the trial store")
						&& lost.getMessage().contains("nothing of this change was saved"), lost.getMessage());
			} finally {
				server.startServer();
			}
			// the same session and working copy, without logging in again
			assertEquals(3L, tx.commit("after the restart").commitId());
		}
		assertEquals(3L, heard.poll(15, java.util.concurrent.TimeUnit.SECONDS), "live updates resumed");
		org.trialbench.clinical.Subject stored = watcher.subject(S1).orElseThrow();
		assertEquals("2", value(stored, "IT.ECK.DYSPHAGIA").getValue(), "the commit before the outage is kept");
		assertEquals("3", value(stored, "IT.ECK.PAIN").getValue());
		assertTrue(repository.verifyAudit(new org.eclipse.core.runtime.NullProgressMonitor()).intact());
	}

	@Test
	void anAdministratorsChangeReachesTheServersOwnAccessControlAtOnce() throws Exception {
		try (Connection investigator = as("inv01")) {
			String subjects = "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'";
			assertEquals(3, count(investigator, subjects));
			TrialSession admin = login("admin");
			org.trialbench.clinical.Site vienna = admin.trial().getSites().stream()
					.filter(site -> site.getCode().equals("02")).findFirst().orElseThrow();
			try (org.trialbench.repository.TrialTransaction tx = admin.begin()) {
				tx.editUser("inv01").getSites().add(vienna);
				tx.commit("covers Vienna");
			}
			assertEquals(6, count(investigator, subjects), "row-level security follows on an open connection");
			try (org.trialbench.repository.TrialTransaction tx = admin.begin()) {
				tx.editUser("inv01").setActive(false);
				tx.commit("left the trial");
			}
			assertEquals(0, count(investigator, subjects), "a deactivated user's open connection sees nothing");
			assertEquals(0, count(investigator, "SELECT COUNT(*) FROM clinical_object"),
					"not even the trial's rows of no site");
			assertEquals(0, count(investigator, "SELECT COUNT(*) FROM audit_entry"));
		}
		SQLException refused = assertThrows(SQLException.class, () -> as("inv01"));
		assertEquals("28000", refused.getSQLState(), "the login role may no longer log in");
		try (Connection owner = owner(url)) {
			assertEquals(0, count(owner, "SELECT COUNT(*) FROM pg_roles WHERE rolname = 'inv01' AND rolcanlogin"));
		}
	}

	@Test
	void theUserCommandAdministersAServerStoreAsALoggedInAdministrator(@org.junit.jupiter.api.io.TempDir
			java.nio.file.Path home) throws Exception {
		String previous = System.getProperty(org.trialbench.core.TrialbenchHome.PROPERTY);
		System.setProperty(org.trialbench.core.TrialbenchHome.PROPERTY, home.toString());
		try {
			java.nio.file.Files.writeString(home.resolve("trialbench.properties"),
					"store.kind=server\nstore.server.jdbcUrl=" + url + "\n");
			java.nio.file.Path adminPassword = java.nio.file.Files.writeString(home.resolve("admin.txt"), "secret-admin");
			java.nio.file.Path newPassword = java.nio.file.Files.writeString(home.resolve("new.txt"), "welcome-inv03");
			UserCommandTest.run("add", "inv03", "--roles", "investigator", "--sites", "02", "--as", "admin",
					"--as-password-file", adminPassword.toString(), "--password-file", newPassword.toString());
			try (Connection newcomer = Database.server(url).connect("inv03", "welcome-inv03".toCharArray())) {
				assertEquals(3, count(newcomer, "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'"));
			}
			UserCommandTest.run("deactivate", "inv03", "--as", "admin", "--as-password-file", adminPassword.toString());
			assertThrows(AuthenticationException.class, () -> repository.login("inv03", "welcome-inv03".toCharArray()));
			String list = UserCommandTest.run("list", "--as", "admin", "--as-password-file", adminPassword.toString());
			assertTrue(list.lines().anyMatch(l -> l.startsWith("inv03 ") && l.contains("inactive")), list);
			org.trialbench.core.command.CommandException notAdmin = assertThrows(
					org.trialbench.core.command.CommandException.class, () -> UserCommandTest.run("list", "--as", "inv01",
							"--as-password-file", java.nio.file.Files.writeString(home.resolve("inv.txt"), "secret-inv01")
									.toString()));
			assertTrue(notAdmin.getMessage().contains("not an administrator"), notAdmin.getMessage());
		} finally {
			if (previous == null) {
				System.clearProperty(org.trialbench.core.TrialbenchHome.PROPERTY);
			} else {
				System.setProperty(org.trialbench.core.TrialbenchHome.PROPERTY, previous);
			}
		}
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
		try (Connection peek = as("inv01"); Statement statement = peek.createStatement()) {
			SQLException outside = assertThrows(SQLException.class,
					() -> statement.executeQuery("SELECT slot_arm FROM tb_take_slot('" + subject + "', 'DES')"));
			assertTrue(outside.getMessage().contains("only inside a commit"), outside.getMessage());
			peek.rollback();
			statement.executeQuery("SELECT * FROM tb_commit_begin('peek', FALSE)").close();
			try (ResultSet rs = statement.executeQuery("SELECT slot_arm FROM tb_take_slot('" + subject + "', 'DES')")) {
				rs.next();
				assertEquals("BTX", rs.getString(1), "the peek sees slot 1");
			}
			peek.rollback();
		}
		try (Connection keep = as("inv01"); Statement statement = keep.createStatement()) {
			// a slot taken and committed without its allocation is not kept either
			statement.executeQuery("SELECT * FROM tb_commit_begin('take without storing', FALSE)").close();
			statement.executeQuery("SELECT slot_arm FROM tb_take_slot('" + subject + "', 'DES')").close();
			SQLException unfinished = assertThrows(SQLException.class, keep::commit);
			assertTrue(unfinished.getMessage().contains("without storing the allocation")
					|| unfinished.getMessage().contains("not finished"), unfinished.getMessage());
		}
		org.trialbench.clinical.Allocation allocation = investigator.allocations().randomize(subject, "randomized");
		assertEquals("DES-003", allocation.getRandomizationNumber(), "slots 1 and 2 were burned by the peeks");
		assertEquals("POEM", allocation.getArm().getCode());
		List<org.trialbench.repository.RandomizationSlot> slots = login("stat").allocations().list().stratum("DES");
		assertFalse(slots.get(0).used(), "the burned slot shows as a gap in the statistician's export");
		assertFalse(slots.get(1).used());
		assertEquals(subject, slots.get(2).subjectId());
	}

	/** Each subject's records (schema 20) as they stand, beside the same records built afresh from its objects. */
	private static final String RECORDS = "SELECT subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, "
			+ "object_count, objects FROM subject_record WHERE current";
	private static final String BUILT = "SELECT subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, "
			+ "COUNT(*)::INT, json_agg(json_build_array(id, object_type, parent_id, container_feature, ordinal, state) "
			+ "ORDER BY ordinal, id)::TEXT FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL "
			+ "GROUP BY subject_id, site_id, reveals_allocation, sealed_case, sealed_owner";
	/** How many records differ between the two (in either direction): 0 when every record is current. */
	private static final String RECORDS_DIFFERING = "SELECT COUNT(*) FROM ((" + RECORDS + " EXCEPT ALL " + BUILT
			+ ") UNION ALL (" + BUILT + " EXCEPT ALL " + RECORDS + ")) d";
	/** Superseded records that no lock holds: the refresh deletes them. */
	private static final String UNHELD = "SELECT COUNT(*) FROM subject_record r WHERE NOT r.current AND NOT EXISTS "
			+ "(SELECT 1 FROM locked_record l WHERE l.record_id = r.record_id)";

	/**
	 * Schema 20: every write keeps the subjects' records current (a user's commit, a new subject, the owner's own
	 * SQL marking an object deleted or moving it to another subject); a lock lists the records current at its
	 * moment, keeps them when the subjects change later, and shares the unchanged ones with the next lock; nothing,
	 * not even the store's owner with plain SQL, changes or deletes a record a lock holds.
	 */
	/**
	 * A session reads a subject from its current records (schema 20); every user must read from them exactly what
	 * the live rows give the same user (the bulk live read goes through the rows), after a correction and after
	 * the owner's own SQL moved an object to another subject too.
	 */
	@Test
	void everyUserReadsASubjectFromItsRecordsExactlyAsFromItsRows() throws Exception {
		List<String> users = List.of("admin", "inv01", "inv02", "mon01", "safety", "adj", "dm", "committee", "stat");
		compareRecordsAndRows(users, "the loaded trial");
		try (org.trialbench.repository.TrialTransaction tx = login("inv01").begin()) {
			value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit("transcription error, source says daily");
		}
		assertEquals("2", value(login("admin").subject(S1).orElseThrow(), "IT.ECK.DYSPHAGIA").getValue(),
				"a later session reads the correction");
		compareRecordsAndRows(users, "after a correction");
		try (Connection owner = owner(url); Statement sql = owner.createStatement()) {
			assertEquals(1, sql.executeUpdate("UPDATE clinical_object SET subject_id = 'subject-02-0001' WHERE id = "
					+ "(SELECT id FROM clinical_object WHERE subject_id = '" + S1 + "' AND object_type = 'ItemValue' "
					+ "AND NOT deleted ORDER BY id LIMIT 1)"));
			owner.commit();
		}
		compareRecordsAndRows(users, "after the owner moved an object");
	}

	private void compareRecordsAndRows(List<String> users, String when) throws Exception {
		for (String username : users) {
			TrialSession session = login(username);
			java.util.Map<String, java.util.Map<String, org.trialbench.repository.jdbc.internal.ObjectRow>> live =
					new java.util.TreeMap<>();
			session.readSubjects(null, subject -> live.put(subject.getId(), recordRows(subject)),
					new org.eclipse.core.runtime.NullProgressMonitor());
			java.util.Map<String, java.util.Map<String, org.trialbench.repository.jdbc.internal.ObjectRow>> read =
					new java.util.TreeMap<>();
			for (String id : ALL_SUBJECTS) {
				session.subject(id).ifPresent(subject -> read.put(id, recordRows(subject)));
			}
			assertFalse(read.isEmpty(), username + " " + when);
			assertEquals(live, read, username + " " + when + ": the same subjects, objects and feature texts");
		}
	}

	private static java.util.Map<String, org.trialbench.repository.jdbc.internal.ObjectRow> recordRows(
			org.trialbench.clinical.Subject subject) {
		return org.trialbench.repository.jdbc.internal.RecordRows.of(subject, "site", "subjects", 0);
	}

	@Test
	void theSubjectsRecordsFollowEveryWriteAndLocksShareThemUnchanged() throws Exception {
		try (Connection owner = owner(url)) {
			int records = count(owner, "SELECT COUNT(*) FROM subject_record WHERE current");
			assertTrue(records >= count(owner, "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'"),
					"every subject has its records: " + records);
			assertEquals(0, count(owner, RECORDS_DIFFERING), "the records of the loaded trial are current");

			try (org.trialbench.repository.TrialTransaction tx = login("inv01").begin()) {
				value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
				tx.commit("transcription error, source says daily");
			}
			assertEquals(0, count(owner, RECORDS_DIFFERING), "current after a correction");
			assertEquals(0, count(owner, UNHELD), "the superseded record of no lock is gone");

			org.trialbench.repository.DataLock first = login("dm").lockData("interim lock");
			assertEquals(count(owner, "SELECT COUNT(*) FROM subject_record WHERE current"),
					count(owner, "SELECT COUNT(*) FROM locked_record WHERE lock_id = '" + first.id() + "'"),
					"the lock lists every current record");
			int s1Records = count(owner, "SELECT COUNT(*) FROM subject_record WHERE current AND subject_id = '" + S1 + "'");

			try (org.trialbench.repository.TrialTransaction tx = login("inv01").begin()) {
				value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("3");
				tx.commit("transcription error, source says with every meal");
			}
			assertEquals(0, count(owner, RECORDS_DIFFERING), "current after a correction after the lock");
			assertEquals(s1Records, count(owner, "SELECT COUNT(*) FROM subject_record WHERE NOT current"),
					"the lock keeps the corrected subject's records it holds, and only those");
			assertEquals(0, count(owner, UNHELD));
			assertEquals("2", value(read(login("committee"), first.id()), "IT.ECK.DYSPHAGIA").getValue(),
					"the lock reads the value it froze");

			// the owner's own SQL: an object marked deleted, another moved to a second subject
			String other;
			try (Statement query = owner.createStatement(); ResultSet rs = query.executeQuery("SELECT id FROM "
					+ "clinical_object WHERE object_type = 'Subject' AND id <> '" + S1 + "' ORDER BY id LIMIT 1")) {
				rs.next();
				other = rs.getString(1);
			}
			try (Statement sql = owner.createStatement()) {
				assertEquals(1, sql.executeUpdate("UPDATE clinical_object SET deleted = TRUE WHERE id = (SELECT id "
						+ "FROM clinical_object WHERE subject_id = '" + S1 + "' AND object_type = 'ItemValue' "
						+ "ORDER BY id LIMIT 1)"));
				assertEquals(1, sql.executeUpdate("UPDATE clinical_object SET subject_id = '" + other + "' WHERE id = "
						+ "(SELECT id FROM clinical_object WHERE subject_id = '" + S1 + "' AND object_type = 'ItemValue' "
						+ "AND NOT deleted ORDER BY id LIMIT 1)"));
				owner.commit();
			}
			assertEquals(0, count(owner, RECORDS_DIFFERING), "current after the owner's SQL (both subjects)");

			org.trialbench.repository.DataLock second = login("dm").lockData("final lock");
			int untouched = count(owner, "SELECT COUNT(*) FROM subject_record WHERE current AND subject_id NOT IN ('"
					+ S1 + "', '" + other + "')");
			assertTrue(untouched > 0);
			assertEquals(untouched, count(owner, "SELECT COUNT(*) FROM locked_record a JOIN locked_record b "
					+ "ON a.record_id = b.record_id WHERE a.lock_id = '" + first.id() + "' AND b.lock_id = '"
					+ second.id() + "'"), "the second lock shares the records of the subjects nobody changed");

			// nobody changes what a lock holds, not even the owner
			String held = "(SELECT record_id FROM locked_record WHERE lock_id = '" + first.id() + "')";
			for (String attack : List.of("UPDATE subject_record SET objects = '[]' WHERE record_id IN " + held,
					"UPDATE subject_record SET site_id = NULL WHERE record_id IN " + held,
					"UPDATE subject_record SET current = TRUE WHERE NOT current",
					"DELETE FROM subject_record WHERE record_id IN " + held,
					"DELETE FROM subject_record WHERE NOT current",
					"TRUNCATE subject_record CASCADE", "DELETE FROM locked_record",
					"UPDATE locked_record SET record_id = record_id", "TRUNCATE locked_record")) {
				try (Statement sql = owner.createStatement()) {
					assertThrows(SQLException.class, () -> sql.executeUpdate(attack), attack);
				}
				owner.rollback();
			}
			assertEquals("2", value(read(login("committee"), first.id()), "IT.ECK.DYSPHAGIA").getValue());
			assertEquals(0, count(owner, RECORDS_DIFFERING));
		}
	}
}
