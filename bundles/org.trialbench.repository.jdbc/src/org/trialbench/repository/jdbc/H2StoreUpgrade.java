package org.trialbench.repository.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.internal.PasswordHash;
import org.trialbench.repository.jdbc.internal.ProtocolBlinding;
import org.trialbench.repository.jdbc.internal.ProtocolXmi;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;
import org.trialbench.repository.jdbc.local.PostgresBinaries;

/**
 * Upgrades an embedded store of the H2 kind ({@code PATH.mv.db}) to the embedded PostgreSQL store in the folder
 * {@code PATH}, once, when it is opened:
 * <ol>
 * <li>the H2 file is opened by this process alone (so no other process writes it meanwhile) and migrated to its
 * newest H2 schema, as opening it always did; its audit chain is verified (as {@code audit --verify} does);</li>
 * <li>a cluster is made in the staging folder {@code PATH.upgrading} with the store's schema, and every row of
 * every table of the H2 store is copied in one transaction as the cluster's superuser, with triggers suppressed
 * ({@code session_replication_role = replica}) so that the append-only trail and signed forms are written as they
 * are; each user becomes a login role with the password carried over as a SCRAM verifier
 * ({@link PasswordHash#scramVerifier(String)}), the randomization list's strata continue after their last taken
 * slot, and the roles and protocol blinding the server store derives are derived;</li>
 * <li>before that transaction commits, the row count of every table is compared and the audit chain on
 * PostgreSQL is verified and must end in the H2 chain's head hash;</li>
 * <li>the staging folder becomes {@code PATH}, and only then is the H2 file renamed to
 * {@code PATH.mv.db.upgraded-DATE}: kept, never deleted.</li>
 * </ol>
 * Until the rename the H2 file is the store: a failure at any step, or a process killed in between, leaves it
 * untouched, and the half-made cluster is removed (at once, or by the next open, which starts over). Two processes
 * opening the store at once upgrade it once: the second waits for the first ({@code PATH.upgrade.lock}). A store
 * that another process has open as H2 (or whose chain is broken) is not upgraded now: it opens as H2, as before,
 * and the log says why.
 */
final class H2StoreUpgrade {

	private static final Logger LOG = Logger.getLogger(H2StoreUpgrade.class.getName());
	static final String H2_SUFFIX = ".mv.db";
	static final String UPGRADED_SUFFIX = ".upgraded-";
	/** The tables in the order they are copied; any other table of the H2 store follows them. */
	private static final List<String> TABLES = List.of("store_info", "app_user", "user_site", "clinical_object",
			"commit_log", "audit_entry", "audit_head", "randomization_list", "randomization_slot", "data_lock",
			"locked_object", "locked_subject", "security_log");
	/**
	 * H2 tables stored under another name on PostgreSQL: the H2 store's lock records (its schema 16) are a lock's
	 * records stored whole, which PostgreSQL keeps since its schema 20 in {@code locked_subject_whole} (its
	 * {@code locked_subject} is a view over those and the locks that share the subjects' records).
	 */
	private static final Map<String, String> PG_NAMES = Map.of("locked_subject", "locked_subject_whole");
	/** Flyway's own table: each store has its own history of its own migrations. */
	private static final String HISTORY = "schema_history";
	private static final int BATCH = 1000;

	/** What was copied: rows per table, users, and how many of them kept their password. */
	record Result(Map<String, Long> rows, int users, int passwords) {
		String summary() {
			return rows.getOrDefault("clinical_object", 0L) + " objects, " + rows.getOrDefault("audit_entry", 0L)
					+ " audit entries, " + rows.getOrDefault("commit_log", 0L) + " commits, " + users + " users ("
					+ passwords + " with their password), " + rows.getOrDefault("locked_subject", 0L)
					+ " locked subject records, " + rows.getOrDefault("randomization_slot", 0L)
					+ " randomization slots; " + rows.values().stream().mapToLong(Long::longValue).sum()
					+ " rows in " + rows.size() + " tables";
		}
	}

	private final Path base;
	private final Path bin;

	private H2StoreUpgrade(Path base, Path bin) {
		this.base = base.toAbsolutePath().normalize();
		this.bin = bin;
	}

	static Path h2File(Path base) {
		return base.resolveSibling(base.getFileName() + H2_SUFFIX);
	}

	/**
	 * Opens the embedded store whose H2 file exists: upgraded to PostgreSQL when it can be now, else as H2.
	 *
	 * @param bin PostgreSQL's binaries, null for the per-user cache's
	 */
	static JdbcTrialRepository open(Path base, Path bin, IProgressMonitor monitor) throws StoreException {
		return new H2StoreUpgrade(base, bin).open(monitor);
	}

