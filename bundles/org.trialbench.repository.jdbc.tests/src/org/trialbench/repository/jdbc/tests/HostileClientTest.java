package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.internal.AuditChain;
import org.trialbench.repository.jdbc.internal.CommitWatcher;

/**
 * The hostile-client suite (issue 18): every role of the trial connects to a real PostgreSQL server store with
 * plain JDBC and its own credentials, as anyone with a password and psql could, and tries to read what it may not
 * see, to write around the audited commit path, to shadow the access tables, to abuse the security-definer
 * functions and to become someone else. Each attack must be refused by the server itself: an SQLException (not
 * one that only says the attack was mistyped or hit a constraint after getting past the privileges), or, where
 * reading is the attack, no row of what the user may not see. Ground truth for "may see" is {@link Attacker}, not
 * the server.
 *
 * <p>An attack that gets through a write is committed, as a real attacker would, so that the last test can check
 * that the audit chain still verifies and that no clinical object changed without an audit entry. Attacks that
 * would change logins, roles or the randomization sequences are rolled back, so that one successful attack does
 * not make the others pass or fail for the wrong reason. Reading attacks run first, writing ones last.</p>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileClientTest {

	/** Errors that say the attack statement itself is wrong, not that the server refused it. */
	private static final Set<String> NOT_A_REFUSAL = Set.of("42601", "42P01", "42703", "42883", "42804", "42846",
			"42725", "42P18", "22P02", "25P02", "0A000");
	private static final String[] STORE_TABLES = { "clinical_object", "audit_entry", "commit_log", "audit_head",
			"app_user", "user_site", "data_lock", "locked_object", "locked_subject", "locked_subject_whole",
			"subject_record", "locked_record", "subject_record_stale", "store_info", "security_log", "randomization_list",
			"randomization_slot" };
	/**
	 * Tables whose statistics would show clinical, arm-revealing, site-bound or access data (app_user is not among
	 * them: pg_stats shows only columns the user may select anyway, and its readable columns are readable).
	 */
	private static final List<String> SECRET_TABLES = List.of("clinical_object", "audit_entry", "locked_object", "locked_subject",
			"locked_subject_whole", "subject_record", "subject_record_stale", "locked_record", "commit_log", "randomization_list", "randomization_slot", "user_site", "security_log");
	/** Security-definer functions this suite attacks (or that only answer a question about the caller). */
	private static final Set<String> ATTACKED_FUNCTIONS = Set.of("tb_may_see", "tb_may_see_review", "tb_viewer",
			"tb_prepare_stratum", "tb_take_slot", "tb_set_statistician", "tb_require_administrator",
			"tb_trialbench_role", "tb_set_user_access", "tb_set_password", "tb_lock_data", "tb_signing_locked",
			"tb_signature_refused", "tb_signature_failed", "tb_signing_reset", "tb_unlock_signing",
			"tb_security_log", "tb_refuse_locked_signature", "tb_commit_begin", "tb_commit_write",
			"tb_commit_finish", "tb_commits_after", "tb_apply_user_row", "tb_commit_write_each",
			"tb_commit_write_setwise", "tb_subject_records_stale", "tb_refresh_subject_records",
			"tb_subject_records_at_commit", "tb_rebuild_subject_records");

	private static PostgresServer server;
	private static HostileStore open;
	private static HostileStore locked;

	@BeforeAll
	static void prepareStores() throws Exception {
		server = PostgresServer.start();
		open = HostileStore.prepare(server, "hostile_open", false);
		locked = HostileStore.prepare(server, "hostile_locked", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		try {
			for (HostileStore store : new HostileStore[] { open, locked }) {
				if (store != null) {
					store.close();
				}
			}
		} finally {
			if (server != null) {
				server.close();
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// A. Reading allocations or arm-revealing data by any path
	// ---------------------------------------------------------------------------------------------------------

	@Order(10)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blinded")
	void aBlindedUserReadsNoAllocationOrArmSpecificRecordFromClinicalObject(Attacker who) throws Exception {
		HostileStore store = store(who);
		Map<String, HostileStore.Row> rows = store.rows("clinical_object");
		Set<String> secret = rows.values().stream().filter(r -> r.reveals() || r.type().equals("Allocation"))
				.map(HostileStore.Row::id).collect(Collectors.toSet());
		String sql = "SELECT id FROM clinical_object";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	@Order(11)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blinded")
	void aBlindedUserReadsNoQueryMessageOrSignatureUnderAnArmSpecificRecord(Attacker who) throws Exception {
		Set<String> secret = Set.of(HostileStore.ARM_QUERY, HostileStore.ARM_MESSAGE, HostileStore.ARM_SIGNATURE);
		String rows = "SELECT id FROM clinical_object WHERE id IN ('" + String.join("', '", secret) + "')";
		String audit = "SELECT object_id FROM audit_entry WHERE object_id IN ('" + String.join("', '", secret) + "')";
		String text = "SELECT id FROM clinical_object WHERE state LIKE '%POEM%' OR state LIKE '%yotomy%'";
		assertAll(() -> assertNoneOf(who, rows, secret, strings(who, rows)),
				() -> assertNoneOf(who, audit, secret, strings(who, audit)),
				() -> assertEquals(Set.of(), strings(who, text), who + " found arm-revealing text with: " + text));
	}

	@Order(12)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blinded")
	void aBlindedUserReadsNoAuditEntryOfAnArmRevealingRecord(Attacker who) throws Exception {
		HostileStore store = store(who);
		Map<String, HostileStore.Row> rows = store.rows("clinical_object");
		Set<String> secret = store.auditEntries().stream().filter(e -> e.reveals() || isArmRevealing(rows, e))
				.map(e -> Long.toString(e.sequence())).collect(Collectors.toSet());
		String sql = "SELECT sequence FROM audit_entry";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	private static boolean isArmRevealing(Map<String, HostileStore.Row> rows, HostileStore.Entry entry) {
		HostileStore.Placement placement = HostileStore.placement(rows, entry.objectId());
		return entry.objectType().equals("Allocation") || placement != null && placement.reveals();
	}

	@Order(13)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blindedAfterLock")
	void aBlindedUserReadsNoArmRevealingRowOfADataLock(Attacker who) throws Exception {
		Map<String, HostileStore.Row> live = locked.rows("clinical_object");
		Map<String, HostileStore.Row> frozen = locked.rows("locked_object");
		assertTrue(frozen.size() > 0, "the store has a data lock");
		Set<String> secret = frozen.entrySet().stream().filter(e -> e.getValue().reveals()
				|| e.getValue().type().equals("Allocation") || isArmRevealing(live, e.getValue().id()))
				.map(Map.Entry::getKey).collect(Collectors.toSet());
		String sql = "SELECT lock_id || '/' || id FROM locked_object";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	private static boolean isArmRevealing(Map<String, HostileStore.Row> rows, String id) {
		HostileStore.Placement placement = HostileStore.placement(rows, id);
		return placement != null && placement.reveals();
	}

	/** A frozen object's lock and id, as every user's own SQL reads them out of the compact lock records. */
	private static final String LOCK_RECORD_OBJECTS = "SELECT l.lock_id || '/' || (e->>0) FROM locked_subject l, "
			+ "json_array_elements(l.objects::json) e";

	@Order(13)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blindedAfterLock")
	void aBlindedUserReadsNoArmRevealingObjectOfACompactLockRecord(Attacker who) throws Exception {
		Map<String, HostileStore.Row> live = locked.rows("clinical_object");
		Map<String, HostileStore.Row> frozen = locked.rows("locked_subject");
		assertTrue(frozen.size() > 0, "the store has a data lock in records");
		Set<String> secret = frozen.entrySet().stream().filter(e -> e.getValue().reveals()
				|| e.getValue().type().equals("Allocation") || isArmRevealing(live, e.getValue().id()))
				.map(Map.Entry::getKey).collect(Collectors.toSet());
		String text = "SELECT lock_id FROM locked_subject WHERE objects LIKE '%POEM%' OR objects LIKE '%yotomy%' "
				+ "OR objects LIKE '%\"Allocation\"%'";
		assertAll(() -> assertNoneOf(who, LOCK_RECORD_OBJECTS, secret, strings(who, LOCK_RECORD_OBJECTS)),
				() -> assertEquals(Set.of(), strings(who, text), who + " found arm-revealing text with: " + text));
	}

	@Order(13)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#afterLock")
	void everyUserReadsExactlyTheLockedObjectsItMaySeeFromTheCompactRecords(Attacker who) throws Exception {
		Map<String, HostileStore.Row> live = locked.rows("clinical_object");
		Map<String, HostileStore.Row> frozen = locked.rows("locked_subject");
		assertEquals(locked.rows("locked_object").keySet(), frozen.keySet(),
				"the records hold the same objects as the lock's rows");
		Set<String> allowed = frozen.entrySet().stream().filter(e -> {
			HostileStore.Row row = e.getValue();
			HostileStore.Placement placement = HostileStore.placement(live, row.id());
			String site = placement != null && placement.site() != null ? placement.site() : row.siteId();
			boolean reveals = row.reveals() || row.type().equals("Allocation") || isArmRevealing(live, row.id());
			return who.maySee(site, reveals);
		}).map(Map.Entry::getKey).collect(Collectors.toSet());
		assertEquals(new java.util.TreeSet<>(allowed), strings(who, LOCK_RECORD_OBJECTS),
				who + " reads from locked_subject exactly the frozen objects it may see");
	}

	@Order(22)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBoundAfterLock")
	void aSiteBoundUserReadsNoObjectOfAnotherSiteFromACompactLockRecord(Attacker who) throws Exception {
		Map<String, HostileStore.Row> live = locked.rows("clinical_object");
		Map<String, HostileStore.Row> frozen = locked.rows("locked_subject");
		Set<String> secret = frozen.entrySet().stream().filter(e -> {
			HostileStore.Placement placement = HostileStore.placement(live, e.getValue().id());
			String site = placement != null && placement.site() != null ? placement.site() : e.getValue().siteId();
			return site != null && !who.sites().contains(site);
		}).map(Map.Entry::getKey).collect(Collectors.toSet());
		assertTrue(secret.size() > 0, "the lock holds objects of site 02");
		String bySubject = "SELECT subject_id FROM locked_subject WHERE subject_id = '" + HostileStore.S2 + "'";
		assertAll(() -> assertNoneOf(who, LOCK_RECORD_OBJECTS, secret, strings(who, LOCK_RECORD_OBJECTS)),
				() -> assertEquals(Set.of(), strings(who, bySubject), who + " read a record of site 02"));
	}

	static Stream<Attacker> onBothStores() {
		return Stream.concat(Attacker.everyone(), Attacker.afterLock());
	}

	/**
	 * The subjects' current records (schema 20), which every later lock lists, show each user exactly what the live
	 * objects show it, with the same states: no object of another site, none revealing the arm to a blinded user,
	 * none of a sealed review; and for a trial-wide user they are current (every live object, as it stands).
	 */
	@Order(13)
	@ParameterizedTest(name = "{0}")
	@MethodSource("onBothStores")
	void everyUserReadsFromTheSubjectsRecordsExactlyWhatTheLiveObjectsShowIt(Attacker who) throws Exception {
		String records = "SELECT (e->>0) || ' ' || md5(COALESCE(e->>5, '')) FROM subject_record r, "
				+ "json_array_elements(r.objects::json) e WHERE r.current";
		String live = "SELECT id || ' ' || md5(COALESCE(state, '')) FROM clinical_object "
				+ "WHERE NOT deleted AND subject_id IS NOT NULL";
		Set<String> seen = strings(who, live);
		assertTrue(!who.active() || seen.size() > 0, who + " reads live objects");
		assertEquals(seen, strings(who, records), who + " reads from the subjects' records what the live rows show");
	}

	/** The functions that keep the records current are the store's own: no user calls them. */
	@Order(61)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyCallsTheRecordsOwnFunctions(Attacker who) throws Exception {
		List<Executable> attacks = new ArrayList<>();
		for (String sql : List.of("SELECT tb_refresh_subject_records()", "SELECT tb_rebuild_subject_records()",
				"SELECT tb_subject_records_stale()", "SELECT tb_subject_records_at_commit()")) {
			attacks.add(() -> refused(who, sql, false, c -> execute(c, sql)));
		}
		assertAll(attacks);
	}

	@Order(14)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyReadsTheCommitLogDirectly(Attacker who) throws Exception {
		for (String sql : List.of("SELECT reason, subject_ids FROM commit_log",
				"SELECT count(*) FROM commit_log WHERE reason LIKE '%POEM%'")) {
			refused(who, sql, false, c -> query(c, sql));
		}
	}

	@Order(15)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void theCommitsAfterFunctionListsOnlySubjectsTheCallerSeesAndNoReasonOfCommitsItSeesNothingOf(Attacker who)
			throws Exception {
		HostileStore store = store(who);
		Map<String, HostileStore.Row> rows = store.rows("clinical_object");
		Map<Long, Set<String>> visibleSubjects = new HashMap<>();
		Map<Long, Boolean> seesAnything = new HashMap<>();
		for (HostileStore.Entry entry : store.auditEntries()) {
			HostileStore.Placement placement = HostileStore.placement(rows, entry.objectId());
			boolean visible = placement == null ? who.maySee(entry.siteId(), entry.reveals())
					: who.maySee(placement.site(), placement.reveals() || entry.reveals());
			seesAnything.merge(entry.commitId(), visible, Boolean::logicalOr);
			if (visible && entry.subjectId() != null) {
				visibleSubjects.computeIfAbsent(entry.commitId(), k -> new HashSet<>()).add(entry.subjectId());
			}
		}
		String sql = "SELECT * FROM tb_commits_after(0::bigint)";
		List<String> leaks = new ArrayList<>();
		Connection connection = open(who);
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			String commitColumn = column(meta, "commit");
			String subjectsColumn = column(meta, "subject");
			String reasonColumn = column(meta, "reason");
			while (rs.next()) {
				long commit = rs.getLong(commitColumn);
				Set<String> listed = subjectIds(rs, subjectsColumn);
				Set<String> allowed = visibleSubjects.getOrDefault(commit, Set.of());
				Set<String> extra = new TreeSet<>(listed);
				extra.removeAll(allowed);
				if (!extra.isEmpty()) {
					leaks.add("commit " + commit + " lists subjects " + extra + " of which " + who.username()
							+ " may see no change");
				}
				String reason = rs.getString(reasonColumn);
				if (!seesAnything.getOrDefault(commit, false) && reason != null && !reason.isBlank()) {
					leaks.add("commit " + commit + " shows its reason '" + reason + "' though " + who.username()
							+ " may see none of its changes");
				}
			}
			connection.rollback();
		} catch (SQLException e) {
			rollbackQuietly(connection);
			if (!isRefusal(who, e, false)) {
				throw new AssertionFailedError(who + ": " + sql + " failed without refusing: " + describe(e), e);
			}
		} finally {
			release(who, connection);
		}
		assertEquals(List.of(), leaks, who + " learned more than it may see from " + sql);
	}

	private static String column(ResultSetMetaData meta, String part) throws SQLException {
		for (String exact : List.of("commit_id", "subject_ids", "reason")) {
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				if (exact.contains(part) && meta.getColumnLabel(i).equalsIgnoreCase(exact)) {
					return meta.getColumnLabel(i);
				}
			}
		}
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String label = meta.getColumnLabel(i).toLowerCase();
			if (label.contains(part) && !label.contains("committed")) {
				return meta.getColumnLabel(i);
			}
		}
		throw new AssertionFailedError("tb_commits_after returns no column named like '" + part + "'");
	}

	private static Set<String> subjectIds(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		Set<String> ids = new TreeSet<>();
		if (value instanceof Array array) {
			for (Object id : (Object[]) array.getArray()) {
				if (id != null) {
					ids.add(id.toString());
				}
			}
		} else if (value != null) {
			for (String id : value.toString().split(",")) {
				if (!id.isBlank()) {
					ids.add(id.strip());
				}
			}
		}
		return ids;
	}

	@Order(16)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void pgStatsShowNothingOfTheStoresTables(Attacker who) throws Exception {
		List<String> tables = SECRET_TABLES.stream()
				.filter(t -> !(who.username().equals("stat") && t.startsWith("randomization_"))).toList();
		String sql = "SELECT tablename || '.' || attname || ' ' || COALESCE(most_common_vals::text, '') "
				+ "|| COALESCE(histogram_bounds::text, '') FROM pg_stats WHERE schemaname = 'public' AND tablename IN ('"
				+ String.join("', '", tables) + "')";
		assertEquals(Set.of(), strings(who, sql), who + " read the statistics of the store's tables: " + sql);
	}

	@Order(17)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#notStatistician")
	void onlyTheStatisticianReadsTheRandomizationList(Attacker who) throws Exception {
		String sequence = slotSequence(HostileStore.ATTACK_STRATUM);
		List<Executable> attacks = new ArrayList<>();
		for (String sql : List.of("SELECT stratum, sequence, arm_code FROM randomization_slot",
				"SELECT seed FROM randomization_list", "SELECT last_value FROM " + sequence)) {
			attacks.add(() -> refused(who, sql, false, c -> query(c, sql)));
		}
		assertAll(attacks);
	}

	@Order(18)
	@ParameterizedTest(name = "{0}")
	@MethodSource("blindedOrSiteBound")
	void errorsRevealNoHiddenRow(Attacker who) throws Exception {
		List<String> markers = who.seesAllocation() && who.active() ? List.of("02-000", "Vienna only")
				: List.of("ARM.", "F.POEM", "IT.POEM", "yotomy", "arm=");
		List<Executable> attacks = new ArrayList<>();
		for (String sql : List.of("SELECT count(*) FROM clinical_object WHERE CAST(state AS integer) = 0",
				"SELECT count(*) FROM audit_entry WHERE CAST(COALESCE(new_value, old_value, reason) AS integer) = 0",
				"SELECT count(*) FROM locked_object WHERE CAST(state AS integer) = 0",
				"SELECT count(*) FROM locked_subject WHERE CAST(objects AS integer) = 0",
				"SELECT count(*) FROM locked_subject l, json_array_elements(l.objects::json) e "
						+ "WHERE CAST(e->>5 AS integer) = 0")) {
			attacks.add(() -> {
				Connection connection = open(who);
				try {
					query(connection, sql);
					connection.rollback();
				} catch (SQLException e) {
					rollbackQuietly(connection);
					for (String marker : markers) {
						assertTrue(e.getMessage() == null || !e.getMessage().contains(marker),
								who + " learned hidden data from the error of " + sql + ": " + e.getMessage());
					}
				} finally {
					release(who, connection);
				}
			});
		}
		String oracle = who.seesAllocation() && who.active()
				? "SELECT count(*) FROM clinical_object WHERE 1 / (CASE WHEN site_id = 'site-02' THEN 0 ELSE 1 END) = 1"
				: "SELECT count(*) FROM clinical_object WHERE 1 / (CASE WHEN object_type = 'Allocation' "
						+ "OR reveals_allocation THEN 0 ELSE 1 END) = 1"; // the divisor is not constant: no planner folding
		attacks.add(() -> {
			Connection connection = open(who);
			try {
				query(connection, oracle);
				connection.rollback();
			} catch (SQLException e) {
				rollbackQuietly(connection);
				assertTrue(!"22012".equals(e.getSQLState()),
						who + " learned that hidden rows exist (division by zero) with: " + oracle);
			} finally {
				release(who, connection);
			}
		});
		assertAll(attacks);
	}

	static Stream<Attacker> blindedOrSiteBound() {
		return Attacker.everyone().filter(a -> !a.seesAllocation() || !a.active() || a.sites() != null);
	}

	/**
	 * The old attack: a temporary table named like an access table came first on the search path inside the
	 * security-definer functions that row-level security calls, so the user wrote the own access rights.
	 */
	@Order(19)
	@ParameterizedTest(name = "{0}")
	@MethodSource("blindedOrSiteBound")
	void temporaryAccessTablesUnlockNothing(Attacker who) throws Exception {
		HostileStore store = store(who);
		Map<String, HostileStore.Row> rows = store.rows("clinical_object");
		Set<String> secret = rows.values().stream().filter(r -> !who.maySee(HostileStore.placement(rows, r.id())))
				.map(HostileStore.Row::id).collect(Collectors.toSet());
		Connection connection = open(who);
		Set<String> seen = new TreeSet<>();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE app_user (username VARCHAR, user_id VARCHAR, password_hash VARCHAR, "
					+ "blinded BOOLEAN, trial_wide BOOLEAN, active BOOLEAN, may_lock BOOLEAN, unblinded_by_lock BOOLEAN, "
					+ "independent_reviewer BOOLEAN, administrator BOOLEAN, failed_signatures INT)");
			statement.execute("INSERT INTO app_user VALUES (session_user, 'user-' || session_user, NULL, FALSE, TRUE, "
					+ "TRUE, TRUE, FALSE, FALSE, TRUE, 0)");
			statement.execute("CREATE TEMP TABLE user_site (username VARCHAR, site_id VARCHAR)");
			statement.execute("INSERT INTO user_site VALUES (session_user, 'site-01'), (session_user, 'site-02')");
			statement.execute("CREATE TEMP TABLE data_lock (lock_id VARCHAR, commit_id BIGINT)");
			statement.execute("INSERT INTO data_lock VALUES ('LOCK-X', 0)");
			try (ResultSet rs = statement.executeQuery("SELECT id FROM clinical_object")) {
				while (rs.next()) {
					seen.add(rs.getString(1));
				}
			}
			connection.rollback();
		} catch (SQLException e) {
			rollbackQuietly(connection);
			if (!isRefusal(who, e, false)) {
				throw new AssertionFailedError(who + ": the shadowing attack failed without a refusal: " + describe(e), e);
			}
		} finally {
			release(who, connection);
		}
		assertNoneOf(who, "CREATE TEMP TABLE app_user/user_site/data_lock (own rights), then SELECT id FROM "
				+ "clinical_object", secret, seen);
	}

	// ---------------------------------------------------------------------------------------------------------
	// B. Reading another site's data as a site-bound role
	// ---------------------------------------------------------------------------------------------------------

	@Order(20)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBound")
	void aSiteBoundUserReadsNoClinicalObjectOfAnotherSite(Attacker who) throws Exception {
		Map<String, HostileStore.Row> rows = store(who).rows("clinical_object");
		Set<String> secret = rows.values().stream().filter(r -> r.siteId() != null && !who.sites().contains(r.siteId()))
				.map(HostileStore.Row::id).collect(Collectors.toSet());
		String sql = "SELECT id FROM clinical_object";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	@Order(21)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBound")
	void aSiteBoundUserReadsNoAuditEntryOfAnotherSite(Attacker who) throws Exception {
		HostileStore store = store(who);
		Map<String, HostileStore.Row> rows = store.rows("clinical_object");
		Set<String> secret = store.auditEntries().stream().filter(e -> {
			HostileStore.Placement placement = HostileStore.placement(rows, e.objectId());
			String site = placement != null && placement.site() != null ? placement.site() : e.siteId();
			return site != null && !who.sites().contains(site);
		}).map(e -> Long.toString(e.sequence())).collect(Collectors.toSet());
		String sql = "SELECT sequence FROM audit_entry";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	@Order(22)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBoundAfterLock")
	void aSiteBoundUserReadsNoRowOfAnotherSiteFromADataLock(Attacker who) throws Exception {
		Map<String, HostileStore.Row> live = locked.rows("clinical_object");
		Map<String, HostileStore.Row> frozen = locked.rows("locked_object");
		Set<String> secret = frozen.entrySet().stream().filter(e -> {
			HostileStore.Placement placement = HostileStore.placement(live, e.getValue().id());
			String site = placement != null && placement.site() != null ? placement.site() : e.getValue().siteId();
			return site != null && !who.sites().contains(site);
		}).map(Map.Entry::getKey).collect(Collectors.toSet());
		assertTrue(secret.size() > 0, "the lock holds rows of site 02");
		String sql = "SELECT lock_id || '/' || id FROM locked_object";
		assertNoneOf(who, sql, secret, strings(who, sql));
	}

	@Order(23)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBound")
	void aSiteBoundUserReadsNoAdjudicationCaseOrReviewOfAnotherSite(Attacker who) throws Exception {
		Set<String> secret = Set.of(HostileStore.CASE_02, HostileStore.REVIEW_02, HostileStore.REVIEW_02 + "-signature");
		String in = "('" + String.join("', '", secret) + "')";
		String rows = "SELECT id FROM clinical_object WHERE id IN " + in;
		String audit = "SELECT object_id FROM audit_entry WHERE object_id IN " + in;
		String bySubject = "SELECT id FROM clinical_object WHERE object_type LIKE 'Adjudication%' AND state LIKE '%"
				+ HostileStore.S2 + "%'";
		assertAll(() -> assertNoneOf(who, rows, secret, strings(who, rows)),
				() -> assertNoneOf(who, audit, secret, strings(who, audit)),
				() -> assertEquals(Set.of(), strings(who, bySubject), who + " found a case of site 02 with " + bySubject));
	}

	// ---------------------------------------------------------------------------------------------------------
	// G. Notifications
	// ---------------------------------------------------------------------------------------------------------

	@Order(30)
	@Test
	void aCommitNotificationCarriesOnlyTheCommitNumber() throws Exception {
		String channel = channel();
		List<Attacker> listeners = Attacker.everyone().filter(a -> !a.lockedStore()).toList();
		Map<Attacker, Connection> connections = new LinkedHashMap<>();
		try {
			for (Attacker who : listeners) {
				Connection connection = open(who);
				connections.put(who, connection);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + channel);
					connection.commit();
				} catch (SQLException e) {
					if (!who.deactivated()) {
						throw e;
					}
				}
			}
			TrialSession vienna = open.repository.login("inv02", "secret-inv02".toCharArray());
			try (TrialTransaction tx = vienna.begin()) {
				RepositoryContract.value(tx.editSubject(HostileStore.S2), "IT.ECK.PAIN").setValue("2");
				tx.commit("Vienna: chest pain daily per source");
			}
			vienna.close();
			Thread.sleep(500);
			List<Executable> checks = new ArrayList<>();
			for (Map.Entry<Attacker, Connection> listener : connections.entrySet()) {
				Attacker who = listener.getKey();
				Connection connection = listener.getValue();
				List<String> payloads = new ArrayList<>();
				try {
					try (Statement statement = connection.createStatement()) {
						statement.execute("SELECT 1"); // picks up notifications that arrived meanwhile
					}
					connection.rollback();
					PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(2000);
					for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
						payloads.add(notification.getParameter());
					}
				} catch (SQLException e) {
					if (who.deactivated()) {
						continue; // the server ended the deactivated user's connection: nothing heard
					}
					throw e;
				}
				checks.add(() -> assertTrue(payloads.stream().allMatch(p -> p.matches("[0-9]+")),
						who + " heard more than a commit number on LISTEN " + channel + ": " + payloads));
				if (who.active()) {
					checks.add(() -> assertTrue(!payloads.isEmpty(), who + " heard no notification of the commit, so "
							+ "its payload was not checked"));
				}
			}
			assertAll(checks);
		} finally {
			for (Map.Entry<Attacker, Connection> listener : connections.entrySet()) {
				release(listener.getKey(), listener.getValue());
			}
		}
	}

	private static String channel() throws ReflectiveOperationException {
		java.lang.reflect.Field field = CommitWatcher.class.getDeclaredField("CHANNEL");
		field.setAccessible(true);
		return (String) field.get(null);
	}

	// ---------------------------------------------------------------------------------------------------------
	// F. Role switching and password hashes
	// ---------------------------------------------------------------------------------------------------------

	@Order(40)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyBecomesATrialbenchGroupOrTheOwnerBySetRole(Attacker who) throws Exception {
		List<String> targets = new ArrayList<>(trialbenchRoles());
		targets.remove("trialbench_user"); // every login is a member by design; policies go by session_user
		if (who.username().equals("stat") && who.active()) {
			targets.remove("trialbench_statistician");
		}
		targets.addAll(List.of("pg_read_all_data", "pg_write_all_data", "pg_read_all_stats", "pg_signal_backend",
				"inv02", "stat"));
		targets.remove(who.username());
		assertAll(targets.stream().map(role -> (Executable) () -> refused(who, "SET ROLE " + quote(role), false,
				c -> execute(c, "SET ROLE " + quote(role)))));
	}

	@Order(41)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodySetsTheSessionAuthorization(Attacker who) throws Exception {
		assertAll(Stream.of(PostgresServer.OWNER, "stat", "admin", "inv02")
				.filter(role -> !role.equals(who.username()))
				.map(role -> (Executable) () -> refused(who, "SET SESSION AUTHORIZATION " + role, false,
						c -> execute(c, "SET SESSION AUTHORIZATION " + quote(role)))));
	}

	@Order(42)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyGrantsItselfARole(Attacker who) throws Exception {
		List<String> roles = new ArrayList<>(trialbenchRoles());
		roles.addAll(List.of("pg_read_all_data", "pg_write_all_data", "stat", "admin"));
		roles.remove(who.username());
		List<Executable> attacks = new ArrayList<>();
		for (String role : roles) {
			String sql = "GRANT " + quote(role) + " TO " + quote(who.username());
			attacks.add(() -> refused(who, sql, false, c -> execute(c, sql)));
		}
		String other = "GRANT trialbench_statistician TO " + quote(who.username().equals("inv01") ? "pi01" : "inv01");
		attacks.add(() -> refused(who, other, false, c -> execute(c, other)));
		assertAll(attacks);
	}

	@Order(43)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyAltersTheOwnRoleOrAnothersPassword(Attacker who) throws Exception {
		String self = quote(who.username());
		List<String> attacks = new ArrayList<>();
		for (String option : List.of("CREATEROLE", "BYPASSRLS", "SUPERUSER", "CREATEDB", "REPLICATION")) {
			attacks.add("ALTER ROLE " + self + " " + option);
		}
		for (String other : List.of(who.username().equals("inv01") ? "pi01" : "inv01", "admin", "stat",
				PostgresServer.OWNER)) {
			if (!other.equals(who.username())) {
				attacks.add("ALTER ROLE " + quote(other) + " PASSWORD 'known-to-the-attacker'");
			}
		}
		attacks.add("ALTER ROLE trialbench_user LOGIN PASSWORD 'known-to-the-attacker'");
		attacks.add("CREATE ROLE hostile_" + who.username() + " LOGIN SUPERUSER PASSWORD 'x'");
		attacks.add("CREATE ROLE hostile_" + who.username() + "_plain LOGIN PASSWORD 'x'");
		assertAll(attacks.stream().map(sql -> (Executable) () -> refused(who, sql, false, c -> execute(c, sql))));
	}

	@Order(45)
	@Test
	void aDeactivatedUserCannotLogInAgain() {
		java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
				() -> open.connect(HostileStore.LEAVER).close());
		assertEquals("28000", refused.getSQLState(), describe(refused));
	}

	@Order(44)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyReadsPasswordHashes(Attacker who) throws Exception {
		assertAll(Stream.of("SELECT rolname, rolpassword FROM pg_authid", "SELECT usename, passwd FROM pg_shadow",
				"SELECT username, password_hash FROM app_user")
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> query(c, sql))));
	}

	// ---------------------------------------------------------------------------------------------------------
	// D. Temporary and shadow objects
	// ---------------------------------------------------------------------------------------------------------

	@Order(50)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyCreatesATemporaryTableNamedLikeAnAccessTable(Attacker who) throws Exception {
		List<String> attacks = new ArrayList<>();
		for (String table : List.of("app_user", "user_site", "clinical_object", "data_lock")) {
			attacks.add("CREATE TEMP TABLE " + table + " (username VARCHAR)");
			attacks.add("CREATE TABLE pg_temp." + table + " (username VARCHAR)");
		}
		assertAll(attacks.stream().map(sql -> (Executable) () -> refused(who, sql, false, c -> execute(c, sql))));
	}

	@Order(51)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyCreatesOtherTemporaryObjects(Attacker who) throws Exception {
		assertAll(Stream.of("CREATE TEMP VIEW app_user AS SELECT session_user AS username, TRUE AS trial_wide",
				"CREATE TEMP SEQUENCE hostile_sequence",
				"CREATE FUNCTION pg_temp.tb_viewer() RETURNS BOOLEAN LANGUAGE sql AS 'SELECT TRUE'")
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> execute(c, sql))));
	}

	@Order(52)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyCreatesObjectsInAnySchema(Attacker who) throws Exception {
		assertAll(Stream.of("CREATE TABLE public.hostile_table (x INT)", "CREATE TABLE hostile_table (x INT)",
				"CREATE VIEW public.hostile_view AS SELECT 1 AS x",
				"CREATE FUNCTION public.hostile_function() RETURNS INT LANGUAGE sql AS 'SELECT 1'",
				"CREATE FUNCTION public.tb_may_see(VARCHAR) RETURNS BOOLEAN LANGUAGE sql AS 'SELECT TRUE'",
				"CREATE SEQUENCE public.hostile_sequence", "CREATE TYPE public.hostile_type AS (x INT)",
				"CREATE SCHEMA hostile_schema", "CREATE SCHEMA " + quote(who.username()),
				"CREATE TABLE information_schema.hostile_table (x INT)", "CREATE EXTENSION IF NOT EXISTS pgcrypto",
				"CREATE EXTENSION IF NOT EXISTS dblink")
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> execute(c, sql))));
	}

	// ---------------------------------------------------------------------------------------------------------
	// E. Crafted arguments to the security-definer functions
	// ---------------------------------------------------------------------------------------------------------

	@Order(60)
	@Test
	void everySecurityDefinerFunctionIsAttackedPinnedToItsSearchPathAndNotExecutableByPublic() throws Exception {
		List<String> unknown = new ArrayList<>();
		List<String> unpinned = new ArrayList<>();
		List<String> publicExecute = new ArrayList<>();
		List<String> all = new ArrayList<>();
		try (Connection owner = open.owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery("SELECT p.proname, p.oid::regprocedure::text, "
						+ "array_to_string(p.proconfig, ';'), has_function_privilege('public', p.oid, 'EXECUTE') "
						+ "FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner "
						+ "WHERE p.prosecdef AND r.rolname LIKE 'trialbench\\_%' ORDER BY 2")) {
			while (rs.next()) {
				String name = rs.getString(1);
				String signature = rs.getString(2);
				String config = rs.getString(3);
				all.add(signature);
				if (!ATTACKED_FUNCTIONS.contains(name)) {
					unknown.add(signature);
				}
				String path = config == null ? null : Arrays.stream(config.split(";"))
						.filter(s -> s.startsWith("search_path=")).findFirst().orElse(null);
				if (path == null || !path.replace("\"", "").replace(" ", "").endsWith(",pg_temp")) {
					unpinned.add(signature + " [" + path + "]");
				}
				if (rs.getBoolean(4)) {
					publicExecute.add(signature);
				}
			}
		}
		assertAll(() -> assertTrue(all.size() > 0, "no security-definer function found"),
				() -> assertEquals(List.of(), unknown, "security-definer functions this suite does not attack yet "
						+ "(add attacks for them): " + unknown + " of " + all),
				() -> assertEquals(List.of(), unpinned, "security-definer functions whose search_path does not "
						+ "end with pg_temp (a temporary object could shadow what they use)"),
				() -> assertEquals(List.of(), publicExecute, "security-definer functions PUBLIC may execute"));
	}

	@Order(61)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void setPasswordRefusesForeignRolesOthersPasswordsPlainPasswordsAndInjections(Attacker who) throws Exception {
		String verifier = verifierOf("safety");
		Map<String, String[]> attacks = new LinkedHashMap<>();
		attacks.put("the store owner's password", new String[] { PostgresServer.OWNER, verifier });
		attacks.put("the password of 'postgres'", new String[] { "postgres", verifier });
		attacks.put("a group role's password", new String[] { "trialbench_statistician", verifier });
		attacks.put("the group trialbench_user's password", new String[] { "trialbench_user", verifier });
		if (!who.username().equals("admin") || who.deactivated()) {
			attacks.put("another user's password as a non-administrator",
					new String[] { who.username().equals("inv01") ? "pi01" : "inv01", verifier });
			attacks.put("the administrator's password", new String[] { "admin", verifier });
		}
		attacks.put("a clear-text password", new String[] { who.username(), "new-password" });
		attacks.put("an MD5 hash", new String[] { who.username(), "md5" + "0".repeat(32) });
		attacks.put("a malformed SCRAM verifier (the server would take it as a clear-text password)",
				new String[] { who.username(), "SCRAM-SHA-256$not-a-verifier" });
		attacks.put("a user name with a statement", new String[] { "x; DROP TABLE clinical_object; --", verifier });
		attacks.put("a user name with a quote", new String[] { "inv01' OR '1'='1", verifier });
		attacks.put("a user name with a double quote",
				new String[] { who.username() + "\" SUPERUSER; --", verifier });
		assertAll(attacks.entrySet().stream().map(attack -> (Executable) () -> refused(who,
				"tb_set_password('" + attack.getValue()[0] + "', ...): " + attack.getKey(), false,
				c -> call(c, "SELECT tb_set_password(?, ?)", (Object[]) attack.getValue()))));
		try (Connection owner = store(who).owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery("SELECT to_regclass('public.clinical_object') IS NOT NULL, "
						+ "(SELECT count(*) FROM pg_roles WHERE rolsuper AND rolname <> '"
						+ org.trialbench.repository.jdbc.local.LocalPostgres.SUPERUSER + "')")) {
			rs.next();
			assertTrue(rs.getBoolean(1), "clinical_object was dropped through tb_set_password");
			assertEquals(0, rs.getInt(2), "a role became a superuser through tb_set_password");
		}
	}

	@Order(62)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#mayNotRandomize")
	void onlyAnInvestigatorOfTheSubjectsSiteTakesASlot(Attacker who) throws Exception {
		String subject = store(who).screenedSubject;
		refused(who, "SELECT tb_commit_begin('randomization', FALSE); SELECT * FROM tb_take_slot('" + subject
				+ "', 'JH') by a role that does not randomize", false, c -> {
					begin(c, "randomization");
					call(c, "SELECT * FROM tb_take_slot(?, ?)", subject, HostileStore.ATTACK_STRATUM);
				});
	}

	@Order(63)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#investigators")
	void takeSlotRefusesOtherSitesRandomizedSubjectsAndGarbage(Attacker who) throws Exception {
		HostileStore store = store(who);
		Map<String, Object[]> attacks = new LinkedHashMap<>();
		attacks.put("a subject already randomized through a slot",
				new Object[] { store.randomizedSubject, "DES" });
		attacks.put("a subject that already has an allocation",
				new Object[] { HostileStore.S1, HostileStore.ATTACK_STRATUM });
		attacks.put("a stratum that is not the subject's", new Object[] { store.screenedSubject, "DES" });
		attacks.put("a subject of another site", new Object[] { HostileStore.S2, HostileStore.ATTACK_STRATUM });
		attacks.put("NULLs", new Object[] { null, null });
		attacks.put("empty strings", new Object[] { "", "" });
		attacks.put("no stratum", new Object[] { store.screenedSubject, null });
		attacks.put("an unknown stratum", new Object[] { store.screenedSubject, "NOPE" });
		attacks.put("an injection as subject", new Object[] { "' OR ''='", HostileStore.ATTACK_STRATUM });
		attacks.put("an injection as stratum", new Object[] { store.screenedSubject, "JH'); DROP TABLE app_user; --" });
		List<Executable> checks = new ArrayList<>();
		for (Map.Entry<String, Object[]> attack : attacks.entrySet()) {
			// inside an open commit, so that the refusal must come from the check the attack is about
			checks.add(() -> refused(who, "SELECT tb_commit_begin('randomization', FALSE); SELECT * FROM tb_take_slot("
					+ Arrays.toString(attack.getValue()) + "): " + attack.getKey(), false, c -> {
						begin(c, "randomization");
						call(c, "SELECT * FROM tb_take_slot(?, ?)", attack.getValue());
					}));
		}
		checks.add(() -> refused(who, "tb_take_slot('" + store.screenedSubject + "', 'JH') outside a commit (a peek)",
				false, c -> call(c, "SELECT * FROM tb_take_slot(?, ?)", store.screenedSubject,
						HostileStore.ATTACK_STRATUM)));
		try (Connection vienna = store.connect("inv02")) {
			checks.add(() -> {
				try {
					begin(vienna, "randomization");
					call(vienna, "SELECT * FROM tb_take_slot(?, ?)", store.screenedSubject, HostileStore.ATTACK_STRATUM);
					vienna.rollback();
					fail("the investigator of site 02 took a slot for " + store.screenedSubject + " of site 01");
				} catch (SQLException e) {
					vienna.rollback();
					assertTrue(isRefusal(who, e, false), describe(e));
				}
			});
			assertAll(checks);
		}
	}

	@Order(64)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#mayNotLock")
	void onlyDataManagersAndAdministratorsLockTheData(Attacker who) throws Exception {
		refused(who, "SELECT tb_lock_data('LOCK-HOSTILE', now(), 'my own lock')", false,
				c -> query(c, "SELECT tb_lock_data('LOCK-HOSTILE', now(), 'my own lock')"));
	}

	@Order(65)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#notAdministrator")
	void administratorFunctionsRefuseEveryoneElse(Attacker who) throws Exception {
		String self = who.username();
		List<String> attacks = List.of("SELECT tb_unlock_signing('adj')",
				"SELECT tb_set_statistician('" + self + "', TRUE)",
				"SELECT tb_set_user_access('" + self + "', 'user-" + self + "', FALSE, TRUE, TRUE, TRUE, "
						+ "ARRAY['site-01', 'site-02']::varchar[], FALSE, TRUE, FALSE)",
				"SELECT tb_set_user_access('hostile', 'user-hostile', FALSE, TRUE, TRUE, TRUE, ARRAY[]::varchar[], "
						+ "FALSE, TRUE, FALSE)",
				"SELECT tb_trialbench_role('hostile_role')", "SELECT tb_require_administrator()");
		List<String> forStatisticianOnly = self.equals("stat") && who.active() ? List.of()
				: List.of("SELECT tb_prepare_stratum('ZZ')");
		assertAll(Stream.concat(attacks.stream(), forStatisticianOnly.stream())
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> query(c, sql))));
	}

	/**
	 * Access on the server follows the audited User rows: an administrator who calls the access functions directly
	 * would unblind or re-site someone without any audit entry.
	 */
	@Order(66)
	@Test
	void anAdministratorChangesNoAccessOutsideAnAuditedCommit() throws Exception {
		Attacker admin = Attacker.everyone().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
		assertAll(Stream.of("SELECT tb_set_user_access('adj', 'user-adj', FALSE, TRUE, FALSE, TRUE, "
				+ "ARRAY[]::varchar[], TRUE, FALSE, FALSE)", "SELECT tb_set_statistician('adj', TRUE)",
				"SELECT tb_set_user_access('inv01', 'user-inv01', FALSE, FALSE, FALSE, TRUE, "
						+ "ARRAY['site-01', 'site-02']::varchar[], FALSE, FALSE, FALSE)")
				.map(sql -> (Executable) () -> refused(admin, sql + " (no audited User change)", false,
						c -> query(c, sql))));
	}

	@Order(67)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#notAdministrator")
	void theSecurityLogShowsANonAdministratorOnlyTheOwnEvents(Attacker who) throws Exception {
		String sql = "SELECT username || ' ' || event FROM tb_security_log() WHERE username <> session_user";
		assertEquals(Set.of(), strings(who, sql), who + " read others' security events with " + sql);
	}

	// --- the server's commit path: tb_commit_begin / tb_commit_write / tb_commit_finish ---

	@Order(70)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nothingIsWrittenOrFinishedWithoutBegin(Attacker who) throws Exception {
		HostileStore store = store(who);
		Write change = Write.change(store.current(store.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA")), "value",
				"1", "3");
		assertAll(() -> refused(who, "tb_commit_write without tb_commit_begin", true, c -> {
			write(c, change);
			finish(c);
		}), () -> refused(who, "tb_commit_finish without tb_commit_begin", true, c -> finish(c)));
	}

	@Order(71)
	@Test
	void aMonitorChangesNoValue() throws Exception {
		Attacker monitor = attacker("mon01");
		HostileStore.Row value = open.current(open.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA"));
		refusedCommit(monitor, "a monitor changes a value", "source says 3", Write.change(value, "value", "1", "3"));
	}

	@Order(72)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#investigators")
	void anInvestigatorVerifiesNothing(Attacker who) throws Exception {
		HostileStore.Row value = open.current(open.valueId(HostileStore.S1, "IT.ECK.PAIN"));
		refusedCommit(who, "an investigator sets sdvState=verified", "verified myself",
				Write.change(value, "sdvState", value.feature("sdvState"), "verified"));
	}

	@Order(73)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#siteBound")
	void aSiteBoundUserWritesNothingAtAnotherSite(Attacker who) throws Exception {
		HostileStore.Row value = open.current(open.valueId(HostileStore.S2, "IT.ECK.DYSPHAGIA"));
		String formId = open.formId(HostileStore.S2, "F.ECKARDT");
		assertAll(() -> refusedCommit(who, "a change at site 02", "correction",
				Write.change(value, "value", value.feature("value"), "3")),
				() -> refusedCommit(who, "a new query at site 02", "query",
						Write.create("hostile-query-" + who.username(), "Query", value.id(), "queries", 5,
								"status=open\nfield=value\n")),
				() -> refusedCommit(who, "a new item value at site 02", "new value",
						Write.create("hostile-value-" + who.username(), "ItemValue", formId, "itemValues", 9,
								"definition=IT.ECK.DYSPHAGIA\nvalue=3\nsdvState=pending\n")));
	}

	@Order(74)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#blinded")
	void aBlindedUserCreatesNoArmSpecificRecordAndNoAllocation(Attacker who) throws Exception {
		HostileStore store = store(who);
		String poemForm = store.formId(HostileStore.S1, "F.POEM");
		String visit = store.snapshot.get(store.formId(HostileStore.S1, "F.ECKARDT")).parentId();
		assertAll(() -> refusedCommit(who, "a blinded user creates an item value of the arm-specific form", "entry",
				Write.create("hostile-poem-value-" + who.username(), "ItemValue", poemForm, "itemValues", 3,
						"definition=IT.POEM.LENGTH\nvalue=9\nsdvState=pending\n")),
				() -> refusedCommit(who, "a blinded user creates an arm-specific form", "entry",
						Write.create("hostile-poem-form-" + who.username(), "FormRecord", visit, "forms", 7,
								"definition=F.POEM\noccurrence=2\n")),
				() -> refusedCommit(who, "a blinded user raises a query on the arm-revealing value (a data manager "
						+ "may raise queries elsewhere)", "query", Write.create("hostile-poem-query-" + who.username(),
								"Query", store.valueId(HostileStore.S1, "IT.POEM.LENGTH"), "queries", 3,
								"status=open\nfield=value\n")),
				() -> refusedCommit(who, "a blinded user adds a message to the query under the arm-specific form",
						"query", Write.create("hostile-poem-message-" + who.username(), "QueryMessage",
								HostileStore.ARM_QUERY, "messages", 3, "at=2026-06-03T09:00:00Z\ntext=please confirm\n"
										+ "kind=answer\n")),
				() -> refusedCommit(who, "a blinded user creates an allocation", "allocation",
						Write.create("hostile-allocation-" + who.username(), "Allocation", store.screenedSubject,
								"allocation", 0, "arm=ARM.POEM\nrandomizationNumber=JH-999\n"
										+ "allocatedAt=2026-06-01T10:00:00Z\n")));
	}

	@Order(75)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyCreatesAnAllocationWithoutTakingASlot(Attacker who) throws Exception {
		HostileStore store = store(who);
		refusedCommit(who, "an allocation written directly, not from tb_take_slot", "randomized",
				Write.create("hostile-allocation-" + who.username(), "Allocation", store.screenedSubject, "allocation",
						0, "arm=ARM.POEM\nrandomizationNumber=JH-001\nallocatedAt=2026-06-01T10:00:00Z\n"
								+ "allocatedBy=user-" + who.username() + "\n"));
	}

	@Order(76)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyChangesAnAllocationsArm(Attacker who) throws Exception {
		HostileStore store = store(who);
		HostileStore.Row allocation = store.current(store.allocationId(HostileStore.S1));
		refusedCommit(who, "an allocation's arm changed", "wrong arm entered",
				Write.change(allocation, "arm", allocation.feature("arm"), "ARM.BTX"));
	}

	@Order(77)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#investigators")
	void savedDataIsNotChangedWithoutAReasonOrFromAStaleValue(Attacker who) throws Exception {
		HostileStore.Row value = open.current(open.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA"));
		String stored = value.feature("value");
		assertAll(() -> refusedCommit(who, "a change with an empty reason", "", Write.change(value, "value", stored, "2")),
				() -> refusedCommit(who, "a change with a blank reason", "   ",
						Write.change(value, "value", stored, "2")),
				() -> refusedCommit(who, "a change with a NULL reason", null, Write.change(value, "value", stored, "2")),
				() -> refusedCommit(who, "a change whose old value is not the stored one", "correction",
						Write.change(value, "value", "3", "2")),
				() -> refusedCommit(who, "a delete whose old state is not the stored one", "entered in error",
						Write.delete(value, "definition=IT.ECK.DYSPHAGIA\nvalue=0\n")));
	}

	@Order(78)
	@Test
	void nobodySignsOrReviewsInAnotherUsersName() throws Exception {
		String eckardt = open.formId(HostileStore.S1, "F.ECKARDT");
		String signature = "signer=user-pi01\nsignerName=Dr. pi01\nmeaning=approval\nsignedAt=2026-06-03T09:00:00Z\n"
				+ "recordHash=" + "0".repeat(64) + "\n";
		String review = "adjudicator=user-dm\nround=2\ndecision=endpointNotMet\nrationale=forged\n"
				+ "submittedAt=2026-06-03T09:00:00Z\n";
		assertAll(() -> refusedCommit(attacker("inv01"), "a signature in the principal investigator's name", "signed",
				Write.create("hostile-signature", "Signature", eckardt, "signature", 0, signature)),
				() -> refusedCommit(attacker("adj"), "an adjudication review in the data manager's name", "reviewed",
						Write.create("hostile-review", "AdjudicationReview", HostileStore.CASE_01, "reviews", 5,
								review)),
				() -> refusedCommit(attacker("admin"), "an administrator signs a form in the principal "
						+ "investigator's name", "signed", Write.create("hostile-admin-signature", "Signature", eckardt,
								"signature", 0, signature)),
				() -> refusedCommit(attacker("adj"), "changing the author of an own review", "reviewed",
						Write.change(open.current(HostileStore.REVIEW_01), "adjudicator", "user-adj",
								"user-dm")));
	}

	@Order(79)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#notAdministrator")
	void aNonAdministratorChangesNoUserAndNoSite(Attacker who) throws Exception {
		HostileStore store = store(who);
		HostileStore.Row self = store.current("user-" + who.username());
		assertAll(() -> refusedCommit(who, "giving itself the statistician and administrator roles", "promotion",
				Write.change(self, "roles", self.feature("roles"), "statistician, administrator")),
				() -> refusedCommit(who, "giving itself site 02", "cover Vienna",
						Write.change(self, "sites", self.feature("sites"), "site-01, site-02")),
				() -> refusedCommit(who, "creating a user", "new user",
						Write.create("user-hostile-" + who.username(), "User", HostileStore.TRIAL, "users", 90,
								"username=hostile_" + who.username() + "\nfullName=Hostile\nroles=administrator\n"
										+ "active=true\n")),
				() -> refusedCommit(who, "creating a site", "new site",
						Write.create("site-hostile-" + who.username(), "Site", HostileStore.TRIAL, "sites", 9,
								"code=9" + Math.abs(who.username().hashCode() % 10) + "\nname=Hostile\n")),
				() -> refusedCommit(who, "renaming site 01 and moving its time zone", "site set",
						Write.change(store.current("site-01"), "name", store.current("site-01").feature("name"),
								"Hostile"),
						Write.change(store.current("site-01"), "timeZone", null, "Pacific/Nauru")));
	}

	@Order(79)
	@Test
	void evenAnAdministratorCannotChangeASitesCode() throws Exception {
		Attacker administrator = attacker("admin");
		HostileStore.Row site = open.current("site-01");
		refusedCommit(administrator, "recoding site 01 as 09 by its own call of the commit functions", "site recode",
				Write.change(site, "code", site.feature("code"), "09"));
	}

	@Order(80)
	@Test
	void aCommitIsNeitherReusedAcrossTransactionsNorFinishedTwice() throws Exception {
		Attacker investigator = attacker("inv01");
		HostileStore.Row pain = open.current(open.valueId(HostileStore.S1, "IT.ECK.PAIN"));
		String stored = pain.feature("value");
		assertAll(() -> refused(investigator, "writing into a commit begun in an earlier transaction", true, c -> {
			begin(c, "begun earlier");
			c.commit();
			write(c, Write.change(pain, "value", stored, "3"));
			finish(c);
		}), () -> refused(investigator, "tb_commit_finish twice in one transaction", true, c -> {
			begin(c, "finished twice");
			write(c, Write.change(pain, "value", stored, "3"));
			finishExpectingSuccess(c);
			finish(c);
		}), () -> refused(investigator, "tb_commit_finish again after the commit", true, c -> {
			begin(c, "finished again");
			write(c, Write.change(pain, "value", stored, "2"));
			finishExpectingSuccess(c);
			c.commit();
			finish(c);
		}));
	}

	@Order(82)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void aDataImportGrantsNoMoreThanAnImportMay(Attacker who) throws Exception {
		HostileStore store = store(who);
		HostileStore.Row vienna = store.current(store.valueId(HostileStore.S2, "IT.ECK.DYSPHAGIA"));
		HostileStore.Row munich = store.current(store.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA"));
		HostileStore.Row self = store.current("user-" + who.username());
		String reason = "import of source.xml from the old EDC";
		List<Executable> attacks = new ArrayList<>();
		boolean importer = who.active() && Set.of("dm", "admin").contains(who.username());
		if (!importer) {
			attacks.add(() -> refusedCommit(who, "a data import by a user who may not import (a change at site 02)",
					reason, true, Write.change(vienna, "value", vienna.feature("value"), "3")));
		}
		attacks.add(() -> refusedCommit(who, "a data import that deletes a record", reason, true,
				Write.delete(munich, munich.state())));
		if (!who.username().equals("admin") || !who.active()) { // an administrator keeps users in any commit
			attacks.add(() -> refusedCommit(who, "a data import that changes a user", reason, true,
					Write.change(self, "roles", self.feature("roles"), "administrator, statistician")));
		}
		attacks.add(() -> refusedCommit(who, "a data import without a reason", "", true,
				Write.create("hostile-import-query-" + who.username(), "Query", munich.id(), "queries", 7,
						"status=open\nfield=value\n")));
		if (!who.username().equals("admin") || !who.active()) {
			attacks.add(() -> refusedCommit(who, "a data import that writes an allocation (only an administrator's "
					+ "import loads allocations)", reason, true,
					Write.create("hostile-import-allocation-" + who.username(), "Allocation", store.screenedSubject,
							"allocation", 0, "arm=ARM.BTX\nrandomizationNumber=JH-777\n"
									+ "allocatedAt=2026-06-01T10:00:00Z\n")));
		}
		if (!who.seesAllocation() || !who.active()) {
			attacks.add(() -> refusedCommit(who, "a blinded user's data import writes an arm-revealing record", reason,
					true, Write.create("hostile-import-poem-" + who.username(), "ItemValue",
							store.formId(HostileStore.S1, "F.POEM"), "itemValues", 4,
							"definition=IT.POEM.LENGTH\nvalue=8\nsdvState=pending\n")));
		}
		assertAll(attacks);
	}

	@Order(83)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void internalDefinerFunctionsAreNotCallable(Attacker who) throws Exception {
		String self = "user-" + who.username();
		assertAll(Stream.of("SELECT tb_audit_hash('" + "0".repeat(64) + "'::varchar, 900000::bigint, 900000::bigint, "
				+ "session_user::varchar, 'x'::varchar, 'forged'::varchar, 'value-4'::varchar, 'ItemValue'::varchar, "
				+ "'value'::varchar, '1'::varchar, '3'::varchar, '" + HostileStore.S1 + "'::varchar)",
				"SELECT tb_apply_user_row('" + self + "', E'username=" + who.username()
						+ "\\nroles=administrator, statistician\\nsites=site-01, site-02\\nactive=true\\n')",
				"SELECT tb_may_see('site-02', TRUE)", "SELECT tb_set_statistician('" + who.username() + "', TRUE)")
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> query(c, sql))));
	}

	/** Schema 12's commit function is schema 14's fallback: only tb_commit_write calls it, inside a commit. */
	@Order(83)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void theOperationByOperationCommitFunctionIsNotCallable(Attacker who) throws Exception {
		refusedInsideACommit(who, "tb_commit_write_each", "IT.ECK.DYSPHAGIA", "3", "hostile correction");
	}

	/**
	 * Schema 14's commit function is schema 17's: tb_commit_write judges the signed forms, then calls it. Called
	 * directly, it would write a value under a signed form; nobody may call it, even inside an open commit.
	 */
	@Order(83)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void theSetWiseCommitFunctionIsNotCallable(Attacker who) throws Exception {
		refusedInsideACommit(who, "tb_commit_write_setwise", "IT.POEM.LENGTH", "14.0",
				"hostile correction under a signed form");
	}

	/**
	 * A definer-only commit function, called by the attacker inside an open commit of its own to change subject
	 * S1's value of the item: refused (permission denied), nothing written.
	 */
	private void refusedInsideACommit(Attacker who, String function, String item, String newValue, String reason)
			throws Exception {
		HostileStore.Row value = store(who).current(store(who).valueId(HostileStore.S1, item));
		String sql = "SELECT " + function + "(ARRAY['change']::varchar[], ARRAY['" + value.id()
				+ "']::varchar[], ARRAY['ItemValue']::varchar[], ARRAY[NULL]::varchar[], ARRAY[NULL]::varchar[], "
				+ "ARRAY[0]::int[], ARRAY['value']::varchar[], ARRAY['" + value.feature("value")
				+ "']::varchar[], ARRAY['" + newValue + "']::varchar[])";
		refused(who, function + " inside an open commit", true, c -> {
			begin(c, reason);
			query(c, sql);
			finish(c);
		});
	}

	@Order(84)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void aNoteRecordsOnlyTheActItIsFor(Attacker who) throws Exception {
		HostileStore store = store(who);
		HostileStore.Row allocation = store.current(store.allocationId(HostileStore.S1));
		List<Executable> attacks = new ArrayList<>();
		attacks.add(() -> refusedCommit(who, "a note that claims an allocation's arm changed", "correction",
				new Write("note", allocation.id(), "Allocation", null, null, 0, "arm", null, "ARM.BTX")));
		attacks.add(() -> refusedCommit(who, "a note about a value", "correction",
				new Write("note", store.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA"), "ItemValue", null, null, 0,
						"value", null, "3")));
		if (who.sites() != null) { // the safety officer unblinds at every site
			attacks.add(() -> refusedCommit(who, "an emergency unblinding of a subject of site 02", "emergency",
					new Write("note", HostileStore.S2, "Subject", null, null, 0, "(emergency unblinding)", null,
							"anaphylaxis")));
		}
		if (!who.active() || !Set.of("inv01", "pi01", "safety").contains(who.username())) {
			attacks.add(() -> refusedCommit(who, "an emergency unblinding by a role that does not unblind",
					"emergency", new Write("note", HostileStore.S1, "Subject", null, null, 0, "(emergency unblinding)",
							null, "anaphylaxis")));
		}
		if (!who.active() || !who.username().equals("stat")) {
			attacks.add(() -> refusedCommit(who, "a note that the randomization list was stored", "list",
					new Write("note", "randomization-list", "RandomizationList", null, null, 0, "(stored)", null,
							"400 slots, forged")));
		}
		if (!who.active() || !who.username().equals("admin")) {
			String other = who.username().equals("inv01") ? "user-pi01" : "user-inv01";
			attacks.add(() -> refusedCommit(who, "a note that another user's password was set", "password",
					new Write("note", other, "User", null, null, 0, "(password)", null, "(set)")));
		}
		assertAll(attacks);
	}

	@Order(81)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#investigators")
	void anAllocationIsExactlyTheSlotTakenInTheSameTransaction(Attacker who) throws Exception {
		String subject = store(who).screenedSubject;
		refused(who, "tb_take_slot('" + subject + "', 'JH') in the commit, then an Allocation of the other arm", true,
				c -> {
					begin(c, "randomized");
					int sequence;
					String arm;
					try (PreparedStatement take = c.prepareStatement(
							"SELECT slot_sequence, slot_arm FROM tb_take_slot(?, ?)")) {
						take.setString(1, subject);
						take.setString(2, HostileStore.ATTACK_STRATUM);
						try (ResultSet rs = take.executeQuery()) {
							rs.next();
							sequence = rs.getInt(1);
							arm = rs.getString(2);
						}
					}
					String other = arm.equals("POEM") ? "ARM.BTX" : "ARM.POEM";
					write(c, Write.create("hostile-slot-allocation-" + who.username(), "Allocation", subject,
							"allocation", 0, "arm=" + other + "\nrandomizationNumber="
									+ org.trialbench.repository.RandomizationSlot.number(HostileStore.ATTACK_STRATUM,
											sequence)
									+ "\nallocatedAt=2026-06-01T10:00:00Z\nallocatedBy=user-" + who.username() + "\n"));
					finish(c);
				});
	}

	// ---------------------------------------------------------------------------------------------------------
	// C. Writing any table by plain DML
	// ---------------------------------------------------------------------------------------------------------

	@Order(90)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyUpdatesAClinicalObjectsState(Attacker who) throws Exception {
		String id = store(who).valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA");
		String sql = "UPDATE clinical_object SET state = regexp_replace(state, '(?n)^value=.*$', 'value=3') "
				+ "WHERE id = '" + id + "'";
		refused(who, sql, true, c -> update(c, sql));
	}

	@Order(91)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyClearsRevealsAllocation(Attacker who) throws Exception {
		HostileStore store = store(who);
		String sql = "UPDATE clinical_object SET reveals_allocation = FALSE WHERE id IN ('"
				+ store.allocationId(HostileStore.S1) + "', '" + store.formId(HostileStore.S1, "F.POEM") + "', '"
				+ store.valueId(HostileStore.S1, "IT.POEM.LENGTH") + "')";
		refused(who, sql, true, c -> update(c, sql));
	}

	@Order(92)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyMovesRowsToAnotherSite(Attacker who) throws Exception {
		String sql = "UPDATE clinical_object SET site_id = 'site-02' WHERE subject_id = '"
				+ store(who).randomizedSubject + "'";
		refused(who, sql, true, c -> update(c, sql));
	}

	@Order(93)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyAppendsAnAuditEntryWithACorrectlyComputedHash(Attacker who) throws Exception {
		HostileStore store = store(who);
		String valueId = store.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA");
		refused(who, "INSERT INTO audit_entry (a forged entry with the right hash), then UPDATE audit_head", true, c -> {
			long sequence;
			String previous;
			long commit;
			try (Connection owner = store.owner(); Statement statement = owner.createStatement();
					ResultSet rs = statement.executeQuery("SELECT last_sequence, last_hash, last_commit FROM audit_head")) {
				rs.next();
				sequence = rs.getLong(1) + 1;
				previous = rs.getString(2);
				commit = rs.getLong(3);
			}
			Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			String reason = "transcription error";
			String hash = AuditChain.hash(previous, sequence, commit, who.username(), at, reason, valueId, "ItemValue",
					"value", "1", "3", HostileStore.S1);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (sequence, commit_id, username, "
					+ "changed_at, reason, object_id, object_type, feature, old_value, new_value, subject_id, site_id, "
					+ "reveals_allocation, hash) VALUES (?, ?, ?, ?, ?, ?, 'ItemValue', 'value', '1', '3', ?, 'site-01', "
					+ "FALSE, ?)")) {
				insert.setLong(1, sequence);
				insert.setLong(2, commit);
				insert.setString(3, who.username());
				insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
				insert.setString(5, reason);
				insert.setString(6, valueId);
				insert.setString(7, HostileStore.S1);
				insert.setString(8, hash);
				insert.executeUpdate();
			}
			try (PreparedStatement head = c.prepareStatement(
					"UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, sequence);
				head.setString(2, hash);
				head.executeUpdate();
			}
		});
	}

	@Order(94)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyMovesTheAuditHead(Attacker who) throws Exception {
		String sql = "UPDATE audit_head SET last_commit = last_commit, last_sequence = last_sequence WHERE id = 1";
		refused(who, sql, false, c -> update(c, sql));
	}

	@Order(95)
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("plainDml")
	void nobodyWritesAStoreTableByPlainDml(Attacker who, String sql) throws Exception {
		refused(who, sql, false, c -> update(c, sql));
	}

	static Stream<Arguments> plainDml() {
		List<Arguments> attacks = new ArrayList<>();
		Attacker.everyone().forEach(who -> {
			for (String table : STORE_TABLES) {
				String insert = insertInto(table, who.username());
				if (!(who.username().equals("stat") && who.active() && table.startsWith("randomization_"))) {
					attacks.add(Arguments.of(who, insert));
				}
				String key = keyOf(table);
				attacks.add(Arguments.of(who, "UPDATE " + table + " SET " + key + " = " + key + " WHERE " + key
						+ " IS NULL"));
				attacks.add(Arguments.of(who, "DELETE FROM " + table + " WHERE " + key + " IS NULL"));
				attacks.add(Arguments.of(who, "TRUNCATE " + table));
			}
		});
		return attacks.stream();
	}

	private static String keyOf(String table) {
		return switch (table) {
		case "clinical_object", "locked_object" -> "id";
		case "locked_subject", "locked_subject_whole", "subject_record_stale" -> "subject_id";
		case "subject_record", "locked_record" -> "record_id";
		case "audit_entry" -> "sequence";
		case "commit_log" -> "commit_id";
		case "audit_head", "randomization_list" -> "id";
		case "app_user", "user_site" -> "username";
		case "data_lock" -> "lock_id";
		case "store_info" -> "name";
		case "security_log" -> "event_id";
		case "randomization_slot" -> "stratum";
		default -> throw new IllegalArgumentException(table);
		};
	}

	/** A well-formed new row (fresh keys, no site, revealing nothing), so only the privileges can refuse it. */
	private static String insertInto(String table, String user) {
		String zeros = "'" + "0".repeat(64) + "'";
		String tag = "'hostile-" + user + "'";
		return switch (table) {
		case "clinical_object" -> "INSERT INTO clinical_object (id, object_type, ordinal, reveals_allocation, state, "
				+ "last_commit) VALUES (" + tag + ", 'Query', 0, FALSE, 'status=open\n', 0)";
		case "audit_entry" -> "INSERT INTO audit_entry (sequence, commit_id, username, changed_at, reason, object_id, "
				+ "object_type, feature, reveals_allocation, hash) VALUES (900000, 900000, " + tag + ", now(), 'x', "
				+ tag + ", 'Query', 'status', FALSE, " + zeros + ")";
		case "commit_log" -> "INSERT INTO commit_log (commit_id, username, committed_at, reason, changed_values, "
				+ "last_sequence, head_hash) VALUES (900000, " + tag + ", now(), 'x', 0, 0, " + zeros + ")";
		case "audit_head" -> "INSERT INTO audit_head (id, last_sequence, last_hash, last_commit) VALUES (2, 0, " + zeros
				+ ", 0)";
		case "app_user" -> "INSERT INTO app_user (username, user_id, blinded, trial_wide, active) VALUES (" + tag + ", "
				+ tag + ", FALSE, TRUE, TRUE)";
		case "user_site" -> "INSERT INTO user_site (username, site_id) VALUES (session_user, 'site-02')";
		case "data_lock" -> "INSERT INTO data_lock (lock_id, commit_id, locked_at, locked_by, reason, subjects) "
				+ "VALUES (" + tag + ", 0, now(), session_user, 'x', 0)";
		case "locked_object" -> "INSERT INTO locked_object (lock_id, id, object_type, ordinal, reveals_allocation, "
				+ "state) VALUES (" + tag + ", " + tag + ", 'Query', 0, FALSE, '')";
		case "locked_subject" -> "INSERT INTO locked_subject (lock_id, subject_id, reveals_allocation, object_count, "
				+ "objects) VALUES (" + tag + ", " + tag + ", FALSE, 0, '[]')";
		case "locked_subject_whole" -> "INSERT INTO locked_subject_whole (lock_id, subject_id, reveals_allocation, "
				+ "object_count, objects) VALUES (" + tag + ", " + tag + ", FALSE, 0, '[]')";
		case "subject_record" -> "INSERT INTO subject_record (subject_id, reveals_allocation, object_count, objects) "
				+ "VALUES (" + tag + ", FALSE, 0, '[]')";
		case "locked_record" -> "INSERT INTO locked_record (lock_id, record_id) SELECT " + tag + ", record_id "
				+ "FROM subject_record";
		case "subject_record_stale" -> "INSERT INTO subject_record_stale (subject_id) VALUES (" + tag + ")";
		case "store_info" -> "INSERT INTO store_info (name, content) VALUES (" + tag + ", 'x')";
		case "security_log" -> "INSERT INTO security_log (username, occurred_at, event, detail) VALUES ('adj', now(), "
				+ "'signing-unlocked', 'forged')";
		case "randomization_list" -> "INSERT INTO randomization_list (id, seed, generated_by, generated_at, method) "
				+ "VALUES (900, 1, session_user, now(), 'x')";
		case "randomization_slot" -> "INSERT INTO randomization_slot (stratum, sequence, block, block_size, arm_code) "
				+ "VALUES ('ZZ', 1, 1, 2, 'POEM')";
		default -> throw new IllegalArgumentException(table);
		};
	}

	@Order(96)
	@Test
	void theStatisticianOnlyAddsAListNeverChangesOne() throws Exception {
		Attacker statistician = attacker("stat");
		String used = open.randomizedSubject;
		String sequence = slotSequence(HostileStore.ATTACK_STRATUM);
		List<Executable> attacks = new ArrayList<>();
		for (String sql : List.of(
				"UPDATE randomization_slot SET arm_code = 'POEM' WHERE stratum = 'JH' AND subject_id IS NULL",
				"UPDATE randomization_slot SET subject_id = NULL, used_by = NULL, used_at = NULL WHERE subject_id = '"
						+ used + "'",
				"DELETE FROM randomization_slot WHERE subject_id = '" + used + "'",
				"DELETE FROM randomization_slot WHERE stratum = 'JH' AND sequence > 300",
				"UPDATE randomization_list SET seed = 43", "DELETE FROM randomization_list",
				"TRUNCATE randomization_slot", "SELECT setval('" + sequence + "', 100)")) {
			attacks.add(() -> refused(statistician, sql, false, c -> execute(c, sql)));
		}
		for (String sql : List.of("INSERT INTO randomization_slot (stratum, sequence, block, block_size, arm_code, "
				+ "subject_id, used_by, used_at) VALUES ('ZZ', 1, 1, 2, 'POEM', '" + open.screenedSubject
				+ "', 'inv01', now())",
				"INSERT INTO randomization_slot (stratum, sequence, block, block_size, arm_code) "
						+ "SELECT stratum, sequence, block, block_size, 'POEM' FROM randomization_slot WHERE subject_id = '"
						+ used + "'")) {
			attacks.add(() -> refused(statistician, sql + " (a slot that is already used)", false, true,
					c -> execute(c, sql)));
		}
		assertAll(attacks);
	}

	@Order(97)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodySteersTheSlotSequences(Attacker who) throws Exception {
		String sequence = slotSequence(HostileStore.ATTACK_STRATUM);
		assertAll(Stream.of("SELECT setval('" + sequence + "', 200)", "SELECT nextval('" + sequence + "')",
				"ALTER SEQUENCE " + sequence + " RESTART WITH 3", "DROP SEQUENCE " + sequence)
				.map(sql -> (Executable) () -> refused(who, sql, false, c -> execute(c, sql))));
	}

	// ---------------------------------------------------------------------------------------------------------
	// H. Afterwards: the audit chain verifies and nothing changed without its audit entry
	// ---------------------------------------------------------------------------------------------------------

	@Order(98)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#mayNotWithdrawASignature")
	void onlyTheSignerOrThePrincipalInvestigatorWithdrawsAFormsSignature(Attacker who) throws Exception {
		HostileStore.Row signature = store(who).current(HostileStore.ARM_SIGNATURE);
		refusedCommit(who, "withdrawing the principal investigator's signature of a form", "signed in error",
				Write.delete(signature, signature.state()));
	}

	@Order(98)
	@Test
	void anInvestigatorOfTheSiteIsRefusedByTheSignOffRuleNotOnlyByTheRoles() throws Exception {
		HostileStore.Row signature = open.current(HostileStore.ARM_SIGNATURE);
		Connection connection = open(attacker("inv01"));
		try {
			begin(connection, "signed in error");
			SQLException refusal = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
					() -> write(connection, Write.delete(signature, signature.state())));
			assertEquals("42501", refusal.getSQLState(), describe(refusal));
			assertTrue(refusal.getMessage().contains("neither the signer nor the principal investigator"),
					describe(refusal));
		} finally {
			rollbackQuietly(connection);
			release(attacker("inv01"), connection);
		}
		assertEquals(signature, open.current(HostileStore.ARM_SIGNATURE), "the signature is as it was");
	}

	@Order(98)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyEditsAFormsSignature(Attacker who) throws Exception {
		HostileStore.Row signature = store(who).current(HostileStore.ARM_SIGNATURE);
		assertAll(() -> refusedCommit(who, "re-dating a form's signature", "clock was wrong",
				Write.change(signature, "signedAt", signature.feature("signedAt"), "2026-06-04T09:00:00Z")),
				() -> refusedCommit(who, "re-hashing a form's signature after a change", "rehash",
						Write.change(signature, "recordHash", signature.feature("recordHash"), "1".repeat(64))));
	}

	/**
	 * Schema 17: what a standing form signature covers changes only after the signature is withdrawn. The POEM
	 * form of subject 01-0001 is signed by pi01; every user tries to change its value by a call shaped for the
	 * set-wise path, one shaped for the operation-by-operation path, one that mixes it with a correction of the
	 * unsigned Eckardt form (allowed on its own for site 01's investigators), to add and to remove an item value,
	 * to mark the form unsigned, and by a plain UPDATE. ServerCommitPathsTest checks the message and the legal path.
	 */
	@Order(99)
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.trialbench.repository.jdbc.tests.Attacker#everyone")
	void nobodyChangesWhatAStandingFormSignatureCovers(Attacker who) throws Exception {
		HostileStore store = store(who);
		HostileStore.Row form = store.current(store.formId(HostileStore.S1, "F.POEM"));
		HostileStore.Row length = store.current(store.valueId(HostileStore.S1, "IT.POEM.LENGTH"));
		HostileStore.Row pain = store.current(store.valueId(HostileStore.S1, "IT.ECK.PAIN"));
		String stored = length.feature("value");
		String update = "UPDATE clinical_object SET state = replace(state, 'value=" + stored + "', 'value=14.0') "
				+ "WHERE id = '" + length.id() + "'";
		assertAll(() -> refusedCommit(who, "a signed value changed (set-wise shape)", "re-measured",
				Write.change(length, "value", stored, "14.0")),
				() -> refusedCommit(who, "a signed value changed (operation-by-operation shape)", "re-measured",
						Write.change(length, "value", stored, "14.0"), Write.change(length, "value", "14.0", "14.0")),
				() -> refusedCommit(who, "a signed value changed along with an allowed correction", "re-measured",
						Write.change(pain, "value", pain.feature("value"), "2"),
						Write.change(length, "value", stored, "14.0")),
				() -> refusedCommit(who, "a signed value's missing code set", "not measured",
						Write.change(length, "missingCode", length.feature("missingCode"), "notDone")),
				() -> refusedCommit(who, "an item value added to a signed form", "late entry",
						Write.create("hostile-signed-value-" + who.username() + (who.lockedStore() ? "-l" : ""),
								"ItemValue", form.id(), "itemValues", 5,
								"definition=IT.POEM.LENGTH\nvalue=9.0\nsdvState=pending\n")),
				() -> refusedCommit(who, "an item value removed from a signed form", "entered in error",
						Write.delete(length, length.state())),
				() -> refusedCommit(who, "a signed form marked unsigned without withdrawing", "unsigned",
						Write.change(form, "status", form.feature("status"), "complete")),
				() -> refused(who, update, true, c -> update(c, update)));
		assertEquals(length, store.current(length.id()), "the signed value is as it was");
	}

	@Order(1000)
	@Test
	void afterAllAttacksTheAuditChainVerifiesAndEveryChangedObjectHasItsAuditEntry() throws Exception {
		List<Executable> checks = new ArrayList<>();
		for (HostileStore store : List.of(open, locked)) {
			String name = store.locked ? "store with a data lock" : "store without a data lock";
			AuditVerification verification = store.repository.verifyAudit(new NullProgressMonitor());
			checks.add(() -> assertTrue(verification.intact(), name + ": the audit chain is broken at "
					+ verification.firstBrokenSequence() + ": " + verification.problem()));
			Map<String, HostileStore.Row> now = store.rows("clinical_object");
			Set<String> changed = new TreeSet<>();
			for (String id : union(now.keySet(), store.snapshot.keySet())) {
				HostileStore.Row before = store.snapshot.get(id);
				HostileStore.Row after = now.get(id);
				if (before == null || after == null || !sameContent(before, after)) {
					changed.add(id);
				}
			}
			Map<String, Set<Long>> auditedIn = new HashMap<>();
			Set<Long> logged = new HashSet<>();
			try (Connection owner = store.owner(); Statement statement = owner.createStatement()) {
				try (ResultSet rs = statement.executeQuery("SELECT object_id, commit_id FROM audit_entry "
						+ "WHERE commit_id > " + store.snapshotCommit)) {
					while (rs.next()) {
						auditedIn.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
					}
				}
				try (ResultSet rs = statement.executeQuery("SELECT commit_id FROM commit_log")) {
					while (rs.next()) {
						logged.add(rs.getLong(1));
					}
				}
			}
			List<String> unaudited = new ArrayList<>();
			for (String id : changed) {
				Set<Long> commits = auditedIn.getOrDefault(id, Set.of());
				HostileStore.Row after = now.get(id);
				if (commits.stream().noneMatch(logged::contains)) {
					unaudited.add(id + " (" + describe(store.snapshot.get(id)) + " -> " + describe(after) + ")");
				} else if (after != null && !commits.contains(after.lastCommit())) {
					unaudited.add(id + " (last_commit " + after.lastCommit() + " has no audit entry of it; audited in "
							+ commits + ")");
				}
			}
			checks.add(() -> assertEquals(List.of(), unaudited, name
					+ ": clinical objects changed by the attacks without an audit entry in a logged commit"));
		}
		assertAll(checks);
	}

	private static boolean sameContent(HostileStore.Row a, HostileStore.Row b) {
		return a.type().equals(b.type()) && Objects.equals(a.parentId(), b.parentId())
				&& Objects.equals(a.container(), b.container()) && a.ordinal() == b.ordinal()
				&& Objects.equals(a.subjectId(), b.subjectId()) && Objects.equals(a.siteId(), b.siteId())
				&& a.reveals() == b.reveals() && a.deleted() == b.deleted() && a.lastCommit() == b.lastCommit()
				&& a.state().equals(b.state());
	}

	private static String describe(HostileStore.Row row) {
		return row == null ? "absent"
				: row.type() + " site " + row.siteId() + (row.reveals() ? " revealing" : "")
						+ (row.deleted() ? " deleted" : "") + " commit " + row.lastCommit() + " "
						+ row.state().replace("\n", "; ");
	}

	private static <T> Set<T> union(Set<T> a, Set<T> b) {
		Set<T> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------

	@FunctionalInterface
	interface Attack {
		void on(Connection connection) throws SQLException;
	}

	/** One row for tb_commit_write. */
	record Write(String kind, String id, String type, String parent, String container, int ordinal, String feature,
			String oldValue, String newValue) {
		static Write change(HostileStore.Row row, String feature, String oldValue, String newValue) {
			return new Write("change", row.id(), row.type(), row.parentId(), row.container(), row.ordinal(), feature,
					oldValue, newValue);
		}

		static Write create(String id, String type, String parent, String container, int ordinal, String state) {
			return new Write("create", id, type, parent, container, ordinal, null, null, state);
		}

		static Write delete(HostileStore.Row row, String storedState) {
			return new Write("delete", row.id(), row.type(), row.parentId(), row.container(), row.ordinal(), null,
					storedState, null);
		}
	}

	static long begin(Connection connection, String reason) throws SQLException {
		return begin(connection, reason, false);
	}

	static long begin(Connection connection, String reason, boolean importing) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement("SELECT * FROM tb_commit_begin(?, ?)")) {
			call.setString(1, reason);
			call.setBoolean(2, importing);
			try (ResultSet rs = call.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Sends the writes; returns what the server said besides (notices, and debug messages if asked for). */
	static java.sql.SQLWarning write(Connection connection, Write... writes) throws SQLException {
		try (PreparedStatement call = writeCall(connection, "", writes)) {
			call.execute();
			return call.getWarnings();
		}
	}

	/** The call of tb_commit_write with the writes bound, after the given prefix (such as EXPLAIN). */
	static PreparedStatement writeCall(Connection connection, String prefix, Write... writes) throws SQLException {
		PreparedStatement call = connection.prepareStatement(prefix + "SELECT tb_commit_write(?::varchar[], "
				+ "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[], "
				+ "?::varchar[])");
		List<Function<Write, Object>> columns = List.of(Write::kind, Write::id, Write::type, Write::parent,
				Write::container, Write::ordinal, Write::feature, Write::oldValue, Write::newValue);
		for (int i = 0; i < columns.size(); i++) {
			Function<Write, Object> column = columns.get(i);
			if (i == 5) {
				call.setArray(i + 1, connection.createArrayOf("integer",
						Arrays.stream(writes).map(column).toArray(Integer[]::new)));
			} else {
				call.setArray(i + 1, connection.createArrayOf("varchar",
						Arrays.stream(writes).map(column).toArray(String[]::new)));
			}
		}
		return call;
	}

	static void finish(Connection connection) throws SQLException {
		try (Statement call = connection.createStatement();
				ResultSet rs = call.executeQuery("SELECT * FROM tb_commit_finish()")) {
			rs.next();
		}
	}

	/** The commit as SQL, for the report of an attack that got through. */
	static String sql(String reason, boolean importing, Write... writes) {
		List<Function<Write, Object>> columns = List.of(Write::kind, Write::id, Write::type, Write::parent,
				Write::container, Write::ordinal, Write::feature, Write::oldValue, Write::newValue);
		List<String> arrays = new ArrayList<>();
		for (Function<Write, Object> column : columns) {
			arrays.add("ARRAY[" + Arrays.stream(writes).map(column).map(HostileClientTest::literal)
					.collect(Collectors.joining(", ")) + "]");
		}
		return "SELECT tb_commit_begin(" + literal(reason) + ", " + (importing ? "TRUE" : "FALSE")
				+ "); SELECT tb_commit_write("
				+ String.join(", ", arrays) + "); SELECT * FROM tb_commit_finish(); COMMIT;";
	}

	private static String literal(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Integer number) {
			return number.toString();
		}
		String text = value.toString();
		return text.contains("\n") ? "E'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
				: "'" + text.replace("'", "''") + "'";
	}

	/** The first finish of a legitimate commit, which must work for the attack after it to mean anything. */
	private static void finishExpectingSuccess(Connection connection) throws SQLException {
		try {
			finish(connection);
		} catch (SQLException e) {
			throw new AssertionFailedError("a legitimate commit failed, so the attack after it proves nothing: "
					+ describe(e), e);
		}
	}

	/** A whole commit through the server's functions, which must be refused somewhere on the way. */
	void refusedCommit(Attacker who, String attack, String reason, Write... writes) throws Exception {
		refusedCommit(who, attack, reason, false, writes);
	}

	void refusedCommit(Attacker who, String attack, String reason, boolean importing, Write... writes)
			throws Exception {
		refused(who, attack + ":\n  " + sql(reason, importing, writes), true, c -> {
			begin(c, reason, importing);
			write(c, writes);
			finish(c);
		});
	}

	static void refused(Attacker who, String attack, boolean keepIfItWorks, Attack body) throws Exception {
		refused(who, attack, keepIfItWorks, false, body);
	}

	/**
	 * Runs an attack on a connection of the attacker's and asserts that the server refused it. An attack that
	 * works is committed when keepIfItWorks (so the final audit check sees it), else rolled back.
	 */
	static void refused(Attacker who, String attack, boolean keepIfItWorks, boolean constraintRefuses, Attack body)
			throws Exception {
		Connection connection = open(who);
		try {
			try {
				body.on(connection);
				if (keepIfItWorks) {
					connection.commit();
				} else {
					connection.rollback();
				}
			} catch (SQLException e) {
				rollbackQuietly(connection);
				if (!isRefusal(who, e, constraintRefuses)) {
					throw new AssertionFailedError(who + ": " + attack + "\n  failed, but not because the server "
							+ "refused it: " + describe(e), e);
				}
				System.out.println("refused: " + who + ": " + attack.replace('\n', ' ') + " -> " + describe(e)
						.replace('\n', ' '));
				return;
			}
			throw new AssertionFailedError(who + " succeeded: " + attack);
		} finally {
			release(who, connection);
		}
	}

	/**
	 * Whether the server refused: an error the server raised (not one the driver raised on reading a result), other
	 * than one that says the attack statement itself is wrong, or hit a constraint after getting past the rights.
	 */
	static boolean isRefusal(Attacker who, SQLException e, boolean constraintRefuses) {
		String state = e.getSQLState();
		if (state == null) {
			return false;
		}
		if (state.startsWith("08") || state.startsWith("57P")) {
			return who.deactivated(); // the server ended a deactivated user's connection
		}
		if (!(e instanceof org.postgresql.util.PSQLException server) || server.getServerErrorMessage() == null) {
			return false;
		}
		if (state.startsWith("23")) {
			return constraintRefuses;
		}
		return !NOT_A_REFUSAL.contains(state);
	}

	static String describe(SQLException e) {
		return "SQLState " + e.getSQLState() + ": " + e.getMessage();
	}

	/** The rows the query returns as strings; a query the server refuses returns none. */
	static Set<String> strings(Attacker who, String sql) throws Exception {
		Set<String> result = new TreeSet<>();
		Connection connection = open(who);
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				result.add(rs.getString(1));
			}
			connection.rollback();
		} catch (SQLException e) {
			rollbackQuietly(connection);
			if (!isRefusal(who, e, false)) {
				throw new AssertionFailedError(who + ": " + sql + " failed, but not because the server refused it: "
						+ describe(e), e);
			}
		} finally {
			release(who, connection);
		}
		return result;
	}

	static void assertNoneOf(Attacker who, String sql, Set<String> secret, Set<String> seen) {
		assertTrue(secret.size() > 0 || sql.contains("IN ("), "the fixture has rows " + who + " may not see");
		Set<String> leaked = new TreeSet<>(seen);
		leaked.retainAll(secret);
		assertEquals(Set.of(), leaked, who + " read " + leaked.size() + " rows it may not see with: " + sql);
	}

	static HostileStore store(Attacker who) {
		return who.lockedStore() ? locked : open;
	}

	static Attacker attacker(String username) {
		return Attacker.everyone().filter(a -> a.username().equals(username) && !a.lockedStore()).findFirst()
				.orElseThrow();
	}

	static Connection open(Attacker who) throws SQLException {
		HostileStore store = store(who);
		if (who.deactivated()) {
			return store.leaverConnection;
		}
		try {
			return store.connect(who.username());
		} catch (SQLException e) {
			throw new AssertionFailedError("could not log in as " + who + " to attack: " + describe(e), e);
		}
	}

	static void release(Attacker who, Connection connection) throws SQLException {
		if (!who.deactivated()) {
			connection.close();
		}
	}

	static void rollbackQuietly(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException ignored) {
			// a closed connection has nothing to roll back
		}
	}

	static void query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rs.getObject(1);
			}
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static int update(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	static void call(Connection connection, String sql, Object... arguments) throws SQLException {
		try (PreparedStatement call = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				call.setString(i + 1, (String) arguments[i]);
			}
			try (ResultSet rs = call.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1);
				}
			}
		}
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	static List<String> trialbenchRoles() throws SQLException {
		List<String> roles = new ArrayList<>();
		try (Connection owner = open.owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE 'trialbench\\_%' "
						+ "ORDER BY 1")) {
			while (rs.next()) {
				roles.add(rs.getString(1));
			}
		}
		return roles;
	}

	/** A user's SCRAM verifier as the server keeps it (its password is known: "secret-" + username). */
	static String verifierOf(String username) throws SQLException {
		try (Connection superuser = open.superuser();
				PreparedStatement query = superuser.prepareStatement("SELECT rolpassword FROM pg_authid WHERE rolname = ?")) {
			query.setString(1, username);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/** The sequence of a stratum's slots (named by tb_slot_sequence, schema 3). */
	static String slotSequence(String stratum) throws Exception {
		byte[] md5 = MessageDigest.getInstance("MD5").digest(stratum.getBytes(StandardCharsets.UTF_8));
		return "tb_slot_" + HexFormat.of().formatHex(md5);
	}
}
