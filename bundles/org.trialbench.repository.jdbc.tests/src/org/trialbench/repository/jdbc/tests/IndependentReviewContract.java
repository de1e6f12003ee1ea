package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Independent adjudication kept by the store itself, on H2 and on a real PostgreSQL server: an adjudicator sees a
 * colleague's review of a case (its decision, signature and audit entries) only after submitting an own review of
 * the case; reviews and their signatures are written once, in the author's own name; the password is confirmed
 * before signing.
 */
abstract class IndependentReviewContract {

	static final String CASE = "case-01-0001";
	static final String SUBJECT = "subject-01-0001";

	JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();

	abstract JdbcTrialRepository newStore() throws Exception;

	@BeforeEach
	void loadTrialWithAnOpenCase() throws Exception {
		repository = newStore();
		SmallTrial small = new SmallTrial();
		Endpoint primary = ProtocolFactory.eINSTANCE.createEndpoint();
		primary.setOid("EP.PRIMARY");
		primary.setName("Treatment success");
		small.study.getEndpoints().add(primary);
		User second = ClinicalFactory.eINSTANCE.createUser();
		second.setId("user-adj2");
		second.setUsername("adj2");
		second.setFullName("Dr. adj2");
		second.getRoles().add(Role.ADJUDICATOR);
		second.setActive(true);
		small.trial.getUsers().add(second);
		AdjudicationCase open = ClinicalFactory.eINSTANCE.createAdjudicationCase();
		open.setId(CASE);
		open.setSubject(small.subjects.get("01-0001"));
		open.setEndpoint(primary);
		open.setStatus(AdjudicationStatus.PENDING);
		open.setCreatedAt(Instant.parse("2026-06-01T08:00:00Z"));
		small.trial.getAdjudicationCases().add(open);
		Map<String, char[]> passwords = new HashMap<>();
		for (String user : SmallTrial.USERS) {
			passwords.put(user, ("secret-" + user).toCharArray());
		}
		passwords.put("adj2", "secret-adj2".toCharArray());
		repository.initialize(small.trial, new InitialCredentials(passwords), "test trial", new NullProgressMonitor());
	}

	@AfterEach
	void closeSessions() {
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	TrialSession login(String username) throws Exception {
		TrialSession session = repository.login(username, ("secret-" + username).toCharArray());
		sessions.add(session);
		return session;
	}

	/** Submits a signed round-1 review in one commit, as the adjudication service does. */
	static String submit(TrialSession session, AdjudicationDecision decision) throws Exception {
		try (TrialTransaction tx = session.begin()) {
			AdjudicationCase judged = tx.editCase(CASE);
			AdjudicationReview review = ClinicalFactory.eINSTANCE.createAdjudicationReview();
			review.setAdjudicator(session.user());
			review.setRound(1);
			review.setDecision(decision);
			review.setRationale("Eckardt 2 at the visit");
			review.setSubmittedAt(Instant.parse("2026-06-02T09:00:00Z"));
			Signature signature = ClinicalFactory.eINSTANCE.createSignature();
			signature.setSigner(session.user());
			signature.setSignerName(session.user().getFullName());
			signature.setMeaning(SignatureMeaning.AUTHORSHIP);
			signature.setSignedAt(review.getSubmittedAt());
			signature.setRecordHash("0".repeat(64));
			review.setSignature(signature);
			judged.getReviews().add(review);
			tx.commit("adjudication decision signed");
			return review.getId();
		}
	}

	static int reviewsSeen(TrialSession session) throws Exception {
		List<AdjudicationCase> cases = session.adjudicationCases();
		assertEquals(1, cases.size());
		return cases.get(0).getReviews().size();
	}

	@Test
	void aColleaguesReviewStaysSealedUntilTheOwnIsSubmitted() throws Exception {
		TrialSession first = login("adj");
		TrialSession second = login("adj2");
		String firstReview = submit(first, AdjudicationDecision.ENDPOINT_MET);

		assertEquals(1, reviewsSeen(first), "the author sees the own review");
		assertEquals(0, reviewsSeen(second), "a colleague who has not decided sees no review");
		try (TrialTransaction tx = second.begin()) {
			assertEquals(0, tx.editCase(CASE).getReviews().size(), "nor through a working copy");
		}
		assertEquals(List.of(), second.audit().forObject(firstReview), "nor in the audit trail");
		assertTrue(second.audit().latest(50).stream().noneMatch(e -> e.objectType().equals("AdjudicationReview")
				|| e.objectType().equals("Signature")), "nor among the latest audit entries");
		assertEquals(1, reviewsSeen(login("dm")), "the data manager (not an adjudicator) sees the submitted review");

		submit(second, AdjudicationDecision.ENDPOINT_NOT_MET);
		assertEquals(2, reviewsSeen(second), "after deciding, the colleague's review opens");
		assertEquals(2, reviewsSeen(first));
		AdjudicationReview opened = second.adjudicationCases().get(0).getReviews().stream()
				.filter(r -> r.getId().equals(firstReview)).findFirst().orElseThrow();
		assertEquals(AdjudicationDecision.ENDPOINT_MET, opened.getDecision());
		assertEquals("Dr. adj", opened.getSignature().getSignerName());
		assertTrue(second.audit().forObject(firstReview).size() > 0);
	}

	@Test
	void someoneMadeAnAdjudicatorLaterIsSealedOffToo() throws Exception {
		submit(login("adj"), AdjudicationDecision.ENDPOINT_MET);
		assertEquals(1, reviewsSeen(login("dm")), "as data manager, dm sees the submitted review");
		try (TrialTransaction tx = login("admin").begin()) {
			tx.editUser("dm").getRoles().add(Role.ADJUDICATOR);
			tx.commit("dm joins the adjudication committee");
		}
		assertEquals(0, reviewsSeen(login("dm")), "as an adjudicator who has not decided, dm no longer does");
	}

	@Test
	void aReviewIsWrittenOnlyInTheAuthorsOwnName() throws Exception {
		TrialSession second = login("adj2");
		try (TrialTransaction tx = second.begin()) {
			AdjudicationCase judged = tx.editCase(CASE);
			AdjudicationReview review = ClinicalFactory.eINSTANCE.createAdjudicationReview();
			review.setAdjudicator(login("adj").user());
			review.setDecision(AdjudicationDecision.ENDPOINT_MET);
			judged.getReviews().add(review);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("forged"));
			assertTrue(refused.getMessage().contains("in the name of another user"), refused.getMessage());
		}
		assertEquals(0, reviewsSeen(login("admin")), "nothing was saved");
	}

