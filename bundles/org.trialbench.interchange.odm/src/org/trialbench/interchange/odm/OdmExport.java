package org.trialbench.interchange.odm;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.internal.ClinicalDataWriter;
import org.trialbench.interchange.odm.internal.MetadataWriter;
import org.trialbench.interchange.odm.internal.SubjectRecord;
import org.trialbench.interchange.odm.internal.XmlOut;
import org.trialbench.protocol.Study;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.LastChange;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;

/**
 * Writes a trial as CDISC ODM 1.3.2: the protocol as study metadata and, unless metadata only, the clinical data the
 * session may see, streamed one subject at a time so that the size of the trial does not matter.
 */
public final class OdmExport {
	private OdmExport() {
	}

	public record Summary(int subjects, int values) {
	}

	/** The protocol alone, as ODM study metadata. */
	public static void metadata(Study study, OutputStream out) throws IOException {
		write(study, null, List.<SubjectRecord>of().iterator(), 0, out, OdmExportOptions.metadata(), null);
	}

	/** The trial as the session sees it. */
	public static Summary export(TrialSession session, OutputStream out, OdmExportOptions options,
			IProgressMonitor monitor) throws IOException, StoreException {
		// the head before the read: every entry up to it is in the data read (later ones may be too)
		AuditAnchor anchor = options.metadataOnly() ? null : session.auditHead().orElse(null);
		List<SubjectHeader> headers = options.metadataOnly() ? List.of() : session.subjects(SubjectFilter.all());
		Iterator<SubjectRecord> subjects = new StoredSubjects(session, headers, options.auditRecords());
		try {
			return write(session.protocol(), session.trial(), subjects, headers.size(), out, options, anchor, monitor);
		} catch (UncheckedStoreException e) {
			throw e.getCause();
		}
	}

	/**
	 * Writes an ODM file from any source of subjects (the store, or a generator in a benchmark). Checks the monitor
	 * between subjects; on cancel the output is incomplete and the caller discards it.
	 */
	public static Summary write(Study study, Trial trial, Iterator<SubjectRecord> subjects, int count,
			OutputStream out, OdmExportOptions options, IProgressMonitor monitor) throws IOException {
		return write(study, trial, subjects, count, out, options, null, monitor);
	}

	/**
	 * As {@link #write(Study, Trial, Iterator, int, OutputStream, OdmExportOptions, IProgressMonitor)}, recording
	 * the audit trail's head the subjects were read at (null: none) as {@code tb:} attributes of the root.
	 */
	public static Summary write(Study study, Trial trial, Iterator<SubjectRecord> subjects, int count,
			OutputStream out, OdmExportOptions options, AuditAnchor anchor, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting ODM", Math.max(1, count) + 1);
		int written = 0;
		int values = 0;
		try {
			XmlOut xml = new XmlOut(out, options.plain());
			xml.root("ODM").attr("FileType", options.fileType().odm())
					.attr("Granularity", options.metadataOnly() ? "Metadata" : "All")
					.attr("FileOID", "TB." + study.getOid() + "." + System.currentTimeMillis())
					.attr("CreationDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS))
					.attr("ODMVersion", Odm.VERSION).attr("Originator", "Trialbench")
					.attr("SourceSystem", "Trialbench");
			if (anchor != null) {
				xml.tb(Odm.TB_AUDIT_SEQUENCE, String.valueOf(anchor.sequence())).tb(Odm.TB_AUDIT_HASH, anchor.hash());
			}
			new MetadataWriter(study).write(xml);
			progress.worked(1);
			if (!options.metadataOnly() && trial != null) {
				ClinicalDataWriter clinical = new ClinicalDataWriter(xml, options);
				clinical.adminData(study, trial);
				xml.start("ClinicalData").attr("StudyOID", study.getOid())
						.attr("MetaDataVersionOID", MetadataWriter.metaDataVersionOid(study));
				while (subjects.hasNext()) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					SubjectRecord record = subjects.next();
					clinical.subject(record);
					written++;
					values += record.subject().getVisits().stream()
							.mapToInt(v -> v.getForms().stream().mapToInt(f -> f.getItemValues().size()).sum()).sum();
					progress.setWorkRemaining(Math.max(1, count - written));
					progress.worked(1);
					progress.subTask(written + " of " + count + " subjects");
				}
				xml.end();
			}
			xml.close();
		} catch (XMLStreamException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw cause instanceof IOException io ? io : new IOException("Writing ODM failed: " + e.getMessage(), e);
		}
		return new Summary(written, values);
	}

	private static final class UncheckedStoreException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedStoreException(StoreException cause) {
			super(cause);
		}

		@Override
		public synchronized StoreException getCause() {
			return (StoreException) super.getCause();
		}
	}

	/**
	 * Subjects of the store in the order of their headers (site code, screening number), each record loaded only
	 * when it is written. The headers are read once: a page of them would make the store find and decode every
	 * subject's row again for each page, so that the export read the subject rows (pages x subjects) times.
	 */
	private static final class StoredSubjects implements Iterator<SubjectRecord> {
		private final TrialSession session;
		private final boolean audit;
		private final List<SubjectHeader> headers;
		private int index;

		StoredSubjects(TrialSession session, List<SubjectHeader> headers, boolean audit) {
			this.session = session;
			this.headers = headers;
			this.audit = audit;
		}

		@Override
		public boolean hasNext() {
			return index < headers.size();
		}

		@Override
		public SubjectRecord next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			SubjectHeader header = headers.get(index++);
			try {
				Subject subject = session.subject(header.id()).orElseThrow(
						() -> new StoreException("Subject " + header.screeningNumber() + " vanished during the export"));
				Map<String, LastChange> last = audit ? session.audit().lastChanges(header.id()) : Map.of();
				return new SubjectRecord(subject, header.siteCode(), last);
			} catch (StoreException e) {
				throw new UncheckedStoreException(e);
			}
		}
	}
}
