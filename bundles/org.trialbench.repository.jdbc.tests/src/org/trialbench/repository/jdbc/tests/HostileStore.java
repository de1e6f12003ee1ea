package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.internal.StateText;

/**
 * One server store prepared for the hostile-client suite: the {@link SmallTrial} plus a principal investigator of
 * site 01, a user who is deactivated while a connection of theirs stays open, a query, a query message and a
 * signature under the arm-specific POEM form of subject 01-0001, an adjudication case with a review at each site,
 * a randomization list with one slot used, a screened subject not yet randomized, a commit that touches only
 * arm-specific data (its reason names the arm) and one that touches only site 02; optionally a data lock. After
 * the preparation the statistics are analysed (as autovacuum would) and the owner takes a snapshot of every
 * clinical object, so that the suite can check at the end that nothing changed without an audit entry.
 */
final class HostileStore implements AutoCloseable {

	static final String TRIAL = "trial-small";
	static final String S1 = "subject-01-0001";
	static final String S2 = "subject-02-0001";
	static final String CASE_01 = "case-01-0001";
	static final String CASE_02 = "case-02-0001";
	static final String REVIEW_01 = "review-01-0001";
	static final String REVIEW_02 = "review-02-0001";
	static final String ARM_QUERY = "query-under-poem";
	static final String ARM_MESSAGE = "message-under-poem";
	static final String ARM_SIGNATURE = "signature-under-poem";
	static final String LEAVER = "leaver";
	/** The reason of the commit that touched only the POEM form: it reveals the arm by itself. */
	static final String ARM_REASON = "POEM myotomy length corrected from the procedure report";
	static final String SITE_02_REASON = "Vienna only: source says daily dysphagia";
	/** Stratum of the screened subject; it has many slots, so that attacks that burn slots never exhaust it. */
	static final String ATTACK_STRATUM = "JH";

	final String url;
	final boolean locked;
	final JdbcTrialRepository repository;
	/** Screened at site 01, stratum JH, not randomized. */
	String screenedSubject;
	/** Randomized at site 01 through a slot of stratum DES. */
	String randomizedSubject;
	/** A connection of {@link #LEAVER}, opened while the user was active and kept open after the deactivation. */
	Connection leaverConnection;
	/** The clinical objects as the owner saw them after the preparation, and the last commit then. */
	Map<String, Row> snapshot;
	long snapshotCommit;

	private final List<TrialSession> sessions = new ArrayList<>();

	/** A clinical_object (or locked_object) row as the owner sees it. */
	record Row(String id, String type, String parentId, String container, int ordinal, String subjectId,
			String siteId, boolean reveals, boolean deleted, long lastCommit, String state) {
		Map<String, String> features() {
			return StateText.decode(state);
		}

		String feature(String name) {
			return StateText.value(state, name);
		}
	}

	/** An audit entry as the owner sees it. */
	record Entry(long sequence, long commitId, String objectId, String objectType, String subjectId, String siteId,
			boolean reveals) {
	}

	private HostileStore(String url, boolean locked, JdbcTrialRepository repository) {
		this.url = url;
		this.locked = locked;
		this.repository = repository;
	}