	private JdbcTrialRepository open(IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Opening the trial store", 100);
		Path lockFile = base.resolveSibling(base.getFileName() + ".upgrade.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock upgrade = channel.lock()) {
			Path h2 = h2File(base);
			Path cluster = base.resolve(EmbeddedPostgres.FOLDER);
			if (!Files.exists(h2)) {
				// another process upgraded it while this one waited
				return JdbcTrialRepository.embeddedPostgres(base, bin);
			}
			if (Files.exists(cluster.resolve("initialized"))) {
				LOG.warning("The embedded store " + base + " is on PostgreSQL; the H2 file " + h2 + " beside it is "
						+ "not part of it and is left as it is (move it away to stop this warning)");
				return JdbcTrialRepository.embeddedPostgres(base, bin);
			}
			Path binaries = bin != null ? bin : PostgresBinaries.installed(PostgresBinaries.defaultCache());
			return upgrade(h2, binaries, progress);
		} catch (IOException e) {
			throw new StoreException("Cannot upgrade the embedded store " + h2File(base) + " to PostgreSQL: "
					+ e.getMessage() + "; the H2 file is left as it was", e);
		}
	}

	private JdbcTrialRepository upgrade(Path h2, Path binaries, SubMonitor progress)
			throws StoreException, IOException {
		long start = System.nanoTime();
		Path staging = base.resolveSibling(base.getFileName() + ".upgrading");
		EmbeddedPostgres.discard(staging, binaries); // what an interrupted upgrade left
		progress.subTask("Checking the H2 store " + h2);
		JdbcTrialRepository old;
		try {
			old = JdbcTrialRepository.embeddedExclusive(base);
		} catch (StoreException e) {
			if (inUse(e)) {
				LOG.info("The embedded store " + h2 + " is open in another process; it opens as H2 and is upgraded "
						+ "to PostgreSQL when it is opened while no other process has it");
				return JdbcTrialRepository.embeddedExisting(base);
			}
			throw e;
		}
		Result result;
		try (old; Connection held = old.database().connect(null, null)) {
			// the held connection keeps the file open, and so closed to other processes, until the copy is done
			AuditVerification chain = old.verifyAudit(progress.split(10));
			if (!chain.intact()) {
				result = null;
				LOG.warning("The embedded store " + h2 + " was not upgraded to PostgreSQL: its audit trail is broken ("
						+ chain.problem() + "); it opens as H2, as before. Check it with ./trialbench audit --verify");
			} else {
				progress.subTask("Making the embedded PostgreSQL store");
				try {
					result = copy(held, staging, binaries, progress.split(85));
				} catch (StoreException | SQLException | IOException | RuntimeException e) {
					discardQuietly(staging, binaries, e);
					if (e instanceof OperationCanceledException cancelled) {
						throw cancelled;
					}
					throw new StoreException("Cannot upgrade the embedded store " + h2 + " to PostgreSQL: "
							+ e.getMessage() + "; the H2 file is left as it was and the next open tries again", e);
				}
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot read the embedded store " + h2 + ": " + e.getMessage(), e);
		}
		if (result == null) {
			return JdbcTrialRepository.embeddedExisting(base);
		}
		try {
			if (Files.isDirectory(base)) {
				Files.delete(base); // an empty folder of that name (anything in it refuses the upgrade here)
			}
			Files.move(staging, base, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			discardQuietly(staging, binaries, e);
			throw new StoreException("Cannot put the upgraded store in place at " + base + ": " + e.getMessage()
					+ "; the H2 file is left as it was and the next open tries again", e);
		}
		Path kept = keptName(h2);
		Files.move(h2, kept, StandardCopyOption.ATOMIC_MOVE);
		long millis = (System.nanoTime() - start) / 1_000_000;
		LOG.info("Upgraded the embedded store to PostgreSQL in " + base + " in " + millis / 1000.0 + " s: "
				+ result.summary() + "; the audit chain ends in the same hash. The H2 file is kept as " + kept);
		progress.subTask("Starting the upgraded store");
		return JdbcTrialRepository.embeddedPostgres(base, binaries);
	}

	private static boolean inUse(StoreException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == Database.DATABASE_ALREADY_OPEN) {
				return true;
			}
		}
		return false;
	}

	private static Path keptName(Path h2) {
		String name = h2.getFileName() + UPGRADED_SUFFIX + LocalDate.now();
		Path kept = h2.resolveSibling(name);
		for (int i = 2; Files.exists(kept); i++) {
			kept = h2.resolveSibling(name + "-" + i);
		}
		return kept;
	}

