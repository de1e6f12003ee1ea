package org.trialbench.repository.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.VerifiedRecordHeader;
import org.trialbench.repository.QueryHeader;
import org.trialbench.repository.RecordHeaders;
import org.trialbench.repository.SdvHeaders;
import org.trialbench.repository.VisitHeader;

/**
 * Headers of a site's (or one subject's) item values, visits and queries read straight from the rows, one indexed
 * query per object type, without building EMF records: a worklist over thousands of subjects stays fast. Returns
 * the same headers, in the same order, as {@link RecordHeaders} does for the loaded records.
 */
final class SiteRows {

	private static final String COLUMNS = "id, parent_id, ordinal, subject_id, site_id, reveals_allocation, state";

	/**
	 * The features the headers need of each object type: a row's state text is read for these only, in one pass
	 * ({@link StateText#values}), instead of decoding every feature of every row into a map.
	 */
	private static final Map<String, List<String>> FEATURES = Map.of(
			"Subject", List.of("screeningNumber", "consentDate", "consentVersion", "sdvState", "verifiedBy",
					"verifiedAt"),
			"Visit", List.of("definition", "occurrence", "date", "status"),
			"FormRecord", List.of("definition"),
			"ItemValue", List.of("definition", "value", "missingCode", "sdvState", "verifiedBy", "verifiedAt"),
			"AdverseEvent", List.of("onsetDate", "verbatimTerm", "serious", "sdvState", "verifiedBy", "verifiedAt"),
			"Query", List.of("status", "field", "raisedBy", "raisedAt"),
			"QueryMessage", List.of("at", "author", "text"));

	/** One object's row with the features of its type that the headers need. */
	private static final class Row {
		final String id;
		final String parentId;
		final int ordinal;
		final String subjectId;
		final String siteId;
		private final List<String> features;
		private final String[] values;
		/** A visit's date, parsed once for sorting and for its headers. */
		LocalDate date;

		Row(String id, String parentId, int ordinal, String subjectId, String siteId, List<String> features,
				String[] values) {
			this.id = id;
			this.parentId = parentId;
			this.ordinal = ordinal;
			this.subjectId = subjectId;
			this.siteId = siteId;
			this.features = features;
			this.values = values;
		}

		String get(String feature) {
			int index = features.indexOf(feature);
			if (index < 0) {
				throw new IllegalStateException(feature + " is not among the features read: " + features);
			}
			return values[index];
		}
	}

	private final Connection connection;
	private final String siteId;
	private final String subjectId;
	private final BiPredicate<String, Boolean> visible;
	private final Map<String, String> siteCodes;
	/**
	 * Attribute values and dates decoded so far, by their text: the rows of a site repeat the same few literals
	 * and dates thousands of times. Every value cached here is immutable.
	 */
	private final Map<EAttribute, Map<String, Object>> decoded = new HashMap<>();
	private final Map<String, LocalDate> dates = new HashMap<>();

	SiteRows(Connection connection, String siteId, String subjectId, BiPredicate<String, Boolean> visible,
			Map<String, String> siteCodes) {
		this.connection = connection;
		this.siteId = siteId;
		this.subjectId = subjectId;
		this.visible = visible;
		this.siteCodes = siteCodes;
	}

