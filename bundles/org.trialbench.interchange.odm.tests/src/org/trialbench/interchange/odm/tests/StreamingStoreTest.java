package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Export and import stream through a real store, whatever the size of the trial: the export reads a subject's record
 * only when the subjects before it are written (at most a small batch ahead), and the import hands its first subjects
 * to the store while most of the file is unread, asking the store for a small batch of records at a time. An export
 * that read the whole trial before writing, or an import that parsed the whole file before applying it, fails here.
 * (How much heap they need is measured by {@code ./trialbench bench --only odm}, not in a test.)
 */
class StreamingStoreTest {
	static final int SUBJECTS = 120;
	/** Subjects a streaming export may read ahead of what it has written (a batch, not the trial). */
	static final int READ_AHEAD = 20;

	@TempDir
	static Path directory;
	static DemoTrial demo;

	@BeforeAll
	static void store() throws Exception {
		demo = Stores.demo(3, SUBJECTS);
		Stores.filled(directory.resolve("store"), demo).close();
	}

	@Test
	void exportReadsEachRecordOnlyOnceTheSubjectsBeforeItAreWritten() throws Exception {
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve("store"));
				TrialSession admin = store.localSession("admin")) {
			SubjectCounter out = new SubjectCounter();
			List<Integer> writtenAtRead = new ArrayList<>();
			TrialSession watched = watch(TrialSession.class, admin, (method, args) -> {
				if (method.equals("subject")) {
					writtenAtRead.add(out.subjects);
				}
			});
			OdmExport.Summary summary = OdmExport.export(watched, out, OdmExportOptions.full(),
					new NullProgressMonitor());

			assertEquals(SUBJECTS, summary.subjects());
			assertEquals(SUBJECTS, out.subjects, "every subject written");
			assertEquals(SUBJECTS, writtenAtRead.size(), "each record read once");
			for (int read = 0; read < writtenAtRead.size(); read++) {
				int written = writtenAtRead.get(read);
				assertTrue(written >= read - READ_AHEAD, "record " + (read + 1) + " was read when only " + written
						+ " subjects were written: the export holds more than a batch of the trial");
			}
			// the same file as the store's own export without the watch
			assertEquals(normalized(Stores.export(admin, OdmExportOptions.full())), normalized(out.toByteArray()));
		}
	}

	@Test
	void importAppliesTheFirstSubjectsWhileMostOfTheFileIsUnread() throws Exception {
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(directory.resolve("store"));
				TrialSession admin = store.localSession("admin")) {
			byte[] file = Stores.export(admin, OdmExportOptions.full());
			CountingSource source = new CountingSource(file);
			List<Long> readAtStoreRead = new ArrayList<>();
			List<Integer> batches = new ArrayList<>();
			TrialSession importing = watchImport(admin, (method, args) -> {
				if (method.equals("readSubjects") || method.equals("editSubjects")) {
					readAtStoreRead.add(source.read());
					batches.add(((Collection<?>) args[0]).size());
				}
			});
			ImportReport report = new OdmImport(importing).run(source,
					new OdmImport.Options(false, "re-import of the store's own export", null), new NullProgressMonitor());

			assertEquals(SUBJECTS, report.subjectsUnchanged());
			assertNull(report.commit(), "nothing differs, nothing committed");
			assertEquals(SUBJECTS, batches.stream().mapToInt(Integer::intValue).sum(), "each stored record read once");
			assertTrue(batches.stream().allMatch(size -> size <= READ_AHEAD),
					"the store is asked for a batch of records at a time, not the trial: " + batches);
			assertTrue(readAtStoreRead.get(0) < file.length / 2, "the first records were read from the store after "
					+ readAtStoreRead.get(0) + " of " + file.length + " bytes of the file: the import read the file first");
			assertEquals(SUBJECTS, admin.countSubjects(SubjectFilter.all()));
		}
	}

	/** The file without the moment it was written (FileOID and CreationDateTime name it). */
	private static String normalized(byte[] file) {
		return new String(file, StandardCharsets.UTF_8).replaceAll("FileOID=\"[^\"]*\"", "")
				.replaceAll("CreationDateTime=\"[^\"]*\"", "");
	}

	interface Watch {
		void called(String method, Object[] args);
	}

	/** {@code target} behind a proxy that tells {@code watch} of each call before making it. */
	@SuppressWarnings("unchecked")
	static <T> T watch(Class<T> type, T target, Watch watch) {
		InvocationHandler handler = (proxy, method, args) -> {
			watch.called(method.getName(), args);
			return invoke(target, method, args);
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** The session, whose import transaction is watched. */
	static TrialSession watchImport(TrialSession target, Watch watch) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			return method.getName().equals("beginImport")
					? watch(TrialTransaction.class, (TrialTransaction) result, watch)
					: result;
		};
		return (TrialSession) Proxy.newProxyInstance(TrialSession.class.getClassLoader(),
				new Class<?>[] { TrialSession.class }, handler);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	/** Keeps what is written and counts the SubjectData elements in it as they are written. */
	private static final class SubjectCounter extends ByteArrayOutputStream {
		private static final byte[] START = "<SubjectData ".getBytes(StandardCharsets.US_ASCII);
		int subjects;
		private int matched;

		@Override
		public synchronized void write(int b) {
			super.write(b);
			match((byte) b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			super.write(b, off, len);
			for (int i = off; i < off + len; i++) {
				match(b[i]);
			}
		}

		private void match(byte b) {
			// '<' occurs in the pattern only at its start, so a mismatch restarts at it or at nothing
			if (b == START[matched]) {
				if (++matched == START.length) {
					subjects++;
					matched = 0;
				}
			} else {
				matched = b == START[0] ? 1 : 0;
			}
		}
	}

	/** The file in memory; counts the bytes the import has taken from its latest opening. */
	private static final class CountingSource implements OdmImport.Source {
		private final byte[] bytes;
		private volatile long read;

		CountingSource(byte[] bytes) {
			this.bytes = bytes;
		}

		long read() {
			return read;
		}

		@Override
		public InputStream open() {
			read = 0;
			return new FilterInputStream(new ByteArrayInputStream(bytes)) {
				@Override
				public int read() throws IOException {
					int b = super.read();
					if (b >= 0) {
						CountingSource.this.read++;
					}
					return b;
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					int n = super.read(b, off, len);
					if (n > 0) {
						CountingSource.this.read += n;
					}
					return n;
				}
			};
		}

		@Override
		public String name() {
			return "trial.xml";
		}

		@Override
		public long size() {
			return bytes.length;
		}
	}
}
