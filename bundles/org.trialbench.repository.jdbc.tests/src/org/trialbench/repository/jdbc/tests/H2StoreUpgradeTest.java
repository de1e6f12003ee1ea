package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.demo.DemoJourneys;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.internal.Database;
import org.trialbench.repository.jdbc.local.EmbeddedPostgres;

/**
 * An embedded store of the H2 kind, opened through the settings, is upgraded to embedded PostgreSQL with every
 * user's view of it, the audit trail with its hashes, the data lock and the passwords as they were; the H2 file is
 * kept under another name. A copy that fails leaves the H2 file as the store and no cluster, and the next open
 * upgrades it.
 */
class H2StoreUpgradeTest {

	/** Who reads the store: trial-wide, unblinded by the lock, site-bound, independent, the statistician. */
	private static final List<String> READERS = List.of("admin", "datamanager", "statistician", "safety",
			"adjudicator1", "committee1", "monitor1", "pi01", "inv02");

	@TempDir
	Path home;

	private static TrialRepository open(Path store) throws StoreException {
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		return new JdbcRepositoryProvider().open(settings, new NullProgressMonitor());
	}

	/** The demo trial in an H2 store, as an earlier Trialbench left it: sealed list, a data lock, signed forms. */
	private static void demoInH2(Path store, int subjects) throws Exception {
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store)) {
			DemoTrial demo = new DemoTrialGenerator(3, subjects, 2026).generate(new NullProgressMonitor());
			h2.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			DemoJourneys.prepare(h2, 2026, new PrintStream(OutputStream.nullOutputStream()));
		}
	}

	@Test
	void anH2StoreIsUpgradedWithEveryonesViewTheTrailTheLockAndThePasswords() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		demoInH2(store, 90);
		String[] candidate = randomizable(store);
		Map<String, List<String>> before;
		List<AuditEntry> trailBefore;
		List<DataLock> locksBefore;
		AuditVerification chainBefore;
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store)) {
			before = views(h2);
			try (TrialSession admin = h2.localSession("admin")) {
				trailBefore = admin.audit().latest(Integer.MAX_VALUE);
				locksBefore = admin.dataLocks();
			}
			chainBefore = h2.verifyAudit(new NullProgressMonitor());
		}
		assertTrue(chainBefore.intact(), chainBefore.problem());
		assertEquals(1, locksBefore.size(), "the demo locked the data once");
		assertTrue(trailBefore.size() > 1000, "a trail worth copying: " + trailBefore.size());

		Path h2File = store.resolveSibling("trialbench.mv.db");
		// a copy of the H2 store says which slot the next randomization takes there
		Path control = home.resolve("control").resolve("trialbench");
		Files.createDirectories(control.getParent());
		Files.copy(h2File, control.resolveSibling("trialbench.mv.db"));
		String numberOnH2;
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(control);
				TrialSession pi = h2.localSession(candidate[0])) {
			numberOnH2 = pi.allocations().randomize(candidate[1], "randomized on H2").getRandomizationNumber();
		}
		List<String> lastView;
		try (TrialRepository upgraded = open(store)) {
			String url = ((JdbcTrialRepository) upgraded).jdbcUrl();
			assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:"), url);
			assertEquals(store.toAbsolutePath().toString(), upgraded.description().location());
			assertFalse(Files.exists(h2File), "the H2 file is no longer the store");
			assertEquals(1, kept(store).size(), "the H2 file is kept under another name: " + kept(store));
			assertTrue(Files.exists(store.resolve(EmbeddedPostgres.FOLDER).resolve("initialized")));

			assertEquals(before, views(upgraded), "every user reads what they read before, live and locked");
			try (TrialSession admin = upgraded.localSession("admin")) {
				assertEquals(trailBefore, admin.audit().latest(Integer.MAX_VALUE),
						"every audit entry with its hash unchanged");
				assertEquals(locksBefore, admin.dataLocks());
			}
			AuditVerification chain = upgraded.verifyAudit(new NullProgressMonitor());
			assertTrue(chain.intact(), chain.problem());
			assertEquals(chainBefore.entriesChecked(), chain.entriesChecked());
			assertTrue(upgraded.verifyAudit(new NullProgressMonitor(),
					upgraded.lockAnchor(locksBefore.get(0).id())).intact(), "the lock still anchors the chain");

			// the password carried over: a site-bound investigator logs in with it and sees only the own site
			List<String> ownSites;
			try (TrialSession pi = upgraded.login("pi01", DemoUsers.PASSWORD.toCharArray())) {
				assertEquals(before.get("pi01"), view(pi));
				ownSites = pi.visibleSites().stream().map(site -> site.getId()).sorted().toList();
			}
			assertEquals(1, ownSites.size());
			assertThrows(AuthenticationException.class, () -> upgraded.login("pi01", "wrong".toCharArray()));
			try (Connection own = Database.server(url).connect("pi01", DemoUsers.PASSWORD.toCharArray())) {
				assertEquals(ownSites, column(own, "SELECT DISTINCT site_id FROM clinical_object "
						+ "WHERE object_type = 'Subject' ORDER BY 1"), "plain SQL with the own password: own site only");
				assertEquals(List.of("0"), column(own, "SELECT count(*) FROM clinical_object WHERE site_id <> '"
						+ ownSites.get(0) + "'"));
				assertThrows(SQLException.class, () -> column(own, "SELECT count(*) FROM randomization_slot"),
						"the concealed list stays the statistician's");
			}
			try (Connection statistician = Database.server(url).connect("statistician",
					DemoUsers.PASSWORD.toCharArray())) {
				assertFalse(column(statistician, "SELECT count(*) FROM randomization_slot").equals(List.of("0")));
			}
			// the store goes on: the next randomization takes the slot it took on H2, and the chain continues
			try (TrialSession pi = upgraded.localSession(candidate[0])) {
				assertEquals(numberOnH2, pi.allocations().randomize(candidate[1], "randomized after the upgrade")
						.getRandomizationNumber());
			}
			AuditVerification after = upgraded.verifyAudit(new NullProgressMonitor());
			assertTrue(after.intact(), after.problem());
			assertTrue(after.entriesChecked() > chain.entriesChecked());
			// the subjects' records (schema 20), which the copy did not write, were built from the copied objects:
			// a lock made now reads for every reader as the live data does
			String newLock;
			try (TrialSession dm = upgraded.localSession("datamanager")) {
				newLock = dm.lockData("lock after the upgrade").id();
			}
			for (String user : READERS) {
				try (TrialSession session = upgraded.localSession(user)) {
					List<String> live = new ArrayList<>();
					session.readSubjects(null, subject -> live.add(text(subject)), new NullProgressMonitor());
					List<String> locked = new ArrayList<>();
					session.readSubjects(newLock, subject -> locked.add(text(subject)), new NullProgressMonitor());
					assertTrue(live.size() > 0, user);
					assertEquals(live, locked, user + " reads the new lock as the live data");
				}
			}
			try (TrialSession dm = upgraded.localSession("datamanager")) {
				lastView = view(dm);
			}
		}
		// opened again: nothing is upgraded twice, the data is there
		try (TrialRepository again = open(store); TrialSession dm = again.localSession("datamanager")) {
			assertEquals(lastView, view(dm));
			assertEquals(1, kept(store).size());
		}
	}

	@Test
	void aCopyThatFailsLeavesTheH2StoreAndNoClusterAndTheNextOpenUpgrades() throws Exception {
		Path store = home.resolve("store").resolve("trialbench");
		SmallTrial small = new SmallTrial();
		String url;
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store)) {
			h2.initialize(small.trial, small.credentials(), "an H2 store of an earlier version",
					new NullProgressMonitor());
			url = h2.jdbcUrl();
		}
		// a row PostgreSQL refuses (a NUL character in text), copied after the users and before the trail
		execute(url, "INSERT INTO clinical_object (id, object_type, ordinal, reveals_allocation, state, last_commit) "
				+ "VALUES ('broken', 'Note', 0, FALSE, 'text=a' || CHAR(0) || 'b', 1)");
		Path h2File = store.resolveSibling("trialbench.mv.db");
		StoreException failed = assertThrows(StoreException.class, () -> open(store));
		assertTrue(failed.getMessage().contains("left as it was") && failed.getMessage().contains("0x00"),
				failed.getMessage());
		assertTrue(Files.exists(h2File), "the H2 file is still the store");
		assertEquals(List.of(), kept(store));
		assertFalse(Files.exists(store), "no cluster is left");
		assertFalse(Files.exists(store.resolveSibling("trialbench.upgrading")), "no half-made cluster is left");
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store); TrialSession dm = h2.localSession("dm")) {
			assertEquals(6, dm.countSubjects(org.trialbench.repository.SubjectFilter.all()), "its data is all there");
		}

		execute(url, "DELETE FROM clinical_object WHERE id = 'broken'");
		try (TrialRepository upgraded = open(store); TrialSession inv = upgraded.login("inv02",
				"secret-inv02".toCharArray())) {
			assertTrue(((JdbcTrialRepository) upgraded).jdbcUrl().startsWith("jdbc:postgresql:"));
			assertEquals(3, inv.countSubjects(org.trialbench.repository.SubjectFilter.all()));
			assertFalse(Files.exists(h2File));
			assertEquals(1, kept(store).size());
		}
	}

	/**
	 * How long the upgrade takes for a demo trial of the size {@code TRIALBENCH_UPGRADE_SUBJECTS} names (8 sites),
	 * for BENCHMARKS.md; the H2 store is made first, which takes much longer.
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = "TRIALBENCH_UPGRADE_SUBJECTS", matches = "[0-9]+")
	void upgradeTime() throws Exception {
		int subjects = Integer.parseInt(System.getenv("TRIALBENCH_UPGRADE_SUBJECTS"));
		Path store = home.resolve("bench").resolve("trialbench");
		long start = System.nanoTime();
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store)) {
			DemoTrial demo = new DemoTrialGenerator(8, subjects, 2026).generate(new NullProgressMonitor());
			h2.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			DemoJourneys.prepare(h2, 2026, new PrintStream(OutputStream.nullOutputStream()));
		}
		long made = System.nanoTime();
		long bytes = Files.size(store.resolveSibling("trialbench.mv.db"));
		try (TrialRepository upgraded = open(store)) {
			long done = System.nanoTime();
			assertTrue(upgraded.verifyAudit(new NullProgressMonitor()).intact());
			System.out.printf("UPGRADE %d subjects: H2 store made in %.1f s (%d MB); upgraded on open in %.1f s%n",
					subjects, (made - start) / 1e9, bytes >> 20, (done - made) / 1e9);
		}
	}

	/** An investigator of site 01 screens a new subject on the H2 store (a commit of its own); returns its id. */
	private static String[] randomizable(Path store) throws Exception {
		try (JdbcTrialRepository h2 = JdbcTrialRepository.embedded(store); TrialSession pi = h2.localSession("pi01");
				TrialTransaction transaction = pi.begin()) {
			Site site = pi.visibleSites().get(0);
			Subject subject = ClinicalFactory.eINSTANCE.createSubject();
			subject.setScreeningNumber(site.getCode() + "-4999");
			subject.setStatus(SubjectStatus.SCREENING);
			subject.setConsentDate(java.time.LocalDate.of(2026, 10, 1));
			subject.setStratum(pi.protocol().getStratificationFactors().get(0).getStrata().get(0));
			transaction.addSubject(site, subject);
			transaction.commit("screened before the upgrade");
			return new String[] { "pi01", subject.getId() };
		}
	}

	private static List<Path> kept(Path store) throws Exception {
		try (Stream<Path> files = Files.list(store.getParent())) {
			return files.filter(p -> p.getFileName().toString().startsWith("trialbench.mv.db.upgraded-")).toList();
		}
	}

	/** What each reader sees: every subject's whole record, live and as frozen by each lock. */
	private static Map<String, List<String>> views(TrialRepository repository) throws Exception {
		Map<String, List<String>> views = new LinkedHashMap<>();
		for (String user : READERS) {
			try (TrialSession session = repository.localSession(user)) {
				views.put(user, view(session));
			}
		}
		return views;
	}

	private static List<String> view(TrialSession session) throws Exception {
		List<String> records = new ArrayList<>();
		session.readSubjects(null, subject -> records.add(text(subject)), new NullProgressMonitor());
		for (DataLock lock : session.dataLocks()) {
			records.add("lock " + lock.id());
			session.readSubjects(lock.id(), subject -> records.add(text(subject)), new NullProgressMonitor());
		}
		return records;
	}

	/** An object and everything it contains, every attribute, references by the target's id or OID. */
	private static String text(EObject root) {
		StringBuilder text = new StringBuilder();
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		root.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			text.append(object.eClass().getName()).append('{');
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature instanceof EReference reference && reference.isContainment()) {
					continue;
				}
				Object value = object.eGet(feature);
				text.append(feature.getName()).append('=');
				if (feature instanceof EAttribute) {
					text.append(value);
				} else if (value instanceof List<?> targets) {
					targets.forEach(t -> text.append(key((EObject) t)).append(','));
				} else {
					text.append(value == null ? null : key((EObject) value));
				}
				text.append(';');
			}
			text.append("}\n");
		}
		return text.toString();
	}

	private static String key(EObject target) {
		for (String name : List.of("id", "oid")) {
			EStructuralFeature feature = target.eClass().getEStructuralFeature(name);
			if (feature != null) {
				return String.valueOf(target.eGet(feature));
			}
		}
		return target.eClass().getName();
	}

	private static List<String> column(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		} finally {
			connection.rollback();
		}
		return values;
	}

	private static void execute(String h2Url, String sql) throws SQLException {
		Properties account = new Properties();
		account.setProperty("user", "trialbench");
		account.setProperty("password", "");
		try (Connection connection = new org.h2.Driver().connect(h2Url, account);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}
}
