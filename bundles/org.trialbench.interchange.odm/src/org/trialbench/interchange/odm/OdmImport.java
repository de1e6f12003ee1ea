package org.trialbench.interchange.odm;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.internal.ClinicalDataReader;
import org.trialbench.interchange.odm.internal.IncomingSubject;
import org.trialbench.interchange.odm.internal.MetadataReader;
import org.trialbench.interchange.odm.internal.OdmCursor;
import org.trialbench.interchange.odm.internal.OdmSyntaxException;
import org.trialbench.interchange.odm.internal.ProtocolMerge;
import org.trialbench.interchange.odm.internal.RecordMerge;
import org.trialbench.interchange.odm.internal.TrialSetupReader;
import org.trialbench.protocol.Study;
import org.trialbench.repository.Blinding;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Imports an ODM file into the trial: subjects, visits, forms and values matched by OID, subject key and repeat
 * keys, as one audited commit by the session's user with the given reason. The file is read twice, streaming:
 * first to check it (schema when installed, OIDs, data types, code lists; nothing is changed when anything is
 * wrong), then to apply it. A dry run takes the same path and rolls back instead of committing.
 *
 * <p>Memory: the check holds one subject at a time. The apply step writes into the store as it reads: every
 * {@value #FLUSH_EVERY} subjects it {@linkplain TrialTransaction#flush(String) flushes} the transaction, which writes
 * their rows and audit entries into the commit's open database transaction and lets the working copies go; the
 * commit at the end makes all of it visible at once (one commit id), and any failure or a cancel rolls all of it
 * back. So memory stays the same whatever the size of the file. A dry run writes the same way and rolls back, so it
 * also reports a change the store would refuse. While an import writes, it holds the store's commit lock: other
 * commits wait for it. A store that cannot flush keeps the working copies until the commit (memory then grows with
 * what the file changes); there the apply step compares each stored subject with the file on a detached copy and
 * opens a working copy only for subjects that change.</p>
 */
public final class OdmImport {

	/** Subjects read into working copies between two flushes of the transaction. */
	public static final int FLUSH_EVERY = 100;

	/** Where the file comes from; opened once per pass. */
	public interface Source {
		InputStream open() throws IOException;

		String name();

		/** Size in bytes for progress, or -1. */
		default long size() {
			return -1;
		}

		static Source of(Path path) {
			return new Source() {
				@Override
				public InputStream open() throws IOException {
					return Files.newInputStream(path);
				}

				@Override
				public String name() {
					return path.getFileName().toString();
				}

				@Override
				public long size() {
					try {
						return Files.size(path);
					} catch (IOException e) {
						return -1;
					}
				}
			};
		}
	}

	/** A dry run reports and saves nothing; subjects whose file names no site go to {@code defaultSiteCode}. */
	public record Options(boolean dryRun, String reason, String defaultSiteCode) {
	}

	/** A protocol read from ODM metadata, merged into a base protocol, and what the merge changed. */
	public record ProtocolImport(Study study, List<String> changes, List<OdmProblem> warnings) {
	}

	private final TrialSession session;

	public OdmImport(TrialSession session) {
		this.session = session;
	}

	public ImportReport run(Source source, Options options, IProgressMonitor monitor)
			throws OdmInvalidException, IOException, StoreException {
		if (!options.dryRun() && (options.reason() == null || options.reason().isBlank())) {
			throw new IllegalArgumentException("An import needs a reason for the audit trail");
		}
		// the store decides who may import: a user who may not is told before the file is read
		try (TrialTransaction transaction = session.beginImport()) {
			return run(source, options, transaction, monitor);
		}
	}

	private ImportReport run(Source source, Options options, TrialTransaction transaction, IProgressMonitor monitor)
			throws OdmInvalidException, IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.name(), 100);
		List<OdmProblem> problems = new ArrayList<>();
		Optional<OdmSchema> schema = OdmSchema.installed();
		if (schema.isPresent()) {
			progress.subTask("Checking " + source.name() + " against the ODM 1.3.2 schema");
			try (InputStream in = source.open()) {
				problems.addAll(schema.get().validate(new BufferedInputStream(in)));
			}
		} else {
			problems.add(OdmProblem.warning(0, 0, "the ODM 1.3.2 XML schema is not installed (see the README, \"CDISC ODM 1.3.2 import and export\"); "
					+ "the file was checked by Trialbench's own rules only"));
		}
		progress.setWorkRemaining(100);
		Map<String, SubjectHeader> stored = new HashMap<>();
		for (SubjectHeader header : session.subjects(SubjectFilter.all())) {
			stored.put(header.screeningNumber(), header);
			stored.put("id:" + header.id(), header);
		}
		if (!problems.stream().anyMatch(OdmProblem::isError)) {
			Pass check = new Pass(stored, options, null, problems);
			check.run(source, progress.split(45));
			if (check.hiddenLeftOut > 0) {
				problems.add(OdmProblem.warning(0, 0, check.hiddenLeftOut + " records that reveal the allocation "
						+ "(allocations, arm-specific forms and items) were left out: " + session.user().getUsername()
						+ " is blinded, and the store never lets a blinded user see or write them"));
			}
		}
		if (problems.stream().anyMatch(OdmProblem::isError)) {
			throw new OdmInvalidException(problems);
		}
		List<OdmProblem> applying = new ArrayList<>();
		Pass apply = new Pass(stored, options, transaction, applying);
		apply.run(source, progress.split(45));
		if (applying.stream().anyMatch(OdmProblem::isError)) {
			// the file read differently the second time (changed on disk meanwhile): the transaction rolls back
			List<OdmProblem> all = new ArrayList<>(applying.stream().filter(OdmProblem::isError).toList());
			all.add(0, OdmProblem.error(0, 0, source.name() + " changed while it was being imported; nothing was saved"));
			throw new OdmInvalidException(all);
		}
		if (options.dryRun() && apply.streaming) {
			apply.flush(); // so that a dry run meets whatever the store would refuse, before it rolls back
		}
		CommitInfo commit = null;
		if (!options.dryRun() && transaction.isDirty()) {
			progress.subTask("Saving");
			commit = transaction.commit(options.reason());
		}
		progress.worked(10);
		return new ImportReport(options.dryRun(), problems, apply.metadataDifferences, apply.changes,
				apply.added, apply.changed, apply.unchanged, apply.changedValues, commit);
	}

	/** Reads the Study of an ODM file into a copy of {@code base} (a new protocol when null). */
	public static ProtocolImport readProtocol(Source source, Study base) throws OdmInvalidException, IOException {
		List<OdmProblem> problems = new ArrayList<>();
		Study read = null;
		try (InputStream in = source.open(); OdmCursor cursor = OdmCursor.open(new BufferedInputStream(in))) {
			root(cursor, problems);
			int depth = cursor.depth();
			while (cursor.child(depth)) {
				if (cursor.isOdm("Study") && read == null) {
					read = new MetadataReader(cursor, problems).read();
				}
			}
		} catch (OdmSyntaxException e) {
			problems.add(e.problem());
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		if (read == null && problems.stream().noneMatch(OdmProblem::isError)) {
			problems.add(OdmProblem.error(0, 0, "the file holds no Study element, so no protocol"));
		}
		if (problems.stream().anyMatch(OdmProblem::isError)) {
			throw new OdmInvalidException(problems);
		}
		Study target = base == null ? org.trialbench.protocol.ProtocolFactory.eINSTANCE.createStudy()
				: EcoreUtil.copy(base);
		List<String> changes = ProtocolMerge.merge(target, read);
		return new ProtocolImport(target, changes, problems);
	}

	/**
	 * The set-up of a new trial from an ODM file, for an empty store: protocol, sites and users (see
	 * {@link TrialSetupReader}); {@code administrator} becomes an administrator when the file names none.
	 */
	public static Trial readTrialSetup(Source source, String administrator) throws OdmInvalidException, IOException {
		List<OdmProblem> problems = new ArrayList<>();
		Trial trial = null;
		try (InputStream in = source.open(); OdmCursor cursor = OdmCursor.open(new BufferedInputStream(in))) {
			root(cursor, problems);
			trial = new TrialSetupReader(cursor, problems).read();
		} catch (OdmSyntaxException e) {
			problems.add(e.problem());
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		if (trial == null && problems.stream().noneMatch(OdmProblem::isError)) {
			problems.add(OdmProblem.error(0, 0, "the file holds no Study element, so no protocol to set a trial up with"));
		}
		if (problems.stream().anyMatch(OdmProblem::isError)) {
			throw new OdmInvalidException(problems);
		}
		TrialSetupReader.ensureAdministrator(trial, administrator);
		return trial;
	}

	private static void root(OdmCursor cursor, List<OdmProblem> problems) throws OdmSyntaxException {
		cursor.root();
		if (!cursor.isOdm("ODM")) {
			throw new OdmSyntaxException(cursor.error("not an ODM file: the root element is " + cursor.localName()
					+ " in the namespace '" + cursor.namespace() + "', not ODM in " + Odm.NS));
		}
		String version = cursor.attr("ODMVersion");
		if (version != null && !version.startsWith("1.3")) {
			problems.add(cursor.warning("ODMVersion " + version + "; Trialbench reads ODM 1.3.x"));
		}
	}

	/** One streaming pass over the file: a check (no transaction) or an application to a transaction. */
	private final class Pass {
		private final Map<String, SubjectHeader> stored;
		private final Options options;
		private final TrialTransaction transaction;
		private final List<OdmProblem> problems;
		private final Map<String, Subject> pendingNew = new HashMap<>();
		/** New subjects already handed to a flushing transaction, by key: their ids, not their records. */
		private final Map<String, String> addedIds = new HashMap<>();
		/** Whether the transaction flushes (then working copies are let go every FLUSH_EVERY subjects). */
		boolean streaming;
		private int sinceFlush;
		private final Trial trial = session.trial();
		final List<String> changes = new ArrayList<>();
		final List<String> metadataDifferences = new ArrayList<>();
		int changed;
		int unchanged;
		int changedValues;
		int added;
		int hiddenLeftOut;

		Pass(Map<String, SubjectHeader> stored, Options options, TrialTransaction transaction,
				List<OdmProblem> problems) {
			this.stored = stored;
			this.options = options;
			this.transaction = transaction;
			this.problems = problems;
		}

		void run(Source source, SubMonitor progress) throws IOException, StoreException {
			if (transaction != null) {
				streaming = transaction.flush(flushReason()); // nothing to write yet: only asks whether it can
			}
			long size = source.size();
			progress.setWorkRemaining(1000);
			try (InputStream raw = source.open();
					Counting in = new Counting(new BufferedInputStream(raw, 1 << 16), size, progress);
					OdmCursor cursor = OdmCursor.open(in)) {
				root(cursor, problems);
				Map<String, String> fileGroups = Map.of();
				int depth = cursor.depth();
				while (cursor.child(depth)) {
					if (cursor.isOdm("Study")) {
						MetadataReader metadata = new MetadataReader(cursor, problems);
						Study fileStudy = metadata.read();
						fileGroups = metadata.itemGroupForms();
						metadataDifferences.addAll(ProtocolMerge.merge(EcoreUtil.copy(session.protocol()), fileStudy));
					} else if (cursor.isOdm("ClinicalData")) {
						String studyOid = cursor.attr("StudyOID");
						if (studyOid != null && !studyOid.equals(session.protocol().getOid())) {
							problems.add(cursor.warning("ClinicalData is for study " + studyOid + "; it is imported "
									+ "into " + session.protocol().getOid() + " by matching OIDs"));
						}
						new ClinicalDataReader(cursor, problems, session.protocol(), trial, fileGroups)
								.read(this::accept);
					}
				}
			} catch (OdmSyntaxException e) {
				problems.add(e.problem());
			} catch (UncheckedStore e) {
				throw e.getCause();
			} catch (java.io.UncheckedIOException e) {
				throw e.getCause(); // the file could not be read to its end: nothing is saved
			}
		}

		/** The commit's reason; a dry run, which never commits, writes under a reason saying so. */
		private String flushReason() {
			return options.dryRun() && (options.reason() == null || options.reason().isBlank())
					? "dry run of an ODM import (rolled back)"
					: options.reason();
		}

		void flush() throws StoreException {
			transaction.flush(flushReason());
			sinceFlush = 0;
		}

		private void accept(IncomingSubject incoming) throws OdmSyntaxException {
			String key = incoming.subject().getScreeningNumber();
			if (key == null) {
				return;
			}
			if (session.blinded()) {
				hiddenLeftOut += leaveOutHidden(incoming.subject());
			}
			try {
				Subject pending = pendingNew.get(key);
				String addedId = addedIds.get(key);
				SubjectHeader header = stored.get(key);
				if (header == null && incoming.subject().getId() != null) {
					header = stored.get("id:" + incoming.subject().getId());
				}
				if (pending != null) {
					apply(pending, incoming);
				} else if (addedId != null) {
					apply(transaction.editSubject(addedId), incoming);
				} else if (header != null) {
					existing(header, incoming);
				} else {
					fresh(key, incoming);
				}
				if (streaming && ++sinceFlush >= FLUSH_EVERY) {
					flush();
				}
			} catch (StoreException e) {
				throw new UncheckedStore(e);
			}
		}

		private void existing(SubjectHeader header, IncomingSubject incoming) throws StoreException {
			if (transaction == null) {
				return; // checked by reading; values against the protocol were checked already
			}
			if (streaming) { // the working copy goes at the next flush whether it changes or not
				RecordMerge.Result result = RecordMerge.merge(transaction.editSubject(header.id()),
						incoming.subject(), incoming.removed());
				if (result.changes().isEmpty()) {
					unchanged++;
				} else {
					changed++;
					changedValues += result.changedValues();
					list(result.changes());
				}
				return;
			}
			Subject snapshot = session.subject(header.id()).orElseThrow(() -> new StoreException(
					"Subject " + header.screeningNumber() + " is not visible to " + session.user().getUsername()));
			RecordMerge.Result trial = RecordMerge.merge(snapshot, EcoreUtil.copy(incoming.subject()),
					incoming.removed());
			if (trial.changes().isEmpty()) {
				unchanged++;
				return;
			}
			changed++;
			apply(transaction.editSubject(header.id()), incoming);
		}

		private void apply(Subject target, IncomingSubject incoming) {
			RecordMerge.Result result = RecordMerge.merge(target, incoming.subject(), incoming.removed());
			changedValues += result.changedValues();
			list(result.changes());
		}

		private void fresh(String key, IncomingSubject incoming) throws StoreException {
			String siteCode = incoming.siteCode() != null ? incoming.siteCode() : options.defaultSiteCode();
			Site site = trial.getSites().stream().filter(s -> s.getCode().equals(siteCode)).findFirst().orElse(null);
			if (site == null) {
				problems.add(OdmProblem.error(incoming.line(), incoming.column(), "subject " + key
						+ " is new and its SubjectData names no site of this trial"
						+ (siteCode == null ? " (choose a default site)" : " ('" + siteCode + "' is unknown)")));
				return;
			}
			added++;
			int values = (int) countValues(incoming.subject());
			changedValues += Math.max(1, values);
			list(List.of("Subject " + key + ": added at site " + site.getCode() + " with " + values + " values"));
			if (transaction != null) {
				Subject subject = incoming.subject();
				subject.setScreeningNumber(key);
				Subject added = transaction.addSubject(site, subject);
				if (streaming) {
					addedIds.put(key, added.getId());
				} else {
					pendingNew.put(key, added);
				}
			}
		}

		private void list(List<String> lines) {
			for (String line : lines) {
				if (changes.size() < ImportReport.MAX_LISTED) {
					changes.add(line);
				}
			}
		}
	}

	/**
	 * Removes what a blinded user may not see: the stored record shows such a user nothing of it, so merging it
	 * would look like new records, and the store would refuse to write them.
	 */
	private static int leaveOutHidden(Subject subject) {
		List<org.eclipse.emf.ecore.EObject> hidden = new ArrayList<>();
		for (var contents = subject.eAllContents(); contents.hasNext();) {
			org.eclipse.emf.ecore.EObject object = contents.next();
			if (Blinding.revealsAllocation(object)) {
				hidden.add(object);
				contents.prune();
			}
		}
		hidden.forEach(EcoreUtil::remove);
		return hidden.size();
	}

	private static long countValues(Subject subject) {
		long[] n = { 0 };
		subject.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.trialbench.clinical.ItemValue) {
				n[0]++;
			}
		});
		return n[0];
	}

	private static final class UncheckedStore extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedStore(StoreException cause) {
			super(cause);
		}

		@Override
		public synchronized StoreException getCause() {
			return (StoreException) super.getCause();
		}
	}

	/** Reports progress by bytes read and stops the pass when the user cancels. */
	private static final class Counting extends FilterInputStream {
		private final long size;
		private final SubMonitor progress;
		private long read;
		private int reported;

		Counting(InputStream in, long size, SubMonitor progress) {
			super(in);
			this.size = size;
			this.progress = progress;
		}

		private void count(long n) {
			if (n <= 0) {
				return;
			}
			read += n;
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (size > 0) {
				int permille = (int) Math.min(1000, read * 1000 / size);
				if (permille > reported) {
					progress.worked(permille - reported);
					reported = permille;
				}
			}
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			count(n);
			return n;
		}
	}
}