	static HostileStore prepare(PostgresServer server, String name, boolean lock) throws Exception {
		try (Connection admin = owner(server.jdbcUrl()); Statement ddl = admin.createStatement()) {
			admin.setAutoCommit(true);
			ddl.execute("CREATE DATABASE " + name);
		}
		String url = server.jdbcUrl().replace("/trial", "/" + name);
		JdbcTrialRepository repository = JdbcTrialRepository.server(url, PostgresServer.OWNER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
		repository.initializeServer();
		HostileStore store = new HostileStore(url, lock, repository);
		store.load(lock);
		return store;
	}

	static Connection owner(String jdbcUrl) throws SQLException {
		return Database.server(jdbcUrl).connect(PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD.toCharArray());
	}

	Connection owner() throws SQLException {
		return owner(url);
	}

	/** The cluster's superuser: only it reads pg_authid (the store's owner is no superuser). */
	Connection superuser() throws SQLException {
		return Database.server(url).connect(org.trialbench.repository.jdbc.local.LocalPostgres.SUPERUSER,
				PostgresServer.OWNER_PASSWORD.toCharArray());
	}

	Connection connect(String username) throws SQLException {
		return Database.server(url).connect(username, ("secret-" + username).toCharArray());
	}

	TrialSession login(String username) throws Exception {
		TrialSession session = repository.login(username, ("secret-" + username).toCharArray());
		sessions.add(session);
		return session;
	}

	private void load(boolean lock) throws Exception {
		SmallTrial small = new SmallTrial();
		ClinicalFactory clinical = ClinicalFactory.eINSTANCE;
		Site munich = small.trial.getSites().stream().filter(s -> s.getCode().equals("01")).findFirst().orElseThrow();
		User pi = user(small, "pi01", Role.INVESTIGATOR, munich);
		munich.setPrincipalInvestigator(pi);
		user(small, LEAVER, Role.INVESTIGATOR, munich);
		User monitor = small.trial.getUsers().stream().filter(u -> u.getUsername().equals("mon01")).findFirst()
				.orElseThrow();

		// a query with a message on the arm-revealing value and a signature on the arm-specific form
		Subject first = small.subjects.get("01-0001");
		FormRecord poem = first.getVisits().get(0).getForms().stream()
				.filter(f -> f.getDefinition().getOid().equals("F.POEM")).findFirst().orElseThrow();
		ItemValue length = poem.getItemValues().get(0);
		Query query = clinical.createQuery();
		query.setId(ARM_QUERY);
		query.setStatus(QueryStatus.OPEN);
		query.setRaisedBy(monitor);
		query.setRaisedAt(Instant.parse("2026-05-10T08:00:00Z"));
		query.setField("value");
		QueryMessage message = clinical.createQueryMessage();
		message.setId(ARM_MESSAGE);
		message.setAuthor(monitor);
		message.setAt(Instant.parse("2026-05-10T08:00:00Z"));
		message.setKind(QueryMessageKind.RAISE);
		message.setText("Myotomy length 12.5 cm: please confirm from the POEM procedure report");
		query.getMessages().add(message);
		length.getQueries().add(query);

		// an adjudication case at each site
		Endpoint primary = ProtocolFactory.eINSTANCE.createEndpoint();
		primary.setOid("EP.PRIMARY");
		primary.setName("Treatment success");
		small.study.getEndpoints().add(primary);
		for (String number : List.of("01-0001", "02-0001")) {
			AdjudicationCase open = clinical.createAdjudicationCase();
			open.setId("case-" + number);
			open.setSubject(small.subjects.get(number));
			open.setEndpoint(primary);
			open.setStatus(AdjudicationStatus.PENDING);
			open.setCreatedAt(Instant.parse("2026-06-01T08:00:00Z"));
			small.trial.getAdjudicationCases().add(open);
		}

		Map<String, char[]> passwords = new HashMap<>();
		for (User user : small.trial.getUsers()) {
			passwords.put(user.getUsername(), ("secret-" + user.getUsername()).toCharArray());
		}
		repository.initialize(small.trial, new InitialCredentials(passwords), "hostile-client suite",
				new NullProgressMonitor());

		// the randomization list: DES for the subject randomized here, JH (long) for the screened one
		List<RandomizationSlot> slots = new ArrayList<>();
		String[] des = { "BTX", "POEM", "POEM", "BTX" };
		for (int i = 0; i < des.length; i++) {
			slots.add(new RandomizationSlot("DES", i + 1, 1, des.length, des[i], null, null, null));
		}
		for (int i = 0; i < 400; i++) {
			slots.add(new RandomizationSlot(ATTACK_STRATUM, i + 1, i / 4 + 1, 4, i % 4 < 2 ? "POEM" : "BTX", null,
					null, null));
		}
		login("stat").allocations().storeList(new RandomizationList(42, null, Instant.parse("2026-01-10T09:00:00Z"),
				"test", slots), "list for the hostile-client suite");
		TrialSession investigator = login("inv01");
		randomizedSubject = screen(investigator, "01-0401", "DES");
		investigator.allocations().randomize(randomizedSubject, "randomized");
		screenedSubject = screen(investigator, "01-0402", ATTACK_STRATUM);

		// the (only) adjudicator reviews both cases; a wrong password at signing leaves an entry in the security log
		TrialSession adjudicator = login("adj");
		review(adjudicator, CASE_01, REVIEW_01);
		review(adjudicator, CASE_02, REVIEW_02);
		assertThrows(AuthenticationException.class, () -> adjudicator.confirmPassword("guess".toCharArray(), CASE_01));

		try (TrialTransaction tx = investigator.begin()) {
			RepositoryContract.value(tx.editSubject(S1), "IT.POEM.LENGTH").setValue("13.0");
			tx.commit(ARM_REASON);
		}
		// then the principal investigator signs the POEM form (schema 17: nothing under it changes afterwards until
		// the signature is withdrawn)
		TrialSession principal = login("pi01");
		try (TrialTransaction tx = principal.begin()) {
			FormRecord signed = tx.editSubject(S1).getVisits().get(0).getForms().stream()
					.filter(f -> f.getDefinition().getOid().equals("F.POEM")).findFirst().orElseThrow();
			Signature signature = clinical.createSignature();
			signature.setId(ARM_SIGNATURE);
			signature.setSigner(principal.user());
			signature.setSignerName(principal.user().getFullName());
			signature.setMeaning(SignatureMeaning.APPROVAL);
			signature.setSignedAt(Instant.parse("2026-05-11T08:00:00Z"));
			signature.setRecordHash("0".repeat(64));
			signed.setSignature(signature);
			signed.setStatus(org.trialbench.clinical.FormStatus.SIGNED);
			tx.commit("POEM procedure form signed");
		}
		try (TrialTransaction tx = login("inv02").begin()) {
			RepositoryContract.value(tx.editSubject(S2), "IT.ECK.DYSPHAGIA").setValue("2");
			tx.commit(SITE_02_REASON);
		}
		if (lock) {
			login("dm").lockData("database lock for the hostile-client suite");
			// the same lock also as schema 15 stored it (one locked_object row per object; a store migrated to
			// schema 16 keeps those rows), so that the suite attacks both forms of a lock
			try (Connection owner = owner(); Statement copy = owner.createStatement()) {
				copy.executeUpdate("INSERT INTO locked_object (lock_id, id, object_type, parent_id, container_feature, "
						+ "ordinal, subject_id, site_id, reveals_allocation, state, sealed_case, sealed_owner) "
						+ "SELECT l.lock_id, e->>0, e->>1, e->>2, e->>3, (e->>4)::int, l.subject_id, l.site_id, "
						+ "l.reveals_allocation, e->>5, l.sealed_case, l.sealed_owner "
						+ "FROM locked_subject l, json_array_elements(l.objects::json) e");
				owner.commit();
			}
			try (TrialTransaction tx = investigator.begin()) {
				RepositoryContract.value(tx.editSubject(S1), "IT.ECK.PAIN").setValue("1");
				tx.commit("after the lock");
			}
		}

		leaverConnection = connect(LEAVER);
		try (Statement statement = leaverConnection.createStatement()) {
			statement.execute("SELECT 1");
		}
		leaverConnection.commit();
		TrialSession admin = login("admin");
		try (TrialTransaction tx = admin.begin()) {
			tx.editUser(LEAVER).setActive(false);
			tx.commit("left the trial");
		}
		sessions.forEach(TrialSession::close);
		sessions.clear();

		try (Connection owner = owner(); Statement statement = owner.createStatement()) {
			owner.setAutoCommit(true);
			statement.execute("ANALYZE");
		}
		snapshot = rows("clinical_object");
		snapshotCommit = lastCommit();
	}

	private static User user(SmallTrial small, String username, Role role, Site site) {
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setId("user-" + username);
		user.setUsername(username);
		user.setFullName("Dr. " + username);
		user.getRoles().add(role);
		user.setActive(true);
		user.getSites().add(site);
		small.trial.getUsers().add(user);
		return user;
	}

	private static String screen(TrialSession investigator, String number, String stratumCode) throws Exception {
		Site munich = investigator.trial().getSites().stream().filter(s -> s.getCode().equals("01")).findFirst()
				.orElseThrow();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = ClinicalFactory.eINSTANCE.createSubject();
			subject.setScreeningNumber(number);
			subject.setStatus(SubjectStatus.SCREENING);
			subject.setConsentDate(LocalDate.of(2026, 3, 1));
			subject.setStratum(investigator.protocol().getStratificationFactors().get(0).getStrata().stream()
					.filter(s -> s.getCode().equals(stratumCode)).findFirst().orElseThrow());
			transaction.addSubject(munich, subject);
			transaction.commit("screening");
			return subject.getId();
		}
	}