	private List<Row> read(String type) throws SQLException {
		List<String> features = FEATURES.get(type);
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
				.append(" FROM clinical_object WHERE object_type = ? AND deleted = FALSE");
		if (subjectId != null) {
			sql.append(" AND subject_id = ?");
		}
		if (siteId != null) {
			sql.append(" AND site_id = ?");
		}
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
			int index = 1;
			query.setString(index++, type);
			if (subjectId != null) {
				query.setString(index++, subjectId);
			}
			if (siteId != null) {
				query.setString(index, siteId);
			}
			query.setFetchSize(5000);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					if (visible.test(rs.getString(5), rs.getBoolean(6))) {
						rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
								rs.getString(5), features, StateText.values(rs.getString(7), features)));
					}
				}
			}
		}
		return rows;
	}

	/** Subjects in navigator order: site code, then screening number. */
	private List<Row> subjects() throws SQLException {
		record Keyed(String siteCode, String screeningNumber, Row subject) {
		}
		List<Keyed> keyed = new ArrayList<>();
		for (Row subject : read("Subject")) {
			String number = subject.get("screeningNumber");
			keyed.add(new Keyed(siteCodes.getOrDefault(subject.siteId, ""), number == null ? "" : number, subject));
		}
		keyed.sort(Comparator.comparing(Keyed::siteCode).thenComparing(Keyed::screeningNumber));
		return keyed.stream().map(Keyed::subject).toList();
	}

	/** Visits by subject, each subject's in the order of their dates (undated last), then as stored. */
	private Map<String, List<Row>> visitsBySubject() throws SQLException {
		List<Row> visits = read("Visit");
		for (Row visit : visits) {
			visit.date = date(visit.get("date"));
		}
		return byParent(visits, VISITS);
	}

	/** How many unresolved queries each queried object has. */
	private Map<String, Integer> unresolvedQueries() throws SQLException {
		Map<String, Integer> unresolved = new HashMap<>();
		for (Row query : read("Query")) {
			if (RecordHeaders.UNRESOLVED.contains(queryStatus(query))) {
				unresolved.merge(query.parentId, 1, Integer::sum);
			}
		}
		return unresolved;
	}

	private Map<String, List<Row>> byParent(List<Row> rows, Comparator<Row> order) {
		Map<String, List<Row>> children = new HashMap<>();
		rows.forEach(row -> children.computeIfAbsent(row.parentId, k -> new ArrayList<>()).add(row));
		children.values().forEach(list -> list.sort(order));
		return children;
	}

	private static final Comparator<Row> STORED = Comparator.comparingInt(row -> row.ordinal);
	private static final Comparator<Row> VISITS = Comparator
			.comparing((Row v) -> v.date, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt(v -> v.ordinal);

	List<ItemValueHeader> itemValues() throws SQLException {
		List<Row> subjects = subjects();
		return itemValues(subjects, unresolvedQueries());
	}

	List<VerifiedRecordHeader> verifiedRecords() throws SQLException {
		List<Row> subjects = subjects();
		return verifiedRecords(subjects, unresolvedQueries());
	}

	/**
	 * What {@link #itemValues()} and {@link #verifiedRecords()} return, from one read of the subjects and queries
	 * (the caller runs it in one transaction).
	 */
	SdvHeaders sdvHeaders() throws SQLException {
		List<Row> subjects = subjects();
		Map<String, Integer> unresolved = unresolvedQueries();
		return new SdvHeaders(itemValues(subjects, unresolved), verifiedRecords(subjects, unresolved));
	}

	private List<ItemValueHeader> itemValues(List<Row> subjects, Map<String, Integer> unresolved)
			throws SQLException {
		Map<String, List<Row>> visits = visitsBySubject();
		Map<String, List<Row>> forms = byParent(read("FormRecord"), STORED);
		Map<String, List<Row>> items = byParent(read("ItemValue"), STORED);
		List<ItemValueHeader> headers = new ArrayList<>();
		for (Row subject : subjects) {
			for (Row visit : visits.getOrDefault(subject.id, List.of())) {
				for (Row form : forms.getOrDefault(visit.id, List.of())) {
					for (Row item : items.getOrDefault(form.id, List.of())) {
						headers.add(new ItemValueHeader(item.id, subject.id, subject.get("screeningNumber"),
								subject.siteId, siteCodes.get(subject.siteId), visit.id, visit.get("definition"),
								occurrence(visit), visit.date, form.id, form.get("definition"),
								item.get("definition"), item.get("value"),
								(MissingCode) attribute(ClinicalPackage.Literals.ITEM_VALUE__MISSING_CODE, item),
								(SdvState) attribute(ClinicalPackage.Literals.ITEM_VALUE__SDV_STATE, item),
								item.get("verifiedBy"),
								(Instant) attribute(ClinicalPackage.Literals.ITEM_VALUE__VERIFIED_AT, item),
								unresolved.getOrDefault(item.id, 0)));
					}
				}
			}
		}
		return headers;
	}

	private List<VerifiedRecordHeader> verifiedRecords(List<Row> subjects, Map<String, Integer> unresolved)
			throws SQLException {
		Map<String, List<Row>> events = byParent(read("AdverseEvent"), STORED);
		List<VerifiedRecordHeader> headers = new ArrayList<>();
		for (Row subject : subjects) {
			if (subject.get("consentDate") != null) {
				headers.add(new VerifiedRecordHeader(subject.id, VerifiedRecordHeader.CONSENT, subject.id,
						subject.get("screeningNumber"), subject.siteId, siteCodes.get(subject.siteId),
						date(subject.get("consentDate")), subject.get("consentVersion"), false,
						(SdvState) attribute(ClinicalPackage.Literals.SUBJECT__SDV_STATE, subject),
						subject.get("verifiedBy"),
						(Instant) attribute(ClinicalPackage.Literals.SUBJECT__VERIFIED_AT, subject), 0));
			}
			for (Row event : events.getOrDefault(subject.id, List.of())) {
				headers.add(new VerifiedRecordHeader(event.id, VerifiedRecordHeader.ADVERSE_EVENT, subject.id,
						subject.get("screeningNumber"), subject.siteId, siteCodes.get(subject.siteId),
						date(event.get("onsetDate")), event.get("verbatimTerm"), Boolean.TRUE.equals(attribute(ClinicalPackage.Literals.ADVERSE_EVENT__SERIOUS, event)),
						(SdvState) attribute(ClinicalPackage.Literals.ADVERSE_EVENT__SDV_STATE, event),
						event.get("verifiedBy"),
						(Instant) attribute(ClinicalPackage.Literals.ADVERSE_EVENT__VERIFIED_AT, event),
						unresolved.getOrDefault(event.id, 0)));
			}
		}
		return headers;
	}

	List<VisitHeader> visits() throws SQLException {
		List<Row> subjects = subjects();
		Map<String, List<Row>> visits = visitsBySubject();
		List<VisitHeader> headers = new ArrayList<>();
		for (Row subject : subjects) {
			for (Row visit : visits.getOrDefault(subject.id, List.of())) {
				headers.add(new VisitHeader(visit.id, subject.id, subject.get("screeningNumber"), subject.siteId,
						visit.get("definition"), occurrence(visit), visit.date,
						(VisitStatus) attribute(ClinicalPackage.Literals.VISIT__STATUS, visit)));
			}
		}
		return headers;
	}

	List<QueryHeader> queries() throws SQLException {
		List<Row> subjects = subjects();
		Map<String, List<Row>> visits = visitsBySubject();
		Map<String, List<Row>> forms = byParent(read("FormRecord"), STORED);
		Map<String, List<Row>> items = byParent(read("ItemValue"), STORED);
		Map<String, List<Row>> events = byParent(read("AdverseEvent"), STORED);
		Map<String, List<Row>> queries = byParent(read("Query"), STORED);
		Map<String, List<Row>> messages = byParent(read("QueryMessage"), STORED);
		List<QueryHeader> headers = new ArrayList<>();
		for (Row subject : subjects) {
			for (Row visit : visits.getOrDefault(subject.id, List.of())) {
				for (Row form : forms.getOrDefault(visit.id, List.of())) {
					for (Row item : items.getOrDefault(form.id, List.of())) {
						for (Row query : queries.getOrDefault(item.id, List.of())) {
							headers.add(query(subject, item, "ItemValue", item.get("definition"), query, messages));
						}
					}
				}
			}
			for (Row event : events.getOrDefault(subject.id, List.of())) {
				for (Row query : queries.getOrDefault(event.id, List.of())) {
					headers.add(query(subject, event, "AdverseEvent", query.get("field"), query, messages));
				}
			}
		}
		return headers;
	}

	private QueryHeader query(Row subject, Row target, String targetType, String itemOrField, Row query,
			Map<String, List<Row>> messages) {
		List<Row> thread = messages.getOrDefault(query.id, List.of());
		Row last = thread.isEmpty() ? null : thread.get(thread.size() - 1);
		return new QueryHeader(query.id, subject.id, subject.get("screeningNumber"), subject.siteId,
				siteCodes.get(subject.siteId), target.id, targetType, itemOrField, queryStatus(query),
				query.get("raisedBy"), (Instant) attribute(ClinicalPackage.Literals.QUERY__RAISED_AT, query),
				last == null ? null : (Instant) attribute(ClinicalPackage.Literals.QUERY_MESSAGE__AT, last),
				last == null ? null : last.get("author"), last == null ? null : last.get("text"), thread.size());
	}

	private QueryStatus queryStatus(Row query) {
		return (QueryStatus) attribute(ClinicalPackage.Literals.QUERY__STATUS, query);
	}

	private static int occurrence(Row visit) {
		String text = visit.get("occurrence");
		return text == null ? 1 : Integer.parseInt(text);
	}

	private LocalDate date(String text) {
		return text == null ? null : dates.computeIfAbsent(text, LocalDate::parse);
	}

	/** The attribute's value as EMF reads it back, its default when absent, so headers match loaded records. */
	private Object attribute(EAttribute attribute, Row row) {
		String text = row.get(attribute.getName());
		if (text == null) {
			return attribute.getDefaultValue();
		}
		if (attribute.getEAttributeType().getInstanceClass() == Instant.class && !text.isEmpty()) {
			// verification and query times hardly repeat: read, not remembered (EMF reads an empty text as null)
			return org.trialbench.model.internal.IsoInstant.parse(text);
		}
		return decoded.computeIfAbsent(attribute, a -> new HashMap<>()).computeIfAbsent(text,
				t -> EcoreUtil.createFromString(attribute.getEAttributeType(), t));
	}
}
