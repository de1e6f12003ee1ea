package org.trialbench.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Subject;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * A monitor's verification of item values against the source documents: one audited commit for a whole selection
 * (bulk verify), with the monitor as verifier and the time; item values, consent records and adverse events alike. Values verified already are left alone and counted.
 */
public final class SourceDataVerification {

	/** What a bulk verification did. */
	public record Result(int verified, int alreadyVerified, CommitInfo commit) {
	}

	private final Clock clock;

	public SourceDataVerification() {
		this(Clock.systemUTC());
	}

	public SourceDataVerification(Clock clock) {
		this.clock = clock;
	}

	public Result verify(TrialSession session, Collection<WorklistRow> rows, String reason, IProgressMonitor monitor)
			throws StoreException {
		if (!session.hasRole(Role.MONITOR)) {
			throw new AccessDeniedException("Only monitors verify source data; " + session.user().getUsername()
					+ " is " + session.roles() + ". Nothing was verified.");
		}
		Map<String, Set<String>> bySubject = new LinkedHashMap<>();
		rows.forEach(row -> bySubject.computeIfAbsent(row.value().subjectId(), s -> new LinkedHashSet<>()).add(row.id()));
		SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + rows.size() + " values", bySubject.size() + 1);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		int verified = 0;
		int already = 0;
		try (TrialTransaction tx = session.begin()) {
			for (Map.Entry<String, Set<String>> entry : bySubject.entrySet()) {
				progress.checkCanceled();
				Subject subject = tx.editSubject(entry.getKey());
				Map<String, EObject> targets = targets(subject);
				for (String id : entry.getValue()) {
					EObject target = targets.get(id);
					if (target == null) {
						throw new StoreException("The record " + id + " is no longer part of subject "
								+ subject.getScreeningNumber() + "; reload the worklist. Nothing was verified.");
					}
					SdvState current = (SdvState) target.eGet(feature(target, "sdvState"));
					if (current == SdvState.VERIFIED) {
						already++;
						continue;
					}
					target.eSet(feature(target, "sdvState"), SdvTransitions.verify(current));
					target.eSet(feature(target, "verifiedBy"), session.user());
					target.eSet(feature(target, "verifiedAt"), now);
					verified++;
				}
				progress.worked(1);
			}
			CommitInfo commit = verified == 0 ? null
					: tx.commit(reason == null || reason.isBlank() ? "source data verified" : reason.strip());
			progress.worked(1);
			return new Result(verified, already, commit);
		}
	}

	/**
	 * What a monitor verifies in the subject's record, by id: the subject itself (its consent record), its item
	 * values and its adverse events. Each has the same three SDV features.
	 */
	static Map<String, EObject> targets(Subject subject) {
		Map<String, EObject> targets = new HashMap<>(values(subject));
		targets.put(subject.getId(), subject);
		subject.getAdverseEvents().forEach(event -> targets.put(event.getId(), event));
		return targets;
	}

	private static EStructuralFeature feature(EObject target, String name) {
		return target.eClass().getEStructuralFeature(name);
	}

	static Map<String, ItemValue> values(Subject subject) {
		Map<String, ItemValue> values = new HashMap<>();
		subject.eAllContents().forEachRemaining(object -> {
			if (object instanceof ItemValue value) {
				values.put(value.getId(), value);
			}
		});
		return values;
	}
}
