package org.trialbench.repository.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Study;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.internal.AccessRules;
import org.trialbench.repository.jdbc.internal.AuditChain;
import org.trialbench.repository.jdbc.internal.CommitWriter;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.internal.EmbeddedHousekeeping;
import org.trialbench.repository.jdbc.internal.ObjectRow;
import org.trialbench.repository.jdbc.internal.PasswordHash;
import org.trialbench.repository.jdbc.internal.ProtocolBlinding;
import org.trialbench.repository.jdbc.internal.ProtocolXmi;
import org.trialbench.repository.jdbc.internal.RecordReader;
import org.trialbench.repository.jdbc.internal.RecordRows;
import org.trialbench.repository.jdbc.internal.SessionFactory;
import org.trialbench.repository.jdbc.internal.StateText;
import org.trialbench.repository.jdbc.internal.StoreConnection;
import org.trialbench.repository.jdbc.internal.StoreSchema;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;
import org.trialbench.repository.jdbc.local.LocalPostgres;

/**
 * The trial store on a relational database: an embedded H2 file (the default, zero set-up) or a shared
 * PostgreSQL server, where every Trialbench user is a database login and row-level security enforces site
 * isolation and blinding. The schema is created and migrated with Flyway.
 */
public final class JdbcTrialRepository implements TrialRepository {

	/** The account named in the audit trail for the initial load of a trial. */
	public static final String SYSTEM_USER = "trialbench-system";
	private static final String TRIAL_ID = "trial.id";
	private static final String PROTOCOL = "protocol";
	/** The store_info row that says the protocol's blinding is stored (schema 19; {@link ProtocolBlinding}). */
	private static final String BLINDING_STORED = "protocol.blinding";
	/** On PostgreSQL: each user's roles, as the store's functions check them, from the users' rows. */
	static final String ROLES_FROM_USER_ROWS = "UPDATE app_user a SET roles = string_to_array(substring(o.state FROM "
			+ "'(?n)^roles=(.*)$'), ', ') FROM clinical_object o WHERE o.object_type = 'User' "
			+ "AND o.id = a.user_id AND o.state ~ '(?n)^roles='";

	private final Database database;
	private final String ownerUser;
	private final char[] ownerPassword;
	private int schemaVersion;
	/** The embedded PostgreSQL cluster this repository keeps running (null for H2 and server stores). */
	private EmbeddedPostgres cluster;

	private JdbcTrialRepository(Database database, String ownerUser, char[] ownerPassword, int schemaVersion) {
		this.database = database;
		this.ownerUser = ownerUser;
		this.ownerPassword = ownerPassword;
		this.schemaVersion = schemaVersion;
	}

	/** Opens (creating or migrating) the embedded H2 store in the given file (stores made before PostgreSQL). */
	public static JdbcTrialRepository embedded(Path file) throws StoreException {
		return embedded(Database.embedded(file));
	}

	/** Opens (migrating) an existing H2 store as before, shared with other processes; never makes a new file. */
	static JdbcTrialRepository embeddedExisting(Path file) throws StoreException {
		return embedded(Database.embeddedExisting(file));
	}

	/** Opens (migrating) an existing H2 store for this process alone, as the upgrade to PostgreSQL reads it. */
	static JdbcTrialRepository embeddedExclusive(Path file) throws StoreException {
		return embedded(Database.embeddedExclusive(file));
	}

	private static JdbcTrialRepository embedded(Database database) throws StoreException {
		int version = StoreSchema.migrate(database, null, null);
		return new JdbcTrialRepository(database, null, null, version);
	}

	/** Where the store is and how to connect to it (for the upgrade, which copies it). */
	Database database() {
		return database;
	}

	/**
	 * Opens (creating or migrating) the embedded store on PostgreSQL in the given folder: its cluster
	 * ({@link EmbeddedPostgres}) is started, or joined when another process on this machine runs it, and the store
	 * is the server store's schema on it. Closing the repository leaves the cluster; the last process stops it.
	 */
	public static JdbcTrialRepository embeddedPostgres(Path folder) throws StoreException {
		return embeddedPostgres(folder, null);
	}

