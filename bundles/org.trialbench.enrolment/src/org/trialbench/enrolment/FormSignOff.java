package org.trialbench.enrolment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;
import org.trialbench.model.signature.SignedContent;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * The investigator's sign-off of a form and its withdrawal (21 CFR Part 11). The site's principal investigator
 * signs a form with the password (re-authentication); the signature names the signer, the time, its meaning
 * (responsibility) and a hash of the form's content. A signed form cannot be edited: to correct it, the signer or
 * the site's principal investigator withdraws the signature with a reason, again with the password. The withdrawal
 * removes the signature from the form in an audited commit whose reason is the given one, so the audit trail keeps
 * the signature as it was (who signed, when) and who withdrew it, when and why; the form is then complete again, is
 * corrected with reasons for change, and the principal investigator signs it again. The store enforces the same
 * rules (WritePolicy, and the server's schema 15); this class says why not before anyone tries.
 */
public final class FormSignOff {

	/** The prefix of a withdrawal's commit reason, before the user's own words. */
	public static final String WITHDRAWN = "Signature withdrawn: ";
	/** The reason of a signing commit. */
	public static final String SIGNED = "Form signed by the principal investigator (responsibility)";

	private final TrialSession session;

	public FormSignOff(TrialSession session) {
		this.session = session;
	}

	/** Null when this user may sign the form now, otherwise why not, in words for a tooltip or the status line. */
	public String whyNotSign(FormRecord form) {
		FormStatus status = form.getStatus();
		if (status == FormStatus.SIGNED) {
			return "The form is signed already";
		}
		if (status == FormStatus.LOCKED) {
			return "The form is locked by a data lock";
		}
		if (status == null || status == FormStatus.NOT_STARTED) {
			return "Nothing is entered on the form yet; enter and save its values first";
		}
		Site site = siteOf(form);
		User principal = site == null ? null : site.getPrincipalInvestigator();
		if (principal == null || !principal.getId().equals(session.user().getId())) {
			return "Only the principal investigator of site " + code(site) + (principal == null ? ""
					: " (" + principal.getUsername() + ")") + " signs its forms";
		}
		// the checks only; derived values are the editor's to recompute, never changed by asking
		long errors = TrialDiagnostics.findings(new TrialDiagnostics().diagnose(form)).stream()
				.filter(f -> f.severity() == Finding.Severity.ERROR).count();
		if (errors > 0) {
			return "The form has " + errors + " error(s); correct them before signing";
		}
		return null;
	}

	/** Null when this user may withdraw the form's signature, otherwise why not. */
	public String whyNotWithdraw(FormRecord form) {
		if (form.getStatus() != FormStatus.SIGNED || form.getSignature() == null) {
			return "The form is not signed";
		}
		Site site = siteOf(form);
		User principal = site == null ? null : site.getPrincipalInvestigator();
		User signer = form.getSignature().getSigner();
		String me = session.user().getId();
		if ((principal == null || !principal.getId().equals(me)) && (signer == null || !signer.getId().equals(me))) {
			return "Only the signer or the principal investigator of site " + code(site) + (principal == null ? ""
					: " (" + principal.getUsername() + ")") + " withdraws the signature";
		}
		return null;
	}

	/**
	 * Signs the form as the session's user after checking the password. Returns the commit.
	 *
	 * @throws org.trialbench.repository.AuthenticationException when the password is wrong; nothing is signed
	 */
	public CommitInfo sign(String subjectId, String formId, char[] password) throws StoreException {
		session.confirmPassword(password, formId);
		try (TrialTransaction tx = session.begin()) {
			FormRecord form = formOf(tx, subjectId, formId);
			String refusal = whyNotSign(form);
			if (refusal != null) {
				throw new StoreException(refusal + " (" + describe(form) + "); nothing was signed");
			}
			User me = session.user();
			Signature signature = ClinicalFactory.eINSTANCE.createSignature();
			signature.setId(UUID.randomUUID().toString());
			signature.setSigner(me);
			signature.setSignerName(me.getFullName() != null && !me.getFullName().isBlank() ? me.getFullName()
					: me.getUsername());
			signature.setMeaning(SignatureMeaning.RESPONSIBILITY);
			signature.setSignedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
			signature.setRecordHash(recordHash(form));
			form.setSignature(signature);
			form.setStatus(FormStatus.SIGNED);
			return tx.commit(SIGNED);
		}
	}

	/**
	 * Withdraws the form's signature with the reason after checking the password; the form is complete again and can
	 * be corrected. Returns the commit, whose audit entries keep the withdrawn signature.
	 *
	 * @throws org.trialbench.repository.AuthenticationException when the password is wrong; nothing is withdrawn
	 */
	public CommitInfo withdraw(String subjectId, String formId, String reason, char[] password)
			throws StoreException {
		if (reason == null || reason.isBlank()) {
			throw new StoreException("Withdrawing the signature of form " + formId + " needs a reason (kept in the "
					+ "audit trail); nothing was withdrawn");
		}
		session.confirmPassword(password, formId);
		try (TrialTransaction tx = session.begin()) {
			FormRecord form = formOf(tx, subjectId, formId);
			String refusal = whyNotWithdraw(form);
			if (refusal != null) {
				throw new StoreException(refusal + " (" + describe(form) + "); nothing was withdrawn");
			}
			form.setSignature(null);
			form.setStatus(FormStatus.COMPLETE);
			return tx.commit(WITHDRAWN + reason.strip());
		}
	}

	/** The SHA-256 that binds a form's signature to what was signed (see {@link SignedContent}). */
	public static String recordHash(FormRecord form) {
		return SignedContent.hash(form);
	}

	private static FormRecord formOf(TrialTransaction tx, String subjectId, String formId) throws StoreException {
		Subject subject = tx.editSubject(subjectId);
		return subject.getVisits().stream().flatMap(v -> v.getForms().stream()).filter(f -> formId.equals(f.getId()))
				.findFirst().orElseThrow(() -> new StoreException("Form " + formId + " of subject "
						+ subject.getScreeningNumber() + " no longer exists"));
	}

	private Site siteOf(FormRecord form) {
		Subject subject = form.getVisit() == null ? null : form.getVisit().getSubject();
		if (subject == null) {
			return null;
		}
		if (subject.getSite() != null && subject.getSite().getPrincipalInvestigator() != null) {
			return subject.getSite();
		}
		// a working copy's subject may stand without its site: the session knows the sites with their people
		for (Site site : session.visibleSites()) {
			if (subject.getSite() != null && site.getId().equals(subject.getSite().getId())) {
				return site;
			}
			if (site.getSubjects().stream().anyMatch(s -> s.getId().equals(subject.getId()))) {
				return site;
			}
		}
		return subject.getSite();
	}

	private static String code(Site site) {
		return site == null ? "(unknown)" : site.getCode();
	}

	private static String describe(FormRecord form) {
		String name = form.getDefinition() == null ? form.getId() : form.getDefinition().getName();
		Subject subject = form.getVisit() == null ? null : form.getVisit().getSubject();
		return name + (subject == null ? "" : " of subject " + subject.getScreeningNumber());
	}
}
