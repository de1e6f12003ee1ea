package org.trialbench.enrolment;

import java.time.LocalDate;
import java.util.Map;

import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Stratum;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * The screening log and enrolment of one user's session: a subject is screened (screening number, consent date
 * and version), assessed against the protocol's eligibility criteria, and either excluded with the reason kept for
 * the CONSORT flow or randomized against the concealed list. Every step is one audited commit.
 */
public final class Enrolment {

	private final TrialSession session;

	public Enrolment(TrialSession session) {
		this.session = session;
	}

	/** What the screening step collects. */
	public record Screening(Site site, String screeningNumber, LocalDate consentDate, String consentVersion,
			LocalDate birthDate, Sex sex) {
	}

	/** Adds a subject to the screening log; refused without consent or with a screening number already used. */
	public Subject screen(Screening screening) throws StoreException {
		String number = screening.screeningNumber() == null ? "" : screening.screeningNumber().strip();
		if (number.isEmpty()) {
			throw new EnrolmentException("Enter a screening number");
		}
		if (screening.site() == null) {
			throw new EnrolmentException("Choose the site that screens subject " + number);
		}
		if (screening.consentDate() == null || screening.consentVersion() == null
				|| screening.consentVersion().isBlank()) {
			throw new EnrolmentException("Subject " + number + ": enter the date and version of the signed consent; "
					+ "no study procedure happens before consent");
		}
		if (screening.consentDate().isAfter(LocalDate.now())) {
			throw new EnrolmentException("Subject " + number + ": the consent date " + screening.consentDate()
					+ " is in the future");
		}
		if (session.countSubjects(new SubjectFilter(null, number, java.util.Set.of(), 0, 0)) > 0 && session
				.subjects(new SubjectFilter(null, number, java.util.Set.of(), 0, 0)).stream()
				.anyMatch(h -> number.equals(h.screeningNumber()))) {
			throw new EnrolmentException("Screening number " + number + " is already in the screening log");
		}
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		subject.setScreeningNumber(number);
		subject.setStatus(SubjectStatus.SCREENING);
		subject.setConsentDate(screening.consentDate());
		subject.setConsentVersion(screening.consentVersion().strip());
		subject.setBirthDate(screening.birthDate());
		if (screening.sex() != null) {
			subject.setSex(screening.sex());
		}
		try (TrialTransaction transaction = session.begin()) {
			transaction.addSubject(screening.site(), subject);
			transaction.commit("screening: consent version " + subject.getConsentVersion());
		}
		return subject;
	}

	/**
	 * Records the eligibility checklist (criterion code to whether it applies) and the stratum. A subject who fails
	 * a criterion becomes a screen failure ("not meeting criteria") with the failed criteria as the reason.
	 */
	public EligibilityVerdict assess(String subjectId, Map<String, Boolean> metByCode, Stratum stratum, String reason)
			throws StoreException {
		try (TrialTransaction transaction = session.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			if (subject.getStatus() == SubjectStatus.RANDOMIZED || subject.getAllocation() != null) {
				throw new EnrolmentException("Subject " + subject.getScreeningNumber()
						+ " is randomized; its eligibility is no longer changed here");
			}
			for (EligibilityCriterion criterion : session.protocol().getEligibilityCriteria()) {
				if (!metByCode.containsKey(criterion.getCode())) {
					continue;
				}
				Boolean met = metByCode.get(criterion.getCode());
				EligibilityAnswer answer = subject.getEligibilityAnswers().stream()
						.filter(a -> a.getCriterion() != null && criterion.getOid().equals(a.getCriterion().getOid()))
						.findFirst().orElse(null);
				if (met == null) {
					if (answer != null) {
						subject.getEligibilityAnswers().remove(answer);
					}
					continue;
				}
				if (answer == null) {
					answer = ClinicalFactory.eINSTANCE.createEligibilityAnswer();
					answer.setCriterion(criterion);
					subject.getEligibilityAnswers().add(answer);
				}
				answer.setMet(met);
			}
			if (stratum != null) {
				subject.setStratum(stratum);
			}
			EligibilityVerdict verdict = EligibilityVerdict.of(session.protocol(), subject);
			if (!verdict.failures().isEmpty()) {
				subject.setStatus(SubjectStatus.SCREEN_FAILED);
				subject.setScreenFailCategory(ScreenFailCategory.NOT_MEETING_CRITERIA);
				subject.setScreenFailReason(verdict.failureReason());
			} else if (subject.getStatus() == SubjectStatus.SCREEN_FAILED
					&& subject.getScreenFailCategory() == ScreenFailCategory.NOT_MEETING_CRITERIA) {
				subject.setStatus(SubjectStatus.SCREENING); // a corrected answer; the audit keeps the earlier one
				subject.setScreenFailCategory(null);
				subject.setScreenFailReason(null);
			}
			if (transaction.isDirty()) {
				transaction.commit(reason == null || reason.isBlank() ? "eligibility assessment" : reason);
			}
			return verdict;
		}
	}

	/** A screened subject who declines (or leaves for another reason) before randomization. */
	public void excludeBeforeRandomization(String subjectId, ScreenFailCategory category, String why)
			throws StoreException {
		if (why == null || why.isBlank()) {
			throw new EnrolmentException("Say why the subject is not randomized; the reason goes into the CONSORT flow");
		}
		try (TrialTransaction transaction = session.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			if (subject.getStatus() != SubjectStatus.SCREENING) {
				throw new EnrolmentException("Subject " + subject.getScreeningNumber() + " is not in screening");
			}
			subject.setStatus(SubjectStatus.SCREEN_FAILED);
			subject.setScreenFailCategory(category);
			subject.setScreenFailReason(why.strip());
			transaction.commit(why.strip());
		}
	}

	/**
	 * Randomizes an eligible subject against the concealed list; returns that subject's allocation only.
	 *
	 * @throws EnrolmentException when the subject is not (or not yet) eligible; nothing is stored
	 */
	public Allocation randomize(String subjectId, String reason) throws StoreException {
		Subject subject = session.subject(subjectId).orElseThrow(
				() -> new StoreException("Subject " + subjectId + " does not exist or is not visible to you"));
		String label = "Subject " + subject.getScreeningNumber();
		if (subject.getConsentDate() == null) {
			throw new EnrolmentException(label + " has no consent date and cannot be randomized");
		}
		EligibilityVerdict verdict = EligibilityVerdict.of(session.protocol(), subject);
		if (!verdict.failures().isEmpty()) {
			throw new EnrolmentException(label + " cannot be randomized: " + verdict.failureReason());
		}
		if (subject.getStatus() == SubjectStatus.SCREEN_FAILED) {
			throw new EnrolmentException(label + " left screening and cannot be randomized: "
					+ subject.getScreenFailReason());
		}
		if (!verdict.complete()) {
			throw new EnrolmentException(label + " cannot be randomized yet: " + verdict.summary());
		}
		if (subject.getStratum() == null) {
			throw new EnrolmentException(label + " cannot be randomized yet: record the diagnosis (stratum)");
		}
		return session.allocations().randomize(subjectId, reason);
	}
}
