package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.trialbench.repository.AuditTrail;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.VisitHeader;
import org.trialbench.repository.RepositoryListener;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * One user's connection to a store. Reads are filtered by the same rules the PostgreSQL server enforces with
 * row-level security (site isolation, blinding), so the embedded store behaves the same way.
 */
public final class JdbcTrialSession implements TrialSession {

	private static final String ROW_COLUMNS = "id, object_type, parent_id, container_feature, ordinal, subject_id, "
			+ "site_id, reveals_allocation, state";

	private final StoreConnection store;
	private final Study protocol;
	private final Map<String, EObject> protocolIndex;
	private final Trial trial;
	private final Map<String, EObject> trialObjects = new HashMap<>();
	private final User user;
	private final Set<Role> roles;
	private final boolean blinded;
	private final boolean trialWide;
	private final Set<String> siteIds = new HashSet<>();
	private final CommitWatcher watcher;

	JdbcTrialSession(StoreConnection store, Study protocol, String username, long lastCommit)
			throws StoreException, org.trialbench.repository.AuthenticationException {
		this.store = store;
		this.protocol = protocol;
		this.protocolIndex = RecordReader.indexProtocol(protocol);
		List<ObjectRow> rows = store.query(connection -> readRows(connection, "SELECT " + ROW_COLUMNS
				+ " FROM clinical_object WHERE subject_id IS NULL AND deleted = FALSE AND object_type IN "
				+ "('Trial', 'Site', 'User')"));
		Map<String, EObject> objects = new RecordReader(protocolIndex, Map.of()).build(rows);
		trialObjects.putAll(objects);
		this.trial = objects.values().stream().filter(Trial.class::isInstance).map(Trial.class::cast).findFirst()
				.orElseThrow(() -> new StoreException("The store " + store.database().location() + " holds no trial"));
		trial.setProtocol(protocol);
		this.user = trial.getUsers().stream().filter(u -> username.equals(u.getUsername())).findFirst()
				.orElseThrow(() -> new org.trialbench.repository.AuthenticationException(
						"There is no Trialbench user '" + username + "' in this trial"));
		if (!user.isActive()) {
			throw new org.trialbench.repository.AuthenticationException("The user '" + username + "' is deactivated");
		}
		this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
		this.blinded = AccessRules.blinded(roles);
		this.trialWide = AccessRules.trialWide(roles);
		user.getSites().forEach(site -> siteIds.add(site.getId()));
		this.watcher = new CommitWatcher(store.database(), store.user(), store.password(), lastCommit);
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
	public User user() {
		return user;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

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
		List<ObjectRow> rows = store.query(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
					+ " FROM clinical_object WHERE subject_id = ? AND deleted = FALSE")) {
				query.setString(1, subjectId);
				return visibleRows(query);
			}
		});
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
		try (ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				ObjectRow row = row(rs);
				if (visible(row.siteId(), row.revealsAllocation())) {
					rows.add(row);
				}
			}
		}
		return rows;
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
	public List<ItemValueHeader> itemValues(String siteId, String subjectId) throws StoreException {
		return store.query(connection -> siteRows(connection, siteId, subjectId).itemValues());
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
		return new JdbcTrialTransaction(this);
	}

	@Override
	public AuditTrail audit() {
		return new JdbcAuditTrail(this);
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