	/**
	 * As {@link #embeddedPostgres(Path)}, with the given PostgreSQL binaries ({@code PostgresBinaries.installed});
	 * null for the per-user cache's.
	 */
	public static JdbcTrialRepository embeddedPostgres(Path folder, Path bin) throws StoreException {
		EmbeddedPostgres cluster;
		try {
			cluster = bin == null ? EmbeddedPostgres.open(folder) : EmbeddedPostgres.open(folder, bin);
		} catch (IOException | RuntimeException e) {
			throw new StoreException("Cannot start the embedded store in " + folder.toAbsolutePath() + ": "
					+ e.getMessage(), e);
		}
		try {
			Database database = Database.embeddedServer(cluster.jdbcUrl(), folder, LocalPostgres.SUPERUSER,
					cluster.password());
			JdbcTrialRepository repository = new JdbcTrialRepository(database, cluster.owner(), cluster.password(),
					0);
			repository.cluster = cluster;
			repository.initializeServer();
			return repository;
		} catch (StoreException | RuntimeException e) {
			closeQuietly(cluster, e);
			throw e;
		}
	}

	private static void closeQuietly(EmbeddedPostgres cluster, Exception failure) {
		try {
			cluster.close();
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/**
	 * A PostgreSQL server store. Owner credentials (may be null) are needed only to set the server up, load a
	 * trial and verify the whole audit trail; users log in with their own credentials.
	 */
	public static JdbcTrialRepository server(String jdbcUrl, String ownerUser, char[] ownerPassword) {
		return new JdbcTrialRepository(Database.server(jdbcUrl), ownerUser, ownerPassword, 0);
	}

	/** Creates or migrates a server store's schema, roles and row-level security, as its owner. */
	public int initializeServer() throws StoreException {
		requireOwner("set up the server store");
		schemaVersion = StoreSchema.migrate(database, ownerUser, ownerPassword);
		if (database.vendor() == Database.Vendor.POSTGRESQL) {
			// a store loaded before schema 12, or by an older Trialbench: the server learns its protocol's blinding;
			// once it is stored (marked since schema 19) it stays as it is, since the protocol is written only at load
			try (StoreConnection owner = owner()) {
				owner.transact(connection -> {
					Optional<String> xmi = info(connection, PROTOCOL);
					if (xmi.isPresent() && info(connection, BLINDING_STORED).isEmpty()) {
						try {
							ProtocolBlinding.store(connection, ProtocolXmi.read(xmi.get()));
						} catch (IOException e) {
							throw new StoreException("The protocol in the store " + database.location()
									+ " cannot be read: " + e.getMessage(), e);
						}
					}
					return null;
				});
			}
		}
		return schemaVersion;
	}

	/** The JDBC URL of the store's database (for tools that compare the store with plain JDBC, as benchmarks do). */
	public String jdbcUrl() {
		return database.url();
	}

	@Override
	public StoreDescription description() {
		return new StoreDescription(database.kind(), database.location(), schemaVersion);
	}

	@Override
	public boolean isEmpty() throws StoreException {
		if (database.vendor() == Database.Vendor.POSTGRESQL && ownerUser == null) {
			return false; // only the owner can tell; a user finds out on logging in
		}
		try (StoreConnection owner = owner()) {
			return owner.query(connection -> info(connection, TRIAL_ID).isEmpty());
		}
	}

	@Override
	public void initialize(Trial trial, InitialCredentials credentials, String reason, IProgressMonitor monitor)
			throws StoreException {
		requireOwner("load a trial into the server store");
		if (!isEmpty()) {
			throw new StoreException("The store " + database.location() + " already holds a trial; nothing was loaded");
		}
		if (trial.getProtocol() == null) {
			throw new StoreException("The trial " + trial.getName() + " has no protocol; nothing was loaded");
		}
		int subjects = trial.getSites().stream().mapToInt(site -> site.getSubjects().size()).sum();
		SubMonitor progress = SubMonitor.convert(monitor, "Loading trial " + trial.getName(), subjects + 10);
		String protocolXmi;
		try {
			protocolXmi = ProtocolXmi.write(trial.getProtocol());
		} catch (IOException e) {
			throw new StoreException("Cannot store the protocol of trial " + trial.getName() + ": " + e.getMessage(), e);
		}
		try (StoreConnection owner = owner(); EmbeddedHousekeeping.Pause bulk = EmbeddedHousekeeping.pause()) {
			owner.transact(connection -> {
				Map<String, ObjectRow> trialRows = RecordRows.of(trial, null, null, 0); // gives every object an id
				putInfo(connection, TRIAL_ID, trial.getId());
				putInfo(connection, PROTOCOL, protocolXmi);
				if (database.vendor() == Database.Vendor.POSTGRESQL) {
					ProtocolBlinding.store(connection, trial.getProtocol());
				}
				for (User user : trial.getUsers()) {
					addUser(connection, user, credentials.passwordOf(user.getUsername()));
				}
				progress.worked(5);
				try (CommitWriter writer = new CommitWriter(connection, database.vendor(), SYSTEM_USER, reason)) {
					for (ObjectRow row : trialRows.values()) {
						writer.create(row);
					}
					for (Site site : trial.getSites()) {
						int index = 0;
						for (Subject subject : site.getSubjects()) {
							for (ObjectRow row : RecordRows.of(subject, site.getId(), "subjects", index++).values()) {
								writer.create(row);
							}
							if (progress.isCanceled()) {
								throw new OperationCanceledException();
							}
							progress.worked(1);
						}
					}
					writer.finish();
				}
				if (database.vendor() == Database.Vendor.POSTGRESQL) {
					// the server checks writes against each user's roles, as its user rows say
					try (Statement roles = connection.createStatement()) {
						roles.executeUpdate(ROLES_FROM_USER_ROWS);
					}
				}
				progress.worked(5);
				return null;
			});
			bulk.close();
			if (database.vendor() == Database.Vendor.H2) {
				progress.subTask("Compacting the store file");
				owner.query(connection -> {
					EmbeddedHousekeeping.tidyFully(connection, progress::isCanceled);
					return null;
				});
			}
		}
	}

	@Override
	public void discardSetUp(String trialId) throws StoreException {
		if (cluster != null) {
			discardEmbeddedPostgres(trialId);
			return;
		}
		if (database.vendor() != Database.Vendor.H2) {
			throw new StoreException("The server store " + database.location() + " keeps every commit (its audit "
					+ "trail is append-only), so the set-up of trial " + trialId + " stays");
		}
		try (StoreConnection owner = owner()) {
			owner.transact(connection -> {
				requireOnlySetUp(connection, trialId);
				try (Statement delete = connection.createStatement()) {
					for (String table : List.of("audit_entry", "commit_log", "clinical_object", "user_site", "app_user",
							"security_log", "protocol_element")) {
						if (exists(connection, table)) {
							delete.executeUpdate("DELETE FROM " + table);
						}
					}
					delete.executeUpdate("UPDATE audit_head SET last_sequence = 0, last_hash = '"
							+ "0".repeat(64) + "', last_commit = 0");
				}
				try (PreparedStatement delete = connection
						.prepareStatement("DELETE FROM store_info WHERE name IN (?, ?)")) {
					delete.setString(1, TRIAL_ID);
					delete.setString(2, PROTOCOL);
					delete.executeUpdate();
				}
				return null;
			});
		}
	}

	/** Refuses unless the store holds the given trial's set-up and nothing else. */
	private void requireOnlySetUp(Connection connection, String trialId) throws SQLException {
		String stored = info(connection, TRIAL_ID).orElse(null);
		if (!trialId.equals(stored)) {
			throw new SQLException("The store " + database.location() + " holds " + (stored == null
					? "no trial" : "the trial " + stored) + ", not " + trialId + "; nothing was discarded");
		}
		long commits = count(connection, "SELECT COUNT(*) FROM commit_log");
		long subjects = count(connection, "SELECT COUNT(*) FROM clinical_object WHERE object_type = 'Subject'");
		if (commits != 1 || subjects != 0) {
			throw new SQLException("The trial " + trialId + " in " + database.location() + " holds " + commits
					+ " commits and " + subjects + " subjects, more than its set-up; nothing was discarded");
		}
	}

	/**
	 * The embedded PostgreSQL store's audit trail is append-only even for its owner, so a set-up nothing followed
	 * is discarded by making the store's database anew (as the cluster's superuser, which the store folder's owner
	 * is) and dropping the set-up's user roles.
	 */
	private void discardEmbeddedPostgres(String trialId) throws StoreException {
		List<String> users;
		try (StoreConnection owner = owner()) {
			users = owner.query(connection -> {
				requireOnlySetUp(connection, trialId);
				List<String> names = new ArrayList<>();
				try (Statement query = connection.createStatement();
						ResultSet rs = query.executeQuery("SELECT username FROM app_user")) {
					while (rs.next()) {
						names.add(rs.getString(1));
					}
				}
				return names;
			});
		}
		String maintenance = database.url().substring(0, database.url().lastIndexOf('/') + 1) + "postgres";
		try (StoreConnection superuser = new StoreConnection(
				Database.server(maintenance), LocalPostgres.SUPERUSER, ownerPassword)) {
			superuser.query(connection -> {
				connection.setAutoCommit(true); // DROP and CREATE DATABASE run outside a transaction
				try (Statement ddl = connection.createStatement()) {
					ddl.execute("DROP DATABASE " + LocalPostgres.DATABASE + " WITH (FORCE)");
					ddl.execute("CREATE DATABASE " + LocalPostgres.DATABASE + " OWNER " + LocalPostgres.OWNER);
					for (String user : users) {
						ddl.execute("DROP ROLE IF EXISTS \"" + user.replace("\"", "\"\"") + "\"");
					}
				} finally {
					connection.setAutoCommit(false);
				}
				return null;
			});
		} catch (SQLException e) {
			throw new StoreException("Cannot reach the embedded store " + database.location() + " to discard the "
					+ "set-up of trial " + trialId + ": " + e.getMessage(), e);
		}
		initializeServer();
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (ResultSet rs = connection.getMetaData().getTables(null, null, table.toUpperCase(java.util.Locale.ROOT),
				null)) {
			return rs.next();
		}
	}

	private void addUser(Connection connection, User user, char[] password) throws SQLException {
		Set<Role> roles = Set.copyOf(user.getRoles()); // a user without roles is neither trial-wide nor sees any site
		boolean blinded = AccessRules.blinded(roles);
		boolean trialWide = AccessRules.trialWide(roles);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (username, user_id, "
				+ "password_hash, blinded, trial_wide, active, independent_reviewer, administrator, may_lock, "
				+ "unblinded_by_lock) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, user.getUsername());
			insert.setString(2, user.getId());
			insert.setString(3, database.vendor() == Database.Vendor.H2 && password != null
					? PasswordHash.create(password) : null);
			insert.setBoolean(4, blinded);
			insert.setBoolean(5, trialWide);
			insert.setBoolean(6, user.isActive());
			insert.setBoolean(7, AccessRules.independentReviewer(roles));
			insert.setBoolean(8, roles.contains(Role.ADMINISTRATOR));
			insert.setBoolean(9, AccessRules.mayLock(roles));
			insert.setBoolean(10, AccessRules.unblindedByLock(roles));
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO user_site (username, site_id) VALUES (?, ?)")) {
			for (Site site : user.getSites()) {
				insert.setString(1, user.getUsername());
				insert.setString(2, site.getId());
				insert.executeUpdate();
			}
		}
		boolean local = database.kind() == StoreDescription.Kind.EMBEDDED;
		if (database.vendor() == Database.Vendor.POSTGRESQL && (password != null || local)) {
			// on the embedded store a user without a password still gets a role, for trusted local sessions
			String role = '"' + user.getUsername().replace("\"", "\"\"") + '"';
			String secret = password == null ? "NULL" : "'" + new String(password).replace("'", "''") + "'";
			boolean exists;
			try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
				query.setString(1, user.getUsername());
				try (ResultSet rs = query.executeQuery()) {
					exists = rs.next();
				}
			}
			try (Statement ddl = connection.createStatement()) {
				ddl.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " LOGIN PASSWORD " + secret);
				ddl.execute("GRANT trialbench_user TO " + role);
				if (roles.contains(Role.STATISTICIAN)) {
					ddl.execute("GRANT trialbench_statistician TO " + role); // reads and writes the concealed list
				}
				letUserAdministrationAlter(connection, ddl, role);
			}
		}
	}

