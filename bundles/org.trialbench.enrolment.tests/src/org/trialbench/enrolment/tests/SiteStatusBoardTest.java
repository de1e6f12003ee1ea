package org.trialbench.enrolment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.SiteStatusBoard;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The board counts what the store holds: compared with counts taken straight from the generated trial in memory,
 * before it went into the store, for a trial-wide user and for a site-bound investigator.
 */
class SiteStatusBoardTest {
	@TempDir
	static Path directory;
	private static JdbcTrialRepository repository;
	private static DemoTrial demo;

	@BeforeAll
	static void store() throws Exception {
		demo = new DemoTrialGenerator(3, 45, 11).generate(new NullProgressMonitor());
		// counted before initialize: the store may take the objects over
		expected = new java.util.LinkedHashMap<>();
		for (Site site : demo.trial().getSites()) {
			Map<SubjectStatus, Integer> byStatus = new EnumMap<>(SubjectStatus.class);
			int[] queries = new int[2];
			for (Subject subject : site.getSubjects()) {
				byStatus.merge(subject.getStatus(), 1, Integer::sum);
				subject.eAllContents().forEachRemaining(o -> {
					if (o instanceof Query q) {
						if (q.getStatus() == QueryStatus.OPEN || q.getStatus() == QueryStatus.REOPENED) {
							queries[0]++;
						} else if (q.getStatus() == QueryStatus.ANSWERED) {
							queries[1]++;
						}
					}
				});
			}
			expected.put(site.getCode(), new Expected(byStatus, queries[0], queries[1]));
		}
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
	}

	private record Expected(Map<SubjectStatus, Integer> byStatus, int awaitingSite, int awaitingMonitor) {
	}

	private static Map<String, Expected> expected;

	@AfterAll
	static void close() {
		repository.close();
	}

	@Test
	void aTrialWideUserSeesEverySiteWithItsCounts() throws Exception {
		try (TrialSession session = repository.localSession("datamanager")) {
			SiteStatusBoard board = SiteStatusBoard.of(session, new NullProgressMonitor());
			assertEquals(List.copyOf(expected.keySet()), board.sites().stream().map(SiteStatusBoard.Row::code).toList());
			int subjects = 0;
			int awaitingSite = 0;
			for (SiteStatusBoard.Row row : board.sites()) {
				Expected e = expected.get(row.code());
				for (SubjectStatus status : SubjectStatus.values()) {
					assertEquals(e.byStatus().getOrDefault(status, 0), row.count(status), row.code() + " " + status);
				}
				assertEquals(e.awaitingSite(), row.awaitingSite(), row.code() + " queries awaiting the site");
				assertEquals(e.awaitingMonitor(), row.awaitingMonitor(), row.code() + " queries awaiting the monitor");
				subjects += row.subjects();
				awaitingSite += row.awaitingSite();
			}
			assertEquals(45, subjects, "the generator made 45 subjects over 3 sites");
			assertEquals(subjects, board.total().subjects());
			assertEquals(awaitingSite, board.total().awaitingSite());
			assertTrue(board.total().everRandomized() > 0 && board.total().everRandomized() < subjects,
					"the demo has screen failures and randomized subjects");
			assertEquals(board.sites().stream().mapToInt(SiteStatusBoard.Row::subjects).max().orElseThrow(),
					board.largestSite());
		}
	}

	@Test
	void anInvestigatorSeesOnlyTheirSite() throws Exception {
		try (TrialSession session = repository.localSession("inv02")) {
			SiteStatusBoard board = SiteStatusBoard.of(session, new NullProgressMonitor());
			assertEquals(List.of("02"), board.sites().stream().map(SiteStatusBoard.Row::code).toList());
			Expected e = expected.get("02");
			assertEquals(e.byStatus().values().stream().mapToInt(Integer::intValue).sum(), board.total().subjects());
			assertEquals(e.awaitingSite(), board.total().awaitingSite());
		}
	}
}
