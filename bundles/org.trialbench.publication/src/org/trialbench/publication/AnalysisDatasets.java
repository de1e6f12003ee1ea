package org.trialbench.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.model.status.SubjectStatuses;
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

	public static AnalysisDataset read(TrialSession session, Snapshot snapshot, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + snapshot.describe(), 1);
		AnalysisRecords records = new AnalysisRecords(session.protocol());
		List<AnalysisSubject> subjects = new ArrayList<>();
		int[] hidden = new int[1];
		session.readSubjects(snapshot.locked() ? snapshot.id() : null, subject -> {
			if (subject.getAllocation() == null && SubjectStatuses.everRandomized(subject.getStatus())) {
				hidden[0]++;
			}
			subjects.add(records.of(subject));
		}, progress.split(1));
		if (hidden[0] > 0 && subjects.stream().noneMatch(AnalysisSubject::randomized)) {
			throw new AccessDeniedException("The user " + session.user().getUsername() + " is blinded to the "
					+ "allocations, so tables by arm cannot be computed: the statistician produces them, and the "
					+ "writing committee once the data manager has locked the data");
		}
		return new AnalysisDataset(session.protocol(), snapshot, subjects);
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
