package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.internal.SubjectRecord;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/**
 * The export streams: writing ever more subjects of a synthetic trial (generated on the fly, as a store hands them
 * out one at a time) does not grow the heap. The 1 GB case runs on request (TRIALBENCH_BENCHMARK=1) and prints
 * its figures.
 */
class StreamingExportTest {

	/** Counts bytes and throws them away, so that the test measures the writer, not a buffer. */
	private static final class Sink extends OutputStream {
		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}

	/** Subjects with every visit and form of the protocol filled, each built when asked for. */
	private static final class Synthetic implements Iterator<SubjectRecord> {
		private final Study study;
		private final long count;
		private final Runnable every;
		private long made;

		Synthetic(Study study, long count, Runnable every) {
			this.study = study;
			this.count = count;
			this.every = every;
		}

		@Override
		public boolean hasNext() {
			return made < count;
		}

		@Override
		public SubjectRecord next() {
			ClinicalFactory c = ClinicalFactory.eINSTANCE;
			Subject subject = c.createSubject();
			subject.setId("s" + made);
			subject.setScreeningNumber(String.format("01-%07d", made));
			for (VisitDefinition definition : study.getVisits()) {
				Visit visit = c.createVisit();
				visit.setId(subject.getId() + definition.getOid());
				visit.setDefinition(definition);
				subject.getVisits().add(visit);
				for (FormDefinition form : definition.getForms()) {
					FormRecord record = c.createFormRecord();
					record.setId(visit.getId() + form.getOid());
					record.setDefinition(form);
					visit.getForms().add(record);
					for (ItemDefinition item : form.getItems()) {
						ItemValue value = c.createItemValue();
						value.setId(record.getId() + item.getOid());
						value.setDefinition(item);
						value.setValue(Long.toString(made % 3));
						record.getItemValues().add(value);
					}
				}
			}
			made++;
			if (made % 1000 == 0) {
				every.run();
			}
			return new SubjectRecord(subject, "01", Map.of());
		}
	}

	private static long usedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static Trial trial(Study study) {
		Trial trial = ClinicalFactory.eINSTANCE.createTrial();
		trial.setId("t");
		trial.setProtocol(study);
		Site site = ClinicalFactory.eINSTANCE.createSite();
		site.setId("site-01");
		site.setCode("01");
		trial.getSites().add(site);
		return trial;
	}

	/** Exports {@code subjects} subjects, sampling the heap every 1000; returns {bytes, first sample, max sample}. */
	private static long[] run(long subjects) throws Exception {
		Study study = PoemBtxProtocol.load();
		long[] heap = { -1, 0 };
		Sink sink = new Sink();
		Synthetic source = new Synthetic(study, subjects, () -> {
			long used = usedAfterGc();
			if (heap[0] < 0) {
				heap[0] = used;
			}
			heap[1] = Math.max(heap[1], used);
		});
		OdmExport.Summary summary = OdmExport.write(study, trial(study), source, (int) subjects, sink,
				OdmExportOptions.full(), new NullProgressMonitor());
		assertEquals(subjects, summary.subjects());
		return new long[] { sink.bytes, heap[0], heap[1] };
	}

	@Test
	void writingTenTimesMoreSubjectsNeedsNoMoreMemory() throws Exception {
		long[] figures = run(20_000);
		assertTrue(figures[0] > 100_000_000L, "wrote " + figures[0] + " bytes");
		long growth = figures[2] - figures[1];
		// after the first 1000 subjects the heap must not grow with the next 19,000 (allow GC noise of 16 MB)
		assertTrue(growth < 16L << 20, "heap grew by " + (growth >> 20) + " MB over " + (figures[0] >> 20) + " MB written");
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "TRIALBENCH_BENCHMARK", matches = "1")
	void benchmarkOneGigabyte() throws Exception {
		long start = System.nanoTime();
		long[] figures = run(200_000);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("ODM export benchmark: %,d bytes (%.2f GB) in %.1f s (%.0f MB/s); heap after GC %d MB at "
				+ "the start, at most %d MB%n", figures[0], figures[0] / 1e9, seconds, figures[0] / 1e6 / seconds,
				figures[1] >> 20, figures[2] >> 20);
		assertTrue(figures[0] > 1_000_000_000L);
		assertTrue(figures[2] - figures[1] < 32L << 20);
	}
}
