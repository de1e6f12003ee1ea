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

	@Test
	void theEmbeddedStoreIsOneFileWithTheNewestSchema() throws Exception {
		StoreDescription description = repository.description();
		assertEquals(StoreDescription.Kind.EMBEDDED, description.kind());
		assertEquals(8, description.schemaVersion());
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