	/**
	 * From PostgreSQL 16 on, a role with CREATEROLE alters only roles it administers: the user administration's
	 * functions (owned by {@code trialbench_roles}) may then set the LOGIN of a login role the owner made (loading a
	 * trial, upgrading a store) only when given that, without the role's rights.
	 */
	static void letUserAdministrationAlter(Connection connection, Statement ddl, String quotedRole)
			throws SQLException {
		if (connection.getMetaData().getDatabaseMajorVersion() >= 16) {
			ddl.execute("GRANT " + quotedRole + " TO trialbench_roles WITH ADMIN TRUE, INHERIT FALSE, SET FALSE");
		}
	}

	@Override
	public TrialSession login(String username, char[] password) throws AuthenticationException, StoreException {
		if (database.vendor() == Database.Vendor.H2) {
			try (StoreConnection owner = owner()) {
				Optional<String> hash = owner.query(connection -> {
					try (PreparedStatement query = connection
							.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
						query.setString(1, username);
						try (ResultSet rs = query.executeQuery()) {
							return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
						}
					}
				});
				if (hash.isEmpty() || !PasswordHash.matches(password, hash.get())) {
					throw new AuthenticationException("Wrong username or password for the trial store at "
							+ database.location());
				}
			}
			return open(username, null, true);
		}
		return open(username, password, true);
	}

