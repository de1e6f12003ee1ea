package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;

/** The embedded H2 store, a new file for each test. */
class EmbeddedStoreTest extends RepositoryContract {

	@TempDir
	Path directory;
	private int stores;
	private Path file;

	@Override
	JdbcTrialRepository newStore() throws Exception {
		file = directory.resolve("store" + (++stores));
		return JdbcTrialRepository.embedded(file);
	}

	@Override
	JdbcTrialRepository reopen() throws Exception {
		return JdbcTrialRepository.embedded(file);
	}

	private Connection sql() throws Exception {
		return Database.embedded(directory.resolve("store1")).connect(null, null);
	}

	@Override
	void tamperWithAudit(long sequence, String newValue) throws Exception {
		try (Connection connection = sql();
				PreparedStatement update = connection
						.prepareStatement("UPDATE audit_entry SET new_value = ? WHERE sequence = ?")) {
			update.setString(1, newValue);
			update.setLong(2, sequence);
			assertEquals(1, update.executeUpdate());
			connection.commit();
		}
	}

	@Override
	Connection ownerSql() throws Exception {
		return sql();
	}

	/** H2's own statistics of the open store file: CHUNKS_FILL_RATE (percent of chunk space in use), FILE_SIZE. */
	private static long storeInfo(Connection connection, String name) throws Exception {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
			query.setString(1, "info." + name);
			try (ResultSet rs = query.executeQuery()) {
				assertTrue(rs.next(), name);
				return Long.parseLong(rs.getString(1));
			}
		}
	}

	@Test
	void theStoreFileStopsGrowingWhileCommitsGoOn() throws Exception {
		TrialSession investigator = login("inv01");
		try (Connection connection = sql()) {
			// H2 frees an emptied chunk only 45 s after it was written (RETENTION_TIME, kept in the product, so
			// that a crash never finds the file pointing into overwritten space); the test does not wait that long
			try (java.sql.Statement set = connection.createStatement()) {
				set.execute("SET RETENTION_TIME 200");
			}
			// every commit writes a chunk of its own (WRITE_DELAY=0); without housekeeping each one adds to the file
			long[] sizes = new long[5];
			sizes[0] = storeInfo(connection, "FILE_SIZE");
			for (int round = 1; round < sizes.length; round++) {
				for (int i = 0; i < 100; i++) {
					try (TrialTransaction tx = investigator.begin()) {
						value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue(String.valueOf(i % 4));
						tx.commit("correction " + round + "." + i);
					}
				}
				Thread.sleep(500); // housekeeping runs in the background every quarter of a second
				sizes[round] = storeInfo(connection, "FILE_SIZE");
			}
			System.out.println("store file sizes after 0, 100, 200, 300, 400 commits: " + java.util.Arrays.toString(sizes));
			long firstGrowth = sizes[1] - sizes[0];
			long lastGrowth = sizes[4] - sizes[2];
			assertTrue(lastGrowth <= firstGrowth / 2, "the file grew by " + firstGrowth + " bytes in the first 100 "
					+ "commits and by " + lastGrowth + " in the last 200: " + java.util.Arrays.toString(sizes));
		}
	}

	@Test
	void aLockMadeBeforeLocksRecordedAnchorsAnchorsNothingAndSaysSo() throws Exception {
		login("dm").lockData("database lock under schema 11");
		try (Connection connection = sql(); java.sql.Statement update = connection.createStatement()) {
			update.executeUpdate("UPDATE data_lock SET audit_sequence = NULL, audit_hash = NULL"); // as schema 12 found it
			connection.commit();
		}
		assertEquals(null, login("committee").dataLocks().get(0).anchor());
		org.trialbench.repository.StoreException none = org.junit.jupiter.api.Assertions
				.assertThrows(org.trialbench.repository.StoreException.class, () -> repository.lockAnchor("LOCK-1"));
		assertTrue(none.getMessage().contains("anchors nothing"), none.getMessage());
	}

	@Test
	void aLockBuiltInSlicesOfSubjectsHoldsTheSameRecordsAsOneBuiltAtOnce() throws Exception {
		login("dm").lockData("database lock in one statement");
		System.setProperty("trialbench.lockSlice", "2");
		try {
			login("dm").lockData("database lock in slices of two subjects");
		} finally {
			System.clearProperty("trialbench.lockSlice");
		}
		try (Connection connection = sql()) {
			java.util.Map<String, java.util.List<String>> records = new java.util.TreeMap<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT lock_id, subject_id, site_id, "
					+ "reveals_allocation, object_count, objects FROM locked_subject ORDER BY subject_id, site_id, "
					+ "reveals_allocation"); ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					records.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2) + " "
							+ rs.getString(3) + " " + rs.getBoolean(4) + " " + rs.getInt(5) + " " + rs.getString(6));
				}
			}
			assertEquals(java.util.Set.of("LOCK-1", "LOCK-2"), records.keySet());
			assertEquals(6, records.get("LOCK-1").stream().map(r -> r.split(" ")[0]).distinct().count(),
					"every subject has records");
			assertEquals(records.get("LOCK-1"), records.get("LOCK-2"), "three slices, the same records");
		}
		for (String user : java.util.List.of("committee", "inv02")) {
			java.util.List<String> one = new java.util.ArrayList<>();
			java.util.List<String> sliced = new java.util.ArrayList<>();
			login(user).readSubjects("LOCK-1", s -> one.add(contents(s)), new org.eclipse.core.runtime.NullProgressMonitor());
			login(user).readSubjects("LOCK-2", s -> sliced.add(contents(s)),
					new org.eclipse.core.runtime.NullProgressMonitor());
			assertEquals(one, sliced, user);
			assertTrue(one.size() >= 3, user + " reads subjects: " + one);
		}
	}

	/** A subject's id and the ids of everything it contains, in order. */
	private static String contents(org.trialbench.clinical.Subject subject) {
		StringBuilder ids = new StringBuilder(subject.getId());
		subject.eAllContents().forEachRemaining(o -> ids.append(' ').append(((org.trialbench.clinical.ClinicalObject) o).getId()));
		return ids.toString();
	}

	@Test
	void theEmbeddedStoreIsOneFileWithTheNewestSchema() throws Exception {
		StoreDescription description = repository.description();
		assertEquals(StoreDescription.Kind.EMBEDDED, description.kind());
		assertEquals(org.trialbench.repository.jdbc.internal.StoreSchema.newestVersion(org.trialbench.repository.jdbc.internal.Database.Vendor.H2), description.schemaVersion());
		assertTrue(Files.isRegularFile(Path.of(description.location())), description.location());
	}

	@Test
	void passwordsAreKeptOnlyAsSaltedSlowHashes() throws Exception {
		try (Connection connection = sql();
				PreparedStatement query = connection.prepareStatement("SELECT password_hash FROM app_user");
				ResultSet rs = query.executeQuery()) {
			int users = 0;
			java.util.Set<String> salts = new java.util.HashSet<>();
			while (rs.next()) {
				String hash = rs.getString(1);
				assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
				assertTrue(!hash.contains("secret"), "no plain password");
				salts.add(hash.split("\\$")[2]);
				users++;
			}
			assertEquals(SmallTrial.USERS.length, users);
			assertEquals(users, salts.size(), "each password has its own salt");
		}
	}

	@Test
	void theEmbeddedStoreListsItsUsersForTheWorkbenchToChooseFrom() throws Exception {
		assertEquals(java.util.List.of(SmallTrial.USERS), repository.localUsers().stream()
				.map(org.trialbench.clinical.User::getUsername).toList());
		assertTrue(repository.localUsers().stream().filter(u -> u.getUsername().equals("admin")).findFirst()
				.orElseThrow().getRoles().contains(org.trialbench.clinical.Role.ADMINISTRATOR));
	}

	@Test
	void aLocalSessionNeedsNoPasswordOnTheEmbeddedStore() throws Exception {
		assertEquals("dm", repository.localSession("dm").user().getUsername());
		org.junit.jupiter.api.Assertions.assertThrows(AuthenticationException.class,
				() -> repository.localSession("nobody"));
	}
}
