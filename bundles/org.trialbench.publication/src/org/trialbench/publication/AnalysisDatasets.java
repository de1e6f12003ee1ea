package org.trialbench.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * Reads an {@link AnalysisDataset} from a store: from a named data lock, from the newest lock when none is named,
 * or, when asked for {@value #LIVE} (or when the trial has no lock yet), from the live data, marked as not locked.
 */
public final class AnalysisDatasets {

	public static final String LIVE = "live";

	private AnalysisDatasets() {
	}

	/** The snapshot a request names: a lock id, {@value #LIVE}, or null for the newest lock (else live). */
	public static Snapshot resolve(TrialSession session, String requested) throws StoreException {
		List<DataLock> locks = session.dataLocks();
		if (LIVE.equalsIgnoreCase(requested) || (requested == null && locks.isEmpty())) {
			// the head before the read: every entry up to it is in the data read (later ones may be too)
			return Snapshot.live(session.headCommit(), Instant.now(), session.auditHead().orElse(null));
		}
		DataLock lock = requested == null ? locks.get(locks.size() - 1)
				: locks.stream().filter(l -> l.id().equalsIgnoreCase(requested)).findFirst()
						.orElseThrow(() -> new StoreException("There is no data lock '" + requested
								+ "' in this trial; its locks are " + locks.stream().map(DataLock::id).toList()
								+ " (or use " + LIVE + " for the live data)"));
		return new Snapshot(lock.id(), lock.commitId(), lock.lockedAt(), lock.lockedBy(), true, lock.anchor());
	}

	/**
	 * The snapshot's dataset, read from the store's stored objects of the types the analysis uses (no whole
	 * records built) where the store can, else from whole records.
	 */
	public static AnalysisDataset read(TrialSession session, Snapshot snapshot, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + snapshot.describe(), 1);
		AnalysisRecords records = new AnalysisRecords(session.protocol());
		Map<String, String> siteCodes = new HashMap<>();
		for (Site site : session.trial().getSites()) {
			siteCodes.put(site.getId(), site.getCode());
		}
		Subjects subjects = new Subjects();
		if (!session.readSubjectObjects(snapshot.locked() ? snapshot.id() : null, AnalysisRecords.TYPES,
				objects -> records.read(objects, siteCodes), subjects::add, progress.split(1))) {
			return readWholeRecords(session, snapshot, progress.split(1));
		}
		return subjects.dataset(session, snapshot);
	}

	/**
	 * The snapshot's dataset derived from whole records (EMF objects), as stores that cannot read stored objects
	 * give it: {@link #read} must give the same.
	 */
	public static AnalysisDataset readWholeRecords(TrialSession session, Snapshot snapshot, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + snapshot.describe(), 1);
		AnalysisRecords records = new AnalysisRecords(session.protocol());
		Subjects subjects = new Subjects();
		session.readSubjects(snapshot.locked() ? snapshot.id() : null, subject -> subjects.add(records.read(subject)),
				progress.split(1));
		return subjects.dataset(session, snapshot);
	}

	/** The subjects read so far, and how many of them were randomized with their allocation hidden. */
	private static final class Subjects {
		private final List<AnalysisSubject> subjects = new ArrayList<>();
		private int hidden;

		void add(AnalysisRecords.Derived derived) {
			subjects.add(derived.subject());
			hidden += derived.allocationHidden() ? 1 : 0;
		}

		AnalysisDataset dataset(TrialSession session, Snapshot snapshot) throws StoreException {
			if (hidden > 0 && subjects.stream().noneMatch(AnalysisSubject::randomized)) {
				throw new AccessDeniedException("The user " + session.user().getUsername() + " is blinded to the "
						+ "allocations, so tables by arm cannot be computed: the statistician produces them, and the "
						+ "writing committee once the data manager has locked the data");
			}
			// a reader who sees only some sites gets those sites' subjects: every table says so
			return new AnalysisDataset(session.protocol(), snapshot.within(SiteScope.of(session)), subjects);
		}
	}

	/** A dataset of a trial held in memory (tests, benchmarks), marked as not locked. */
	public static AnalysisDataset of(Trial trial, IProgressMonitor monitor) {
		AnalysisRecords records = new AnalysisRecords(trial.getProtocol());
		List<AnalysisSubject> subjects = new ArrayList<>();
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				subjects.add(records.of(subject));
			}
		}
		return new AnalysisDataset(trial.getProtocol(), Snapshot.live(0, Instant.now(), null), subjects);
	}

}
