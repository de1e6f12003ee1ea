package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialbench.repository.jdbc.tests.HostileClientTest.Write;

/**
 * Schema 14 writes a call that only changes values of existing rows (a form's corrections) with one set-wise
 * statement, and every other call with schema 12's operation-by-operation path. Both must store the same rows and
 * the same audit entries: the same correction is sent once so that it takes the set-wise path and once, to a twin
 * row, with a repeated operation that sends it down the other path, and the results are compared.
 */
class ServerCommitPathsTest {

	private static final String REASON = "transcription error, source document checked";
	private static final String SECOND_SUBJECT = "subject-01-0002";
	private static final String THIRD_SUBJECT = "subject-01-0003";
	private static PostgresServer server;
	private static HostileStore store;

	@BeforeAll
	static void prepare() throws Exception {
		server = PostgresServer.start();
		store = HostileStore.prepare(server, "commit_paths", false);
	}

	@AfterAll
	static void stop() throws Exception {
		if (store != null) {
			store.close();
		}
		if (server != null) {
			server.close();
		}
	}

	/** One audit entry of a commit, without what differs between two rows (object id, sequence, hash). */
	private record Entry(String type, String feature, String oldValue, String newValue, String reason,
			String subjectId, String siteId) {
	}

	@Test
	void aVerifiedValuesCorrectionIsStoredAndAuditedAlikeByBothPaths() throws Exception {
		HostileStore.Row first = store.current(store.valueId(SECOND_SUBJECT, "IT.ECK.DYSPHAGIA"));
		HostileStore.Row second = store.current(store.valueId(SECOND_SUBJECT, "IT.ECK.PAIN"));
		verify(first, second);
		first = store.current(first.id());
		second = store.current(second.id());
		assertEquals("verified", first.feature("sdvState"));
		assertEquals("verified", second.feature("sdvState"));
		String corrected = "3"; // neither value (1 and 0)

		long setWise = commit("inv01", Write.change(first, "value", first.feature("value"), corrected));
		assertTrue(ServerCommitPathsTest.setWise, "a value's correction is written set-wise");
		long oneByOne = commit("inv01", Write.change(second, "value", second.feature("value"), corrected),
				// the same feature twice (the second already stored) is left to schema 12's path
				Write.change(second, "value", corrected, corrected));
		assertFalse(ServerCommitPathsTest.setWise, "a feature changed twice is written one operation at a time");

		HostileStore.Row firstAfter = store.current(first.id());
		HostileStore.Row secondAfter = store.current(second.id());
		for (HostileStore.Row after : List.of(firstAfter, secondAfter)) {
			assertEquals(corrected, after.feature("value"), after.id());
			assertEquals("changedSinceVerification", after.feature("sdvState"), after.id());
		}
		assertEquals(first.state().replace("value=" + first.feature("value") + "\n", "value=" + corrected + "\n")
				.replace("sdvState=verified", "sdvState=changedSinceVerification"), firstAfter.state());
		assertEquals(second.state().replace("value=" + second.feature("value") + "\n", "value=" + corrected + "\n")
				.replace("sdvState=verified", "sdvState=changedSinceVerification"), secondAfter.state());
		assertEquals(setWise, firstAfter.lastCommit());
		assertEquals(oneByOne, secondAfter.lastCommit());

		List<Entry> setWiseEntries = entries(setWise, first.id());
		assertEquals(List.of(
				new Entry("ItemValue", "value", first.feature("value"), corrected, REASON, SECOND_SUBJECT,
						first.siteId()),
				new Entry("ItemValue", "sdvState", "verified", "changedSinceVerification",
						"verification re-opened automatically: the value changed after it was verified (" + REASON
								+ ")",
						SECOND_SUBJECT, first.siteId())),
				setWiseEntries);
		List<Entry> oneByOneEntries = entries(oneByOne, second.id());
		assertEquals(setWiseEntries.stream().map(e -> e.feature() + e.newValue() + e.reason()).toList(),
				oneByOneEntries.stream().map(e -> e.feature() + e.newValue() + e.reason()).toList());
		assertEquals(List.of(2, 2), List.of(changedValues(setWise), changedValues(oneByOne)));
		assertEquals(commitSubjects(setWise), commitSubjects(oneByOne));
		assertTrue(store.repository.verifyAudit(new NullProgressMonitor()).intact(), "the audit chain verifies");
	}

