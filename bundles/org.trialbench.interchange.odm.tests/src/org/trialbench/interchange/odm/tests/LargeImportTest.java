package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.internal.Describe;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * An import of more subjects than the import keeps in memory at once ({@link OdmImport#FLUSH_EVERY}): it is still one
 * audited commit with an intact hash chain, and a cancel or a failure after several flushes leaves the store as it
 * was.
 */
class LargeImportTest {
	static final int SUBJECTS = 2 * OdmImport.FLUSH_EVERY + 50;

	@TempDir
	static Path directory;
	static DemoTrial demo;
	static byte[] file;

	@BeforeAll
	static void export() throws Exception {
		demo = Stores.demo(3, SUBJECTS);
		try (JdbcTrialRepository source = Stores.filled(directory.resolve("source"), demo);
				TrialSession admin = source.localSession("admin")) {
			assertEquals(SUBJECTS, admin.countSubjects(SubjectFilter.all()));
			file = Stores.export(admin, OdmExportOptions.full());
		}
	}

	@Test
	void moreSubjectsThanAFlushHoldsComeBackEqualInOneCommit() throws Exception {
		try (JdbcTrialRepository source = JdbcTrialRepository.embedded(directory.resolve("source"));
				JdbcTrialRepository target = Stores.empty(directory.resolve("target"), demo.trial());
				TrialSession from = source.localSession("admin");
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			long entriesBefore = target.verifyAudit(new NullProgressMonitor()).entriesChecked();
			ImportReport report = new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "migration from the pilot store", null), new NullProgressMonitor());
			assertEquals(SUBJECTS, report.subjectsAdded());
			assertEquals(SUBJECTS, to.countSubjects(SubjectFilter.all()));
			List<SubjectHeader> headers = from.subjects(SubjectFilter.all());
			for (SubjectHeader header : headers) {
				assertEquals(Describe.of(from.subject(header.id()).orElseThrow()),
						Describe.of(to.subject(header.id()).orElseThrow()), header.screeningNumber());
			}
			// one commit: every entry the import appended belongs to it, and the chain still verifies
			var verification = target.verifyAudit(new NullProgressMonitor());
			assertTrue(verification.intact(), verification.problem());
			assertEquals(entriesBefore + report.commit().changedValues(), verification.entriesChecked());
			for (SubjectHeader header : List.of(headers.get(0), headers.get(headers.size() / 2),
					headers.get(headers.size() - 1))) {
				List<AuditEntry> entries = to.audit().forSubject(header.id());
				assertTrue(entries.stream().allMatch(e -> e.commitId() == report.commit().commitId()),
						header.screeningNumber());
			}

			ImportReport again = new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "again", null), new NullProgressMonitor());
			assertNull(again.commit(), "nothing to save the second time");
			assertEquals(SUBJECTS, again.subjectsUnchanged());
		}
	}

	/** Cancels once the import's progress passes {@code at} percent (the writing pass runs from 45 to 90). */
	private static final class CancelAt extends NullProgressMonitor {
		private final double at;
		private double done;
		private int total = 100;

		CancelAt(double at) {
			this.at = at;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			done += work;
		}

		@Override
		public void worked(int work) {
			done += work;
		}

		@Override
		public boolean isCanceled() {
			return done * 100 / total >= at;
		}
	}

	@Test
	void aCancelAfterSeveralFlushesLeavesNothing() throws Exception {
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("cancel"), demo.trial());
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			long entriesBefore = target.verifyAudit(new NullProgressMonitor()).entriesChecked();
			assertThrows(OperationCanceledException.class, () -> new OdmImport(to).run(Stores.source("trial.xml", file),
					new OdmImport.Options(false, "cancelled", null), new CancelAt(85)));
			assertNothingImported(target, to, entriesBefore);
		}
	}

	@Test
	void aFileThatFailsWhileBeingWrittenLeavesNothing() throws Exception {
		AtomicInteger opened = new AtomicInteger();
		OdmImport.Source failing = new OdmImport.Source() {
			@Override
			public InputStream open() {
				InputStream in = new ByteArrayInputStream(file);
				if (opened.incrementAndGet() == 1) {
					return in; // the checking pass reads it whole
				}
				return new FilterInputStream(in) { // the writing pass loses the file at 80 %
					private long read;

					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						if (read > file.length * 8L / 10) {
							throw new IOException("the network share went away");
						}
						int n = super.read(b, off, len);
						read += Math.max(0, n);
						return n;
					}
				};
			}

			@Override
			public String name() {
				return "trial.xml";
			}
		};
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("failing"), demo.trial());
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			long entriesBefore = target.verifyAudit(new NullProgressMonitor()).entriesChecked();
			IOException failure = assertThrows(IOException.class, () -> new OdmImport(to).run(failing,
					new OdmImport.Options(false, "interrupted", null), new NullProgressMonitor()));
			assertTrue(failure.getMessage().contains("went away"), failure.getMessage());
			assertNothingImported(target, to, entriesBefore);
		}
	}

	/** Nothing stored, no audit entry left, and the commit lock free for the next import. */
	private static void assertNothingImported(JdbcTrialRepository target, TrialSession to, long entriesBefore)
			throws Exception {
		assertEquals(0, to.countSubjects(SubjectFilter.all()));
		var verification = target.verifyAudit(new NullProgressMonitor());
		assertTrue(verification.intact(), verification.problem());
		assertEquals(entriesBefore, verification.entriesChecked());
		ImportReport report = new OdmImport(to).run(Stores.source("trial.xml", file),
				new OdmImport.Options(false, "second try", null), new NullProgressMonitor());
		assertEquals(SUBJECTS, report.subjectsAdded());
	}
}
