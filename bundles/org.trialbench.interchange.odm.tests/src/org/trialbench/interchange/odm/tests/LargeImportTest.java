package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.interchange.odm.internal.Describe;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * An import of more subjects than the import keeps in memory at once ({@link OdmImport#FLUSH_EVERY}): it is still one
 * audited commit with an intact hash chain, and a cancel, a failure or an error in the file after several flushes
 * leaves the store as it was; a dry run over several batches lists every change and saves nothing.
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

	/** Cancels once the import's progress passes {@code at} percent (the one pass runs from 0 to 90). */
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
				opened.incrementAndGet();
				return new FilterInputStream(new ByteArrayInputStream(file)) { // lost at 80 %, after several flushes
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
			assertEquals(1, opened.get(), "one pass: the file is read once, checked and written as it is read");
			assertNothingImported(target, to, entriesBefore);
		}
	}

	/**
	 * The file with the {@code Value} of the first {@code itemOid} of the n-th subject replaced; then the old value and
	 * the subject's key.
	 */
	private static String[] withValue(String xml, int subject, String itemOid, String value) {
		int at = xml.indexOf("<ClinicalData");
		for (int i = 0; i <= subject; i++) {
			at = xml.indexOf("<SubjectData ", at + 1);
		}
		int item = xml.indexOf("ItemOID=\"" + itemOid + "\"", at);
		assertTrue(item > 0 && item < xml.indexOf("</SubjectData>", at), itemOid + " in subject " + subject);
		int start = xml.indexOf("Value=\"", item) + 7;
		int end = xml.indexOf('"', start);
		String old = xml.substring(start, end);
		int key = xml.indexOf("SubjectKey=\"", at) + "SubjectKey=\"".length();
		String subjectKey = xml.substring(key, xml.indexOf('"', key));
		String changed = xml.substring(0, start) + value + xml.substring(end);
		// the Trialbench copy of the value on the same element says the same
		int copy = changed.indexOf("tb:value=\"", start);
		if (copy > 0 && copy < changed.indexOf('>', start)) {
			int from = copy + "tb:value=\"".length();
			changed = changed.substring(0, from) + value + changed.substring(changed.indexOf('"', from));
		}
		return new String[] { changed, old, subjectKey };
	}

	/** The first subject from the n-th on whose form holding the item carries no signature. */
	private static int unsignedFrom(String xml, int from, String itemOid) {
		int at = xml.indexOf("<ClinicalData");
		for (int i = 0; i < from; i++) {
			at = xml.indexOf("<SubjectData ", at + 1);
		}
		for (int subject = from; subject < SUBJECTS; subject++) {
			at = xml.indexOf("<SubjectData ", at + 1);
			int item = xml.indexOf("ItemOID=\"" + itemOid + "\"", at);
			int form = xml.lastIndexOf("<FormData ", item);
			if (!xml.substring(form, xml.indexOf("</FormData>", item)).contains("<Signature")) {
				return subject;
			}
		}
		throw new AssertionError("every subject from " + from + " on has a signed form with " + itemOid);
	}

	private static int lineOf(String xml, int index) {
		return (int) xml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

	private static void inOneThread(boolean oneThread) {
		if (oneThread) {
			System.setProperty(OdmImport.ONE_THREAD, "true");
		} else {
			System.clearProperty(OdmImport.ONE_THREAD);
		}
	}

	@ParameterizedTest(name = "store work on the reading thread: {0}")
	@ValueSource(booleans = { false, true })
	void lateErrorsLeaveNothingAfterSeveralFlushesAndAreAllReportedWhereTheyAre(boolean oneThread) throws Exception {
		String xml = new String(file, StandardCharsets.UTF_8);
		// two wrong values in the last batch, after two batches were written into the store
		xml = withValue(xml, SUBJECTS - 30, "IT.DM.WEIGHT", "heavy")[0];
		xml = withValue(xml, SUBJECTS - 1, "IT.DM.WEIGHT", "heavier")[0];
		int heavy = lineOf(xml, xml.indexOf("\"heavy\""));
		int heavier = lineOf(xml, xml.indexOf("\"heavier\""));
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		inOneThread(oneThread);
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("late-" + oneThread), demo.trial());
				TrialSession to = target.localSession(Stores.IMPORTER)) {
			long entriesBefore = target.verifyAudit(new NullProgressMonitor()).entriesChecked();
			OdmInvalidException refused = assertThrows(OdmInvalidException.class, () -> new OdmImport(to).run(
					Stores.source("late.xml", bytes), new OdmImport.Options(false, "late errors", null),
					new NullProgressMonitor()));
			assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
			List<OdmProblem> errors = refused.problems().stream().filter(OdmProblem::isError).toList();
			assertEquals(2, errors.size(), errors.toString());
			assertEquals("'heavy' is not a valid decimal for IT.DM.WEIGHT", errors.get(0).message());
			assertEquals(heavy, errors.get(0).line());
			assertTrue(errors.get(0).column() > 0, errors.get(0).toString());
			assertEquals("'heavier' is not a valid decimal for IT.DM.WEIGHT", errors.get(1).message());
			assertEquals(heavier, errors.get(1).line());
			assertNothingImported(target, to, entriesBefore);
		} finally {
			inOneThread(false);
		}
	}

	private static String weight(TrialSession session, List<SubjectHeader> headers, String key) throws Exception {
		String id = headers.stream().filter(h -> h.screeningNumber().equals(key)).findFirst().orElseThrow().id();
		return session.subject(id).orElseThrow().getVisits().stream().flatMap(v -> v.getForms().stream())
				.flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals("IT.DM.WEIGHT")).findFirst().orElseThrow().getValue();
	}

	@ParameterizedTest(name = "store work on the reading thread: {0}")
	@ValueSource(booleans = { false, true })
	void aDryRunOverSeveralBatchesListsEveryChangeAndSavesNothing(boolean oneThread) throws Exception {
		String xml = new String(file, StandardCharsets.UTF_8);
		// forms that are not signed: under a standing signature the store refuses the change (schema 17)
		String[] first = withValue(xml, unsignedFrom(xml, 5, "IT.DM.WEIGHT"), "IT.DM.WEIGHT", "66.6");
		String[] last = withValue(first[0], unsignedFrom(xml, SUBJECTS - 20, "IT.DM.WEIGHT"), "IT.DM.WEIGHT", "77.7");
		assertTrue(!first[1].equals("66.6") && !last[1].equals("77.7"), "the file had other weights");
		byte[] bytes = last[0].getBytes(StandardCharsets.UTF_8);
		inOneThread(oneThread);
		try (JdbcTrialRepository store = Stores.filled(directory.resolve("changes-" + oneThread), demo);
				TrialSession admin = store.localSession("admin")) {
			List<SubjectHeader> headers = admin.subjects(SubjectFilter.all());
			long entriesBefore = store.verifyAudit(new NullProgressMonitor()).entriesChecked();
			ImportReport dry = new OdmImport(admin).run(Stores.source("changes.xml", bytes),
					new OdmImport.Options(true, null, null), new NullProgressMonitor());
			assertTrue(dry.dryRun());
			assertNull(dry.commit());
			assertEquals(2, dry.subjectsChanged(), dry.changes().toString());
			assertEquals(SUBJECTS - 2, dry.subjectsUnchanged());
			assertEquals(0, dry.subjectsAdded());
			assertEquals(2, dry.changedValues(), dry.changes().toString());
			assertTrue(dry.changes().stream().anyMatch(line -> line.contains(first[1] + " -> 66.6")), dry.changes().toString());
			assertTrue(dry.changes().stream().anyMatch(line -> line.contains(last[1] + " -> 77.7")), dry.changes().toString());
			assertEquals(entriesBefore, store.verifyAudit(new NullProgressMonitor()).entriesChecked(), "nothing saved");
			assertEquals(first[1], weight(admin, headers, first[2]), "nothing saved");
			assertEquals(last[1], weight(admin, headers, last[2]), "nothing saved");

			ImportReport saved = new OdmImport(admin).run(Stores.source("changes.xml", bytes),
					new OdmImport.Options(false, "corrected weights", null), new NullProgressMonitor());
			assertEquals(2, saved.subjectsChanged());
			assertEquals(dry.changes(), saved.changes(), "the dry run listed what the import then did");
			assertTrue(saved.commit().changedValues() >= 2, saved.commit().toString());
			assertEquals(headers.size(), admin.countSubjects(SubjectFilter.all()));
			assertEquals("66.6", weight(admin, headers, first[2]));
			assertEquals("77.7", weight(admin, headers, last[2]));
		} finally {
			inOneThread(false);
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
