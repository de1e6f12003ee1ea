package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The embedded store on a really full disk: a 4 MB tmpfs mounted for the test (needs root, as on the CI
 * machine; elsewhere the test is skipped and says why). Commits go on until the disk is full; the one refused
 * says so clearly, and after space is freed the store opens with every commit that had succeeded.
 */
class DiskFullTest {

	@TempDir
	Path directory;
	private Path mount;

	@AfterEach
	void unmount() throws Exception {
		if (mount != null) {
			run("umount", "-l", mount.toString());
		}
	}

	private static boolean run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
	}

	@Test
	void aFullDiskRefusesTheCommitClearlyAndKeepsEverythingCommittedBefore() throws Exception {
		assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tiny file system needs root");
		Path target = Files.createDirectories(directory.resolve("tiny"));
		assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", target.toString()),
				"this machine does not allow mounting a tmpfs");
		mount = target;
		Path file = mount.resolve("store");
		JdbcTrialRepository repository = JdbcTrialRepository.embedded(file);
		SmallTrial small = new SmallTrial();
		repository.initialize(small.trial, small.credentials(), "test trial", new NullProgressMonitor());

		int committedSubjects = 0;
		StoreException full = null;
		try (TrialSession session = repository.localSession("inv01")) {
			Site munich = session.trial().getSites().get(0);
			for (int batch = 0; batch < 200 && full == null; batch++) {
				try (TrialTransaction tx = session.begin()) {
					for (int n = 0; n < 100; n++) {
						Subject subject = ClinicalFactory.eINSTANCE.createSubject();
						subject.setScreeningNumber("FULL-" + batch + "-" + n);
						subject.setStatus(SubjectStatus.SCREENING);
						subject.setConsentVersion("X".repeat(400)); // bulk, so that 4 MB fill in a few commits
						tx.addSubject(munich, subject);
					}
					tx.commit("screening batch " + batch);
					committedSubjects += 100;
				} catch (StoreException e) {
					full = e;
				}
			}
		} catch (StoreException e) {
			full = full == null ? e : full; // closing a store that could not write may fail as well
		}
		assertNotNull(full, "4 MB filled up");
		assertTrue(full.getMessage().contains("no disk space left") && full.getMessage().contains("nothing of this change"),
				full.getMessage());
		assertTrue(committedSubjects > 0, "some commits fitted before the disk was full");

		// an administrator frees space: a larger file system, the same store file
		run("mount", "-o", "remount,size=64m", mount.toString());
		JdbcTrialRepository reopened = JdbcTrialRepository.embedded(file);
		try (TrialSession session = reopened.localSession("admin")) {
			assertEquals(6 + committedSubjects, session.countSubjects(SubjectFilter.all()),
					"every subject committed before the disk filled up is there, none of the refused commit");
		}
		AuditVerification audit = reopened.verifyAudit(new NullProgressMonitor());
		assertTrue(audit.intact(), audit.problem());
		System.out.printf("full disk after %d committed subjects: %s%n", committedSubjects, full.getMessage());
		List.of(reopened, repository).forEach(JdbcTrialRepository::close);
	}
}
