package org.trialbench.repository.jdbc.internal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.trialbench.repository.StoreException;

/**
 * Creates and migrates a store's schema with Flyway: the common scripts for every store, then the vendor's own
 * (access control on PostgreSQL). Scripts live in {@code migration/} beside this package and are listed in {@link MigrationScripts}.
 */
public final class StoreSchema {

	/** Flyway reports every step on java.util.logging; only its errors matter to a user. Held so it stays set. */
	private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

	static {
		FLYWAY_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	private StoreSchema() {
	}

	/** The schema version a store of the vendor reaches once migrated: the highest of its listed scripts. */
	public static int newestVersion(Database.Vendor vendor) {
		return MigrationScripts.newestVersion(vendor);
	}

	/** Migrates to the newest schema and returns its version. */
	public static int migrate(Database database, String user, char[] password) throws StoreException {
		Flyway flyway = configure(database, user, password);
		try {
			flyway.migrate();
			return currentVersion(flyway);
		} catch (FlywayException e) {
			throw new StoreException("Cannot create or migrate the trial store schema at " + database.location() + ": "
					+ e.getMessage(), e);
		}
	}

	private static Flyway configure(Database database, String user, char[] password) {
		return Flyway.configure(StoreSchema.class.getClassLoader())
				.dataSource(new StoreDataSource(database, user, password))
				.resourceProvider(new MigrationScripts(database.vendor()))
				.table("schema_history")
				// capabilities number their migrations in parallel: a store already at a higher version still
				// takes a lower-numbered script merged later
				.outOfOrder(true)
				.load();
	}

	private static int currentVersion(Flyway flyway) {
		MigrationInfo current = flyway.info().current();
		return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
	}
}
