package org.trialbench.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.Subject;
import org.trialbench.model.signature.SignedContent;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Raises, answers, closes and re-opens queries, each step one audited commit with a message in the thread. An
 * answer may correct the queried value in the same commit (the store then re-opens its verification). Steps a role
 * may not take, or that the query's status does not allow, are refused with a message saying why; nothing is saved.
 */
public final class QueryDesk {

	private final Clock clock;

	public QueryDesk() {
		this(Clock.systemUTC());
	}

	public QueryDesk(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The values of a form a query can be raised on, in the order the protocol lists its items: those entered, or
	 * recorded as missing with a reason, and not derived (a derived value is questioned through its inputs).
	 */
	public static java.util.List<ItemValue> queryable(org.trialbench.clinical.FormRecord form) {
		java.util.List<ItemValue> values = new java.util.ArrayList<>();
		java.util.List<org.trialbench.protocol.ItemDefinition> order = form.getDefinition() == null ? java.util.List.of()
				: form.getDefinition().getItems();
		for (ItemValue value : form.getItemValues()) {
			boolean entered = value.getValue() != null || (value.getMissingCode() != null
					&& value.getMissingCode() != org.trialbench.clinical.MissingCode.NONE);
			if (value.getDefinition() != null && !value.getDefinition().isDerived() && entered) {
				values.add(value);
			}
		}
		values.sort(java.util.Comparator.comparingInt(v -> order.indexOf(v.getDefinition())));
		return values;
	}

	/** Raises a query on an item value; returns the new query's id. */
	public String raise(TrialSession session, String subjectId, String itemValueId, String text) throws StoreException {
		requireText(text, "raise");
		allow(session, QueryMessageKind.RAISE);
		try (TrialTransaction tx = session.begin()) {
			Subject subject = tx.editSubject(subjectId);
			ItemValue value = SourceDataVerification.values(subject).get(itemValueId);
			if (value == null) {
				throw new StoreException("Subject " + subject.getScreeningNumber() + " has no value " + itemValueId
						+ "; nothing was raised");
			}
			Instant now = now();
			Query query = ClinicalFactory.eINSTANCE.createQuery();
			query.setStatus(QueryLifecycle.next(null, QueryMessageKind.RAISE));
			query.setRaisedBy(session.user());
			query.setRaisedAt(now);
			query.getMessages().add(QueryThread.message(session.user(), now, QueryMessageKind.RAISE, text.strip()));
			value.getQueries().add(query);
			tx.commit("query raised on " + label(value) + " of subject " + subject.getScreeningNumber());
			return query.getId();
		}
	}

	/** The site's answer; {@code correctedValue} (null = none) replaces the queried item value. */
	public CommitInfo answer(TrialSession session, String subjectId, String queryId, String text, String correctedValue)
			throws StoreException {
		return step(session, subjectId, queryId, QueryMessageKind.ANSWER, text, correctedValue);
	}

	public CommitInfo close(TrialSession session, String subjectId, String queryId, String text) throws StoreException {
		return step(session, subjectId, queryId, QueryMessageKind.CLOSE, text, null);
	}

	public CommitInfo reopen(TrialSession session, String subjectId, String queryId, String text)
			throws StoreException {
		return step(session, subjectId, queryId, QueryMessageKind.REOPEN, text, null);
	}

	/** The thread of a query as stored now. */
	public Optional<QueryThread> thread(TrialSession session, String subjectId, String queryId) throws StoreException {
		Optional<Subject> subject = session.subject(subjectId);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		Query query = find(subject.get(), queryId);
		if (query == null) {
			return Optional.empty();
		}
		return Optional.of(QueryThread.of(query, subject.get().getScreeningNumber(), about(query)));
	}

	private CommitInfo step(TrialSession session, String subjectId, String queryId, QueryMessageKind kind, String text,
			String correctedValue) throws StoreException {
		requireText(text, QueryLifecycle.verb(kind));
		allow(session, kind);
		try (TrialTransaction tx = session.begin()) {
			Subject subject = tx.editSubject(subjectId);
			Query query = find(subject, queryId);
			if (query == null) {
				throw new StoreException("Subject " + subject.getScreeningNumber() + " has no query " + queryId);
			}
			try {
				query.setStatus(QueryLifecycle.next(query.getStatus(), kind));
			} catch (IllegalStateException e) {
				throw new StoreException(e.getMessage() + " (query on " + about(query) + " of subject "
						+ subject.getScreeningNumber() + "); nothing was saved", e);
			}
			query.getMessages().add(QueryThread.message(session.user(), now(), kind, text.strip()));
			String reason = "query " + QueryLifecycle.verb(kind) + (kind == QueryMessageKind.CLOSE ? "d" : "ed")
					+ " on " + about(query) + " of subject " + subject.getScreeningNumber();
			if (correctedValue != null) {
				if (!(query.eContainer() instanceof ItemValue value)) {
					throw new StoreException("Only a query on an item value can correct it; nothing was saved");
				}
				String refused = correctionRefusal(value.getForm());
				if (refused != null) {
					throw new StoreException("The answer cannot correct " + label(value) + " of subject "
							+ subject.getScreeningNumber() + ": " + refused + ". Answer without a corrected value, "
							+ "or withdraw the signature first; nothing was saved");
				}
				value.setValue(correctedValue.strip().isEmpty() ? null : correctedValue.strip());
				reason = "corrected in answer to the query: " + text.strip();
			}
			return tx.commit(reason);
		}
	}

	private static void allow(TrialSession session, QueryMessageKind kind) throws AccessDeniedException {
		if (!QueryLifecycle.allows(session.roles(), kind)) {
			throw new AccessDeniedException(session.user().getUsername() + " (" + session.roles() + ") may not "
					+ QueryLifecycle.verb(kind) + " a query: " + (kind == QueryMessageKind.ANSWER
							? "sites answer queries"
							: "monitors and data managers raise, close and re-open queries")
					+ ". Nothing was saved.");
		}
	}

	private static void requireText(String text, String verb) throws StoreException {
		if (text == null || text.isBlank()) {
			throw new StoreException("Write what the " + verb + " is about: a query message needs text");
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static Query find(Subject subject, String queryId) {
		for (var it = subject.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Query query && queryId.equals(query.getId())) {
				return query;
			}
		}
		return null;
	}

	private static String about(Query query) {
		if (query.eContainer() instanceof ItemValue value) {
			return label(value);
		}
		if (query.eContainer() instanceof AdverseEvent event) {
			return "adverse event " + event.getVerbatimTerm() + (query.getField() == null ? "" : " " + query.getField());
		}
		return "record";
	}

	/**
	 * Why an answer may not correct a value on this form, or null when it may: a form under a standing signature
	 * keeps what was signed until the signature is withdrawn (21 CFR Part 11), and a locked form is frozen. The
	 * stores refuse such a correction too; this says it before anything is written.
	 */
	public static String correctionRefusal(FormRecord form) {
		if (form == null) {
			return null;
		}
		if (form.getStatus() == FormStatus.LOCKED) {
			return "the form is frozen by a data lock";
		}
		if (form.getStatus() != FormStatus.SIGNED) {
			return null;
		}
		Signature signature = form.getSignature();
		String signer = SignedContent.signer(signature);
		return "the form is signed" + (signer == null ? "" : " by " + signer)
				+ (signature == null || signature.getSignedAt() == null ? "" : " at " + signature.getSignedAt())
				+ ", and a signed value changes only after the signer or the principal investigator withdraws the "
				+ "signature with a reason";
	}

	private static String label(ItemValue value) {
		String item = value.getDefinition() == null ? value.getId()
				: value.getDefinition().getName() == null ? value.getDefinition().getOid() : value.getDefinition().getName();
		if (value.getForm() != null && value.getForm().getVisit() != null
				&& value.getForm().getVisit().getDefinition() != null) {
			return item + " (" + value.getForm().getVisit().getDefinition().getName() + ")";
		}
		return item;
	}
}
