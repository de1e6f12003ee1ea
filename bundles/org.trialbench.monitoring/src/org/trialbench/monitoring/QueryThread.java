package org.trialbench.monitoring;

import java.time.Instant;
import java.util.List;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.User;

/**
 * A query's whole thread as people read it: status, what it is about, and every message with who and when; and the
 * form holding the queried value (null when the query is not on an item value), whose signature or lock decides
 * whether an answer may correct the value.
 */
public record QueryThread(String queryId, String subject, String about, QueryStatus status, List<Entry> entries,
		FormRecord form) {

	public record Entry(QueryMessageKind kind, String author, Instant at, String text) {
	}

	public static QueryThread of(Query query, String subject, String about) {
		List<Entry> entries = query.getMessages().stream()
				.map(m -> new Entry(m.getKind(), name(m.getAuthor()), m.getAt(), m.getText())).toList();
		FormRecord form = query.eContainer() instanceof ItemValue value ? value.getForm() : null;
		return new QueryThread(query.getId(), subject, about, query.getStatus(), entries, form);
	}

	private static String name(User user) {
		if (user == null) {
			return "(unknown)";
		}
		return user.getFullName() == null || user.getFullName().isBlank() ? user.getUsername()
				: user.getFullName() + " (" + user.getUsername() + ")";
	}

	/** The latest message, or null for an empty thread. */
	public Entry last() {
		return entries.isEmpty() ? null : entries.get(entries.size() - 1);
	}

	static QueryMessage message(User author, Instant at, QueryMessageKind kind, String text) {
		QueryMessage message = org.trialbench.clinical.ClinicalFactory.eINSTANCE.createQueryMessage();
		message.setAuthor(author);
		message.setAt(at);
		message.setKind(kind);
		message.setText(text);
		return message;
	}
}
