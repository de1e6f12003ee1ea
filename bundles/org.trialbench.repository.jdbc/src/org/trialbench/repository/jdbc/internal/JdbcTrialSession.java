package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Study;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditTrail;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.VisitHeader;
import org.trialbench.repository.RepositoryListener;
import org.trialbench.repository.SdvHeaders;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.SubjectObjects;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * One user's connection to a store. Reads are filtered by the same rules the PostgreSQL server enforces with
 * row-level security (site isolation, blinding), so the embedded store behaves the same way.
 */
public final class JdbcTrialSession implements TrialSession {

	private static final String ROW_COLUMNS = "id, object_type, parent_id, container_feature, ordinal, subject_id, "
			+ "site_id, reveals_allocation, state, sealed_case, sealed_owner";

	private final StoreConnection store;
	private final Study protocol;
	private final Map<String, EObject> protocolIndex;
	private final Trial trial;
	private final Map<String, EObject> trialObjects = new HashMap<>();
	private final User user;
	private final Set<Role> roles;
	private volatile boolean blinded;
	private volatile boolean dataLocked;
	private final boolean trialWide;
	/** Adjudicators see a colleague's review only after their own (see {@link ReviewSeal}). */
	private final boolean independentReviewer;
	private final Set<String> siteIds = new HashSet<>();
	private final CommitWatcher watcher;

	JdbcTrialSession(StoreConnection store, Study protocol, String username, long lastCommit)
			throws StoreException, org.trialbench.repository.AuthenticationException {
		this.store = store;
		this.protocol = protocol;
		this.protocolIndex = RecordReader.indexProtocol(protocol);
		Map<String, EObject> objects = readSitesAndUsers(store, protocolIndex);
		trialObjects.putAll(objects);
		this.trial = trialOf(objects, store);
		trial.setProtocol(protocol);
		this.user = trial.getUsers().stream().filter(u -> username.equals(u.getUsername())).findFirst()
				.orElseThrow(() -> new org.trialbench.repository.AuthenticationException(
						"There is no Trialbench user '" + username + "' in this trial"));
		if (!user.isActive()) {
			throw new org.trialbench.repository.AuthenticationException("The user '" + username + "' is deactivated");
		}
		this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
		this.dataLocked = !store.query(JdbcTrialSession::readLocks).isEmpty();
		this.blinded = AccessRules.blinded(roles, dataLocked);
		this.trialWide = AccessRules.trialWide(roles);
		this.independentReviewer = AccessRules.independentReviewer(roles);
		user.getSites().forEach(site -> siteIds.add(site.getId()));
		this.watcher = new CommitWatcher(store.database(), store.user(), store.password(), lastCommit);
	}

	/** The trial root with its sites and users, as stored now. */
	private static Map<String, EObject> readSitesAndUsers(StoreConnection store, Map<String, EObject> protocolIndex)
			throws StoreException {
		List<ObjectRow> rows = store.query(connection -> readRows(connection, "SELECT " + ROW_COLUMNS
				+ " FROM clinical_object WHERE subject_id IS NULL AND deleted = FALSE AND object_type IN "
				+ "('Trial', 'Site', 'User')"));
		return new RecordReader(protocolIndex, Map.of()).build(rows);
	}

	private static Trial trialOf(Map<String, EObject> objects, StoreConnection store) throws StoreException {
		return objects.values().stream().filter(Trial.class::isInstance).map(Trial.class::cast).findFirst()
				.orElseThrow(() -> new StoreException("The store " + store.database().location() + " holds no trial"));
	}

	@Override
	public Trial storedSitesAndUsers() throws StoreException {
		return trialOf(readSitesAndUsers(store, protocolIndex), store);
	}

	StoreConnection store() {
		return store;
	}

	Map<String, EObject> protocolIndex() {
		return protocolIndex;
	}

	Map<String, EObject> trialObjects() {
		return trialObjects;
	}

	Set<String> siteIds() {
		return siteIds;
	}

	boolean visible(String siteId, boolean revealsAllocation) {
		return (siteId == null || trialWide || siteIds.contains(siteId)) && !(blinded && revealsAllocation);
	}

	@Override
	public List<org.trialbench.clinical.Site> visibleSites() {
		return trial.getSites().stream().filter(site -> visible(site.getId(), false)).toList();
	}

