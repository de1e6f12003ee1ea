package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.internal.StoreSchema;

/**
 * A store whose schema is current opens without Flyway; one whose history differs in any way (a changed script, a
 * missing or failed migration) still goes through Flyway, which migrates or refuses it as before. On an H2 store;
 * EmbeddedPostgresTest checks the same on PostgreSQL.
 */
class StoreSchemaTest {

	@Test
	void aMigratedStoreIsCurrentAndAChangedScriptIsStillRefused(@TempDir Path folder) throws Exception {
		Database database = Database.embedded(folder.resolve("store"));
		assertFalse(StoreSchema.isCurrent(database, null, null), "a new store has no history");
		int newest = StoreSchema.newestVersion(Database.Vendor.H2);
		assertEquals(newest, StoreSchema.migrate(database, null, null));
		assertTrue(StoreSchema.isCurrent(database, null, null), "the checksums are Flyway's");
		assertEquals(newest, StoreSchema.migrate(database, null, null));
		SchemaHistory.changeChecksum(database.connect(null, null), "1");
		assertFalse(StoreSchema.isCurrent(database, null, null));
		StoreException refused = assertThrows(StoreException.class, () -> StoreSchema.migrate(database, null, null));
		assertTrue(refused.getMessage().contains("checksum"), refused.getMessage());
	}

	@Test
	void aStoreWithAMigrationLeftToRunIsNotCurrent(@TempDir Path folder) throws Exception {
		Database database = Database.embedded(folder.resolve("store"));
		StoreSchema.migrate(database, null, null);
		try (Connection connection = database.connect(null, null); Statement sql = connection.createStatement()) {
			assertEquals(1, sql.executeUpdate("UPDATE \"schema_history\" SET \"success\" = FALSE WHERE \"version\" = '16'"));
			connection.commit();
		}
		assertFalse(StoreSchema.isCurrent(database, null, null), "a failed migration");
	}

	/** Changes of a store's schema history, as a careless hand or an edited script would make them. */
	static final class SchemaHistory {
		private SchemaHistory() {
		}

		static void changeChecksum(Connection connection, String version) throws Exception {
			try (connection; Statement sql = connection.createStatement()) {
				assertEquals(1, sql.executeUpdate("UPDATE \"schema_history\" SET \"checksum\" = \"checksum\" + 1 "
						+ "WHERE \"version\" = '" + version + "'"));
				connection.commit();
			}
		}
	}
}
