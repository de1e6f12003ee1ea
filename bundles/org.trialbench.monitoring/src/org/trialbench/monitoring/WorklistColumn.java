package org.trialbench.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

/** The SDV worklist's columns: what each shows and how it sorts (grid, report and command share them). */
public enum WorklistColumn {
	SITE("Site", r -> r.value().siteCode()),
	SUBJECT("Subject", r -> r.value().screeningNumber()),
	VISIT("Visit", WorklistRow::visitName),
	DATE("Visit date", r -> date(r.value().visitDate()),
			Comparator.comparing(r -> r.value().visitDate(), Comparator.nullsLast(Comparator.naturalOrder()))),
	FORM("Form", WorklistRow::formName),
	ITEM("Item", WorklistRow::itemName),
	VALUE("Value", WorklistRow::valueText),
	PLAN("Plan", r -> r.requirement().label()),
	STATE("SDV state", r -> SdvTransitions.label(r.state()),
			Comparator.comparing(r -> r.state().getValue())),
	VERIFIED_BY("Verified by", WorklistRow::verifiedByName),
	VERIFIED_AT("Verified at", r -> time(r.value().verifiedAt()),
			Comparator.comparing(r -> r.value().verifiedAt(), Comparator.nullsLast(Comparator.naturalOrder()))),
	QUERIES("Open queries", r -> r.value().unresolvedQueries() == 0 ? "" : Integer.toString(r.value().unresolvedQueries()),
			Comparator.comparingInt(r -> r.value().unresolvedQueries()));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private final String title;
	private final Function<WorklistRow, String> text;
	private final Comparator<WorklistRow> order;

	WorklistColumn(String title, Function<WorklistRow, String> text) {
		this(title, text, Comparator.comparing(r -> text.apply(r) == null ? "" : text.apply(r)));
	}

	WorklistColumn(String title, Function<WorklistRow, String> text, Comparator<WorklistRow> order) {
		this.title = title;
		this.text = text;
		this.order = order;
	}

	public String title() {
		return title;
	}

	public String text(WorklistRow row) {
		String value = text.apply(row);
		return value == null ? "" : value;
	}

	/** Ascending order of this column; ties keep the worklist's own order (subject, visit, form, item). */
	public Comparator<WorklistRow> order() {
		return order;
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}
}
