package org.trialbench.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;

/**
 * Headers of a loaded subject record: the reference for what a store's own efficient query must return, and the
 * default for stores without one. Orders items by visit date (undated last), then as stored.
 */
public final class RecordHeaders {

	/** Query statuses that still wait for an answer or a decision. */
	public static final Set<QueryStatus> UNRESOLVED = Set.of(QueryStatus.OPEN, QueryStatus.ANSWERED,
			QueryStatus.REOPENED);

	private RecordHeaders() {
	}

	public static List<ItemValueHeader> itemValues(Subject subject) {
		List<ItemValueHeader> headers = new ArrayList<>();
		String siteId = subject.getSite() == null ? null : subject.getSite().getId();
		String siteCode = subject.getSite() == null ? null : subject.getSite().getCode();
		for (Visit visit : visitsInOrder(subject)) {
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					int unresolved = (int) value.getQueries().stream().filter(q -> UNRESOLVED.contains(q.getStatus()))
							.count();
					headers.add(new ItemValueHeader(value.getId(), subject.getId(), subject.getScreeningNumber(),
							siteId, siteCode, visit.getId(), oid(visit.getDefinition()), visit.getOccurrence(),
							visit.getDate(), form.getId(), oid(form.getDefinition()), oid(value.getDefinition()),
							value.getValue(), value.getMissingCode(), value.getSdvState(), id(value.getVerifiedBy()),
							value.getVerifiedAt(), unresolved));
				}
			}
		}
		return headers;
	}

	/** The subject's consent record (once consented) and its adverse events, in stored order. */
	public static List<VerifiedRecordHeader> verifiedRecords(Subject subject) {
		List<VerifiedRecordHeader> headers = new ArrayList<>();
		String siteId = subject.getSite() == null ? null : subject.getSite().getId();
		String siteCode = subject.getSite() == null ? null : subject.getSite().getCode();
		if (subject.getConsentDate() != null) {
			headers.add(new VerifiedRecordHeader(subject.getId(), VerifiedRecordHeader.CONSENT, subject.getId(),
					subject.getScreeningNumber(), siteId, siteCode, subject.getConsentDate(),
					subject.getConsentVersion(), false, subject.getSdvState(), id(subject.getVerifiedBy()),
					subject.getVerifiedAt(), 0));
		}
		for (AdverseEvent event : subject.getAdverseEvents()) {
			int unresolved = (int) event.getQueries().stream().filter(q -> UNRESOLVED.contains(q.getStatus())).count();
			headers.add(new VerifiedRecordHeader(event.getId(), VerifiedRecordHeader.ADVERSE_EVENT, subject.getId(),
					subject.getScreeningNumber(), siteId, siteCode, event.getOnsetDate(), event.getVerbatimTerm(),
					event.isSerious(), event.getSdvState(), id(event.getVerifiedBy()), event.getVerifiedAt(),
					unresolved));
		}
		return headers;
	}

	public static List<VisitHeader> visits(Subject subject) {
		String siteId = subject.getSite() == null ? null : subject.getSite().getId();
		return visitsInOrder(subject).stream().map(visit -> new VisitHeader(visit.getId(), subject.getId(),
				subject.getScreeningNumber(), siteId, oid(visit.getDefinition()), visit.getOccurrence(),
				visit.getDate(), visit.getStatus())).toList();
	}

	public static List<QueryHeader> queries(Subject subject) {
		List<QueryHeader> headers = new ArrayList<>();
		for (Visit visit : visitsInOrder(subject)) {
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					value.getQueries().forEach(q -> headers.add(query(subject, value, oid(value.getDefinition()), q)));
				}
			}
		}
		for (AdverseEvent event : subject.getAdverseEvents()) {
			event.getQueries().forEach(q -> headers.add(query(subject, event, q.getField(), q)));
		}
		return headers;
	}

	private static QueryHeader query(Subject subject, ClinicalObject target, String itemOrField, Query query) {
		QueryMessage last = query.getMessages().isEmpty() ? null
				: query.getMessages().get(query.getMessages().size() - 1);
		return new QueryHeader(query.getId(), subject.getId(), subject.getScreeningNumber(),
				subject.getSite() == null ? null : subject.getSite().getId(),
				subject.getSite() == null ? null : subject.getSite().getCode(), target.getId(),
				target.eClass().getName(), itemOrField, query.getStatus(), id(query.getRaisedBy()), query.getRaisedAt(),
				last == null ? null : last.getAt(), last == null ? null : id(last.getAuthor()),
				last == null ? null : last.getText(), query.getMessages().size());
	}

	private static List<Visit> visitsInOrder(Subject subject) {
		List<Visit> visits = new ArrayList<>(subject.getVisits());
		// stable sort: undated visits keep their stored order after the dated ones
		visits.sort(Comparator.comparing(Visit::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return visits;
	}

	private static String oid(org.trialbench.protocol.ProtocolElement element) {
		return element == null ? null : element.getOid();
	}

	private static String id(ClinicalObject object) {
		return object == null ? null : object.getId();
	}
}