	@Override
	public User user() {
		return user;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

	@Override
	public boolean blinded() {
		return blinded;
	}

	@Override
	public Study protocol() {
		return protocol;
	}

	@Override
	public Trial trial() {
		return trial;
	}

	@Override
	public List<SubjectHeader> subjects(SubjectFilter filter) throws StoreException {
		List<SubjectHeader> headers = matching(filter);
		int from = Math.min(filter.offset(), headers.size());
		int to = filter.limit() <= 0 ? headers.size() : Math.min(headers.size(), from + filter.limit());
		return List.copyOf(headers.subList(from, to));
	}

	@Override
	public int countSubjects(SubjectFilter filter) throws StoreException {
		return matching(filter).size();
	}

	private List<SubjectHeader> matching(SubjectFilter filter) throws StoreException {
		Map<String, String> siteCodes = new HashMap<>();
		trial.getSites().forEach(site -> siteCodes.put(site.getId(), site.getCode()));
		List<SubjectHeader> headers = store.query(connection -> {
			String sql = "SELECT id, site_id, state, last_commit FROM clinical_object WHERE object_type = 'Subject' "
					+ "AND deleted = FALSE" + (filter.siteId() != null ? " AND site_id = ?" : "");
			List<SubjectHeader> result = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				if (filter.siteId() != null) {
					query.setString(1, filter.siteId());
				}
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						String siteId = rs.getString(2);
						if (!visible(siteId, false)) {
							continue;
						}
						Map<String, String> state = StateText.decode(rs.getString(3));
						String number = state.get("screeningNumber");
						SubjectStatus status = state.get("status") == null ? SubjectStatus.SCREENING
								: SubjectStatus.get(state.get("status"));
						if (filter.screeningNumberPrefix() != null
								&& (number == null || !number.startsWith(filter.screeningNumberPrefix()))) {
							continue;
						}
						if (filter.screeningNumberPart() != null
								&& (number == null || !number.contains(filter.screeningNumberPart()))) {
							continue;
						}
						if (!filter.statuses().isEmpty() && !filter.statuses().contains(status)) {
							continue;
						}
						String consent = state.get("consentDate");
						result.add(new SubjectHeader(rs.getString(1), number, siteId, siteCodes.get(siteId), status,
								consent == null ? null : LocalDate.parse(consent), state.get("stratum"), rs.getLong(4)));
					}
				}
			}
			return result;
		});
		headers.sort(Comparator.comparing((SubjectHeader h) -> h.siteCode() == null ? "" : h.siteCode())
				.thenComparing(h -> h.screeningNumber() == null ? "" : h.screeningNumber()));
		return headers;
	}

	@Override
	public Optional<Subject> subject(String subjectId) throws StoreException {
		return loadSubject(subjectId).map(LoadedRecord::root).map(Subject.class::cast);
	}

	/** A subject's record with the rows it was read from (the baseline of a working copy). */
	record LoadedRecord(EObject root, List<ObjectRow> rows) {
	}

	Optional<LoadedRecord> loadSubject(String subjectId) throws StoreException {
		if (store.database().vendor() == Database.Vendor.POSTGRESQL) {
			return Optional.ofNullable(loadSubjects(List.of(subjectId)).get(subjectId));
		}
		return record(subjectId, store.query(connection -> subjectRows(connection, subjectId)));
	}

	/** The same, read on a connection whose transaction is still open (a flushed unit of work reads its writes). */
	Optional<LoadedRecord> loadSubject(String subjectId, Connection connection) throws SQLException {
		return record(subjectId, subjectRows(connection, subjectId));
	}

	/**
	 * Subjects read together per query. Few: H2 finds the rows by the index, then checks every row against the whole
	 * IN list again, so that 100 subjects a query read a trial's rows in twice the time 10 a query do (and one query
	 * per subject about as fast as 10); a server is spared most round trips all the same.
	 */
	static final int SUBJECTS_PER_QUERY = 10;

	/**
	 * Several subjects' records with their rows, read with one query per {@value #SUBJECTS_PER_QUERY} subjects, on a
	 * connection whose transaction may still be open; subjects not visible are missing from the map.
	 */
	Map<String, LoadedRecord> loadSubjects(java.util.Collection<String> subjectIds, Connection connection)
			throws SQLException {
		List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(subjectIds));
		Map<String, List<ObjectRow>> rowsBySubject = new HashMap<>();
		for (int from = 0; from < ids.size(); from += SUBJECTS_PER_QUERY) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SUBJECTS_PER_QUERY));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
					+ " FROM clinical_object WHERE subject_id IN (" + marks + ") AND deleted = FALSE")) {
				for (int i = 0; i < chunk.size(); i++) {
					query.setString(i + 1, chunk.get(i));
				}
				for (ObjectRow row : visibleRows(query)) {
					rowsBySubject.computeIfAbsent(row.subjectId(), id -> new ArrayList<>()).add(row);
				}
			}
		}
		return records(ids, rowsBySubject);
	}

	/** The records of the subjects asked for that have rows, in the order asked. */
	private Map<String, LoadedRecord> records(List<String> ids, Map<String, List<ObjectRow>> rowsBySubject) {
		Map<String, LoadedRecord> records = new LinkedHashMap<>();
		for (String id : ids) {
			record(id, rowsBySubject.getOrDefault(id, List.of())).ifPresent(loaded -> records.put(id, loaded));
		}
		return records;
	}

	/**
	 * The same on a connection of its own, so as committed. On PostgreSQL from the subjects' current records (schema
	 * 20: the commits that change a subject rebuild its records before they end, so a committed state's records
	 * hold exactly its live objects), each record checked as its rows would be (site, allocation, review seal; the
	 * server's row-level security reads the records under the same rules as the objects): one value per subject and
	 * visibility class instead of eleven per object, parsed from the bytes as they arrived. Reading a subject's 185
	 * objects so allocates about a third of what the rows took (the ODM export and import read every subject).
	 */
	Map<String, LoadedRecord> loadSubjects(java.util.Collection<String> subjectIds) throws StoreException {
		if (store.database().vendor() == Database.Vendor.POSTGRESQL) {
			return store.query(connection -> fromCurrentRecords(subjectIds, connection));
		}
		return store.query(connection -> loadSubjects(subjectIds, connection));
	}

	private Map<String, LoadedRecord> fromCurrentRecords(java.util.Collection<String> subjectIds, Connection connection)
			throws SQLException {
		List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(subjectIds));
		Map<String, List<ObjectRow>> rowsBySubject = new HashMap<>();
		Set<String> reviewed = null;
		for (int from = 0; from < ids.size(); from += SUBJECTS_PER_QUERY) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SUBJECTS_PER_QUERY));
			try (PreparedStatement query = connection.prepareStatement("SELECT subject_id, site_id, "
					+ "reveals_allocation, sealed_case, sealed_owner, objects FROM subject_record "
					+ "WHERE subject_id = ANY (?) AND current")) {
				query.setArray(1, connection.createArrayOf("varchar", chunk.toArray()));
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						String subjectId = rs.getString(1);
						String siteId = rs.getString(2);
						boolean reveals = rs.getBoolean(3);
						if (!visible(siteId, reveals)) {
							continue;
						}
						String sealedCase = rs.getString(4);
						if (sealedCase != null && independentReviewer && reviewed == null) {
							reviewed = casesReviewed(connection);
						}
						if (sealedCase != null && !ReviewSeal.open(sealedCase, rs.getString(5), independentReviewer,
								user.getId(), reviewed)) {
							continue;
						}
						// pgJDBC hands a text column's bytes over as they arrived (UTF-8)
						rowsBySubject.computeIfAbsent(subjectId, id -> new ArrayList<>())
								.addAll(LockRecord.rows(new LockRecord.Utf8(rs.getBytes(6)), subjectId, siteId, reveals,
										"the current record of subject " + subjectId));
					}
				}
			}
		}
		return records(ids, rowsBySubject);
	}

	private List<ObjectRow> subjectRows(Connection connection, String subjectId) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
				+ " FROM clinical_object WHERE subject_id = ? AND deleted = FALSE")) {
			query.setString(1, subjectId);
			return visibleRows(query);
		}
	}

	private Optional<LoadedRecord> record(String subjectId, List<ObjectRow> rows) {
		Optional<ObjectRow> subjectRow = rows.stream().filter(row -> row.id().equals(subjectId)).findFirst();
		if (subjectRow.isEmpty()) {
			return Optional.empty();
		}
		Map<String, EObject> objects = new RecordReader(protocolIndex, trialObjects).build(rows);
		Subject subject = (Subject) objects.get(subjectId);
		Site site = detachedSite(subjectRow.get().siteId());
		if (site != null) {
			site.getSubjects().add(subject);
		}
		return Optional.of(new LoadedRecord(subject, rows));
	}

	/** A copy of the subject's site, so that a detached record still knows its site's code and name. */
	Site detachedSite(String siteId) {
		EObject site = trialObjects.get(siteId);
		if (!(site instanceof Site original)) {
			return null;
		}
		Site copy = EcoreUtil.copy(original);
		copy.getSubjects().clear();
		return copy;
	}

	Optional<LoadedRecord> loadCase(String caseId) throws StoreException {
		List<ObjectRow> rows = store.query(connection -> {
			List<ObjectRow> all = new ArrayList<>();
			List<String> level = List.of(caseId);
			String column = "id";
			while (!level.isEmpty()) {
				List<ObjectRow> found = new ArrayList<>();
				for (String id : level) {
					try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
							+ " FROM clinical_object WHERE " + column + " = ? AND deleted = FALSE")) {
						query.setString(1, id);
						found.addAll(visibleRows(query));
					}
				}
				all.addAll(found);
				level = found.stream().map(ObjectRow::id).toList();
				column = "parent_id";
			}
			return all;
		});
		if (rows.isEmpty() || !rows.get(0).type().equals("AdjudicationCase")) {
			return Optional.empty();
		}
		Map<String, EObject> objects = new RecordReader(protocolIndex, trialObjects).build(rows);
		return Optional.of(new LoadedRecord((AdjudicationCase) objects.get(caseId), rows));
	}

	private List<ObjectRow> visibleRows(PreparedStatement query) throws SQLException {
		List<ObjectRow> rows = new ArrayList<>();
		Set<String> reviewed = null;
		try (ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				ObjectRow row = row(rs);
				if (!visible(row.siteId(), row.revealsAllocation())) {
					continue;
				}
				String sealedCase = rs.getString(10);
				if (sealedCase != null && independentReviewer && reviewed == null) {
					reviewed = casesReviewed(query.getConnection());
				}
				if (sealedCase == null || ReviewSeal.open(sealedCase, rs.getString(11), independentReviewer,
						user.getId(), reviewed)) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/** Whether an audit entry or object row with these seal columns is visible to this user. */
	boolean unsealed(java.sql.Connection connection, String sealedCase, String sealedOwner) throws SQLException {
		if (sealedCase == null || !independentReviewer) {
			return true;
		}
		return ReviewSeal.open(sealedCase, sealedOwner, true, user.getId(), casesReviewed(connection));
	}

	/** The cases this user has submitted a review of: there, colleagues' reviews are no longer sealed. */
	private Set<String> casesReviewed(java.sql.Connection connection) throws SQLException {
		Set<String> cases = new HashSet<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT parent_id FROM clinical_object "
				+ "WHERE object_type = 'AdjudicationReview' AND sealed_owner = ? AND deleted = FALSE")) {
			query.setString(1, user.getId());
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					cases.add(rs.getString(1));
				}
			}
		}
		return cases;
	}

	@Override
	public List<AdjudicationCase> adjudicationCases() throws StoreException {
		List<ObjectRow> rows = store.query(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
					+ " FROM clinical_object WHERE subject_id IS NULL AND deleted = FALSE AND object_type IN "
					+ "('AdjudicationCase', 'AdjudicationReview', 'Signature')")) {
				return visibleRows(query);
			}
		});
		Map<String, EObject> objects = new RecordReader(protocolIndex, trialObjects).build(rows);
		List<AdjudicationCase> cases = new ArrayList<>();
		for (ObjectRow row : rows) {
			if (row.type().equals("AdjudicationCase")) {
				cases.add((AdjudicationCase) objects.get(row.id()));
			}
		}
		cases.sort(Comparator.comparing((AdjudicationCase c) -> c.getCreatedAt() == null ? java.time.Instant.EPOCH
				: c.getCreatedAt()).thenComparing(AdjudicationCase::getId));
		return cases;
	}

	@Override
	public void confirmPassword(char[] password) throws org.trialbench.repository.AuthenticationException,
			StoreException {
		confirmPassword(password, null);
	}

	@Override
	public void confirmPassword(char[] password, String recordId)
			throws org.trialbench.repository.AuthenticationException, StoreException {
		Database database = store.database();
		Database.Vendor vendor = database.vendor();
		String username = user.getUsername();
		String what = recordId == null ? "nothing was signed" : recordId + " was not signed";
		boolean locked = store.transact(connection -> {
			if (SigningLock.locked(connection, vendor, username)) {
				SigningLock.refused(connection, vendor, username, recordId);
				return true;
			}
			return false;
		});
		if (locked) {
			throw new org.trialbench.repository.AuthenticationException(lockedMessage(username, what));
		}
		boolean right;
		if (vendor == Database.Vendor.H2) {
			String hash = store.query(connection -> {
				try (PreparedStatement query = connection
						.prepareStatement("SELECT password_hash FROM app_user WHERE username = ? AND active")) {
					query.setString(1, username);
					try (ResultSet rs = query.executeQuery()) {
						return rs.next() ? rs.getString(1) : null;
					}
				}
			});
			right = PasswordHash.matches(password, hash);
			if (right) {
				store.transact(connection -> {
					SigningLock.reset(connection, vendor, username, "password confirmed at signing");
					return null;
				});
			}
		} else {
			// The server checks the password as it checks a login: a fresh connection with the user's credentials,
			// which, being authenticated by the password, also ends a run of failures.
			try (java.sql.Connection check = database.connect(username, password)) {
				SigningLock.reset(check, vendor, username, "password confirmed at signing");
				check.commit();
				right = true;
			} catch (SQLException e) {
				if (!"28P01".equals(e.getSQLState()) && !"28000".equals(e.getSQLState())) {
					throw new StoreException("Cannot reach the trial store at " + database.location()
							+ " to confirm the password of " + username + ": " + e.getMessage(), e);
				}
				right = false;
			}
		}
		if (right) {
			return;
		}
		int failures = store.transact(connection -> SigningLock.failed(connection, vendor, username, recordId));
		if (failures >= SIGNING_ATTEMPTS) {
			throw new org.trialbench.repository.AuthenticationException(lockedMessage(username, what));
		}
		int left = SIGNING_ATTEMPTS - failures;
		throw new org.trialbench.repository.AuthenticationException("The password of " + username + " is not right; "
				+ what + ". " + left + (left == 1 ? " attempt is" : " attempts are")
				+ " left before signing is locked");
	}

	private static String lockedMessage(String username, String what) {
		return "Signing is locked for " + username + " after " + SIGNING_ATTEMPTS + " wrong passwords; " + what
				+ ". An administrator can unlock it, or " + username + " logs in again with the password";
	}

	@Override
	public boolean signingLocked() throws StoreException {
		return store.query(connection -> SigningLock.locked(connection, store.database().vendor(), user.getUsername()));
	}

	@Override
	public void unlockSigning(String username) throws AccessDeniedException, StoreException {
		String me = user.getUsername();
		if (!roles.contains(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException(me + " is not an administrator; only an administrator unlocks the signing of "
					+ username);
		}
		store.transact(connection -> {
			if (!UserAccess.isActive(connection, me)) {
				throw new AccessDeniedException("Signing not unlocked: the user " + me + " has been deactivated");
			}
			SigningLock.unlock(connection, store.database().vendor(), username, me);
			return null;
		});
	}

	@Override
	public List<org.trialbench.repository.SecurityEvent> securityLog() throws StoreException {
		return store.query(connection -> SigningLock.log(connection, store.database().vendor(), user.getUsername(),
				roles.contains(Role.ADMINISTRATOR)));
	}

	/** After a login with the password: a locked signing is unlocked, a run of wrong passwords ends. */
	void passwordLogin() throws StoreException {
		store.transact(connection -> {
			SigningLock.reset(connection, store.database().vendor(), user.getUsername(), "login with the password");
			return null;
		});
	}

	private static List<ObjectRow> readRows(Connection connection, String sql) throws SQLException {
		List<ObjectRow> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				rows.add(row(rs));
			}
		}
		return rows;
	}

	private static ObjectRow row(ResultSet rs) throws SQLException {
		return new ObjectRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getString(6), rs.getString(7), rs.getBoolean(8), StateText.decode(rs.getString(9)));
	}

	@Override
	public List<DataLock> dataLocks() throws StoreException {
		return store.query(JdbcTrialSession::readLocks);
	}

	private static List<DataLock> readLocks(Connection connection) throws SQLException {
		List<DataLock> locks = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT lock_id, commit_id, locked_at, locked_by, "
				+ "reason, subjects, audit_sequence, audit_hash FROM data_lock ORDER BY locked_at, lock_id");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				long auditSequence = rs.getLong(7);
				// locks made before schema 12 recorded no anchor
				AuditAnchor anchor = rs.wasNull() || rs.getString(8) == null ? null
						: new AuditAnchor(auditSequence, rs.getString(8));
				locks.add(new DataLock(rs.getString(1), rs.getLong(2),
						rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
						rs.getInt(6), anchor));
			}
		}
		return locks;
	}

	@Override
	public DataLock lockData(String reason) throws AccessDeniedException, StoreException {
		if (!AccessRules.mayLock(roles)) {
			throw new AccessDeniedException("The user " + user.getUsername() + " may not lock the data: only data "
					+ "managers and administrators lock a trial's data");
		}
		if (reason == null || reason.isBlank()) {
			throw new StoreException("A data lock needs a reason (for example 'database lock for the primary analysis')");
		}
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String lockId = store.transact(connection -> {
			String id = "LOCK-" + (readLocks(connection).size() + 1);
			if (store.database().vendor() == Database.Vendor.POSTGRESQL) {
				// copies rows the locking user may not see, so the server does it as the schema owner
				try (PreparedStatement lock = connection.prepareStatement("SELECT tb_lock_data(?, ?, ?)")) {
					lock.setString(1, id);
					lock.setObject(2, at.atOffset(ZoneOffset.UTC));
					lock.setString(3, reason);
					lock.executeQuery().close();
				}
				return id;
			}
			long head;
			long auditSequence;
			String auditHash;
			// the audit head's row lock keeps commits out while the rows are copied, so the lock's anchor (the
			// chain's head) is exactly the trail the frozen rows come from
			try (PreparedStatement query = connection.prepareStatement("SELECT last_commit, last_sequence, last_hash "
					+ "FROM audit_head WHERE id = 1 FOR UPDATE"); ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException("The store " + store.database().location() + " has no audit head; "
							+ "nothing was locked");
				}
				head = rs.getLong(1);
				auditSequence = rs.getLong(2);
				auditHash = rs.getString(3);
			}
			// one record per subject and visibility class (schema 16), built by H2 in one statement per slice of
			// subjects: H2 holds every group's aggregate in memory until its scan ends
			List<String> bounds = lockSlices(connection);
			for (int slice = 0; slice <= bounds.size(); slice++) {
				String from = slice == 0 ? null : bounds.get(slice - 1);
				String to = slice == bounds.size() ? null : bounds.get(slice);
				try (PreparedStatement copy = connection.prepareStatement("INSERT INTO locked_subject (lock_id, "
						+ "subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, object_count, objects) "
						+ "SELECT ?, subject_id, site_id, reveals_allocation, sealed_case, sealed_owner, COUNT(*), "
						+ "CAST(JSON_ARRAYAGG(JSON_ARRAY(id, object_type, parent_id, container_feature, ordinal, state "
						+ "NULL ON NULL) ORDER BY ordinal, id) AS CHARACTER LARGE OBJECT) FROM clinical_object "
						+ "WHERE deleted = FALSE AND subject_id IS NOT NULL"
						+ (from == null ? "" : " AND subject_id >= ?") + (to == null ? "" : " AND subject_id < ?")
						+ " GROUP BY subject_id, site_id, reveals_allocation, sealed_case, sealed_owner")) {
					int parameter = 1;
					copy.setString(parameter++, id);
					if (from != null) {
						copy.setString(parameter++, from);
					}
					if (to != null) {
						copy.setString(parameter, to);
					}
					copy.executeUpdate();
				}
			}
			int frozen;
			try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM clinical_object "
					+ "WHERE deleted = FALSE AND subject_id IS NOT NULL AND object_type = 'Subject'");
					ResultSet rs = count.executeQuery()) {
				rs.next();
				frozen = rs.getInt(1);
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_lock (lock_id, commit_id, "
					+ "locked_at, locked_by, reason, subjects, audit_sequence, audit_hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setLong(2, head);
				insert.setObject(3, at.atOffset(ZoneOffset.UTC));
				insert.setString(4, user.getUsername());
				insert.setString(5, reason);
				insert.setInt(6, frozen);
				insert.setLong(7, auditSequence);
				insert.setString(8, auditHash);
				insert.executeUpdate();
			}
			return id;
		});
		dataLocked = true;
		blinded = AccessRules.blinded(roles, true);
		return dataLocks().stream().filter(l -> l.id().equals(lockId)).findFirst()
				.orElseThrow(() -> new StoreException("The data lock " + lockId + " was written but cannot be read back"));
	}

	/**
	 * Subjects an embedded lock builds in one statement, at most (about 800 MB of H2's heap at 2,000); the system
	 * property {@value #LOCK_SLICE_PROPERTY} sets another number (tests slice a small trial).
	 */
	static final int LOCK_SLICE = 2000;
	static final String LOCK_SLICE_PROPERTY = "trialbench.lockSlice";

	/**
	 * Where the embedded lock's slices of subject ids begin (after the first, which begins at the lowest): every
	 * {@link #LOCK_SLICE}th subject id in id order, so that the slices cover every subject id exactly once.
	 */
	private static List<String> lockSlices(Connection connection) throws SQLException {
		int slice = Math.max(1, Integer.getInteger(LOCK_SLICE_PROPERTY, LOCK_SLICE));
		List<String> bounds = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT id FROM clinical_object "
				+ "WHERE object_type = 'Subject' AND subject_id IS NOT NULL ORDER BY id");
				ResultSet rs = query.executeQuery()) {
			for (int row = 0; rs.next(); row++) {
				if (row > 0 && row % slice == 0) {
					bounds.add(rs.getString(1));
				}
			}
		}
		return bounds;
	}

	@Override
	public void readSubjects(String lockId, Consumer<Subject> consumer, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = readProgress(lockId, monitor);
		if (lockId != null) {
			readLock(lockId, records -> {
				List<ObjectRow> rows = new ArrayList<>();
				for (int i = 0; i < records.objects().size(); i++) {
					rows.addAll(LockRecord.rows(records.objects().get(i), records.subjectId(), records.sites().get(i),
							records.reveals().get(i), where(lockId, records.subjectId())));
				}
				return built(records.subjectId(), rows);
			}, built -> deliver(built, consumer, progress), progress);
			return;
		}
		readLive("SELECT " + ROW_COLUMNS + " FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL "
				+ "ORDER BY subject_id", List.of(), JdbcTrialSession::row,
				(subjectId, rows) -> deliver(built(subjectId, rows), consumer, progress));
	}

	/**
	 * The stored objects of the asked types: from a lock, decoded and mapped on the builder threads as
	 * {@link #readSubjects} builds objects there, an unasked object's text skipped unread; from the live rows, only
	 * the rows of those types are read.
	 */
	@Override
	public <T> boolean readSubjectObjects(String lockId, Set<String> types, Function<SubjectObjects, T> mapper,
			Consumer<T> consumer, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = readProgress(lockId, monitor);
		Set<String> read = new HashSet<>(types);
		read.add(Subject.class.getSimpleName());
		Consumer<T> delivered = result -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (result != null) {
				consumer.accept(result);
			}
			progress.worked(1);
		};
		if (lockId != null) {
			readLock(lockId, records -> {
				List<StoredRow> rows = new ArrayList<>();
				for (int i = 0; i < records.objects().size(); i++) {
					rows.addAll(LockRecord.objects(records.objects().get(i), records.subjectId(),
							records.sites().get(i), records.reveals().get(i), read, where(lockId, records.subjectId())));
				}
				return mapped(records.subjectId(), rows, mapper);
			}, delivered, progress);
			return true;
		}
		List<String> typeList = List.copyOf(read);
		readLive("SELECT id, object_type, parent_id, container_feature, ordinal, subject_id, site_id, "
				+ "reveals_allocation, state FROM clinical_object WHERE deleted = FALSE AND subject_id IS NOT NULL "
				+ "AND object_type IN (" + String.join(", ", java.util.Collections.nCopies(typeList.size(), "?"))
				+ ") ORDER BY subject_id", typeList,
				rs -> new StoredRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
						rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)),
				(subjectId, rows) -> delivered.accept(mapped(subjectId, rows, mapper)));
		return true;
	}

	private SubMonitor readProgress(String lockId, IProgressMonitor monitor) throws StoreException {
		if (lockId != null && dataLocks().stream().noneMatch(l -> l.id().equals(lockId))) {
			throw new StoreException("There is no data lock " + lockId + " in this trial; its locks are "
					+ dataLocks().stream().map(DataLock::id).toList());
		}
		int total = countSubjects(SubjectFilter.all());
		return SubMonitor.convert(monitor, "Reading subjects", Math.max(1, total));
	}

	private static String where(String lockId, String subjectId) {
		return "lock " + lockId + ", subject " + subjectId;
	}

	/** A subject's visible stored objects mapped; null when its own object is not visible (another site). */
	private static <T> T mapped(String subjectId, List<StoredRow> rows, Function<SubjectObjects, T> mapper) {
		for (StoredRow row : rows) {
			if (row.id().equals(subjectId)) {
				return mapper.apply(new SubjectObjects(subjectId, row.siteId(), List.copyOf(rows)));
			}
		}
		return null;
	}

	/** Reads one live row from the result set. */
	@FunctionalInterface
	private interface LiveRowReader<R extends SubjectRow> {
		R read(ResultSet rs) throws SQLException;
	}

	/**
	 * The live rows of the query (ordered by subject), each subject's visible rows handed on together with its
	 * id; a subject none of whose rows is visible is handed on with no rows.
	 */
	private <R extends SubjectRow> void readLive(String sql, List<String> parameters, LiveRowReader<R> reader,
			java.util.function.BiConsumer<String, List<R>> subject) throws StoreException {
		store.query(connection -> {
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.size(); i++) {
					query.setString(i + 1, parameters.get(i));
				}
				query.setFetchSize(2000);
				try (ResultSet rs = query.executeQuery()) {
					List<R> rows = new ArrayList<>();
					String current = null;
					while (rs.next()) {
						R row = reader.read(rs);
						if (current != null && !current.equals(row.subjectId())) {
							subject.accept(current, rows);
							rows = new ArrayList<>();
						}
						current = row.subjectId();
						if (visible(row.siteId(), row.revealsAllocation())) {
							rows.add(row);
						}
					}
					if (current != null) {
						subject.accept(current, rows);
					}
				}
			}
			return null;
		});
	}

	/** Subjects whose records are being decoded and built ahead of the consumer, at most. */
	private static final int READ_AHEAD = 128;

	/** One subject's visible records of a lock: each record's JSON (as it streams from the store), site and flag. */
	private record LockedSubject(String subjectId, List<LockRecord.Text> objects, List<String> sites,
			List<Boolean> reveals) {
	}

	/** A subject built from a lock's records, or null when its own row is not visible. */
	private record BuiltSubject(Subject subject, String siteId) {
	}

	/**
	 * A lock's subjects from its compact records (schema 16): one row per subject and visibility class, in the
	 * order of the index (lock_id, subject_id); a record the user may not see is skipped whole, unread. The records
	 * of the next subjects are read from their streams, decoded and built on other threads while the store reads on
	 * (each subject's objects are its own), and handed on on this thread in subject order.
	 */
	private <T> void readLock(String lockId, Function<LockedSubject, T> build,
			Consumer<T> deliver, SubMonitor progress) throws StoreException {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		java.util.concurrent.ExecutorService builders = java.util.concurrent.Executors.newFixedThreadPool(threads,
				task -> {
					Thread thread = new Thread(task, "Trialbench lock read " + lockId);
					thread.setDaemon(true);
					return thread;
				});
		java.util.ArrayDeque<java.util.concurrent.Future<T>> pending = new java.util.ArrayDeque<>();
		boolean utf8 = store.database().vendor() == Database.Vendor.POSTGRESQL;
		try {
			store.query(connection -> {
				try (PreparedStatement query = connection.prepareStatement("SELECT subject_id, site_id, "
						+ "reveals_allocation, objects FROM locked_subject WHERE lock_id = ? "
						+ "ORDER BY lock_id, subject_id")) {
					query.setString(1, lockId);
					query.setFetchSize(100);
					try (ResultSet rs = query.executeQuery()) {
						LockedSubject current = null;
						while (rs.next()) {
							String subjectId = rs.getString(1);
							if (current != null && !current.subjectId().equals(subjectId)) {
								LockedSubject records = current;
								pending.add(builders.submit(() -> build.apply(records)));
								current = null;
								while (pending.size() > READ_AHEAD) {
									deliver(pending.poll(), deliver, progress);
								}
							}
							if (current == null) {
								current = new LockedSubject(subjectId, new ArrayList<>(2), new ArrayList<>(2),
										new ArrayList<>(2));
							}
							String siteId = rs.getString(2);
							boolean reveals = rs.getBoolean(3);
							if (visible(siteId, reveals)) {
								// PostgreSQL's text as the UTF-8 bytes it arrived as (pgJDBC hands a text column's
								// bytes over as they are); H2's CLOB as a stream of characters
								current.objects().add(utf8 ? new LockRecord.Utf8(rs.getBytes(4))
										: new LockRecord.Chars(rs.getCharacterStream(4)));
								current.sites().add(siteId);
								current.reveals().add(reveals);
							}
						}
						if (current != null) {
							LockedSubject records = current;
							pending.add(builders.submit(() -> build.apply(records)));
						}
						// the builders read the records' streams: all of them before the result closes
						while (!pending.isEmpty()) {
							deliver(pending.poll(), deliver, progress);
						}
					}
				}
				return null;
			});
		} finally {
			builders.shutdownNow();
		}
	}

	/** A subject's objects built from its visible rows; no subject when its own row is not visible (another site). */
	private BuiltSubject built(String subjectId, List<ObjectRow> rows) {
		Optional<ObjectRow> subjectRow = rows.stream().filter(row -> row.id().equals(subjectId)).findFirst();
		if (subjectRow.isEmpty()) {
			return new BuiltSubject(null, null);
		}
		Map<String, EObject> objects = new RecordReader(protocolIndex, trialObjects).build(rows);
		return new BuiltSubject((Subject) objects.get(subjectId), subjectRow.get().siteId());
	}

	private static <T> void deliver(java.util.concurrent.Future<T> next, Consumer<T> deliver, SubMonitor progress) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		T built;
		try {
			built = next.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted while reading a data lock");
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
		deliver.accept(built);
	}

	/** Hands a built subject, in its site, to the consumer (nothing when its own row was not visible). */
	private void deliver(BuiltSubject built, Consumer<Subject> consumer, SubMonitor progress) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (built.subject() == null) {
			return;
		}
		Site site = detachedSite(built.siteId());
		if (site != null) {
			site.getSubjects().add(built.subject());
		}
		consumer.accept(built.subject());
		progress.worked(1);
	}

	@Override
	public long headCommit() throws StoreException {
		return store.query(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT last_commit FROM audit_head WHERE id = 1");
					ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getLong(1) : 0L;
			}
		});
	}

	@Override
	public Optional<AuditAnchor> auditHead() throws StoreException {
		return store.query(connection -> {
			try (PreparedStatement query = connection
					.prepareStatement("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1");
					ResultSet rs = query.executeQuery()) {
				return rs.next() ? Optional.of(new AuditAnchor(rs.getLong(1), rs.getString(2)))
						: Optional.<AuditAnchor>empty();
			}
		});
	}

	@Override
	public org.trialbench.repository.AllocationService allocations() {
		return new JdbcAllocationService(this);
	}

	@Override
	public List<ItemValueHeader> itemValues(String siteId, String subjectId) throws StoreException {
		return store.query(connection -> siteRows(connection, siteId, subjectId).itemValues());
	}

	@Override
	public List<org.trialbench.repository.VerifiedRecordHeader> verifiedRecords(String siteId) throws StoreException {
		return store.query(connection -> siteRows(connection, siteId, null).verifiedRecords());
	}

	@Override
	public SdvHeaders sdvHeaders(String siteId) throws StoreException {
		// one transaction, and the subjects and queries read once for both lists
		return store.query(connection -> siteRows(connection, siteId, null).sdvHeaders());
	}

	@Override
	public List<QueryHeader> queries(String siteId) throws StoreException {
		return store.query(connection -> siteRows(connection, siteId, null).queries());
	}

	@Override
	public List<VisitHeader> visits(String siteId) throws StoreException {
		return store.query(connection -> siteRows(connection, siteId, null).visits());
	}

	private SiteRows siteRows(Connection connection, String siteId, String subjectId) {
		Map<String, String> siteCodes = new HashMap<>();
		trial.getSites().forEach(site -> siteCodes.put(site.getId(), site.getCode()));
		return new SiteRows(connection, siteId, subjectId, this::visible, siteCodes);
	}

	@Override
	public TrialTransaction begin() {
		return new JdbcTrialTransaction(this, false);
	}

	@Override
	public TrialTransaction beginImport() throws AccessDeniedException {
		if (!WritePolicy.mayImport(roles)) {
			throw new AccessDeniedException(user.getUsername() + " may not import data: a data import is for a data "
					+ "manager or an administrator (the user holds " + roles + ")");
		}
		return new JdbcTrialTransaction(this, true);
	}

	@Override
	public AuditTrail audit() {
		return new JdbcAuditTrail(this);
	}

	@Override
	public void setPassword(String username, char[] password) throws AccessDeniedException, StoreException {
		String me = user.getUsername();
		if (!username.equals(me) && !roles.contains(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException(me + " is not an administrator and may set only the own password");
		}
		if (password == null || password.length < 8) {
			throw new StoreException("A password needs at least 8 characters; the password of " + username
					+ " was not changed");
		}
		store.transact(connection -> {
			if (!UserAccess.isActive(connection, me)) {
				throw new AccessDeniedException("Password not set: the user " + me + " has been deactivated");
			}
			ObjectRow row = null;
			try (PreparedStatement query = connection.prepareStatement("SELECT id, state FROM clinical_object "
					+ "WHERE object_type = 'User' AND subject_id IS NULL AND deleted = FALSE")) {
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						Map<String, String> state = StateText.decode(rs.getString(2));
						if (username.equals(state.get("username"))) {
							row = new ObjectRow(rs.getString(1), "User", trial.getId(), "users", 0, null, null, false,
									state);
						}
					}
				}
			}
			if (row == null) {
				throw new StoreException("There is no Trialbench user '" + username + "'; no password was set");
			}
			// the audit records that, when and by whom a password was set, never the password or its hash
			try (CommitWriter writer = CommitWriter.forUser(connection, store.database().vendor(), me,
					"password set for " + username, false)) {
				writer.note(row, "(password)", "(set)");
				UserAccess.setPassword(connection, store.database().vendor(), username, password);
				writer.finish();
			}
			return null;
		});
	}

	@Override
	public void addListener(RepositoryListener listener) {
		watcher.add(listener);
	}

	@Override
	public void removeListener(RepositoryListener listener) {
		watcher.remove(listener);
	}

	@Override
	public void close() {
		watcher.stop();
		store.close();
	}
}