	/** The trial's users in stored order, for a trusted local process choosing whom to act as (embedded only). */
	@Override
	public List<User> localUsers() throws StoreException {
		if (database.kind() != StoreDescription.Kind.EMBEDDED || isEmpty()) {
			return List.of();
		}
		try (StoreConnection owner = owner()) {
			List<ObjectRow> rows = owner.query(connection -> {
				List<ObjectRow> result = new ArrayList<>();
				try (PreparedStatement query = connection.prepareStatement("SELECT id, state FROM clinical_object "
						+ "WHERE object_type = 'User' AND subject_id IS NULL AND deleted = FALSE ORDER BY ordinal");
						ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						Map<String, String> state = StateText.decode(rs.getString(2));
						state.remove("sites"); // sites are not read here; a user row alone is enough to choose
						result.add(new ObjectRow(rs.getString(1), "User", null, null, 0, null, null, false, state));
					}
				}
				return result;
			});
			return new RecordReader(Map.of(), Map.of())
					.build(rows).values().stream().map(User.class::cast).toList();
		}
	}

	@Override
	public TrialSession localSession(String username) throws AuthenticationException, StoreException {
		if (database.kind() != StoreDescription.Kind.EMBEDDED) {
			throw new AuthenticationException(
					"A server store accepts no session without a password; log in as " + username);
		}
		return open(username, null, false);
	}

	private TrialSession open(String username, char[] password, boolean passwordLogin)
			throws AuthenticationException, StoreException {
		StoreConnection store;
		try {
			store = new StoreConnection(database, username, password);
		} catch (SQLException e) {
			if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
				throw new AuthenticationException("Wrong username or password for the trial store at "
						+ database.location());
			}
			throw new StoreException("Cannot reach the trial store at " + database.location() + ": " + e.getMessage(), e);
		}
		try {
			Study protocol = store.query(connection -> {
				Optional<String> xmi = info(connection, PROTOCOL);
				if (xmi.isEmpty()) {
					throw new StoreException("The store " + database.location() + " holds no trial yet; "
							+ "run ./trialbench demo or an import first");
				}
				try {
					return ProtocolXmi.read(xmi.get());
				} catch (IOException e) {
					throw new StoreException("The protocol in the store " + database.location()
							+ " cannot be read: " + e.getMessage(), e);
				}
			});
			long lastCommit = store.query(connection -> {
				try (PreparedStatement query = connection.prepareStatement("SELECT last_commit FROM audit_head");
						ResultSet rs = query.executeQuery()) {
					return rs.next() ? rs.getLong(1) : 0L;
				}
			});
			return SessionFactory.open(store, protocol, username, lastCommit, passwordLogin);
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
	}

	@Override
	public AuditVerification verifyAudit(IProgressMonitor monitor) throws StoreException {
		requireOwner("verify the whole audit trail of a server store");
		try (StoreConnection owner = owner()) {
			return owner.query(connection -> verify(connection, null, monitor));
		}
	}

	@Override
	public AuditVerification verifyAudit(IProgressMonitor monitor, AuditAnchor anchor) throws StoreException {
		requireOwner("verify the audit trail of a server store against an anchor");
		try (StoreConnection owner = owner()) {
			return owner.query(connection -> verify(connection, anchor, monitor));
		}
	}

	@Override
	public AuditAnchor lockAnchor(String lockId) throws StoreException {
		requireOwner("read a data lock's audit anchor on a server store");
		try (StoreConnection owner = owner()) {
			return owner.query(connection -> {
				try (PreparedStatement query = connection.prepareStatement(
						"SELECT lock_id, audit_sequence, audit_hash FROM data_lock WHERE UPPER(lock_id) = UPPER(?)")) {
					query.setString(1, lockId);
					try (ResultSet rs = query.executeQuery()) {
						if (!rs.next()) {
							throw new StoreException("There is no data lock " + lockId + " in the store "
									+ database.location());
						}
						long sequence = rs.getLong(2);
						if (rs.wasNull() || rs.getString(3) == null) {
							throw new StoreException("The data lock " + rs.getString(1) + " was made before data "
									+ "locks recorded the audit trail's head, so it anchors nothing; verify the "
									+ "whole trail, or anchor at a later lock or export");
						}
						return new AuditAnchor(sequence, rs.getString(3));
					}
				}
			});
		}
	}

	/**
	 * Walks the chain from the genesis: every entry in sequence without a gap, each matching its hash and the hash
	 * its commit recorded. Without an anchor it goes to the end and checks the chain's head; with one it stops at
	 * the anchor's entry and checks that the chain reaches the anchor's hash there, which a chain recomputed after
	 * a change up to that entry does not.
	 */
	static AuditVerification verify(Connection connection, AuditAnchor anchor, IProgressMonitor monitor)
			throws SQLException {
		long total;
		long headSequence;
		String headHash;
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
				rs.next();
				total = rs.getLong(1);
			}
			try (ResultSet rs = statement.executeQuery("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1")) {
				rs.next();
				headSequence = rs.getLong(1);
				headHash = rs.getString(2);
			}
		}
		long last = anchor == null ? Long.MAX_VALUE : anchor.sequence();
		if (anchor != null) {
			total = Math.min(total, anchor.sequence());
		}
		Map<Long, String> commitHeads = new HashMap<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT last_sequence, head_hash FROM commit_log WHERE last_sequence <= ?")) {
			query.setLong(1, last);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					commitHeads.put(rs.getLong(1), rs.getString(2));
				}
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Verifying the audit trail", (int) Math.min(total, 1_000_000));
		String previous = AuditChain.GENESIS;
		long expected = 1;
		try (PreparedStatement query = connection.prepareStatement("SELECT sequence, commit_id, username, changed_at, "
				+ "reason, object_id, object_type, feature, old_value, new_value, subject_id, hash FROM audit_entry "
				+ "WHERE sequence <= ? ORDER BY sequence")) {
			query.setLong(1, last);
			query.setFetchSize(1000);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					long sequence = rs.getLong(1);
					if (sequence != expected) {
						return broken(expected - 1, expected, "entries " + expected + " to " + (sequence - 1)
								+ " are missing (deleted from the trail)");
					}
					String hash = AuditChain.hash(previous, sequence, rs.getLong(2), rs.getString(3),
							rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6),
							rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
					if (!hash.equals(rs.getString(12))) {
						return broken(sequence - 1, sequence, "entry " + sequence + " (" + rs.getString(7) + " "
								+ rs.getString(6) + ", " + rs.getString(8) + ") does not match its hash: it was changed "
								+ "after it was written, or an entry before it was");
					}
					String commitHead = commitHeads.get(sequence);
					if (commitHead != null && !commitHead.equals(hash)) {
						return broken(sequence - 1, sequence,
								"entry " + sequence + " does not match the hash its commit recorded");
					}
					previous = hash;
					expected++;
					if (sequence % 1000 == 0) {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						progress.setWorkRemaining((int) Math.min(total - sequence, 1_000_000));
						progress.worked(1000);
					}
				}
			}
		}
		if (anchor != null) {
			if (expected - 1 < anchor.sequence()) {
				return broken(expected - 1, expected, "the trail ends at entry " + (expected - 1) + " but the anchor "
						+ "points at entry " + anchor.sequence() + ": entries up to the anchor were removed");
			}
			if (!previous.equals(anchor.hash())) {
				return broken(anchor.sequence() - 1, anchor.sequence(), "the chain at entry " + anchor.sequence()
						+ " does not reach the anchor's hash: an entry up to " + anchor.sequence() + " was changed, "
						+ "inserted or removed and the chain recomputed after the anchor was taken");
			}
			return new AuditVerification(expected - 1, Optional.empty(), "intact up to entry " + anchor.sequence());
		}
		if (headSequence != expected - 1 || !headHash.equals(previous)) {
			return broken(expected - 1, expected, "the trail ends at entry " + (expected - 1)
					+ " but the chain's head says " + headSequence + ": entries at its end were removed or changed");
		}
		return new AuditVerification(expected - 1, Optional.empty(), "intact");
	}

	private static AuditVerification broken(long checked, long sequence, String problem) {
		return new AuditVerification(checked, Optional.of(sequence), problem);
	}

	private StoreConnection owner() throws StoreException {
		try {
			return new StoreConnection(database, ownerUser, ownerPassword);
		} catch (SQLException e) {
			throw new StoreException("Cannot open the trial store at " + database.location() + ": " + e.getMessage(), e);
		}
	}

	private void requireOwner(String what) throws StoreException {
		if (database.vendor() == Database.Vendor.POSTGRESQL && ownerUser == null) {
			throw new StoreException("To " + what + " Trialbench needs the store owner's account: set "
					+ "store.server.user in the settings and the password in TRIALBENCH_DB_PASSWORD");
		}
	}

	private static Optional<String> info(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT content FROM store_info WHERE name = ?")) {
			query.setString(1, name);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
			}
		}
	}

	private static void putInfo(Connection connection, String name, String content) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO store_info (name, content) VALUES (?, ?)")) {
			insert.setString(1, name);
			insert.setString(2, content);
			insert.executeUpdate();
		}
	}

	/**
	 * Leaves the embedded PostgreSQL cluster (the last process to leave stops it). Connections belong to sessions
	 * and are closed with them.
	 */
	@Override
	public void close() {
		EmbeddedPostgres running = cluster;
		cluster = null;
		if (running != null) {
			try {
				running.close();
			} catch (IOException e) {
				java.util.logging.Logger.getLogger(JdbcTrialRepository.class.getName()).log(
						java.util.logging.Level.WARNING, "Cannot stop the embedded store's server in "
								+ database.location(), e);
			}
		}
	}
}
