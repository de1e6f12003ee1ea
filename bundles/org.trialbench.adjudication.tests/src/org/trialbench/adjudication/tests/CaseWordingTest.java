package org.trialbench.adjudication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.adjudication.AdjudicationPacket;
import org.trialbench.adjudication.CaseWording;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.protocol.DisagreementResolution;

class CaseWordingTest {

	private static final String CASE_ID = "3f2a9c1e-0b7d-4c55-9a01-7e2f4d6b8c90";

	private static AdjudicationPacket packet(String timePoint) {
		return packet(timePoint, false);
	}

	private static AdjudicationPacket packet(String timePoint, boolean reintervention) {
		return new AdjudicationPacket(CASE_ID, "01-007", "Primary response", "Eckardt score <= 3", "Was it met?",
				timePoint, LocalDate.of(2026, 3, 1), reintervention, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void everyLiteralHasWordsAndNoWordsAreTheLiteral() {
		for (AdjudicationDecision d : AdjudicationDecision.values()) {
			assertFalse(CaseWording.decision(d).equals(d.getLiteral()), d.getLiteral());
			assertEquals(CaseWording.decision(d), CaseWording.ofLiteral(d.getLiteral()));
		}
		for (AdjudicationStatus s : AdjudicationStatus.values()) {
			assertEquals(CaseWording.status(s), CaseWording.ofLiteral(s.getLiteral()));
		}
		for (DisagreementResolution r : DisagreementResolution.values()) {
			assertEquals(CaseWording.resolution(r), CaseWording.ofLiteral(r.getLiteral()));
		}
		assertEquals("Endpoint not met", CaseWording.ofLiteral("endpointNotMet"));
		assertEquals("In review", CaseWording.ofLiteral("inReview"));
		assertEquals("Third adjudicator", CaseWording.ofLiteral("thirdAdjudicator"));
		assertEquals("adj1", CaseWording.ofLiteral("adj1"), "a text that is no literal is kept");
		assertEquals("", CaseWording.ofLiteral(""));
	}

	@Test
	void aCaseIsNamedByWhatItIsAboutWithAShortReference() {
		assertEquals("3f2a9c1e", CaseWording.reference(CASE_ID));
		assertEquals("Primary response at Month 12, subject 01-007", CaseWording.title(packet("Month 12")));
		assertEquals("Primary response, subject 01-007", CaseWording.title(packet(null)));
		assertEquals("Primary response: re-intervention at Unscheduled, subject 01-007",
				CaseWording.title(packet("Unscheduled", true)));
	}

	@Test
	void theSignatureStatementNamesSignerDecisionCaseAndMeaningInWords() {
		String statement = CaseWording.signatureStatement("Dr Ada Reviewer", AdjudicationDecision.ENDPOINT_NOT_MET,
				packet("Month 12"), SignatureMeaning.AUTHORSHIP);
		assertTrue(statement.startsWith("I, Dr Ada Reviewer, sign the decision \"Endpoint not met\""), statement);
		assertTrue(statement.contains("Primary response at Month 12, subject 01-007 (case 3f2a9c1e)"), statement);
		assertTrue(statement.contains("Authorship: this is my decision"), statement);
		assertFalse(statement.contains(CASE_ID), "no full identifier");
		assertFalse(statement.contains("endpointNotMet") || statement.contains("authorship."), statement);
	}
}
