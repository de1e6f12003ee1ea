package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.FormSignOff;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Signing a form and withdrawing its signature to correct it, through the enrolment service on every store: the
 * principal investigator of site 01 (pi01) signs subject 01-0001's Eckardt form; a correction needs the signature
 * withdrawn with a reason, which the audit trail keeps with the withdrawn signature; then the value is corrected and
 * pi01 signs again. Another investigator of the site, the monitor and the administrator can neither withdraw nor
 * edit the signature, by the service or by a plain transaction.
 */
abstract class FormSignOffContract {

	static final String S1 = RepositoryContract.S1;

	JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();
	private String formId;

	abstract JdbcTrialRepository newStore() throws Exception;

	@BeforeEach
	void loadSmallTrialWithAPrincipalInvestigator() throws Exception {
		repository = newStore();
		SmallTrial small = new SmallTrial();
		Site munich = small.trial.getSites().stream().filter(s -> s.getCode().equals("01")).findFirst().orElseThrow();
		User pi = ClinicalFactory.eINSTANCE.createUser();
		pi.setId("user-pi01");
		pi.setUsername("pi01");
		pi.setFullName("Dr. Principal");
		pi.getRoles().add(Role.INVESTIGATOR);
		pi.setActive(true);
		pi.getSites().add(munich);
		small.trial.getUsers().add(pi);
		munich.setPrincipalInvestigator(pi);
		FormRecord eckardt = eckardt(small.subjects.get("01-0001"));
		eckardt.setStatus(FormStatus.COMPLETE);
		formId = eckardt.getId();
		Map<String, char[]> passwords = new HashMap<>(small.credentials().passwords());
		passwords.put("pi01", "secret-pi01".toCharArray());
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

	private static FormRecord eckardt(Subject subject) {
		return subject.getVisits().get(0).getForms().stream()
				.filter(f -> f.getDefinition().getOid().equals("F.ECKARDT")).findFirst().orElseThrow();
	}

	private FormRecord stored() throws Exception {
		return eckardt(login("admin").subject(S1).orElseThrow());
	}

	private static char[] password(String username) {
		return ("secret-" + username).toCharArray();
	}

	@Test
	void thePrincipalInvestigatorWithdrawsWithAReasonCorrectsAndSignsAgain() throws Exception {
		TrialSession pi = login("pi01");
		FormSignOff signOff = new FormSignOff(pi);
		signOff.sign(S1, formId, password("pi01"));
		FormRecord signed = stored();
		assertEquals(FormStatus.SIGNED, signed.getStatus());
		String firstSignature = signed.getSignature().getId();
		String firstHash = signed.getSignature().getRecordHash();
		assertEquals("pi01", signed.getSignature().getSigner().getUsername());
		assertEquals(FormSignOff.recordHash(signed), firstHash, "bound to what was signed");
		assertNotNull(signOff.whyNotSign(signed), "signed once");

		signOff.withdraw(S1, formId, "Dysphagia was transcribed from the wrong visit", password("pi01"));
		FormRecord withdrawn = stored();
		assertEquals(FormStatus.COMPLETE, withdrawn.getStatus());
		assertNull(withdrawn.getSignature());
		List<AuditEntry> trail = pi.audit().forObject(firstSignature);
		AuditEntry withdrawal = trail.stream().filter(e -> e.feature().equals("(deleted)")).findFirst().orElseThrow();
		assertEquals("pi01", withdrawal.username(), "who withdrew");
		assertEquals(FormSignOff.WITHDRAWN + "Dysphagia was transcribed from the wrong visit", withdrawal.reason(),
				"why");
		assertNotNull(withdrawal.at(), "when");
		assertTrue(withdrawal.oldValue().contains("signer=user-pi01"), "the withdrawn signature is kept: "
				+ withdrawal.oldValue());
		assertTrue(withdrawal.oldValue().contains("recordHash=" + firstHash), withdrawal.oldValue());

		try (TrialTransaction tx = login("inv01").begin()) {
			FormEntry entry = new FormEntry(eckardt(tx.editSubject(S1)));
			ItemDefinition dysphagia = entry.items().get(0);
			assertTrue(entry.editable(dysphagia), "the form can be corrected once the signature is withdrawn");
			entry.enter(dysphagia, "2");
			entry.save(tx, "source says daily");
		}
		signOff.sign(S1, formId, password("pi01"));
		FormRecord resigned = stored();
		assertEquals(FormStatus.SIGNED, resigned.getStatus());
		assertNotEquals(firstSignature, resigned.getSignature().getId(), "a new signature");
		assertNotEquals(firstHash, resigned.getSignature().getRecordHash(), "of the corrected content");
		assertEquals(FormSignOff.recordHash(resigned), resigned.getSignature().getRecordHash());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	/**
	 * What a standing signature covers is refused by the store itself, not only by the CRF editor: a changed value,
	 * a missing code, an added or removed item value, the form's own fields, a status change without the
	 * withdrawal, and a withdrawal together with a change in one commit. Even the signer is refused. A monitor still
	 * verifies the signed values. After the withdrawal (its own commit, with a reason) the correction is stored.
	 */
	@Test
	void theStoreRefusesEveryChangeUnderASignedFormUntilTheSignatureIsWithdrawn() throws Exception {
		FormSignOff signOff = new FormSignOff(login("pi01"));
		signOff.sign(S1, formId, password("pi01"));
		FormRecord signed = stored();
		String signatureId = signed.getSignature().getId();
		String dysphagiaId = signed.getItemValues().get(0).getId();
		String dysphagia = signed.getItemValues().get(0).getValue();
		int values = signed.getItemValues().size();
		int auditedBefore = login("admin").audit().forObject(dysphagiaId).size();

		Map<String, java.util.function.Consumer<FormRecord>> attacks = new java.util.LinkedHashMap<>();
		attacks.put("a changed value", form -> form.getItemValues().get(0).setValue("3"));
		attacks.put("a missing code", form -> {
			form.getItemValues().get(0).setValue(null);
			form.getItemValues().get(0).setMissingCode(org.trialbench.clinical.MissingCode.NOT_DONE);
		});
		attacks.put("a removed item value", form -> form.getItemValues().remove(1));
		attacks.put("an added item value", form -> {
			org.trialbench.clinical.ItemValue extra = ClinicalFactory.eINSTANCE.createItemValue();
			extra.setId("extra-value-" + form.getItemValues().size());
			extra.setDefinition(form.getItemValues().get(0).getDefinition());
			extra.setValue("2");
			form.getItemValues().add(extra);
		});
		attacks.put("the form's occurrence", form -> form.setOccurrence(2));
		attacks.put("the status without withdrawing", form -> form.setStatus(FormStatus.COMPLETE));
		attacks.put("a withdrawal and a change in one commit", form -> {
			form.setSignature(null);
			form.setStatus(FormStatus.COMPLETE);
			form.getItemValues().get(0).setValue("3");
		});
		for (String who : List.of("inv01", "pi01")) {
			TrialSession session = login(who);
			for (Map.Entry<String, java.util.function.Consumer<FormRecord>> attack : attacks.entrySet()) {
				if (who.equals("inv01") && attack.getKey().startsWith("a withdrawal")) {
					continue; // inv01 may not withdraw pi01's signature at all (the test above)
				}
				try (TrialTransaction tx = session.begin()) {
					attack.getValue().accept(eckardt(tx.editSubject(S1)));
					AccessDeniedException refused = assertThrows(AccessDeniedException.class,
							() -> tx.commit("source document re-read"), who + ": " + attack.getKey());
					String message = refused.getMessage();
					assertTrue(message.startsWith("Not saved: " + who), message);
					assertTrue(message.contains("form F.ECKARDT of subject 01-0001: the form is signed by Dr. Principal"),
							who + ": " + attack.getKey() + ": " + message);
					assertTrue(message.contains("withdraw the signature first"), message);
				}
			}
		}
		// a monitor verifies signed values
		TrialSession monitor = login("mon01");
		try (TrialTransaction tx = monitor.begin()) {
			org.trialbench.clinical.ItemValue value = eckardt(tx.editSubject(S1)).getItemValues().get(0);
			value.setSdvState(org.trialbench.clinical.SdvState.VERIFIED);
			value.setVerifiedBy(monitor.user());
			value.setVerifiedAt(java.time.Instant.parse("2026-06-01T09:00:00Z"));
			tx.commit("source data verified");
		}
		FormRecord after = stored();
		assertEquals(signatureId, after.getSignature().getId(), "the signature stands");
		assertEquals(FormStatus.SIGNED, after.getStatus());
		assertEquals(dysphagia, after.getItemValues().get(0).getValue(), "nothing was stored");
		assertEquals(values, after.getItemValues().size());
		assertEquals(1, after.getOccurrence());
		assertEquals(org.trialbench.clinical.SdvState.VERIFIED, after.getItemValues().get(0).getSdvState());
		assertEquals(FormSignOff.recordHash(after), after.getSignature().getRecordHash(), "still what was signed");
		assertEquals(auditedBefore + 3, login("admin").audit().forObject(dysphagiaId).size(),
				"only the verification was audited");

		// queries on a signed value are raised and answered; only an answer that corrects the value is refused
		String queryId;
		try (TrialTransaction tx = monitor.begin()) {
			org.trialbench.clinical.Query query = ClinicalFactory.eINSTANCE.createQuery();
			query.setStatus(org.trialbench.clinical.QueryStatus.OPEN);
			query.setRaisedBy(monitor.user());
			query.setRaisedAt(java.time.Instant.parse("2026-06-01T09:05:00Z"));
			query.getMessages().add(message(monitor.user(), "2026-06-01T09:05:00Z",
					org.trialbench.clinical.QueryMessageKind.RAISE, "The source says daily; please check."));
			eckardt(tx.editSubject(S1)).getItemValues().get(0).getQueries().add(query);
			tx.commit("query raised on a signed value");
			queryId = query.getId();
		}
		TrialSession site = login("inv01");
		for (boolean corrected : new boolean[] { true, false }) {
			try (TrialTransaction tx = site.begin()) {
				org.trialbench.clinical.ItemValue value = eckardt(tx.editSubject(S1)).getItemValues().get(0);
				org.trialbench.clinical.Query query = value.getQueries().stream()
						.filter(q -> q.getId().equals(queryId)).findFirst().orElseThrow();
				query.setStatus(org.trialbench.clinical.QueryStatus.ANSWERED);
				query.getMessages().add(message(site.user(), "2026-06-02T10:00:00Z",
						org.trialbench.clinical.QueryMessageKind.ANSWER, "Checked against the clinic chart."));
				if (corrected) {
					value.setValue("3");
					String message = assertThrows(AccessDeniedException.class,
							() -> tx.commit("corrected in answer to the query")).getMessage();
					assertTrue(message.contains("withdraw the signature first"), message);
				} else {
					tx.commit("query answered");
				}
			}
		}
		org.trialbench.clinical.ItemValue queried = stored().getItemValues().get(0);
		assertEquals(dysphagia, queried.getValue(), "the answer's correction was not stored");
		assertEquals(org.trialbench.clinical.QueryStatus.ANSWERED, queried.getQueries().get(0).getStatus());
		assertEquals(2, queried.getQueries().get(0).getMessages().size(), "raised and answered");

		// the correction path: the withdrawal in a commit of its own, then the correction
		signOff.withdraw(S1, formId, "Dysphagia was transcribed from the wrong visit", password("pi01"));
		try (TrialTransaction tx = login("inv01").begin()) {
			eckardt(tx.editSubject(S1)).getItemValues().get(0).setValue("3");
			tx.commit("source says daily");
		}
		List<AuditEntry> trail = login("admin").audit().forObject(dysphagiaId);
		AuditEntry correction = trail.stream().filter(e -> e.feature().equals("value")).reduce((a, b) -> b)
				.orElseThrow();
		assertEquals("inv01", correction.username());
		assertEquals("source says daily", correction.reason());
		assertEquals("3", correction.newValue());
		assertEquals("3", stored().getItemValues().get(0).getValue());
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	private static org.trialbench.clinical.QueryMessage message(User author, String at,
			org.trialbench.clinical.QueryMessageKind kind, String text) {
		org.trialbench.clinical.QueryMessage message = ClinicalFactory.eINSTANCE.createQueryMessage();
		message.setAuthor(author);
		message.setAt(java.time.Instant.parse(at));
		message.setKind(kind);
		message.setText(text);
		return message;
	}

	@Test
	void withdrawingNeedsAReasonAndTheRightPassword() throws Exception {
		FormSignOff signOff = new FormSignOff(login("pi01"));
		signOff.sign(S1, formId, password("pi01"));
		StoreException noReason = assertThrows(StoreException.class,
				() -> signOff.withdraw(S1, formId, "  ", password("pi01")));
		assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());
		assertThrows(AuthenticationException.class,
				() -> signOff.withdraw(S1, formId, "wrong visit", "not-my-password".toCharArray()));
		assertEquals(FormStatus.SIGNED, stored().getStatus(), "nothing was withdrawn");
		assertNotNull(stored().getSignature());
	}

	@Test
	void onlyThePrincipalInvestigatorSignsAndOnlyTheSignerOrThePiWithdraws() throws Exception {
		FormSignOff asInvestigator = new FormSignOff(login("inv01"));
		StoreException notPi = assertThrows(StoreException.class,
				() -> asInvestigator.sign(S1, formId, password("inv01")));
		assertTrue(notPi.getMessage().contains("Only the principal investigator of site 01"), notPi.getMessage());
		new FormSignOff(login("pi01")).sign(S1, formId, password("pi01"));
		for (String other : List.of("inv01", "mon01", "admin")) {
			TrialSession session = login(other);
			assertNotNull(new FormSignOff(session).whyNotWithdraw(stored()), other + " is told why not");
			// and the store refuses it when asked directly, without the service's check
			try (TrialTransaction tx = session.begin()) {
				FormRecord form = eckardt(tx.editSubject(S1));
				form.setSignature(null);
				form.setStatus(FormStatus.COMPLETE);
				AccessDeniedException refused = assertThrows(AccessDeniedException.class,
						() -> tx.commit("withdrawn by " + other));
				assertTrue(refused.getMessage().startsWith("Not saved: " + other), refused.getMessage());
			}
		}
		try (TrialTransaction tx = login("pi01").begin()) {
			eckardt(tx.editSubject(S1)).getSignature().setMeaning(org.trialbench.clinical.SignatureMeaning.APPROVAL);
			AccessDeniedException edit = assertThrows(AccessDeniedException.class, () -> tx.commit("re-meant"));
			assertTrue(edit.getMessage().contains("never edited"), edit.getMessage());
		}
		assertEquals(FormStatus.SIGNED, stored().getStatus());
		assertEquals("pi01", stored().getSignature().getSigner().getUsername());
	}
}
