package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.ConflictException.Conflict;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Working copies of records and the rows they were loaded from. A commit diffs each working copy against those
 * rows, checks every change against the user's roles, and writes under the audit chain's lock after checking
 * that nobody else changed the same values meanwhile.
 */
final class JdbcTrialTransaction implements TrialTransaction {

	private final JdbcTrialSession session;
	/** Working copies by id, with where each hangs (parent id and containment feature). */
	private final Map<String, Root> roots = new LinkedHashMap<>();
	/** Rows as they were loaded or last committed here. */
	private final Map<String, ObjectRow> baseline = new HashMap<>();
	/** Item values whose verification the last commit re-opened because their value changed. */
	private final List<String> reopened = new ArrayList<>();

	private record Root(ClinicalObject object, String parentId, String containerFeature, int ordinal) {
		Root(ClinicalObject object, String parentId, String containerFeature) {
			this(object, parentId, containerFeature, 0);
		}
	}

	/** A data import ({@link org.trialbench.repository.TrialSession#beginImport()}): see {@link WritePolicy}. */
	private final boolean dataImport;

	JdbcTrialTransaction(JdbcTrialSession session, boolean dataImport) {
		this.session = session;
		this.dataImport = dataImport;
	}

	@Override
	public Subject editSubject(String subjectId) throws StoreException {
		Root root = roots.get(subjectId);
		if (root != null) {
			return (Subject) root.object();
		}
		Optional<JdbcTrialSession.LoadedRecord> found;
		if (bulk == null) {
			found = session.loadSubject(subjectId);
		} else {
			try {
				found = session.loadSubject(subjectId, bulk);
			} catch (SQLException e) {
				throw session.store().failure(e);
			}
		}
		return workingCopy(subjectId, found.orElseThrow(() -> notVisible(subjectId)));
	}

	@Override
	public Map<String, Subject> editSubjects(Collection<String> subjectIds) throws StoreException {
		Map<String, JdbcTrialSession.LoadedRecord> loaded = loadNotOpen(subjectIds);
		Map<String, Subject> copies = new LinkedHashMap<>();
		for (String id : subjectIds) {
			Root root = roots.get(id);
			if (root != null) {
				copies.put(id, (Subject) root.object());
			} else if (loaded.containsKey(id)) {
				copies.put(id, workingCopy(id, loaded.get(id)));
			} else {
				throw notVisible(id);
			}
		}
		return copies;
	}

	@Override
	public Map<String, Subject> readSubjects(Collection<String> subjectIds) throws StoreException {
		Map<String, JdbcTrialSession.LoadedRecord> loaded = loadNotOpen(subjectIds);
		Map<String, Subject> copies = new LinkedHashMap<>();
		for (String id : subjectIds) {
			Root root = roots.get(id);
			if (root != null) {
				copies.put(id, EcoreUtil.copy((Subject) root.object()));
			} else if (loaded.containsKey(id)) {
				copies.put(id, (Subject) loaded.get(id).root());
			}
		}
		return copies;
	}

	/** The stored records of those subjects that have no working copy here yet. */
	private Map<String, JdbcTrialSession.LoadedRecord> loadNotOpen(Collection<String> subjectIds)
			throws StoreException {
		List<String> stored = subjectIds.stream().filter(id -> !roots.containsKey(id)).distinct().toList();
		return stored.isEmpty() ? Map.of() : load(stored);
	}

	/** Records read on the flushed unit of work's connection when there is one, so that they show its writes. */
	private Map<String, JdbcTrialSession.LoadedRecord> load(Collection<String> subjectIds) throws StoreException {
		if (bulk == null) {
			return session.loadSubjects(subjectIds);
		}
		try {
			return session.loadSubjects(subjectIds, bulk);
		} catch (SQLException e) {
			throw session.store().failure(e);
		}
	}

	private StoreException notVisible(String subjectId) {
		return new StoreException(
				"Subject " + subjectId + " does not exist or is not visible to " + session.user().getUsername());
	}

	private Subject workingCopy(String subjectId, JdbcTrialSession.LoadedRecord loaded) {
		Subject subject = (Subject) loaded.root();
		String siteId = subject.getSite() == null ? null : subject.getSite().getId();
		roots.put(subjectId, new Root(subject, siteId, "subjects"));
		// only rows the record shows: a visible row under a hidden one (the signature of an arm-specific form, for
		// a blinded user) is not part of the working copy and must not look deleted at the commit
		Set<String> shown = RecordRows.of(subject, siteId, "subjects", 0).keySet();
		loaded.rows().stream().filter(row -> shown.contains(row.id())).forEach(row -> baseline.put(row.id(), row));
		return subject;
	}

