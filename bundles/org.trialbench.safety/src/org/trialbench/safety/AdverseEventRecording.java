package org.trialbench.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.Subject;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.Arm;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Records a new adverse event or changes one, through one audited commit with the user's reason. Seriousness is
 * derived from the criteria, expectedness from the reference safety information (when the arm it may depend on is
 * visible); an event that breaks a {@link SeriousnessRules rule} is refused and nothing is written.
 */
public final class AdverseEventRecording {
	/** What was saved: the commit, the event's id and the rules' warnings. */
	public record Saved(CommitInfo commit, String eventId, List<SafetyFinding> warnings) {
	}

	private final TrialSession session;

	public AdverseEventRecording(TrialSession session) {
		this.session = session;
	}

	/**
	 * @param eventId null to record a new event
	 * @return null commit when nothing changed
	 */
	public Saved save(String subjectId, String eventId, AdverseEventDraft draft, String reason)
			throws AdverseEventRejected, StoreException {
		try (TrialTransaction transaction = session.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			AdverseEvent event;
			if (eventId == null) {
				event = ClinicalFactory.eINSTANCE.createAdverseEvent();
				subject.getAdverseEvents().add(event);
			} else {
				event = subject.getAdverseEvents().stream().filter(e -> eventId.equals(e.getId())).findFirst()
						.orElseThrow(() -> new StoreException("Subject " + subject.getScreeningNumber()
								+ " has no adverse event " + eventId + " (deleted by someone else?)"));
			}
			apply(draft, event);
			AdverseEventSettings settings = session.protocol().getAdverseEventSettings();
			Arm arm = subject.getAllocation() != null ? subject.getAllocation().getArm() : null;
			Optional<Boolean> expected = Expectedness.assess(event, arm,
					settings == null ? null : settings.getReferenceSafetyInformation());
			if (expected.isPresent() && !expected.get().equals(event.getExpected())) {
				event.setExpected(expected.get());
			}
			List<SafetyFinding> findings = SeriousnessRules.check(event, settings);
			String record = "Adverse event '" + draft.verbatimTerm() + "' of subject " + subject.getScreeningNumber();
			if (findings.stream().anyMatch(SafetyFinding::error)) {
				transaction.rollback();
				throw new AdverseEventRejected(record, findings);
			}
			CommitInfo commit = transaction.isDirty() ? transaction.commit(reason) : null;
			return new Saved(commit, event.getId(), findings);
		}
	}

	/** Sets only what differs, so that the audit trail records real changes only. */
	static void apply(AdverseEventDraft draft, AdverseEvent event) {
		set(event.getVerbatimTerm(), draft.verbatimTerm(), event::setVerbatimTerm);
		set(event.getOnsetDate(), draft.onsetDate(), event::setOnsetDate);
		set(event.getResolutionDate(), draft.resolutionDate(), event::setResolutionDate);
		if (event.isOngoing() != draft.ongoing()) {
			event.setOngoing(draft.ongoing());
		}
		set(event.getCtcaeGrade(), draft.ctcaeGrade(), event::setCtcaeGrade);
		if (draft.asgeSeverity() == null) {
			if (event.isSetAsgeSeverity()) {
				event.unsetAsgeSeverity();
			}
		} else if (!event.isSetAsgeSeverity() || event.getAsgeSeverity() != draft.asgeSeverity()) {
			event.setAsgeSeverity(draft.asgeSeverity());
		}
		if (draft.agreeGrade() == null) {
			if (event.isSetAgreeGrade()) {
				event.unsetAgreeGrade();
			}
		} else if (!event.isSetAgreeGrade() || event.getAgreeGrade() != draft.agreeGrade()) {
			event.setAgreeGrade(draft.agreeGrade());
		}
		if (draft.criteria() != null && !draft.criteria().equals(java.util.Set.copyOf(event.getSeriousnessCriteria()))) {
			event.getSeriousnessCriteria().clear();
			// ICH E2A order, so that the same criteria always read the same
			draft.criteria().stream().sorted().forEach(event.getSeriousnessCriteria()::add);
		}
		boolean serious = SeriousnessRules.serious(event);
		if (event.isSerious() != serious) {
			event.setSerious(serious);
		}
		if (draft.relationship() != null && (!event.isSetRelationship() || event.getRelationship() != draft.relationship())) {
			event.setRelationship(draft.relationship());
		}
		if (draft.actionTaken() != null && (!event.isSetActionTaken() || event.getActionTaken() != draft.actionTaken())) {
			event.setActionTaken(draft.actionTaken());
		}
		if (draft.outcome() != null && (!event.isSetOutcome() || event.getOutcome() != draft.outcome())) {
			event.setOutcome(draft.outcome());
		}
		set(event.getAwareAt(), draft.awareAt(), event::setAwareAt);
		if (draft.coding() != null) {
			MeddraCoding current = event.getCoding();
			if (current == null || !draft.coding().llt().code().equals(current.getLltCode())
					|| !draft.coding().version().equals(current.getDictionaryVersion())) {
				event.setCoding(draft.coding().toCoding());
			}
		}
	}

	private static <T> void set(T current, T wanted, java.util.function.Consumer<T> setter) {
		if (!Objects.equals(current, wanted)) {
			setter.accept(wanted);
		}
	}
}
