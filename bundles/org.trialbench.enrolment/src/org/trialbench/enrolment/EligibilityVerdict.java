package org.trialbench.enrolment;

import java.util.List;
import java.util.stream.Collectors;

import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.Subject;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Study;

/**
 * The subject's eligibility against every criterion of the protocol, in protocol order. Eligible only when every
 * criterion is answered, every inclusion criterion is met and no exclusion criterion is.
 */
public record EligibilityVerdict(List<CriterionAnswer> answers) {

	public EligibilityVerdict {
		answers = List.copyOf(answers);
	}

	/** The verdict from the answers stored on the subject. */
	public static EligibilityVerdict of(Study study, Subject subject) {
		return new EligibilityVerdict(study.getEligibilityCriteria().stream()
				.map(criterion -> new CriterionAnswer(criterion, stored(subject, criterion))).toList());
	}

	private static Boolean stored(Subject subject, EligibilityCriterion criterion) {
		for (EligibilityAnswer answer : subject.getEligibilityAnswers()) {
			if (answer.getCriterion() != null && criterion.getOid().equals(answer.getCriterion().getOid())) {
				return answer.isMet();
			}
		}
		return null;
	}

	public boolean complete() {
		return answers.stream().allMatch(CriterionAnswer::answered);
	}

	public boolean eligible() {
		return complete() && answers.stream().allMatch(CriterionAnswer::passes);
	}

	/** Answered and failing: the subject cannot be randomized whatever the other answers. */
	public List<CriterionAnswer> failures() {
		return answers.stream().filter(a -> a.answered() && !a.passes()).toList();
	}

	public List<CriterionAnswer> unanswered() {
		return answers.stream().filter(a -> !a.answered()).toList();
	}

	/** The reason kept for the CONSORT flow, e.g. "I1 not met: Age 18 years or older at consent; E2 met: ...". */
	public String failureReason() {
		return failures().stream().map(CriterionAnswer::failureText).collect(Collectors.joining("; "));
	}

	/** One line for a wizard or a log. */
	public String summary() {
		if (eligible()) {
			return "Eligible: all " + answers.size() + " criteria pass";
		}
		if (!failures().isEmpty()) {
			return "Not eligible: " + failureReason();
		}
		return unanswered().size() + " of " + answers.size() + " criteria not yet assessed";
	}
}
