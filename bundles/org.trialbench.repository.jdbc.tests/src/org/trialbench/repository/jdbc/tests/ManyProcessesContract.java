package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Several workbenches on one store: threads in this JVM and separate JVMs ({@link StoreProcess}) commit at once.
 * Run against the embedded H2 file (the other processes reach it through H2's auto-server) and a PostgreSQL
 * server.
 */
abstract class ManyProcessesContract {

	static final String S1 = RepositoryContract.S1;

	JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();

	abstract JdbcTrialRepository newStore() throws Exception;

	/** How a child process names this store: h2:FILE or pg:URL. */
	abstract String storeArgument();

	/** The commit numbers in the commit log, in order, read with the owner's SQL connection. */
	abstract List<Long> commitLog() throws Exception;

	/** Whether another connection holds uncommitted writes right now (a commit is in flight). */
	abstract boolean someoneIsWriting() throws Exception;

	@BeforeEach
	void loadSmallTrial() throws Exception {
		repository = newStore();
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void closeSessions() {
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	TrialSession session(String user) throws Exception {
		TrialSession session = StoreProcess.session(repository, user);
		sessions.add(session);
		return session;
	}

	@Test
	void threadsAndProcessesCountingOnOneValueLoseNoUpdate() throws Exception {
		int times = 6;
		// two child JVMs with two threads each, and two threads here: 6 writers on one value
		List<ChildJvm> children = new ArrayList<>();
		// this process's sessions open first: on the embedded store the first process to open the file hosts the
		// others (H2's automatic mixed mode), and a host that left before the writers finished would cut them off
		List<TrialSession> here = List.of(session("inv01"), session("inv01"));
		try {
			for (int c = 0; c < 2; c++) {
				children.add(ChildJvm.start("increment", storeArgument(), "inv01", S1, "IT.ECK.PAIN", "2",
						Integer.toString(times)));
			}
			for (ChildJvm child : children) {
				child.await("READY", 120);
			}
			ExecutorService pool = Executors.newFixedThreadPool(2);
			AtomicInteger conflicts = new AtomicInteger();
			List<Long> ours = Collections.synchronizedList(new ArrayList<>());
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				TrialSession session = here.get(t);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < times; i++) {
						ours.add((long) StoreProcess.incrementOnce(session, S1, "IT.ECK.PAIN", conflicts));
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get(3, TimeUnit.MINUTES);
			}
			pool.shutdown();
			int childConflicts = 0;
			int childCommits = 0;
			for (ChildJvm child : children) {
				assertEquals(0, child.waitFor(180), child.output());
				childCommits += (int) child.output().lines().filter(l -> l.startsWith("COMMIT ")).count();
				childConflicts += Integer.parseInt(child.await("CONFLICTS", 1).substring("CONFLICTS ".length()));
			}
			int writers = 6;
			assertEquals(2 * times, ours.size());
			assertEquals(4 * times, childCommits);
			// the item started at 0; every successful commit added exactly one
			String stored = RepositoryContract.value(session("admin").subject(S1).orElseThrow(), "IT.ECK.PAIN").getValue();
			assertEquals(Integer.toString(writers * times), stored, "no update was lost");
			assertTrue(conflicts.get() + childConflicts > 0, "six writers on one value met conflicts and retried");
			System.out.printf("%s: %d commits by 6 writers in 3 JVMs, %d conflicts refused and retried%n",
					repository.description().kind(), writers * times, conflicts.get() + childConflicts);
			assertEquals(LongStream.rangeClosed(1, 1 + writers * times).boxed().toList(), commitLog(),
					"the initial load and every commit, numbered without gaps");
			AuditVerification audit = repository.verifyAudit(new NullProgressMonitor());
			assertTrue(audit.intact(), audit.problem());
		} finally {
			for (ChildJvm child : children) {
				child.close();
			}
		}
	}

	@Test
	void aWorkbenchKilledInTheMiddleOfABigCommitLeavesNothingBehind() throws Exception {
		try (ChildJvm child = ChildJvm.start("big", storeArgument(), "inv01", "01", "4000")) {
			child.await("COMMITTING", 120);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (!someoneIsWriting()) {
				assertFalse(child.output().contains("COMMITTED"), "the commit ended before it could be interrupted");
				assertTrue(System.nanoTime() < deadline, "the child never started writing:\n" + child.output());
				Thread.sleep(20);
			}
			child.kill(); // kill -9 while rows and audit entries of the commit are written
			assertFalse(child.output().contains("COMMITTED"), child.output());
		}
		TrialSession admin = session("admin");
		assertEquals(6, admin.countSubjects(SubjectFilter.all()), "no subject of the interrupted commit");
		assertEquals(List.of(1L), commitLog(), "only the initial load is in the commit log");
		AuditVerification audit = repository.verifyAudit(new NullProgressMonitor());
		assertTrue(audit.intact(), audit.problem());
		try (TrialTransaction tx = session("inv01").begin()) {
			RepositoryContract.value(tx.editSubject(S1), "IT.ECK.DYSPHAGIA").setValue("2");
			assertEquals(2L, tx.commit("the store takes commits again").commitId());
		}
	}

	@Test
	void aCommitInAnotherProcessReachesThisWorkbenchWithinAboutASecond() throws Exception {
		TrialSession watcher = session("admin");
		BlockingQueue<CommitInfo> heard = new LinkedBlockingQueue<>();
		watcher.addListener((commit, subjects) -> heard.add(commit));
		try (ChildJvm child = ChildJvm.start("increment", storeArgument(), "inv01", S1, "IT.ECK.PAIN", "1", "1")) {
			String line = child.await("COMMIT ", 120);
			long committed = System.nanoTime();
			CommitInfo commit = heard.poll(10, TimeUnit.SECONDS);
			long millis = (System.nanoTime() - committed) / 1_000_000;
			assertNotNull(commit, "the commit of the other process was heard");
			assertEquals(Long.parseLong(line.substring("COMMIT ".length())), commit.commitId());
			assertEquals("inv01", commit.username());
			System.out.printf("%s: a commit in another process was heard after %d ms%n",
					repository.description().kind(), millis);
			assertTrue(millis < 1500, "heard after " + millis + " ms");
			assertEquals(0, child.waitFor(60), child.output());
		}
	}
}
