package org.trialbench.repository.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

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

	/**
	 * Migrates to the newest schema and returns its version. A store whose history already holds exactly the
	 * listed scripts, each applied successfully and with the checksum of the script as it is now ({@link #isCurrent}),
	 * has nothing to migrate and nothing Flyway's validation would refuse: it is not handed to Flyway, whose
	 * start and checks (three connections, each a password exchange on PostgreSQL) took about 0.6 s of every open.
	 */
	public static int migrate(Database database, String user, char[] password) throws StoreException {
		if (isCurrent(database, user, password)) {
			return newestVersion(database.vendor());
		}
		Flyway flyway = configure(database, user, password);
		try {
			flyway.migrate();
			return currentVersion(flyway);
		} catch (FlywayException e) {
			throw new StoreException("Cannot create or migrate the trial store schema at " + database.location() + ": "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Whether the store's schema history holds exactly the vendor's listed scripts (by file name), every one applied
	 * successfully with the checksum Flyway gives the script now, and nothing else: no failed, missing, extra or
	 * changed migration. False when there is no history yet or it cannot be read.
	 */
	public static boolean isCurrent(Database database, String user, char[] password) {
		Map<String, Integer> expected = new HashMap<>();
		for (var script : new MigrationScripts(database.vendor()).getResources("", new String[] { ".sql" })) {
			try (Reader in = script.read()) {
				expected.put(script.getFilename(), checksum(in));
			} catch (IOException | UncheckedIOException e) {
				return false;
			}
		}
		try (Connection connection = new StoreDataSource(database, user, password).getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT \"script\", \"checksum\", \"success\", \"version\", \"type\" FROM \"schema_history\"")) {
			int rows = 0;
			while (rs.next()) {
				if (rs.getString(4) == null && "TABLE".equals(rs.getString(5))) {
					continue; // Flyway's note that it made the history table (H2), no migration
				}
				rows++;
				Integer checksum = expected.get(rs.getString(1));
				int stored = rs.getInt(2);
				boolean noChecksum = rs.wasNull();
				if (checksum == null || noChecksum || checksum != stored || !rs.getBoolean(3)) {
					return false;
				}
			}
			return rows == expected.size();
		} catch (SQLException e) {
			return false; // no history yet (a new store), or one this check cannot read: Flyway decides
		}
	}

	/**
	 * The checksum Flyway records for an SQL migration: CRC-32 over the UTF-8 bytes of the script's lines, without
	 * their line breaks and without a byte order mark at the start.
	 */
	static int checksum(Reader script) throws IOException {
		CRC32 crc = new CRC32();
		BufferedReader lines = new BufferedReader(script);
		boolean first = true;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (first && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			first = false;
			crc.update(line.getBytes(StandardCharsets.UTF_8));
		}
		return (int) crc.getValue();
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
