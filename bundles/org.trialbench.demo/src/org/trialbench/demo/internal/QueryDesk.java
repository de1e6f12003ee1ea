package org.trialbench.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.User;

/**
 * Raises the queries of one site's subject and plays their threads forward to the data cutoff: a monitor or the
 * data manager raises, a site investigator answers, and the one who raised closes or re-opens. Investigators never
 * close queries, monitors never change data. Older queries are more likely to be settled.
 */
final class QueryDesk {
	private static final String[] ANSWERS = { "Checked against the source document: the value is correct.",
			"Corrected per the source document.", "Confirmed with the patient chart; no change needed.",
			"Transcription error, corrected." };
	private static final String[] REOPENINGS = { "The answer does not match the source document; please check again.",
			"Please give the page of the source document that confirms this." };
	private static final String[] GENERIC = { "Please verify this value against the source document.",
			"The value differs from the previous visit more than expected; please confirm.",
			"Source document shows a different value; please check." };

	private enum Course {
		OPEN, ANSWERED, CLOSED, REOPENED, CLOSED_AFTER_REOPENING
	}

	private static final double[] COURSE_WEIGHTS = { 10, 15, 60, 8, 7 };

	private final Ids ids;
	private final Chance chance;
	private final User monitor;
	private final User dataManager;
	private final List<User> investigators;

	QueryDesk(Ids ids, Chance chance, User monitor, User dataManager, List<User> investigators) {
		this.ids = ids;
		this.chance = chance;
		this.monitor = monitor;
		this.dataManager = dataManager;
		this.investigators = investigators;
	}

	String genericText() {
		return chance.pick(GENERIC);
	}

	void raise(ItemValue value, LocalDate about, String text) {
		Query query = thread(about, text);
		if (query != null) {
			value.getQueries().add(query);
		}
	}

	void raise(AdverseEvent event, String field, LocalDate about, String text) {
		Query query = thread(about, text);
		if (query != null) {
			query.setField(field);
			event.getQueries().add(query);
		}
	}

	/** A query thread about data of the given date, or null when it would be raised after the data cutoff. */
	private Query thread(LocalDate about, String text) {
		Instant raisedAt = DemoCalendar.after(about, 3, 60, chance);
		if (raisedAt == null) {
			return null;
		}
		User raiser = chance.percent(75) ? monitor : dataManager;
		User answerer = chance.pick(investigators);
		Query query = ids.assign(ClinicalFactory.eINSTANCE.createQuery());
		query.setRaisedBy(raiser);
		query.setRaisedAt(raisedAt);
		message(query, raiser, raisedAt, text, QueryMessageKind.RAISE);
		query.setStatus(QueryStatus.OPEN);

		Course course = chance.weighted(COURSE_WEIGHTS, Course.values());
		Instant at = raisedAt;
		QueryMessageKind[] steps = switch (course) {
		case OPEN -> new QueryMessageKind[0];
		case ANSWERED -> new QueryMessageKind[] { QueryMessageKind.ANSWER };
		case CLOSED -> new QueryMessageKind[] { QueryMessageKind.ANSWER, QueryMessageKind.CLOSE };
		case REOPENED -> new QueryMessageKind[] { QueryMessageKind.ANSWER, QueryMessageKind.REOPEN };
		case CLOSED_AFTER_REOPENING -> new QueryMessageKind[] { QueryMessageKind.ANSWER, QueryMessageKind.REOPEN,
				QueryMessageKind.ANSWER, QueryMessageKind.CLOSE };
		};
		for (QueryMessageKind step : steps) {
			at = at.plusSeconds(chance.between(1, 12) * 86_400L + chance.between(0, 7200));
			if (at.isAfter(DemoCalendar.DATA_CUTOFF.atTime(23, 59).toInstant(ZoneOffset.UTC))) {
				break; // the thread has not got this far yet
			}
			switch (step) {
			case ANSWER -> {
				message(query, answerer, at, chance.pick(ANSWERS), step);
				query.setStatus(QueryStatus.ANSWERED);
			}
			case REOPEN -> {
				message(query, raiser, at, chance.pick(REOPENINGS), step);
				query.setStatus(QueryStatus.REOPENED);
			}
			case CLOSE -> {
				message(query, raiser, at, "Answer accepted; query closed.", step);
				query.setStatus(QueryStatus.CLOSED);
			}
			case RAISE -> throw new IllegalStateException();
			}
		}
		return query;
	}

	private void message(Query query, User author, Instant at, String text, QueryMessageKind kind) {
		QueryMessage message = ids.assign(ClinicalFactory.eINSTANCE.createQueryMessage());
		message.setAuthor(author);
		message.setAt(at);
		message.setText(text);
		message.setKind(kind);
		query.getMessages().add(message);
	}
}