	@Test
	void aCallWithSeveralRowsAndFeaturesKeepsTheOrderOfItsOperations() throws Exception {
		HostileStore.Row dysphagia = store.current(store.valueId(THIRD_SUBJECT, "IT.ECK.DYSPHAGIA"));
		HostileStore.Row pain = store.current(store.valueId(THIRD_SUBJECT, "IT.ECK.PAIN"));
		long commit = commit("inv01", Write.change(dysphagia, "value", dysphagia.feature("value"), null),
				Write.change(dysphagia, "missingCode", dysphagia.feature("missingCode"), "notDone"),
				Write.change(pain, "value", pain.feature("value"), "2"),
				// already stored: no audit entry
				Write.change(pain, "definition", pain.feature("definition"), pain.feature("definition")));
		assertTrue(setWise, "changes of several rows and features are written set-wise");
		List<String> audited = new ArrayList<>();
		try (Connection owner = store.owner();
				PreparedStatement query = owner.prepareStatement("SELECT object_id, feature, old_value, new_value "
						+ "FROM audit_entry WHERE commit_id = ? ORDER BY sequence")) {
			query.setLong(1, commit);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					audited.add((rs.getString(1).equals(pain.id()) ? "pain." : "dysphagia.") + rs.getString(2) + ": "
							+ rs.getString(3) + " -> " + rs.getString(4));
				}
			}
		}
		assertEquals(List.of("dysphagia.value: 1 -> null", "dysphagia.missingCode: "
				+ dysphagia.feature("missingCode") + " -> notDone", "pain.value: 0 -> 2"), audited);
		HostileStore.Row dysphagiaAfter = store.current(dysphagia.id());
		assertEquals(null, dysphagiaAfter.feature("value"));
		assertEquals("notDone", dysphagiaAfter.feature("missingCode"));
		assertEquals(dysphagia.features().size() - 1 + (dysphagia.feature("missingCode") == null ? 1 : 0),
				dysphagiaAfter.features().size(), "the value's line is gone, the missing code's is there once");
		assertEquals("2", store.current(pain.id()).feature("value"));
		assertEquals(commit, store.current(pain.id()).lastCommit());
		assertTrue(store.repository.verifyAudit(new NullProgressMonitor()).intact(), "the audit chain verifies");
	}

	@Test
	void aConflictInAFormsCorrectionIsNamedAndNothingIsStored() throws Exception {
		HostileStore.Row value = store.current(store.valueId(HostileStore.S1, "IT.ECK.DYSPHAGIA"));
		HostileStore.Row other = store.current(store.valueId(HostileStore.S1, "IT.ECK.PAIN"));
		long before = store.lastCommit();
		SQLException conflict = assertThrows(SQLException.class, () -> commit("inv01",
				Write.change(other, "value", other.feature("value"), "0"),
				Write.change(value, "value", "9", "3")));
		assertEquals("40001", conflict.getSQLState());
		assertTrue(conflict.getMessage().contains("value of ItemValue " + value.id() + " was changed by another user"),
				conflict.getMessage());
		assertEquals(before, store.lastCommit());
		assertEquals(other.state(), store.current(other.id()).state());
		SQLException refused = assertThrows(SQLException.class,
				() -> commit("inv01", Write.change(value, "sdvState", value.feature("sdvState"), "verified")));
		assertEquals("42501", refused.getSQLState());
		assertNotEquals(null, refused.getMessage());
		assertEquals(before, store.lastCommit());
	}

	/**
	 * Schema 17: a change under a form whose signature stands is refused before either path runs, with plain SQL
	 * and the investigators' own credentials: a call shaped for the set-wise path, one shaped for the
	 * operation-by-operation path, one that mixes the change with an allowed one, and the signer's own call that
	 * withdraws and changes in one step. Nothing of them is stored. A monitor's verification of the signed value
	 * is still written set-wise. Then the legal path: the principal investigator withdraws the signature with a
	 * reason in a commit of its own, the investigator corrects the value (set-wise), and the principal investigator
	 * signs again; each step is audited, and the new signature closes the form again.
	 */
	@Test
	void aChangeUnderASignedFormIsRefusedOnEveryPathUntilTheSignatureIsWithdrawn() throws Exception {
		String formId = store.formId(HostileStore.S1, "F.POEM");
		HostileStore.Row form = store.current(formId);
		HostileStore.Row signature = store.current(HostileStore.ARM_SIGNATURE);
		HostileStore.Row length = store.current(store.valueId(HostileStore.S1, "IT.POEM.LENGTH"));
		HostileStore.Row pain = store.current(store.valueId(HostileStore.S1, "IT.ECK.PAIN"));
		assertEquals("signed", form.feature("status"));
		assertFalse(signature.deleted());
		String stored = length.feature("value");
		long before = store.lastCommit();
		String change = "change value of IT.POEM.LENGTH on form F.POEM of subject 01-0001: the form is signed by "
				+ "Dr. pi01 at 2026-05-11T08:00:00Z; withdraw the signature first";

		List<Write[]> attacks = List.of(
				// one change of an existing row: the shape of the set-wise path
				new Write[] { Write.change(length, "value", stored, "14.0") },
				// a feature twice: the shape of the operation-by-operation path
				new Write[] { Write.change(length, "value", stored, "14.0"), Write.change(length, "value", "14.0",
						"14.0") },
				// an allowed correction of the unsigned Eckardt form with it
				new Write[] { Write.change(pain, "value", pain.feature("value"), "2"),
						Write.change(length, "value", stored, "14.0") });
		for (String investigator : List.of("inv01", "pi01")) {
			for (Write[] attack : attacks) {
				SQLException refused = assertThrows(SQLException.class, () -> commit(investigator, attack));
				assertEquals("42501", refused.getSQLState(), refused.getMessage());
				assertTrue(refused.getMessage().contains("Not saved: " + investigator + " may not " + change),
						refused.getMessage());
			}
		}
		SQLException added = assertThrows(SQLException.class, () -> commit("inv01",
				Write.create("value-added-under-signature", "ItemValue", formId, "itemValues", 5,
						"definition=IT.POEM.LENGTH\nvalue=9.0\nsdvState=pending\n")));
		assertTrue(added.getMessage().contains("may not add a value of IT.POEM.LENGTH to form F.POEM"),
				added.getMessage());
		SQLException removed = assertThrows(SQLException.class,
				() -> commit("inv01", Write.delete(length, length.state())));
		assertTrue(removed.getMessage().contains("may not remove the value of IT.POEM.LENGTH from form F.POEM"),
				removed.getMessage());
		SQLException unsigned = assertThrows(SQLException.class,
				() -> commit("inv01", Write.change(form, "status", "signed", "complete")));
		assertTrue(unsigned.getMessage().contains("may not change status of form F.POEM"), unsigned.getMessage());
		SQLException oneStep = assertThrows(SQLException.class, () -> commit("pi01",
				Write.change(form, "status", "signed", "complete"), Write.change(length, "value", stored, "14.0"),
				Write.delete(signature, signature.state())));
		assertTrue(oneStep.getMessage().contains("may not " + change), oneStep.getMessage());
		assertEquals(before, store.lastCommit(), "nothing was committed");
		assertEquals(length, store.current(length.id()));
		assertEquals(pain, store.current(pain.id()));
		assertEquals(signature, store.current(signature.id()));
		assertEquals(form, store.current(formId));

		commit("mon01", Write.change(length, "sdvState", length.feature("sdvState"), "verified"));
		assertTrue(setWise, "a monitor's verification of a signed value is written set-wise");

		String why = "Signature withdrawn: myotomy length re-measured on the procedure video";
		long withdrawal = commitBecause("pi01", why, Write.change(form, "status", "signed", "complete"),
				Write.delete(signature, signature.state()));
		assertTrue(store.current(signature.id()).deleted());
		long correction = commit("inv01", Write.change(store.current(length.id()), "value", stored, "14.0"));
		assertTrue(setWise, "once the signature is withdrawn, the correction takes the set-wise path again");
		long resigning = commit("pi01", Write.create("signature-after-correction", "Signature", formId, "signature", 0,
				"signer=user-pi01\nsignerName=Dr. pi01\nmeaning=responsibility\nsignedAt=2026-06-05T10:00:00Z\n"
						+ "recordHash=" + "1".repeat(64) + "\n"),
				Write.change(store.current(formId), "status", "complete", "signed"));
		assertEquals(List.of("status", "(deleted)"), features(withdrawal));
		assertEquals(List.of(why, why), reasons(withdrawal));
		assertEquals(List.of("value", "sdvState"), features(correction), "the verification re-opened");
		assertEquals(List.of("(created)", "status"), features(resigning));
		assertEquals("14.0", store.current(length.id()).feature("value"));
		SQLException again = assertThrows(SQLException.class, () -> commit("inv01",
				Write.change(store.current(length.id()), "value", "14.0", "15.0")));
		assertTrue(again.getMessage().contains("the form is signed by Dr. pi01 at 2026-06-05T10:00:00Z"),
				again.getMessage());
		assertTrue(store.repository.verifyAudit(new NullProgressMonitor()).intact(), "the audit chain verifies");
	}

	/**
	 * The signed-form check (schema 17) runs at every tb_commit_write. An import into a new store writes its whole
	 * file in one transaction, whose new rows no statistics see: a plan made for the small store of its start and
	 * kept for the session read every form and value written so far at every call, so that at 10,000 subjects the
	 * import slowed until it did not finish (schema 21). Counted in pages: the same small call late in a transaction
	 * that has written thousands of forms and values reads about what it read early.
	 */
	@Test
	void theSignedFormCheckReadsTheRowsACallNamesNotEveryFormItsTransactionWrote() throws Exception {
		HostileStore.Row value = store.current(store.valueId(THIRD_SUBJECT, "IT.ECK.PAIN"));
		HostileStore.Row form = store.current(value.parentId());
		// a value of a signed form, "changed" to what it holds (allowed under a signature): the check looks up its
		// form, the form's standing signature and its subject
		HostileStore.Row signed = store.current(store.valueId(HostileStore.S1, "IT.POEM.LENGTH"));
		Write unchanged = Write.change(signed, "value", signed.feature("value"), signed.feature("value"));
		try (Connection connection = store.connect("inv01")) {
			connection.setAutoCommit(false);
			HostileClientTest.begin(connection, REASON);
			// many small calls while the store is small: the session's plans are made and chosen here; the fewest
			// pages of the last three (no first-call reads, no plan made again)
			long early = Long.MAX_VALUE;
			for (int call = 0; call < 12; call++) {
				long pages = pagesRead(connection, forms(form, value, "early" + call, 1, 3, unchanged));
				early = call < 9 ? early : Math.min(early, pages);
			}
			for (int call = 0; call < 40; call++) { // 40 x 10 forms x 10 values: over 4,000 rows
				HostileClientTest.write(connection, forms(form, value, "bulk" + call, 10, 10));
			}
			long late = Long.MAX_VALUE;
			for (int call = 0; call < 3; call++) {
				late = Math.min(late, pagesRead(connection, forms(form, value, "late" + call, 1, 3, unchanged)));
			}
			connection.rollback();
			assertTrue(late <= 2 * early + 20, "the same call read " + early + " pages early in the transaction and "
					+ late + " after 4,400 more forms and values");
		}
		assertFalse(store.rows("clinical_object").keySet().stream().anyMatch(id -> id.startsWith("bulk")),
				"rolled back");
	}

	/**
	 * The given writes, then forms of the given one's definition under its visit, each with values of the given
	 * value's item.
	 */
	private static Write[] forms(HostileStore.Row form, HostileStore.Row value, String prefix, int count,
			int values, Write... more) {
		List<Write> writes = new ArrayList<>(List.of(more));
		for (int f = 0; f < count; f++) {
			String formId = prefix + "-form-" + f;
			writes.add(Write.create(formId, "FormRecord", form.parentId(), "forms", 100 + f,
					form.state()));
			for (int v = 0; v < values; v++) {
				writes.add(Write.create(formId + "-value-" + v, "ItemValue", formId, "itemValues", v,
						"definition=" + value.feature("definition") + "\nvalue=" + v % 4 + "\n"));
			}
		}
		return writes.toArray(Write[]::new);
	}

	/** The shared pages a call of tb_commit_write reads, with everything it runs (EXPLAIN's buffer counts). */
	private static long pagesRead(Connection connection, Write... writes) throws SQLException {
		try (PreparedStatement explain = HostileClientTest.writeCall(connection,
				"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ", writes); ResultSet rs = explain.executeQuery()) {
			rs.next();
			String plan = rs.getString(1);
			return number(plan, "Shared Hit Blocks") + number(plan, "Shared Read Blocks");
		}
	}

	/** The first number after a key of EXPLAIN's JSON (the top node's, which includes everything under it). */
	private static long number(String json, String key) {
		int at = json.indexOf("\"" + key + "\":");
		assertTrue(at >= 0, key + " in " + json);
		java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(json);
		assertTrue(digits.find(at + key.length() + 3));
		return Long.parseLong(digits.group());
	}

	private static List<String> features(long commit) throws SQLException {
		return column(commit, "feature");
	}

	private static List<String> reasons(long commit) throws SQLException {
		return column(commit, "reason");
	}

	private static List<String> column(long commit, String column) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection owner = store.owner(); PreparedStatement query = owner.prepareStatement(
				"SELECT " + column + " FROM audit_entry WHERE commit_id = ? ORDER BY sequence")) {
			query.setLong(1, commit);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}

	private static void verify(HostileStore.Row... rows) throws SQLException {
		List<Write> writes = new ArrayList<>();
		for (HostileStore.Row row : rows) {
			if (!"verified".equals(row.feature("sdvState"))) {
				writes.add(Write.change(row, "sdvState", row.feature("sdvState"), "verified"));
			}
		}
		if (!writes.isEmpty()) {
			commit("mon01", writes.toArray(Write[]::new));
		}
	}

	/** The path the last commit's write took: true when set-wise. */
	private static boolean setWise;

	private static long commit(String username, Write... writes) throws SQLException {
		return commitBecause(username, REASON, writes);
	}

	private static long commitBecause(String username, String reason, Write... writes) throws SQLException {
		try (Connection connection = store.connect(username)) {
			connection.setAutoCommit(false);
			try (Statement debug = connection.createStatement()) {
				debug.execute("SET client_min_messages = debug1");
			}
			try {
				long commit = HostileClientTest.begin(connection, reason);
				setWise = false;
				for (SQLWarning said = HostileClientTest.write(connection, writes); said != null; said = said
						.getNextWarning()) {
					setWise |= said.getMessage().contains("written set-wise");
				}
				HostileClientTest.finish(connection);
				connection.commit();
				return commit;
			} catch (SQLException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	private static List<Entry> entries(long commit, String objectId) throws SQLException {
		List<Entry> entries = new ArrayList<>();
		try (Connection owner = store.owner();
				PreparedStatement query = owner.prepareStatement("SELECT object_type, feature, old_value, new_value, "
						+ "reason, subject_id, site_id FROM audit_entry WHERE commit_id = ? AND object_id = ? "
						+ "ORDER BY sequence")) {
			query.setLong(1, commit);
			query.setString(2, objectId);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
				}
			}
		}
		return entries;
	}

	private static int changedValues(long commit) throws SQLException {
		try (Connection owner = store.owner();
				PreparedStatement query = owner.prepareStatement(
						"SELECT changed_values FROM commit_log WHERE commit_id = ?")) {
			query.setLong(1, commit);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static String commitSubjects(long commit) throws SQLException {
		try (Connection owner = store.owner();
				PreparedStatement query = owner.prepareStatement(
						"SELECT subject_ids FROM commit_log WHERE commit_id = ?")) {
			query.setLong(1, commit);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}
}