	private static void discardQuietly(Path staging, Path binaries, Exception failure) {
		try {
			EmbeddedPostgres.discard(staging, binaries);
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** Makes the cluster in the staging folder and copies the H2 store into it; leaves the cluster stopped. */
	private Result copy(Connection h2, Path staging, Path binaries, SubMonitor progress)
			throws StoreException, SQLException, IOException {
		Map<String, Long> rows = new LinkedHashMap<>();
		int[] users = new int[2];
		try (JdbcTrialRepository target = JdbcTrialRepository.embeddedPostgres(staging, binaries)) {
			progress.worked(5);
			char[] password = Files.readString(staging.resolve(EmbeddedPostgres.FOLDER).resolve("password")).strip()
					.toCharArray();
			try (Connection pg = Database.server(target.jdbcUrl()).connect(LocalPostgres.SUPERUSER, password);
					Statement statement = pg.createStatement()) {
				// as the superuser row-level security does not apply; as a replica no trigger fires, so the trail,
				// the locks and the signed forms are written as they are rather than as new commits
				statement.execute("SET LOCAL session_replication_role = replica");
				statement.execute("DELETE FROM audit_head"); // the new store's empty chain head
				List<String> tables = tables(h2);
				Set<String> pgTables = pgTables(pg);
				SubMonitor copying = SubMonitor.convert(progress.split(80), tables.size());
				for (String table : tables) {
					if (!pgTables.contains(pgName(table))) {
						throw new StoreException("the H2 store has a table " + table + " that the PostgreSQL store "
								+ "has not; nothing was copied");
					}
					copying.subTask("Copying " + table);
					rows.put(table, copyTable(h2, pg, table, copying.split(1)));
				}
				for (Map.Entry<String, Long> copied : rows.entrySet()) {
					long there = count(pg, "SELECT COUNT(*) FROM " + pgName(copied.getKey()));
					if (there != copied.getValue()) {
						throw new StoreException("the table " + copied.getKey() + " holds " + copied.getValue()
								+ " rows in the H2 store but " + there + " after the copy");
					}
				}
				users = derive(h2, pg);
				// the subjects' current records (schema 20), which the copy with triggers off did not keep up
				progress.subTask("Building the subjects' records");
				statement.execute("SELECT tb_rebuild_subject_records()");
				progress.subTask("Verifying the audit trail on PostgreSQL");
				AuditVerification chain = JdbcTrialRepository.verify(pg, null, progress.split(10));
				String h2Head = single(h2, "SELECT last_hash FROM audit_head WHERE id = 1");
				String pgHead = single(pg, "SELECT last_hash FROM audit_head WHERE id = 1");
				if (!chain.intact() || !h2Head.equals(pgHead)) {
					throw new StoreException("the audit trail copied to PostgreSQL does not verify (" + chain.problem()
							+ "; head " + pgHead + " against " + h2Head + " in the H2 store)");
				}
				pg.commit();
			}
		}
		return new Result(rows, users[0], users[1]);
	}

	/** The H2 store's tables, in copying order. */
	private static List<String> tables(Connection h2) throws SQLException {
		Set<String> found = new LinkedHashSet<>();
		try (Statement query = h2.createStatement(); ResultSet rs = query.executeQuery("SELECT LOWER(TABLE_NAME) "
				+ "FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
				+ "ORDER BY TABLE_NAME")) {
			while (rs.next()) {
				found.add(rs.getString(1));
			}
		}
		found.remove(HISTORY);
		List<String> ordered = new ArrayList<>();
		for (String table : TABLES) {
			if (found.remove(table)) {
				ordered.add(table);
			}
		}
		ordered.addAll(found);
		return ordered;
	}

	private static Set<String> pgTables(Connection pg) throws SQLException {
		Set<String> tables = new LinkedHashSet<>();
		try (Statement query = pg.createStatement(); ResultSet rs = query.executeQuery(
				"SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	private static String pgName(String h2Table) {
		return PG_NAMES.getOrDefault(h2Table, h2Table);
	}

	/** Copies every row of one table, every column of it; returns the number of rows. */
	private static long copyTable(Connection h2, Connection pg, String table, IProgressMonitor monitor)
			throws SQLException, StoreException {
		Set<String> pgColumns = new LinkedHashSet<>();
		try (PreparedStatement query = pg.prepareStatement("SELECT column_name FROM information_schema.columns "
				+ "WHERE table_schema = 'public' AND table_name = ?")) {
			query.setString(1, pgName(table));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					pgColumns.add(rs.getString(1));
				}
			}
		}
		long copied = 0;
		try (Statement read = h2.createStatement()) {
			read.setFetchSize(BATCH);
			try (ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData meta = rs.getMetaData();
				int columns = meta.getColumnCount();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
					if (!pgColumns.contains(name)) {
						throw new StoreException("the H2 store's table " + table + " has a column " + name
								+ " that the PostgreSQL store has not; nothing was copied");
					}
					names.add(name);
				}
				String insert = "INSERT INTO " + pgName(table) + " (" + String.join(", ", names) + ") VALUES ("
						+ String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
				try (PreparedStatement write = pg.prepareStatement(insert)) {
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							int type = meta.getColumnType(i);
							Object value = switch (type) {
							case Types.CLOB, Types.NCLOB -> rs.getString(i);
							case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
							default -> rs.getObject(i);
							};
							if (value == null) {
								write.setNull(i, type == Types.CLOB || type == Types.NCLOB ? Types.VARCHAR : type);
							} else {
								write.setObject(i, value);
							}
						}
						write.addBatch();
						if (++copied % BATCH == 0) {
							write.executeBatch();
							if (monitor.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
					write.executeBatch();
				}
			}
		}
		return copied;
	}

	/**
	 * What the server store derives from the rows rather than storing in H2: each user's roles and login role with
	 * the password carried over, the protocol's blinding, where each stratum's randomization continues, the next
	 * security log number. Returns the users and how many of them kept a password.
	 */
	private static int[] derive(Connection h2, Connection pg) throws SQLException, StoreException {
		Map<String, String> passwords = new LinkedHashMap<>();
		try (Statement query = h2.createStatement();
				ResultSet rs = query.executeQuery("SELECT username, password_hash FROM app_user ORDER BY username")) {
			while (rs.next()) {
				passwords.put(rs.getString(1), rs.getString(2));
			}
		}
		int carried = 0;
		try (Statement statement = pg.createStatement()) {
			statement.executeUpdate(JdbcTrialRepository.ROLES_FROM_USER_ROWS);
			// the login role holds the password; the H2 hash is not kept beside it
			statement.executeUpdate("UPDATE app_user SET password_hash = NULL");
			// made by the store's owner, as loading a trial makes them, so user administration may alter them later
			statement.execute("SET LOCAL ROLE " + LocalPostgres.OWNER);
			for (Map.Entry<String, String> user : passwords.entrySet()) {
				String role = '"' + user.getKey().replace("\"", "\"\"") + '"';
				Optional<String> verifier = PasswordHash.scramVerifier(user.getValue());
				boolean active;
				boolean statistician;
				try (PreparedStatement query = pg.prepareStatement(
						"SELECT active, 'statistician' = ANY (roles) FROM app_user WHERE username = ?")) {
					query.setString(1, user.getKey());
					try (ResultSet rs = query.executeQuery()) {
						rs.next();
						active = rs.getBoolean(1);
						statistician = rs.getBoolean(2);
					}
				}
				if (verifier.isPresent()) {
					carried++;
				}
				statement.execute("CREATE ROLE " + role + (active ? " LOGIN" : " NOLOGIN") + " PASSWORD "
						+ verifier.map(v -> "'" + v + "'").orElse("NULL"));
				statement.execute("GRANT trialbench_user TO " + role);
				if (statistician) {
					statement.execute("GRANT trialbench_statistician TO " + role);
				}
				JdbcTrialRepository.letUserAdministrationAlter(pg, statement, role);
			}
			statement.execute("SET LOCAL ROLE NONE");
			// each stratum's slots are handed out by its sequence, after the last one taken
			List<String> strata = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("SELECT DISTINCT stratum FROM randomization_slot")) {
				while (rs.next()) {
					strata.add(rs.getString(1));
				}
			}
			for (String stratum : strata) {
				try (PreparedStatement prepare = pg.prepareStatement("SELECT tb_slot_sequence(?), (SELECT "
						+ "MAX(sequence) FROM randomization_slot WHERE stratum = ? AND subject_id IS NOT NULL)")) {
					prepare.setString(1, stratum);
					prepare.setString(2, stratum);
					try (ResultSet rs = prepare.executeQuery()) {
						rs.next();
						String sequence = '"' + rs.getString(1) + '"';
						long taken = rs.getLong(2);
						boolean any = !rs.wasNull();
						try (Statement ddl = pg.createStatement()) {
							ddl.execute("CREATE SEQUENCE public." + sequence);
							ddl.execute("ALTER SEQUENCE public." + sequence + " OWNER TO trialbench_definer");
							if (any) {
								ddl.execute("SELECT setval('public." + sequence + "', " + taken + ")");
							}
						}
					}
				}
			}
			statement.execute("SELECT setval(pg_get_serial_sequence('security_log', 'event_id'), "
					+ "(SELECT MAX(event_id) FROM security_log)) WHERE EXISTS (SELECT 1 FROM security_log)");
		}
		Optional<String> protocol;
		try (PreparedStatement query = pg.prepareStatement("SELECT content FROM store_info WHERE name = 'protocol'");
				ResultSet rs = query.executeQuery()) {
			protocol = rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
		}
		if (protocol.isPresent()) {
			try {
				ProtocolBlinding.store(pg, ProtocolXmi.read(protocol.get()));
			} catch (IOException e) {
				throw new StoreException("the protocol in the H2 store cannot be read: " + e.getMessage(), e);
			}
		}
		return new int[] { passwords.size(), carried };
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
