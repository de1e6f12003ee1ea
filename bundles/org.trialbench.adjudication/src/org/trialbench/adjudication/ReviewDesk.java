package org.trialbench.adjudication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Subject;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * The adjudicator's desk: the inbox, the blinded packet, and signed decisions. A decision is written once, with its
 * e-signature, after the store has confirmed the adjudicator's password; a correction is a new signed decision with
 * a reason, and the older one stays in the record. After each decision the case moves on ({@link CaseProgress}).
 */
public final class ReviewDesk {

	/** A case waiting for this adjudicator, and what to do with it. */
	public record InboxEntry(AdjudicationCase adjudicationCase, ReviewTask task) {
	}

	/** A decision to sign. {@code correctionReason} is required, and only allowed, when it replaces an own decision. */
	public record Decision(AdjudicationDecision decision, String rationale, SignatureMeaning meaning,
			String correctionReason) {
	}

	private final TrialSession session;

	public ReviewDesk(TrialSession session) {
		this.session = session;
	}

	private AdjudicationSettings settings() {
		return session.protocol().getAdjudicationSettings();
	}

	/** The cases waiting for the session's user, oldest first. */
	public List<InboxEntry> inbox() throws StoreException {
		List<InboxEntry> entries = new ArrayList<>();
		if (!session.hasRole(Role.ADJUDICATOR)) {
			return entries;
		}
		for (AdjudicationCase adjudicationCase : session.adjudicationCases()) {
			ReviewTask task = ReviewTask.of(adjudicationCase, session.user(), settings());
			if (task != ReviewTask.NONE) {
				entries.add(new InboxEntry(adjudicationCase, task));
			}
		}
		return entries;
	}

	public AdjudicationCase find(String caseId) throws StoreException {
		return session.adjudicationCases().stream().filter(c -> c.getId().equals(caseId)).findFirst()
				.orElseThrow(() -> new StoreException("Adjudication case " + caseId + " does not exist or is not visible to "
						+ session.user().getUsername()));
	}

	/** The blinded packet of a case, from the subject's record as this session may see it. */
	public AdjudicationPacket packet(AdjudicationCase adjudicationCase) throws StoreException {
		String subjectId = adjudicationCase.getSubject() == null ? null : adjudicationCase.getSubject().getId();
		Subject subject = subjectId == null ? null : session.subject(subjectId).orElse(null);
		if (subject == null) {
			throw new StoreException("The subject of adjudication case " + adjudicationCase.getId()
					+ " is not visible to " + session.user().getUsername());
		}
		return new PacketBuilder(session.protocol()).build(adjudicationCase, subject);
	}

	/**
	 * Signs and stores a decision on a case: confirms the password with the store, writes the review with its
	 * signature in one audited commit, then moves the case on. Returns the case as it then stands.
	 */
	public AdjudicationCase sign(String caseId, Decision decision, char[] password) throws StoreException {
		if (!session.hasRole(Role.ADJUDICATOR)) {
			throw new AccessDeniedException(session.user().getUsername() + " is not an adjudicator; only adjudicators "
					+ "sign adjudication decisions");
		}
		if (decision.decision() == null) {
			throw new StoreException("Choose a decision for case " + caseId + " before signing");
		}
		if (decision.rationale() == null || decision.rationale().isBlank()) {
			throw new StoreException("Give the rationale of the decision on case " + caseId + " before signing");
		}
		if (decision.meaning() == null) {
			throw new StoreException("Choose the meaning of the signature on case " + caseId);
		}
		session.confirmPassword(password, caseId);
		String commitReason;
		try (TrialTransaction tx = session.begin()) {
			AdjudicationCase working = tx.editCase(caseId);
			ReviewTask task = ReviewTask.of(working, session.user(), settings());
			int round;
			boolean correction = decision.correctionReason() != null && !decision.correctionReason().isBlank();
			if (correction) {
				round = ownLatestRound(working);
				if (round == 0) {
					throw new StoreException("There is no own decision on case " + caseId + " to correct");
				}
				commitReason = "Corrected adjudication decision (signed, " + decision.meaning().getLiteral() + "): "
						+ decision.correctionReason().strip();
			} else {
				if (task == ReviewTask.NONE) {
					throw new StoreException("Case " + caseId + " does not wait for a decision by "
							+ session.user().getUsername() + " (status " + working.getStatus().getLiteral()
							+ "); to change an own decision, give the reason for the correction");
				}
				round = task.round();
				commitReason = task.label() + ": adjudication decision signed (" + decision.meaning().getLiteral() + ")";
			}
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			AdjudicationReview review = ClinicalFactory.eINSTANCE.createAdjudicationReview();
			review.setId(org.trialbench.model.identity.ObjectIds.next());
			review.setAdjudicator(session.user());
			review.setRound(round);
			review.setDecision(decision.decision());
			review.setRationale(decision.rationale().strip());
			review.setSubmittedAt(now);
			Signature signature = ClinicalFactory.eINSTANCE.createSignature();
			signature.setSigner(session.user());
			signature.setSignerName(session.user().getFullName() != null ? session.user().getFullName()
					: session.user().getUsername());
			signature.setMeaning(decision.meaning());
			signature.setSignedAt(now);
			signature.setRecordHash(ReviewSignature.hash(caseId, review));
			review.setSignature(signature);
			working.getReviews().add(review);
			tx.commit(commitReason);
		}
		return advance(caseId);
	}

	private int ownLatestRound(AdjudicationCase adjudicationCase) {
		int round = 0;
		for (AdjudicationReview review : adjudicationCase.getReviews()) {
			if (review.getAdjudicator() != null && review.getAdjudicator().getId().equals(session.user().getId())) {
				round = Math.max(round, review.getRound());
			}
		}
		return round;
	}

	/**
	 * Moves the case to where its reviews put it. Run after the own decision is stored, when the store shows this
	 * adjudicator the colleagues' reviews too. Retried once if a colleague moved the case at the same moment.
	 */
	public AdjudicationCase advance(String caseId) throws StoreException {
		for (int attempt = 0;; attempt++) {
			try (TrialTransaction tx = session.begin()) {
				AdjudicationCase working = tx.editCase(caseId);
				CaseProgress progress = CaseProgress.of(working, settings());
				if (progress.applyTo(working)) {
					tx.commit("Case " + progress.status().getLiteral() + " after the decision of "
							+ session.user().getUsername());
				}
				return working;
			} catch (ConflictException e) {
				if (attempt > 0) {
					throw e;
				}
			}
		}
	}
}
