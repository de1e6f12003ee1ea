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
import org.trialbench.protocol.Study;
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
 * <p>Memory: the check holds one subject at a time. The apply step compares each stored subject with the file
 * on a detached copy and opens a working copy in the transaction only for subjects that change, because the
 * store's transaction keeps its working copies until the commit; so memory grows with what the file changes,
 * not with the size of the trial.</p>
 */
public final class OdmImport {

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
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.name(), 100);
		List<OdmProblem> problems = new ArrayList<>();
		Optional<OdmSchema> schema = OdmSchema.installed();
		if (schema.isPresent()) {
			progress.subTask("Checking " + source.name() + " against the ODM 1.3.2 schema");
			try (InputStream in = source.open()) {
				problems.addAll(schema.get().validate(new BufferedInputStream(in)));
			}
		} else {
			problems.add(OdmProblem.warning(0, 0, "the ODM 1.3.2 XML schema is not installed (see OdmSchema); "
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
		}
		if (problems.stream().anyMatch(OdmProblem::isError)) {
			throw new OdmInvalidException(problems);
		}
		try (TrialTransaction transaction = session.begin()) {
			Pass apply = new Pass(stored, options, transaction, new ArrayList<>());
			apply.run(source, progress.split(45));
			CommitInfo commit = null;
			if (!options.dryRun() && transaction.isDirty()) {
				progress.subTask("Saving");
				commit = transaction.commit(options.reason());
			}
			progress.worked(10);
			return new ImportReport(options.dryRun(), problems, apply.metadataDifferences, apply.changes,
					apply.added, apply.changed, apply.unchanged, apply.changedValues, commit);
		}
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
		private final Trial trial = session.trial();
		final List<String> changes = new ArrayList<>();
		final List<String> metadataDifferences = new ArrayList<>();
		int changed;
		int unchanged;
		int changedValues;
		int added;

		Pass(Map<String, SubjectHeader> stored, Options options, TrialTransaction transaction,
				List<OdmProblem> problems) {
			this.stored = stored;
			this.options = options;
			this.transaction = transaction;
			this.problems = problems;
		}

		void run(Source source, SubMonitor progress) throws IOException, StoreException {
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
			}
		}

		private void accept(IncomingSubject incoming) throws OdmSyntaxException {
			String key = incoming.subject().getScreeningNumber();
			if (key == null) {
				return;
			}
			try {
				Subject pending = pendingNew.get(key);
				SubjectHeader header = stored.get(key);
				if (header == null && incoming.subject().getId() != null) {
					header = stored.get("id:" + incoming.subject().getId());
				}
				if (pending != null) {
					apply(pending, incoming);
				} else if (header != null) {
					existing(header, incoming);
				} else {
					fresh(key, incoming);
				}
			} catch (StoreException e) {
				throw new UncheckedStore(e);
			}
		}

		private void existing(SubjectHeader header, IncomingSubject incoming) throws StoreException {
			if (transaction == null) {
				return; // checked by reading; values against the protocol were checked already
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
				pendingNew.put(key, transaction.addSubject(site, subject));
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