	private static void review(TrialSession session, String caseId, String reviewId) throws Exception {
		try (TrialTransaction tx = session.begin()) {
			AdjudicationCase judged = tx.editCase(caseId);
			AdjudicationReview review = ClinicalFactory.eINSTANCE.createAdjudicationReview();
			review.setId(reviewId);
			review.setAdjudicator(session.user());
			review.setRound(1);
			review.setDecision(AdjudicationDecision.ENDPOINT_MET);
			review.setRationale("Eckardt 2 at the visit");
			review.setSubmittedAt(Instant.parse("2026-06-02T09:00:00Z"));
			Signature signature = ClinicalFactory.eINSTANCE.createSignature();
			signature.setId(reviewId + "-signature");
			signature.setSigner(session.user());
			signature.setSignerName(session.user().getFullName());
			signature.setMeaning(SignatureMeaning.AUTHORSHIP);
			signature.setSignedAt(review.getSubmittedAt());
			signature.setRecordHash("0".repeat(64));
			review.setSignature(signature);
			judged.getReviews().add(review);
			tx.commit("adjudication decision signed");
		}
	}

	/**
	 * Every row of clinical_object or locked_object (then keyed by lock id and id), or every object of the compact
	 * lock records in locked_subject (keyed the same), as the owner sees them.
	 */
	Map<String, Row> rows(String table) throws SQLException {
		Map<String, Row> rows = new LinkedHashMap<>();
		boolean live = table.equals("clinical_object");
		String sql = table.equals("locked_subject")
				? "SELECT e->>0, e->>1, e->>2, e->>3, (e->>4)::int, l.subject_id, l.site_id, l.reveals_allocation, "
						+ "FALSE, 0, e->>5, l.lock_id FROM locked_subject l, json_array_elements(l.objects::json) e"
				: "SELECT id, object_type, parent_id, container_feature, ordinal, subject_id, site_id, "
						+ "reveals_allocation, " + (live ? "deleted, last_commit" : "FALSE, 0") + ", state"
						+ (live ? "" : ", lock_id") + " FROM " + table;
		try (Connection owner = owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
						rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getLong(10),
						rs.getString(11));
				rows.put(live ? row.id() : rs.getString(12) + "/" + row.id(), row);
			}
		}
		return rows;
	}

	List<Entry> auditEntries() throws SQLException {
		List<Entry> entries = new ArrayList<>();
		try (Connection owner = owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery("SELECT sequence, commit_id, object_id, object_type, subject_id, "
						+ "site_id, reveals_allocation FROM audit_entry ORDER BY sequence")) {
			while (rs.next()) {
				entries.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getBoolean(7)));
			}
		}
		return entries;
	}

	long lastCommit() throws SQLException {
		try (Connection owner = owner(); Statement statement = owner.createStatement();
				ResultSet rs = statement.executeQuery("SELECT last_commit FROM audit_head WHERE id = 1")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Where an object belongs for access control, whatever its own columns say: its site (an adjudication case:
	 * its subject's site; anything else without a site: its container's) and whether it or anything it hangs
	 * under reveals the allocation. A query, message or signature under an arm-specific record is as secret as it.
	 */
	static Placement placement(Map<String, Row> rows, String id) {
		Row row = rows.get(id);
		if (row == null) {
			return null;
		}
		String site = row.siteId();
		boolean reveals = row.reveals();
		Row at = row;
		for (int depth = 0; depth < 50 && at != null; depth++) {
			if (site == null && at.siteId() != null) {
				site = at.siteId();
			}
			if (site == null && at.type().equals("AdjudicationCase")) {
				Row subject = rows.get(at.feature("subject"));
				site = subject == null ? null : subject.siteId();
			}
			reveals |= at.reveals();
			at = at.parentId() == null ? null : rows.get(at.parentId());
		}
		return new Placement(site, reveals);
	}

	record Placement(String site, boolean reveals) {
	}

	/** A clinical object as it is stored now (attacks before may have changed it). */
	Row current(String id) throws SQLException {
		Row row = rows("clinical_object").get(id);
		if (row == null) {
			throw new IllegalStateException("no clinical object " + id);
		}
		return row;
	}

	/** The id of a subject's item value of the given item. */
	String valueId(String subjectId, String itemOid) {
		return snapshot.values().stream().filter(r -> r.type().equals("ItemValue") && subjectId.equals(r.subjectId())
				&& itemOid.equals(r.feature("definition"))).findFirst().orElseThrow().id();
	}

	/** The id of a subject's form record of the given definition. */
	String formId(String subjectId, String formOid) {
		return snapshot.values().stream().filter(r -> r.type().equals("FormRecord") && subjectId.equals(r.subjectId())
				&& formOid.equals(r.feature("definition"))).findFirst().orElseThrow().id();
	}

	String allocationId(String subjectId) {
		return snapshot.values().stream().filter(r -> r.type().equals("Allocation") && subjectId.equals(r.subjectId()))
				.findFirst().orElseThrow().id();
	}

	@Override
	public void close() throws SQLException {
		sessions.forEach(TrialSession::close);
		try {
			if (leaverConnection != null) {
				leaverConnection.close();
			}
		} finally {
			repository.close();
		}
	}
}
