package org.trialbench.interchange.odm;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.interchange.odm.internal.ClinicalDataReader;
import org.trialbench.interchange.odm.internal.IncomingSubject;
import org.trialbench.interchange.odm.internal.MappingNotes;
import org.trialbench.interchange.odm.internal.MetadataReader;
import org.trialbench.interchange.odm.internal.OdmCursor;
import org.trialbench.interchange.odm.internal.OdmSyntaxException;
import org.trialbench.interchange.odm.internal.PackedStrings;
import org.trialbench.interchange.odm.internal.ProtocolMerge;
import org.trialbench.interchange.odm.internal.RecordMerge;
import org.trialbench.interchange.odm.internal.TrialSetupReader;
import org.trialbench.protocol.Study;
import org.trialbench.repository.Blinding;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Imports an ODM file into the trial: subjects, visits, forms and values matched by OID, subject key and repeat
 * keys, as one audited commit by the session's user with the given reason. The file is read once, streaming (twice
 * when the ODM schema is installed: it is validated against the schema first), checking and applying at once:
 * every subject is checked as it is read (OIDs, data types, code lists) and written in batches of
 * {@value #FLUSH_EVERY} into the store's still uncommitted transaction. Once a problem makes the file invalid, the
 * transaction is rolled back and no more is written, but the file is read to its end, so that every problem is
 * reported with its line and column; nothing is changed. A dry run takes the same path and rolls back instead of
 * committing, so it also reports a change the store would refuse.
 *
 * <p>The subjects go to the store ten at a time: their stored records read together as detached copies
 * ({@link TrialTransaction#readSubjects}), a comparison of each with the file, working copies
 * ({@link TrialTransaction#editSubjects}, read again) only for the subjects that change, new subjects added; every
 * {@value #FLUSH_EVERY} subjects and at the end a {@linkplain TrialTransaction#flush(String) flush}, which writes
 * the working copies' rows and audit entries into the commit's open database transaction and lets them go. The commit at the end makes all of it visible at once
 * (one commit id), and any failure or a cancel rolls all of it back. So memory stays the same whatever the size of
 * the file. While an import writes, it holds the store's commit lock: other commits wait for it. A store that cannot
 * flush keeps the working copies until the commit (memory then grows with what the file changes).</p>
 *
 * <p>With more than one processor the store work runs on a thread of its own while the file is read on (at most 40 subjects wait for it); only that thread touches the
 * transaction until the file has been read. {@link #ONE_THREAD} keeps it on the reading thread.</p>
 *
 * <p>A blinded user's import leaves out the records that reveal the allocation (allocations, arm-specific forms
 * and items), with a warning.</p>
 */
public final class OdmImport {

	/** Subjects read, compared and written between two flushes of the transaction. */
	public static final int FLUSH_EVERY = 100;

	/**
	 * Subjects the reading hands to the store work at a time, whose stored records are read together. Few, so that
	 * little of the file is held in memory at once, and it is short-lived (fewer objects to copy at each collection).
	 */
	private static final int HAND_OVER = 5;

	/**
	 * System property: "true" keeps the store work on the thread that reads the file (it moves to a thread of its
	 * own when the machine has more than one processor).
	 */
	public static final String ONE_THREAD = "trialbench.odm.import.oneThread";

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
		return run(source, options, session.trial(), session.protocol(), session.blinded(),
				StoredKeys.of(session.subjects(SubjectFilter.all())), transaction, monitor);
	}

	/**
	 * Checks a file against a trial that is not in a store yet (the set-up {@link #readTrialSetup} read from it) as
	 * an import into it would: every problem with its line and column, and a dry-run report of the subjects it would
	 * add and how it maps the file. Nothing is written anywhere; {@code --new-trial} checks the file so before it
	 * sets the trial up, so that a refused file leaves nothing.
	 */
	public static ImportReport check(Source source, Trial trial, String defaultSiteCode, IProgressMonitor monitor)
			throws OdmInvalidException, IOException {
		try {
			return new OdmImport(null).run(source, new Options(true, null, defaultSiteCode), trial,
					trial.getProtocol(), false, StoredKeys.NONE, null, monitor);
		} catch (StoreException e) {
			throw new IllegalStateException("a check without a store met the store", e);
		}
	}

	/**
	 * What {@code import-odm --new-trial} does before it imports: checks the whole file against the trial set up
	 * from it, as the import will (a file that would be refused leaves the empty repository as it was), then sets
	 * the trial up in the repository. Returns the check's report (the subjects the import will add).
	 */
	public static ImportReport setUpInto(TrialRepository repository, Source source, TrialSetup setup,
			InitialCredentials credentials, IProgressMonitor monitor)
			throws OdmInvalidException, IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		ImportReport check = check(source, setup.trial(), setup.defaultSiteCode(), progress.split(1));
		repository.initialize(setup.trial(), credentials, "Trial set up from ODM file " + source.name(),
				progress.split(1));
		return check;
	}

	private ImportReport run(Source source, Options options, Trial trial, Study protocol, boolean blinded,
			StoredKeys stored, TrialTransaction transaction, IProgressMonitor monitor)
			throws OdmInvalidException, IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.name(), 100);
		List<OdmProblem> problems = new ArrayList<>();
		Optional<OdmSchema> schema = OdmSchema.installed();
		if (schema.isPresent()) {
			progress.subTask("Checking " + source.name() + " against the ODM 1.3.2 schema");
			try (InputStream in = source.open()) {
				problems.addAll(schema.get().validate(new BufferedInputStream(in)));
			}
			if (problems.stream().anyMatch(OdmProblem::isError)) {
				throw new OdmInvalidException(problems);
			}
		} else {
			problems.add(OdmProblem.warning(0, 0, "the ODM 1.3.2 XML schema is not installed (see the README, \"CDISC ODM 1.3.2 import and export\"); "
					+ "the file was checked by Trialbench's own rules only"));
		}
		progress.setWorkRemaining(100);
		Writer writer = new Writer(transaction, options);
		Pass pass = new Pass(trial, protocol, blinded, stored, options, writer, problems);
		pass.run(source, progress.split(90));
		if (pass.hiddenLeftOut > 0) {
			problems.add(OdmProblem.warning(0, 0, pass.hiddenLeftOut + " records that reveal the allocation "
					+ "(allocations, arm-specific forms and items) were left out: " + session.user().getUsername()
					+ " is blinded, and the store never lets a blinded user see or write them"));
		}
		if (pass.subjectsSeen > 0 && pass.subjectsAccepted == 0 && problems.stream().noneMatch(OdmProblem::isError)) {
			problems.add(OdmProblem.error(0, 0, "all " + pass.subjectsSeen + " subjects of the file would be dropped; "
					+ "the file is refused"));
		}
		if (problems.stream().anyMatch(OdmProblem::isError)) {
			if (transaction != null) {
				transaction.rollback(); // what was flushed before the first error turned up goes with it
			}
			throw new OdmInvalidException(problems);
		}
		if (writer.failure instanceof StoreException refused) {
			transaction.rollback();
			throw refused;
		}
		CommitInfo commit = null;
		if (transaction != null && !options.dryRun() && transaction.isDirty()) {
			progress.subTask("Saving");
			commit = transaction.commit(options.reason());
		}
		progress.worked(10);
		return new ImportReport(options.dryRun(), problems, pass.metadataDifferences, pass.notes.lines(),
				writer.changes, writer.added, writer.changed, writer.unchanged, writer.changedValues, commit);
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

	/** A new trial's set-up read from a file, and how it was mapped (sites other systems name, --site). */
	public record TrialSetup(Trial trial, String defaultSiteCode, List<String> notes) {
	}

	/**
	 * The set-up of a new trial from an ODM file, for an empty store: protocol, sites and users (see
	 * {@link TrialSetupReader}); {@code administrator} becomes an administrator when the file names none.
	 */
	public static Trial readTrialSetup(Source source, String administrator) throws OdmInvalidException, IOException {
		return setUpTrial(source, administrator, null).trial();
	}

	/**
	 * The set-up of a new trial, as {@link #readTrialSetup}, with the sites other systems name without AdminData
	 * (OpenClinica's site studies and SiteRefs, REDCap's data access groups) and the default site {@code site}
	 * ("CODE" or "CODE:NAME", may be null) for subjects the file puts at no site, created when the file has no
	 * site of that code.
	 */
	public static TrialSetup setUpTrial(Source source, String administrator, String site)
			throws OdmInvalidException, IOException {
		List<OdmProblem> problems = new ArrayList<>();
		Trial trial = null;
		TrialSetupReader reader = null;
		try (InputStream in = source.open(); OdmCursor cursor = OdmCursor.open(new BufferedInputStream(in))) {
			root(cursor, problems);
			reader = new TrialSetupReader(cursor, problems);
			trial = reader.read();
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
		List<String> notes = new ArrayList<>(reader.notes());
		String code = null;
		if (site != null && !site.isBlank()) {
			int colon = site.indexOf(':');
			code = (colon < 0 ? site : site.substring(0, colon)).strip();
			String name = colon < 0 ? null : site.substring(colon + 1).strip();
			String wanted = code;
			Site existing = trial.getSites().stream().filter(s -> wanted.equals(s.getCode())).findFirst().orElse(null);
			if (existing == null) {
				Site created = org.trialbench.clinical.ClinicalFactory.eINSTANCE.createSite();
				created.setId(org.trialbench.model.identity.ObjectIds.next());
				created.setCode(code);
				created.setName(name == null || name.isEmpty() ? code : name);
				trial.getSites().add(created);
				notes.add("site " + code + " (" + created.getName() + ") set up by --site for the subjects the file "
						+ "puts at no site");
			} else {
				notes.add("--site " + code + ": the file's own site " + code + " takes the subjects it puts at no site");
			}
		}
		return new TrialSetup(trial, code, notes);
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

	/**
	 * A child of ODM that the caller does not read: ReferenceData, Association and ds:Signature are noted as not
	 * imported ({@code adminData} says what becomes of AdminData), vendor extensions as ignored; an ODM element that
	 * belongs elsewhere or is unknown is an error with its line and column.
	 */
	static void topLevel(OdmCursor cursor, List<OdmProblem> problems, MappingNotes notes, String adminData) {
		String name = cursor.localName();
		if (cursor.isOdm("AdminData")) {
			if (adminData != null) {
				notes.note(adminData, cursor);
			}
		} else if (cursor.isOdm("ReferenceData") || cursor.isOdm("Association")
				|| "http://www.w3.org/2000/09/xmldsig#".equals(cursor.namespace())) {
			notes.note(name + " is not imported", cursor);
		} else if (Odm.NS.equals(cursor.namespace())) {
			problems.add(cursor.error(name + " directly inside ODM is not where ODM 1.3.2 puts it ("
					+ switch (name) {
					case "SubjectData" -> "inside ClinicalData";
					case "StudyEventData" -> "inside SubjectData";
					case "FormData" -> "inside StudyEventData";
					case "MetaDataVersion", "GlobalVariables", "BasicDefinitions" -> "inside Study";
					default -> "ODM holds Study, AdminData, ReferenceData, ClinicalData and Association";
					} + "); it is not imported"));
		} else if (Odm.TB.equals(cursor.namespace())) {
			problems.add(cursor.error("tb:" + name + " is no Trialbench extension element this version reads"));
		} else {
			notes.note("vendor extension element {" + cursor.namespace() + "}" + name + " ignored", cursor);
		}
	}

	/**
	 * The one pass over the file: reads and checks each subject, and hands them in batches of {@value #HAND_OVER}
	 * to the {@link Writer}, until the first error; from then on it only reads on, to report every problem.
	 */
	private final class Pass {
		private final StoredKeys stored;
		private final Options options;
		private final Writer writer;
		private final List<OdmProblem> problems;
		private final Trial trial;
		private final Study protocol;
		private final boolean blinded;
		final MappingNotes notes = new MappingNotes();
		int subjectsSeen;
		int subjectsAccepted;
		/** Keys of new subjects already read: a key the file repeats goes to the subject its first one added. */
		private final Set<String> newKeys = new HashSet<>();
		private List<Entry> batch = new ArrayList<>();
		/** How many problems were looked at for errors, and whether one was. */
		private int checked;
		private boolean failed;
		final List<String> metadataDifferences = new ArrayList<>();
		int hiddenLeftOut;

		Pass(Trial trial, Study protocol, boolean blinded, StoredKeys stored, Options options,
				Writer writer, List<OdmProblem> problems) {
			this.trial = trial;
			this.protocol = protocol;
			this.blinded = blinded;
			this.stored = stored;
			this.options = options;
			this.writer = writer;
			this.problems = problems;
		}

		void run(Source source, SubMonitor progress) throws IOException, StoreException {
			long size = source.size();
			progress.setWorkRemaining(1000);
			writer.start();
			boolean read = false;
			try {
				try (InputStream raw = source.open();
						Counting in = new Counting(new BufferedInputStream(raw, 1 << 16), size, progress);
						OdmCursor cursor = OdmCursor.open(in)) {
					root(cursor, problems);
					Map<String, String> fileGroups = Map.of();
					int depth = cursor.depth();
					boolean studyRead = false;
					while (cursor.child(depth)) {
						if (cursor.isOdm("Study") && !studyRead) {
							studyRead = true;
							MetadataReader metadata = new MetadataReader(cursor, problems, notes);
							Study fileStudy = metadata.read();
							fileGroups = metadata.itemGroupForms();
							TrialSetupReader.dropRedcapGroupField(fileStudy); // the site, not an item
							metadataDifferences.addAll(ProtocolMerge.merge(EcoreUtil.copy(protocol), fileStudy));
						} else if (cursor.isOdm("Study")) {
							notes.note("a further Study element (" + cursor.attr("OID") + ", as OpenClinica writes one "
									+ "for each site) is not read as a protocol: its ClinicalData goes to the site "
									+ "of that OID", cursor);
						} else if (cursor.isOdm("ClinicalData")) {
							String studyOid = cursor.attr("StudyOID");
							if (studyOid != null && !studyOid.equals(protocol.getOid())) {
								notes.note("ClinicalData is for study " + studyOid + "; it is imported into "
										+ protocol.getOid() + " by matching OIDs", cursor);
							}
							ClinicalDataReader reader = new ClinicalDataReader(cursor, problems, protocol, trial,
									fileGroups, notes);
							reader.read(this::accept);
							subjectsSeen += reader.subjectsSeen();
						} else {
							topLevel(cursor, problems, notes, "AdminData (users and locations) is not imported into an "
									+ "existing trial: administer users and sites with ./trialbench user and site");
						}
					}
				} catch (OdmSyntaxException e) {
					problems.add(e.problem());
				}
				handOver();
				read = true;
			} catch (java.io.UncheckedIOException e) {
				throw e.getCause(); // the file could not be read to its end: nothing is saved
			} finally {
				writer.finish(!read);
			}
		}

		private void accept(IncomingSubject incoming) {
			String key = incoming.subject().getScreeningNumber();
			if (key == null) {
				return;
			}
			if (blinded) {
				hiddenLeftOut += leaveOutHidden(incoming.subject());
			}
			subjectsAccepted++;
			String storedId = stored.id(key, incoming.subject().getId());
			if (storedId != null) {
				batch.add(new Entry(incoming, key, storedId, null));
			} else if (newKeys.contains(key)) {
				batch.add(new Entry(incoming, key, null, null));
			} else {
				String siteCode = incoming.siteCode() != null ? incoming.siteCode() : options.defaultSiteCode();
				Site site = trial.getSites().stream().filter(s -> s.getCode().equals(siteCode)).findFirst()
						.orElse(null);
				if (site == null) {
					problems.add(OdmProblem.error(incoming.line(), incoming.column(), "subject " + key
							+ " is new and its SubjectData names no site of this trial"
							+ (siteCode == null ? " (choose a default site: --site CODE, or with --new-trial --site CODE:NAME)"
									: " ('" + siteCode + "' is unknown; add it with ./trialbench site add)")));
					return;
				}
				newKeys.add(key);
				batch.add(new Entry(incoming, key, null, site));
			}
			if (batch.size() >= HAND_OVER) {
				handOver();
			}
		}

		/** The batch goes to the writer, unless the file is known to be refused: then the store work stops. */
		private void handOver() {
			for (; checked < problems.size(); checked++) {
				failed |= problems.get(checked).isError();
			}
			if (failed) {
				writer.stop();
			} else if (!batch.isEmpty()) {
				writer.write(batch);
			}
			batch = new ArrayList<>();
		}
	}

	/**
	 * The stored subjects the session sees, by screening number and by id: only the ids and numbers, not whole
	 * headers, since the import holds them from its first subject to its last, and packed (10,000 subjects' take
	 * about 0.5 MB, against 2.2 MB as strings in hash maps and 7 MB as headers: with little else live, that decides
	 * the heap the import needs).
	 */
	private static final class StoredKeys {
		static final StoredKeys NONE = new StoredKeys(PackedStrings.EMPTY, PackedStrings.EMPTY, new int[0]);

		private final PackedStrings numbers;
		private final PackedStrings ids;
		/** The position in {@code ids} of the subject with each screening number. */
		private final int[] idOfNumber;

		private StoredKeys(PackedStrings numbers, PackedStrings ids, int[] idOfNumber) {
			this.numbers = numbers;
			this.ids = ids;
			this.idOfNumber = idOfNumber;
		}

		static StoredKeys of(List<SubjectHeader> headers) {
			PackedStrings numbers = PackedStrings.of(headers.stream().map(SubjectHeader::screeningNumber).toList());
			PackedStrings ids = PackedStrings.of(headers.stream().map(SubjectHeader::id).toList());
			int[] idOfNumber = new int[numbers.size()];
			for (SubjectHeader header : headers) {
				int number = numbers.indexOf(header.screeningNumber());
				if (number >= 0) {
					idOfNumber[number] = ids.indexOf(header.id()); // a number twice: the later subject, as a map's put
				}
			}
			return new StoredKeys(numbers, ids, idOfNumber);
		}

		/** The stored subject a file's subject updates: by its screening number, else by its id; null: none. */
		String id(String screeningNumber, String id) {
			int number = numbers.indexOf(screeningNumber);
			if (number >= 0) {
				return ids.get(idOfNumber[number]);
			}
			return ids.contains(id) ? id : null;
		}
	}

	/**
	 * A subject of the file, checked: the stored subject it updates, or the site a new subject goes to, or neither
	 * (the file repeats a new subject's key).
	 */
	private record Entry(IncomingSubject incoming, String key, String storedId, Site site) {
	}

	/**
	 * Writes the subjects of the file into the transaction, a batch at a time: the batch's stored subjects read
	 * together as detached copies, a comparison with each, working copies (read again) only for the subjects that
	 * change; a flush every {@value #FLUSH_EVERY} subjects and at the end. With more than one processor it works on a
	 * thread of its own, so that the file is read on meanwhile; only it touches the transaction until
	 * {@link #finish} returns. After a failure, or once told to {@linkplain #stop() stop}, it rolls the transaction
	 * back and does no more store work.
	 */
	private final class Writer {
		/** Markers in the queue, each its own object: flush what is left and end; end; roll back. */
		private final List<Entry> end = new ArrayList<>();
		private final List<Entry> quit = new ArrayList<>();
		private final List<Entry> rollBack = new ArrayList<>();
		private final TrialTransaction transaction;
		private final String reason;
		/** Whether the transaction flushes (then working copies are let go every FLUSH_EVERY subjects). */
		private boolean streaming;
		private int sinceFlush;
		private final Map<String, Subject> pendingNew = new HashMap<>();
		/** New subjects already handed to a flushing transaction, by key: their ids, not their records. */
		private final Map<String, String> addedIds = new HashMap<>();
		/**
		 * One batch waiting while another is written and a third read: enough to keep both threads busy (four
		 * waiting were no faster), and what the import holds of the file stays small (the heap it needs at 10,000
		 * subjects, BENCHMARKS.md).
		 */
		private final BlockingQueue<List<Entry>> queue = new ArrayBlockingQueue<>(1);
		private Thread thread;
		private boolean stopped;
		/** The store's refusal or failure; the pass reads on, so that a refused file's problems still come first. */
		volatile Throwable failure;
		final List<String> changes = new ArrayList<>();
		int changed;
		int unchanged;
		int changedValues;
		int added;

		Writer(TrialTransaction transaction, Options options) {
			this.transaction = transaction;
			this.reason = options.dryRun() && (options.reason() == null || options.reason().isBlank())
					? "dry run of an ODM import (rolled back)" // a dry run never commits, but writes as one would
					: options.reason();
		}

		void start() throws StoreException {
			if (transaction == null) {
				return; // a check: no store, no thread
			}
			streaming = transaction.flush(reason); // nothing to write yet: only asks whether it can
			if (Runtime.getRuntime().availableProcessors() > 1 && !Boolean.getBoolean(ONE_THREAD)) {
				thread = new Thread(this::work, "ODM import: store");
				thread.setDaemon(true);
				thread.start();
			}
		}

		/** Called by the pass: writes the batch, or queues it for the writer's thread. */
		void write(List<Entry> batch) {
			if (thread == null) {
				write(batch, true);
			} else {
				put(batch);
			}
		}

		/** Called by the pass once the file is known to be refused. */
		void stop() {
			if (thread == null) {
				write(rollBack, true);
			} else if (!stopped) {
				stopped = true;
				put(rollBack);
			}
		}

		/**
		 * Called by the pass at its end: the rest is flushed, unless the pass was abandoned (cancelled or failed);
		 * then the caller rolls back. The transaction is the caller's again.
		 */
		void finish(boolean abandoned) {
			if (thread == null) {
				if (!abandoned) {
					write(end, true);
				}
				return;
			}
			if (abandoned) {
				stopped = true;
				queue.clear(); // the batch being written is finished
			}
			boolean sent = false;
			boolean interrupted = false;
			while (thread.isAlive()) {
				try {
					if (!sent) {
						queue.put(abandoned ? quit : end);
						sent = true;
					}
					thread.join();
				} catch (InterruptedException e) {
					interrupted = true; // the store work must end before the transaction is rolled back
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			if (!abandoned && failure instanceof RuntimeException e && !(e instanceof Stopped)) {
				throw e;
			}
			if (!abandoned && failure instanceof Error e) {
				throw e;
			}
		}

		private void put(List<Entry> batch) {
			try {
				queue.put(batch);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}

		private void work() {
			while (true) {
				List<Entry> batch;
				try {
					batch = queue.take();
				} catch (InterruptedException e) {
					return;
				}
				if (batch == quit) {
					return;
				}
				write(batch, false);
				if (batch == end) {
					return;
				}
			}
		}

		private void write(List<Entry> batch, boolean inline) {
			if (failure != null) {
				return;
			}
			if (transaction == null) { // a check: only what would be added
				if (batch == rollBack) {
					failure = new Stopped();
				} else if (batch != end) {
					for (Entry entry : batch) {
						if (entry.site() != null) {
							added++;
							int values = (int) countValues(entry.incoming().subject());
							changedValues += Math.max(1, values);
							list(List.of("Subject " + entry.key() + ": added at site " + entry.site().getCode()
									+ " with " + values + " values"));
						}
					}
				}
				return;
			}
			if (batch == rollBack) {
				transaction.rollback();
				failure = new Stopped();
				return;
			}
			try {
				if (batch != end) {
					apply(batch);
				} else if (streaming && sinceFlush > 0) {
					transaction.flush(reason); // so that a dry run, too, meets whatever the store would refuse
				}
			} catch (StoreException e) {
				failure = e;
				transaction.rollback();
			} catch (RuntimeException | Error e) {
				failure = e;
				transaction.rollback();
				if (inline) {
					throw e;
				}
			}
		}

		private void apply(List<Entry> batch) throws StoreException {
			Set<String> ids = new LinkedHashSet<>();
			batch.stream().filter(entry -> entry.storedId() != null).forEach(entry -> ids.add(entry.storedId()));
			Map<String, Subject> snapshots = ids.isEmpty() ? Map.of() : transaction.readSubjects(ids);
			// compared first on detached copies: the subjects that do not change need no working copy
			Set<String> changing = new LinkedHashSet<>();
			boolean[] done = new boolean[batch.size()];
			for (int i = 0; i < batch.size(); i++) {
				Entry entry = batch.get(i);
				if (entry.storedId() == null || changing.contains(entry.storedId())) {
					continue;
				}
				Subject snapshot = snapshots.get(entry.storedId());
				if (snapshot == null) {
					throw new StoreException("Subject " + entry.key() + " is not visible to "
							+ session.user().getUsername());
				}
				if (RecordMerge.compare(snapshot, entry.incoming().subject(), entry.incoming().removed()).changes()
						.isEmpty()) {
					unchanged++;
					done[i] = true;
				} else {
					changing.add(entry.storedId());
				}
			}
			Map<String, Subject> copies = changing.isEmpty() ? Map.of() : transaction.editSubjects(changing);
			for (int i = 0; i < batch.size(); i++) {
				Entry entry = batch.get(i);
				if (done[i]) {
					continue;
				}
				if (entry.storedId() != null) {
					RecordMerge.Result result = merge(copies.get(entry.storedId()), entry.incoming());
					if (result.changes().isEmpty()) {
						unchanged++;
					} else {
						changed++;
					}
				} else if (entry.site() != null) {
					fresh(entry);
				} else {
					String addedId = addedIds.get(entry.key());
					merge(addedId != null ? transaction.editSubject(addedId) : pendingNew.get(entry.key()),
							entry.incoming());
				}
			}
			sinceFlush += batch.size();
			if (streaming && sinceFlush >= FLUSH_EVERY) {
				transaction.flush(reason);
				sinceFlush = 0;
			}
		}

		private RecordMerge.Result merge(Subject target, IncomingSubject incoming) {
			RecordMerge.Result result = RecordMerge.merge(target, incoming.subject(), incoming.removed());
			changedValues += result.changedValues();
			list(result.changes());
			return result;
		}

		private void fresh(Entry entry) throws StoreException {
			Subject subject = entry.incoming().subject();
			added++;
			int values = (int) countValues(subject);
			changedValues += Math.max(1, values);
			list(List.of("Subject " + entry.key() + ": added at site " + entry.site().getCode() + " with " + values
					+ " values"));
			Subject added = transaction.addSubject(entry.site(), subject);
			if (streaming) {
				addedIds.put(entry.key(), added.getId());
			} else {
				pendingNew.put(entry.key(), added);
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

	/** The writer was told to stop: the file is refused, and its problems say why. */
	private static final class Stopped extends RuntimeException {
		private static final long serialVersionUID = 1L;
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