	@Override
	public Subject addSubject(Site site, Subject subject) throws StoreException {
		Site container = session.detachedSite(site.getId());
		if (container == null) {
			throw new StoreException("Site " + site.getCode() + " is not part of this trial");
		}
		if (subject.getId() == null || subject.getId().isBlank()) {
			subject.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		container.getSubjects().add(subject);
		roots.put(subject.getId(), new Root(subject, site.getId(), "subjects"));
		return subject;
	}

	@Override
	public AdjudicationCase editCase(String caseId) throws StoreException {
		Root root = roots.get(caseId);
		if (root != null) {
			return (AdjudicationCase) root.object();
		}
		JdbcTrialSession.LoadedRecord loaded = session.loadCase(caseId).orElseThrow(
				() -> new StoreException("Adjudication case " + caseId + " does not exist or is not visible"));
		AdjudicationCase adjudicationCase = (AdjudicationCase) loaded.root();
		roots.put(caseId, new Root(adjudicationCase, session.trial().getId(), "adjudicationCases"));
		loaded.rows().forEach(row -> baseline.put(row.id(), row));
		return adjudicationCase;
	}

	@Override
	public AdjudicationCase addCase(AdjudicationCase adjudicationCase) throws StoreException {
		if (adjudicationCase.getId() == null || adjudicationCase.getId().isBlank()) {
			adjudicationCase.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		roots.put(adjudicationCase.getId(),
				new Root(adjudicationCase, session.trial().getId(), "adjudicationCases"));
		return adjudicationCase;
	}

	@Override
	public User editUser(String username) throws StoreException {
		return editTrialObject(User.class, "users", "username", username,
				"There is no Trialbench user '" + username + "' in this trial");
	}

	/**
	 * The trial-level object (a site, a user) whose key feature has the key, to change in this transaction: the one
	 * already taken into it, else read afresh rather than from the session's trial, which may be older than the last
	 * commit. Administrators only.
	 */
	private <T extends ClinicalObject> T editTrialObject(Class<T> type, String feature, String keyFeature, String key,
			String notFound) throws StoreException {
		for (Root root : roots.values()) {
			if (type.isInstance(root.object()) && key.equals(root.object().eGet(root.object().eClass()
					.getEStructuralFeature(keyFeature)))) {
				return type.cast(root.object());
			}
		}
		requireAdministrator();
		List<ObjectRow> rows = session.store().query(connection -> trialRows(connection, type.getSimpleName(), feature));
		ObjectRow row = rows.stream().filter(r -> key.equals(r.state().get(keyFeature))).findFirst()
				.orElseThrow(() -> new StoreException(notFound));
		T object = type.cast(new RecordReader(session.protocolIndex(), session.trialObjects()).build(List.of(row))
				.get(row.id()));
		roots.put(row.id(), new Root(object, session.trial().getId(), feature, row.ordinal()));
		baseline.put(row.id(), row);
		return object;
	}

	@Override
	public User addUser(User user) throws StoreException {
		requireAdministrator();
		String username = user.getUsername();
		if (username == null || !username.matches("[A-Za-z][A-Za-z0-9_.-]{0,62}")) {
			throw new StoreException("'" + username + "' cannot be a user name: use a letter, then letters, digits, "
					+ "'.', '_' or '-' (at most 63)");
		}
		List<ObjectRow> rows = session.store().query(connection -> trialRows(connection, "User", "users"));
		if (rows.stream().anyMatch(r -> username.equalsIgnoreCase(r.state().get("username")))) {
			throw new StoreException("The user name '" + username + "' is taken; nothing was added");
		}
		if (user.getId() == null || user.getId().isBlank()) {
			user.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		roots.put(user.getId(), new Root(user, session.trial().getId(), "users", rows.size()));
		return user;
	}

	@Override
	public Site editSite(String code) throws StoreException {
		return editTrialObject(Site.class, "sites", "code", code, "The trial has no site '" + code + "'");
	}

	@Override
	public Site addSite(Site site) throws StoreException {
		requireAdministrator();
		String code = site.getCode();
		if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
			throw new StoreException("'" + code + "' cannot be a site code: use letters, digits, '.', '_' or '-' "
					+ "(at most 32, starting with a letter or digit)");
		}
		List<ObjectRow> rows = session.store().query(connection -> trialRows(connection, "Site", "sites"));
		if (rows.stream().anyMatch(r -> code.equalsIgnoreCase(r.state().get("code")))
				|| roots.values().stream().anyMatch(r -> r.object() instanceof Site s && code.equalsIgnoreCase(s.getCode()))) {
			throw new StoreException("The trial has a site '" + code + "' already; nothing was added");
		}
		if (site.getId() == null || site.getId().isBlank()) {
			site.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		roots.put(site.getId(), new Root(site, session.trial().getId(), "sites", rows.size()));
		return site;
	}

	/** The stored rows of the trial's sites or users, in order. */
	private static List<ObjectRow> trialRows(Connection connection, String type, String feature) throws SQLException {
		List<ObjectRow> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT id, parent_id, ordinal, state "
				+ "FROM clinical_object WHERE object_type = ? AND subject_id IS NULL AND deleted = FALSE "
				+ "ORDER BY ordinal")) {
			query.setString(1, type);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					rows.add(new ObjectRow(rs.getString(1), type, rs.getString(2), feature, rs.getInt(3), null, null,
							false, StateText.decode(rs.getString(4))));
				}
			}
		}
		return rows;
	}

	private void requireAdministrator() throws AccessDeniedException {
		if (!session.roles().contains(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException(session.user().getUsername() + " is not an administrator: only an "
					+ "administrator changes users, their roles and sites");
		}
	}

	private Map<String, ObjectRow> currentRows() {
		Map<String, ObjectRow> rows = new LinkedHashMap<>();
		for (Root root : roots.values()) {
			rows.putAll(RecordRows.of(root.object(), root.parentId(), root.containerFeature(), root.ordinal()));
		}
		return rows;
	}

	@Override
	public boolean isDirty() {
		return (bulkWriter != null && bulkWriter.changedValues() > 0) || !plan().isEmpty();
	}

	/*
	 * Flushing (a commit bigger than memory): the first flush that writes opens a connection of its own, whose
	 * database transaction stays open until the commit or rollback, and a CommitWriter on it, which locks the audit
	 * chain's head for that long. Each flush writes the working copies' plan as a commit would and drops them.
	 */
	private Connection bulk;
	private CommitWriter bulkWriter;
	/** Housekeeping of an embedded file waits while a flushed unit of work is open (see EmbeddedHousekeeping). */
	private EmbeddedHousekeeping.Pause bulkPause;

	@Override
	public boolean flush(String reason) throws ConflictException, AccessDeniedException, StoreException {
		Plan plan = plan();
		if (plan.isEmpty()) {
			roots.clear();
			baseline.clear();
			return true;
		}
		String why = checkPlan(plan, reason);
		try {
			if (bulk == null) {
				bulkPause = EmbeddedHousekeeping.pause();
				bulk = session.store().database().connect(session.store().user(), session.store().password());
				bulkWriter = CommitWriter.forUser(bulk, session.store().database().vendor(),
						session.user().getUsername(), why, dataImport);
			} else if (!bulkWriter.reason().equals(why)) {
				throw new StoreException("A flushed unit of work keeps one reason: it was '" + bulkWriter.reason()
						+ "', not '" + why + "'");
			}
			writeRows(bulk, bulkWriter, plan, false);
			// sent now, so that a record edited again after this flush is read back with what was written here
			bulkWriter.send();
		} catch (SQLException e) {
			StoreException failure = session.store().failure(e);
			rollback();
			throw failure;
		} catch (StoreException | RuntimeException e) {
			rollback();
			throw e;
		}
		reopened.clear();
		roots.clear();
		baseline.clear();
		return true;
	}

	private CommitInfo commitFlushed(String reason) throws ConflictException, AccessDeniedException, StoreException {
		flush(reason);
		try {
			if (bulkWriter.changedValues() == 0) {
				throw new StoreException("Nothing to save: the store already holds these values");
			}
			CommitInfo info = bulkWriter.finish();
			bulk.commit();
			closeBulk();
			return info;
		} catch (SQLException e) {
			StoreException failure = session.store().failure(e);
			rollback();
			throw failure;
		} catch (StoreException | RuntimeException e) {
			rollback();
			throw e;
		}
	}

	private void closeBulk() {
		try {
			if (bulkWriter != null) {
				bulkWriter.close();
			}
		} catch (SQLException e) {
			// statements go with the connection below
		}
		try {
			if (bulk != null) {
				bulk.rollback(); // nothing after a commit; everything flushed otherwise
				bulk.close();
			}
		} catch (SQLException e) {
			java.util.logging.Logger.getLogger(JdbcTrialTransaction.class.getName())
					.log(java.util.logging.Level.FINE, "closing a flushed unit of work", e);
		}
		bulk = null;
		bulkWriter = null;
		if (bulkPause != null) {
			bulkPause.close();
			bulkPause = null;
		}
	}

	/** What a commit will write: new rows, changed features of existing rows, rows gone from a record. */
	private record Plan(List<ObjectRow> created, Map<String, List<CommitWriter.FeatureChange>> changed,
			List<ObjectRow> deleted, Map<String, ObjectRow> current) {
		boolean isEmpty() {
			return created.isEmpty() && changed.isEmpty() && deleted.isEmpty();
		}
	}

	private Plan plan() {
		Map<String, ObjectRow> current = currentRows();
		List<ObjectRow> created = new ArrayList<>();
		Map<String, List<CommitWriter.FeatureChange>> changed = new LinkedHashMap<>();
		for (ObjectRow row : current.values()) {
			ObjectRow base = baseline.get(row.id());
			if (base == null) {
				created.add(row);
				continue;
			}
			Set<String> features = new LinkedHashSet<>(base.state().keySet());
			features.addAll(row.state().keySet());
			List<CommitWriter.FeatureChange> changes = new ArrayList<>();
			for (String feature : features) {
				String before = base.state().get(feature);
				String after = row.state().get(feature);
				if (!Objects.equals(before, after)) {
					changes.add(new CommitWriter.FeatureChange(feature, before, after));
				}
			}
			if (!changes.isEmpty()) {
				changed.put(row.id(), changes);
			}
		}
		List<ObjectRow> deleted = baseline.values().stream().filter(row -> !current.containsKey(row.id())).toList();
		return new Plan(created, changed, deleted, current);
	}

	@Override
	public CommitInfo commit(String reason) throws ConflictException, AccessDeniedException, StoreException {
		if (bulk != null) {
			return commitFlushed(reason);
		}
		Plan plan = plan();
		String why = checkPlan(plan, reason);
		String username = session.user().getUsername();
		// On a server the commit first goes out without reading the rows back: the server compares every old value
		// with what it holds and refuses the whole commit when another user changed one. Only then are the rows
		// read, in a second attempt that names each conflict (or, when the other change stored the same values,
		// commits). Deletions always compare whole stored rows, so they are read first.
		boolean optimistic = session.store().database().vendor() == Database.Vendor.POSTGRESQL
				&& plan.deleted().isEmpty();
		CommitInfo info;
		try {
			info = writeCommit(plan, username, why, optimistic);
		} catch (StoreException e) {
			if (!optimistic || !(e.getCause() instanceof SQLException failure)
					|| !"40001".equals(failure.getSQLState())) {
				throw e;
			}
			info = writeCommit(plan, username, why, false);
		}
		applyReopened(plan);
		baseline.clear();
		baseline.putAll(plan.current());
		return info;
	}

	private CommitInfo writeCommit(Plan plan, String username, String why, boolean optimistic)
			throws StoreException {
		reopened.clear();
		return session.store().transact(connection -> {
			try (CommitWriter writer = CommitWriter.forUser(connection, session.store().database().vendor(), username,
					why, dataImport)) {
				return write(connection, writer, plan, optimistic);
			}
		});
	}

	/** Work done inside the commit's database transaction, after the audit chain's head is locked. */
	@FunctionalInterface
	interface Preparation {
		void prepare(Connection connection, CommitWriter writer) throws SQLException, StoreException;
	}

	/**
	 * Commits after running a preparation that changes the working copies inside the same database transaction,
	 * holding the lock that serializes commits: randomization takes its slot there, so that the slot and the
	 * allocation are stored together or not at all. Allocations may be created only this way.
	 */
	CommitInfo commitPrepared(String reason, Preparation preparation)
			throws ConflictException, AccessDeniedException, StoreException {
		if (bulk != null) {
			throw new StoreException("A unit of work that was flushed cannot also randomize; commit it first");
		}
		String username = session.user().getUsername();
		String why = reason == null || reason.isBlank() ? "initial entry" : reason.strip();
		Plan[] done = new Plan[1];
		reopened.clear();
		CommitInfo info = session.store().transact(connection -> {
			try (CommitWriter writer = CommitWriter.forUser(connection, session.store().database().vendor(), username,
					why, dataImport)) {
				preparation.prepare(connection, writer);
				allocating = true;
				try {
					done[0] = plan();
					checkPlan(done[0], reason);
				} finally {
					allocating = false;
				}
				return write(connection, writer, done[0], false);
			}
		});
		applyReopened(done[0]);
		baseline.clear();
		baseline.putAll(done[0].current());
		return info;
	}

	private boolean allocating;

	/** Checks what a commit would write; returns the reason to record. */
	private String checkPlan(Plan plan, String reason) throws AccessDeniedException, StoreException {
		if (plan.isEmpty()) {
			throw new StoreException("Nothing to save: no value was changed");
		}
		boolean changesSavedData = !plan.changed().isEmpty() || !plan.deleted().isEmpty();
		if (changesSavedData && (reason == null || reason.isBlank())) {
			throw new StoreException("A reason is required to change data that was already saved (21 CFR Part 11)");
		}
		if (dataImport && (reason == null || reason.isBlank())) {
			throw new StoreException("A data import needs a reason (for example the file and where it comes from); "
					+ "nothing was saved");
		}
		checkAccess(plan);
		return reason == null || reason.isBlank() ? "initial entry" : reason.strip();
	}

	/**
	 * An administrator's data import loads allocations made elsewhere (an ODM import of a trial randomized in another
	 * system); audited like any commit. Nobody else, and no ordinary transaction, writes an allocation except by
	 * randomizing.
	 */
	private boolean importsAllocations() {
		return dataImport && session.hasRole(org.trialbench.clinical.Role.ADMINISTRATOR);
	}

	/** Features of an allocation that only randomization (or an administrator's import) writes. */
	private static final Set<String> ALLOCATION_FIXED = Set.of("arm", "randomizationNumber", "allocatedAt",
			"allocatedBy");

	/** The store re-opened verification of changed values: the working copies and the plan say so too. */
	private void applyReopened(Plan plan) {
		for (String id : reopened) {
			ObjectRow row = plan.current().get(id);
			Map<String, String> state = new LinkedHashMap<>(row.state());
			state.put("sdvState", SdvState.CHANGED_SINCE_VERIFICATION.getLiteral());
			plan.current().put(id, new ObjectRow(row.id(), row.type(), row.parentId(), row.containerFeature(),
					row.ordinal(), row.subjectId(), row.siteId(), row.revealsAllocation(), state));
			org.eclipse.emf.ecore.EObject verified = find(id);
			if (verified != null) {
				verified.eSet(verified.eClass().getEStructuralFeature("sdvState"), SdvState.CHANGED_SINCE_VERIFICATION);
			}
		}
	}

	/** The working copy of a verified object: an item value, a subject (its consent record) or an adverse event. */
	private org.eclipse.emf.ecore.EObject find(String id) {
		for (Root root : roots.values()) {
			if (root.object() instanceof Subject subject) {
				if (id.equals(subject.getId())) {
					return subject;
				}
				for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = subject.eAllContents(); it.hasNext();) {
					org.eclipse.emf.ecore.EObject next = it.next();
					if (next instanceof org.trialbench.clinical.ClinicalObject object && id.equals(object.getId())
							&& next.eClass().getEStructuralFeature("sdvState") != null) {
						return next;
					}
				}
			}
		}
		return null;
	}

	private void checkAccess(Plan plan) throws AccessDeniedException {
		for (ObjectRow row : plan.created()) {
			deny(refusal(row, "(created)"), row);
			if (row.type().equals("Allocation") && !allocating && !importsAllocations()) {
				deny("not allowed to write an allocation: allocations come only from randomizing against the "
						+ "concealed list", row);
			}
			deny(WritePolicy.authorship(session.user().getId(), row, dataImport), row);
			deny(WritePolicy.signOffRefusal(session.user().getId(), row, "(created)", principalInvestigator(row),
					dataImport), row);
		}
		for (Map.Entry<String, List<CommitWriter.FeatureChange>> entry : plan.changed().entrySet()) {
			ObjectRow row = plan.current().get(entry.getKey());
			for (CommitWriter.FeatureChange change : entry.getValue()) {
				if (row.type().equals("Allocation") && ALLOCATION_FIXED.contains(change.feature())
						&& !importsAllocations()) {
					deny("not allowed to change " + change.feature() + " of an allocation: it is fixed by "
							+ "randomization", row);
				}
				deny(refusal(row, change.feature()), row);
			}
		}
		for (ObjectRow row : plan.deleted()) {
			if (row.type().equals("Allocation")) {
				deny("not allowed to delete an allocation", row);
			}
			deny(refusal(row, "(deleted)"), row);
			deny(WritePolicy.signOffRefusal(session.user().getId(), row, "(deleted)", principalInvestigator(row),
					dataImport), row);
		}
	}

	/** The user id of the principal investigator of the row's site, as this session knows the site; null if none. */
	private String principalInvestigator(ObjectRow row) {
		if (row.siteId() == null) {
			return null;
		}
		for (org.trialbench.clinical.Site site : session.trial().getSites()) {
			if (row.siteId().equals(site.getId())) {
				return site.getPrincipalInvestigator() == null ? null : site.getPrincipalInvestigator().getId();
			}
		}
		return null;
	}

	private String refusal(ObjectRow row, String feature) {
		String refusal = WritePolicy.refusal(session.roles(), session.siteIds(), row, feature);
		if (refusal != null && dataImport) {
			String importRefusal = WritePolicy.importRefusal(session.roles(), session.blinded(), row, feature);
			return importRefusal == null ? null : refusal + "; in a data import " + importRefusal;
		}
		return refusal;
	}

	private void deny(String refusal, ObjectRow row) throws AccessDeniedException {
		if (refusal != null) {
			throw new AccessDeniedException("Not saved: " + session.user().getUsername() + " is " + refusal
					+ " (" + row.id() + ")");
		}
	}

	private CommitInfo write(Connection connection, CommitWriter writer, Plan plan, boolean optimistic)
			throws SQLException, StoreException {
		writeRows(connection, writer, plan, optimistic);
		if (writer.changedValues() == 0) {
			throw new StoreException("Nothing to save: the store already holds these values");
		}
		return writer.finish();
	}

	/**
	 * Writes the plan's rows and audit entries with the writer; the caller finishes the commit.
	 *
	 * @param optimistic whether the changed rows are taken to be stored as this transaction loaded them, without
	 *                   reading them (a server checks every old value itself and refuses a conflict with 40001)
	 */
	private void writeRows(Connection connection, CommitWriter writer, Plan plan, boolean optimistic)
			throws SQLException, StoreException {
		Database.Vendor vendor = session.store().database().vendor();
		String username = session.user().getUsername();
		// a server's tb_commit_begin has refused a deactivated user already (in the same transaction)
		if (vendor == Database.Vendor.H2 && !UserAccess.isActive(connection, username)) {
			throw new AccessDeniedException("Not saved: the user " + username + " has been deactivated");
		}
		// the lock holds for every way of writing a signature, not only for the password dialog
		if (plan.created().stream().anyMatch(row -> row.type().equals("Signature"))
				&& SigningLock.locked(connection, vendor, username)) {
			throw new AccessDeniedException("Not saved: signing is locked for " + username + " after "
					+ TrialSession.SIGNING_ATTEMPTS + " wrong passwords; an administrator can unlock it");
		}
		// a server judges the signed forms itself (schema 17), inside its commit functions
		Map<String, WritePolicy.StandingSignature> signed = vendor == Database.Vendor.H2
				? standingSignatures(connection, writer.commitId(), plan) : new HashMap<>();
		List<UserAccess> users = new ArrayList<>();
		{ // the writer belongs to the caller, who may have written with it before (randomization's slot)
			List<String> touched = new ArrayList<>(plan.changed().keySet());
			plan.deleted().forEach(row -> touched.add(row.id()));
			Map<String, StoredRow> stored = optimistic ? loaded(touched) : readForUpdate(connection, vendor, touched);
			List<Conflict> conflicts = new ArrayList<>();
			for (Map.Entry<String, List<CommitWriter.FeatureChange>> entry : plan.changed().entrySet()) {
				ObjectRow row = plan.current().get(entry.getKey());
				StoredRow now = stored.get(row.id());
				if (now == null || now.deleted()) {
					conflicts.add(new Conflict(row.id(), label(row), "(record)", "present", "changed", "deleted",
							lastAuthor(connection, row.id(), "(deleted)")));
					continue;
				}
				Map<String, String> merged = new LinkedHashMap<>(now.state());
				List<CommitWriter.FeatureChange> effective = new ArrayList<>();
				for (CommitWriter.FeatureChange change : entry.getValue()) {
					String storedValue = now.state().get(change.feature());
					if (Objects.equals(storedValue, change.newValue())) {
						continue; // somebody already stored the same value
					}
					if (!Objects.equals(storedValue, change.oldValue())) {
						conflicts.add(new Conflict(row.id(), label(row), change.feature(), change.oldValue(),
								change.newValue(), storedValue, lastAuthor(connection, row.id(), change.feature())));
						continue;
					}
					merged.put(change.feature(), change.newValue());
					effective.add(new CommitWriter.FeatureChange(change.feature(), storedValue, change.newValue()));
				}
				if (!effective.isEmpty()) {
					for (CommitWriter.FeatureChange change : effective) {
						deny(WritePolicy.signedFormRefusal(row, change.feature(), signed.get(formOf(row))), row);
					}
					CommitWriter.FeatureChange reopening = SdvReopening.of(row.type(), merged, effective);
					if (reopening != null) {
						merged.put(reopening.feature(), reopening.newValue());
						reopened.add(row.id());
					}
					writer.update(row, StateText.encode(merged), effective);
					if (reopening != null) {
						writer.audit(row, reopening, SdvReopening.reason(writer.reason()));
					}
					if (row.type().equals("Site")
							&& effective.stream().anyMatch(change -> change.feature().equals("code"))) {
						throw new AccessDeniedException("Not saved: a site's code cannot be changed (records, files "
								+ "and users name the site by it); change its name instead");
					}
					if (row.type().equals("User")) {
						if (effective.stream().anyMatch(change -> change.feature().equals("username"))) {
							throw new AccessDeniedException("Not saved: a user name cannot be changed (it is the "
									+ "login and names the user in the audit trail); add a new user instead");
						}
						users.add(UserAccess.of(row.id(), merged));
					}
				}
			}
			for (ObjectRow row : plan.deleted()) {
				StoredRow now = stored.get(row.id());
				deny(WritePolicy.signedFormRefusal(row, "(deleted)", signed.get(formOf(row))), row);
				if (now != null && !now.deleted()) {
					if (!now.state().equals(row.state())) {
						conflicts.add(new Conflict(row.id(), label(row), "(record)", "unchanged", "deleted", "changed",
								lastAuthor(connection, row.id(), null)));
					} else {
						writer.delete(row, StateText.encode(now.state()));
					}
				}
			}
			if (!conflicts.isEmpty()) {
				throw new ConflictException(conflicts);
			}
			for (ObjectRow row : plan.created()) {
				deny(WritePolicy.signedFormRefusal(row, "(created)", signed.get(row.parentId())), row);
				writer.create(row);
				if (row.type().equals("User")) {
					users.add(UserAccess.of(row.id(), row.state()));
				}
			}
			if (vendor == Database.Vendor.H2) { // a server derives the access from the user rows itself
				for (UserAccess user : users) {
					user.apply(connection, vendor);
				}
				if (!users.isEmpty()) {
					UserAccess.requireAnAdministrator(connection);
				}
			} else if (!users.isEmpty()) {
				writer.send(); // the server applies them as it writes the rows: refusals come here, as on H2
			}
		}
	}

	private record StoredRow(Map<String, String> state, boolean deleted) {
	}

	/** The form a row belongs to for its signature: a form record itself, an item value's form; else null. */
	private static String formOf(ObjectRow row) {
		return switch (row.type()) {
		case "FormRecord" -> row.id();
		case "ItemValue" -> row.parentId();
		default -> null;
		};
	}

	/**
	 * The signatures that stood when this commit began on the forms the plan writes under, by form id. A signature
	 * row this commit wrote already (a flushed unit of work) carries its number: one withdrawn in it still counts
	 * as standing (a withdrawal and a correction are never one step), one made in it does not.
	 */
	private static Map<String, WritePolicy.StandingSignature> standingSignatures(Connection connection, long commit,
			Plan plan) throws SQLException {
		Set<String> forms = new LinkedHashSet<>();
		for (Map.Entry<String, List<CommitWriter.FeatureChange>> entry : plan.changed().entrySet()) {
			forms.add(formOf(plan.current().get(entry.getKey())));
		}
		plan.deleted().forEach(row -> forms.add(formOf(row)));
		plan.created().stream().filter(row -> row.subjectId() != null && (row.type().equals("ItemValue")
				|| row.type().equals("Signature"))).forEach(row -> forms.add(row.parentId()));
		forms.remove(null);
		Set<String> withdrawn = new java.util.HashSet<>();
		plan.deleted().stream().filter(row -> row.type().equals("Signature")).forEach(row -> withdrawn.add(row.id()));
		Map<String, WritePolicy.StandingSignature> standing = new HashMap<>();
		List<String> ids = new ArrayList<>(forms);
		for (int from = 0; from < ids.size(); from += LOCK_CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOCK_CHUNK));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement query = connection.prepareStatement("SELECT f.id, s.id, s.state, "
					+ "s.deleted AND s.last_commit = ?, f.state, subject.state FROM clinical_object s "
					+ "JOIN clinical_object f ON f.id = s.parent_id AND f.object_type = 'FormRecord' "
					+ "LEFT JOIN clinical_object subject ON subject.id = f.subject_id AND subject.object_type = 'Subject' "
					+ "WHERE s.object_type = 'Signature' AND s.parent_id IN (" + marks + ") "
					+ "AND ((NOT s.deleted AND s.last_commit < ?) OR (s.deleted AND s.last_commit = ?))")) {
				query.setLong(1, commit);
				for (int i = 0; i < chunk.size(); i++) {
					query.setString(i + 2, chunk.get(i));
				}
				query.setLong(chunk.size() + 2, commit);
				query.setLong(chunk.size() + 3, commit);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						Map<String, String> signature = StateText.decode(rs.getString(3));
						Map<String, String> form = StateText.decode(rs.getString(5));
						String subject = rs.getString(6) == null ? null
								: StateText.decode(rs.getString(6)).get("screeningNumber");
						String signer = signature.getOrDefault("signerName", signature.get("signer"));
						standing.put(rs.getString(1), new WritePolicy.StandingSignature(rs.getString(2),
								form.getOrDefault("definition", rs.getString(1)) + " of subject "
										+ (subject == null ? "(unknown)" : subject),
								signer == null ? "its signer" : signer, signature.get("signedAt"),
								rs.getBoolean(4) || withdrawn.contains(rs.getString(2))));
					}
				}
			}
		}
		return standing;
	}

	/** The rows as this transaction loaded them. */
	private Map<String, StoredRow> loaded(List<String> ids) {
		Map<String, StoredRow> rows = new HashMap<>();
		for (String id : ids) {
			ObjectRow row = baseline.get(id);
			if (row != null) {
				rows.put(id, new StoredRow(row.state(), false));
			}
		}
		return rows;
	}

	/** Ids locked per statement: one round trip for a form's values instead of one per value. */
	static final int LOCK_CHUNK = 500;

	/**
	 * The stored rows a commit changes. The embedded store locks them here; on a server the commit holds the chain's
	 * head (taken by tb_commit_begin), which every writer must take first, and a user has no right to lock rows.
	 */
	private static Map<String, StoredRow> readForUpdate(Connection connection, Database.Vendor vendor, List<String> ids)
			throws SQLException {
		Map<String, StoredRow> rows = new HashMap<>();
		for (int from = 0; from < ids.size(); from += LOCK_CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOCK_CHUNK));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT id, state, deleted FROM clinical_object WHERE id IN (" + marks + ")"
							+ (vendor == Database.Vendor.H2 ? " FOR UPDATE" : ""))) {
				for (int i = 0; i < chunk.size(); i++) {
					query.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						rows.put(rs.getString(1), new StoredRow(StateText.decode(rs.getString(2)), rs.getBoolean(3)));
					}
				}
			}
		}
		return rows;
	}

	private static String lastAuthor(Connection connection, String objectId, String feature) throws SQLException {
		String sql = "SELECT username, changed_at FROM audit_entry WHERE object_id = ?"
				+ (feature == null ? "" : " AND feature = ?") + " ORDER BY sequence DESC";
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, objectId);
			if (feature != null) {
				query.setString(2, feature);
			}
			query.setMaxRows(1);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? rs.getString(1) + " at " + rs.getString(2) : "another user";
			}
		}
	}

	/** How a conflict names a value: the item's OID for item values, else the object type. */
	private static String label(ObjectRow row) {
		String definition = row.state().get("definition");
		return definition != null ? row.type() + " " + definition : row.type() + " " + row.id();
	}

	@Override
	public void rollback() {
		closeBulk();
		roots.clear();
		baseline.clear();
	}
}