	@Test
	void aSignedReviewIsNeverEditedNotEvenByTheAdministrator() throws Exception {
		TrialSession first = login("adj");
		String reviewId = submit(first, AdjudicationDecision.ENDPOINT_MET);
		for (String username : List.of("adj", "admin")) {
			try (TrialTransaction tx = login(username).begin()) {
				AdjudicationReview review = tx.editCase(CASE).getReviews().stream()
						.filter(r -> r.getId().equals(reviewId)).findFirst().orElseThrow();
				review.setDecision(AdjudicationDecision.ENDPOINT_NOT_MET);
				AccessDeniedException refused = assertThrows(AccessDeniedException.class,
						() -> tx.commit("changed my mind"));
				assertTrue(refused.getMessage().contains("corrected by a new signed review"), refused.getMessage());
			}
		}
		assertEquals(AdjudicationDecision.ENDPOINT_MET,
				login("dm").adjudicationCases().get(0).getReviews().get(0).getDecision());
	}

	@Test
	void anAdjudicatorMovesTheCaseStateButNeverItsSubject() throws Exception {
		TrialSession first = login("adj");
		try (TrialTransaction tx = first.begin()) {
			tx.editCase(CASE).setStatus(AdjudicationStatus.IN_REVIEW);
			tx.commit("first review submitted");
		}
		assertEquals(AdjudicationStatus.IN_REVIEW, first.adjudicationCases().get(0).getStatus());
		try (TrialTransaction tx = first.begin()) {
			AdjudicationCase judged = tx.editCase(CASE);
			judged.setCreatedAt(Instant.parse("2020-01-01T00:00:00Z"));
			assertThrows(AccessDeniedException.class, () -> tx.commit("backdated"));
		}
	}

	@Test
	void thePasswordIsConfirmedBeforeSigning() throws Exception {
		TrialSession first = login("adj");
		first.confirmPassword("secret-adj".toCharArray());
		AuthenticationException wrong = assertThrows(AuthenticationException.class,
				() -> first.confirmPassword("secret-adj2".toCharArray()));
		assertTrue(wrong.getMessage().contains("adj"), wrong.getMessage());
	}
}
