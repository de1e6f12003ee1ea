package org.trialbench.model.derivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.VisitDefinition;

/**
 * Where the values a derivation or edit check refers to come from, seen from one form record. An item of the record's
 * own form is read from that record (so a repeating form uses its own occurrence); an item of another form is read
 * from that form in the same visit, or else from the subject's only record of that form. When the subject has the
 * other form at several visits and none in this visit, the value is ambiguous and treated as absent rather than
 * guessed.
 */
public final class ValueScope {
	private final FormRecord record;

	private ValueScope(FormRecord record) {
		this.record = record;
	}

	public static ValueScope of(FormRecord record) {
		return new ValueScope(record);
	}

	public FormRecord record() {
		return record;
	}

	/** The subject the record belongs to, empty for a record not yet placed in a visit. */
	public Optional<Subject> subject() {
		Visit visit = record.getVisit();
		return Optional.ofNullable(visit == null ? null : visit.getSubject());
	}

	/** The record that holds values of the given form from this record's point of view. */
	public Optional<FormRecord> recordFor(FormDefinition form) {
		if (form == null) {
			return Optional.empty();
		}
		if (form == record.getDefinition()) {
			return Optional.of(record);
		}
		Visit visit = record.getVisit();
		if (visit != null) {
			Optional<FormRecord> inVisit = only(recordsOf(form, List.of(visit)));
			if (inVisit.isPresent()) {
				return inVisit;
			}
		}
		Optional<Subject> subject = subject();
		return subject.isPresent() ? only(recordsOf(form, subject.get().getVisits())) : Optional.empty();
	}

	/** The record of the given form at the first occurrence of the given visit of the subject. */
	public Optional<FormRecord> recordAt(VisitDefinition visitDefinition, FormDefinition form) {
		Optional<Subject> subject = subject();
		if (subject.isEmpty() || visitDefinition == null) {
			return Optional.empty();
		}
		return subject.get().getVisits().stream() //
				.filter(visit -> visit.getDefinition() == visitDefinition) //
				.sorted(Comparator.comparingInt(Visit::getOccurrence)) //
				.flatMap(visit -> visit.getForms().stream()) //
				.filter(candidate -> candidate.getDefinition() == form) //
				.min(Comparator.comparingInt(FormRecord::getOccurrence));
	}

	/** The stored value of the item, empty when its record or value is absent. */
	public Optional<ItemValue> find(ItemDefinition item) {
		return recordFor(item.getForm()).flatMap(owner -> valueIn(owner, item));
	}

	/** Every stored value of the item across the subject (or this record alone when it has no subject). */
	public List<ItemValue> findAll(ItemDefinition item) {
		List<FormRecord> records = subject().map(s -> recordsOf(item.getForm(), s.getVisits())).orElse(List.of(record));
		List<ItemValue> values = new ArrayList<>();
		for (FormRecord candidate : records) {
			valueIn(candidate, item).ifPresent(values::add);
		}
		return values;
	}

	/** The item's value in the given record. */
	public static Optional<ItemValue> valueIn(FormRecord record, ItemDefinition item) {
		for (ItemValue value : record.getItemValues()) {
			if (value.getDefinition() == item) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/** Whether an item value holds a value: blank text counts as no value. */
	public static boolean hasValue(ItemValue value) {
		return value != null && value.getValue() != null && !value.getValue().isBlank();
	}

	private static List<FormRecord> recordsOf(FormDefinition form, List<Visit> visits) {
		List<FormRecord> records = new ArrayList<>();
		for (Visit visit : visits) {
			for (FormRecord candidate : visit.getForms()) {
				if (candidate.getDefinition() == form) {
					records.add(candidate);
				}
			}
		}
		return records;
	}

	private static Optional<FormRecord> only(List<FormRecord> records) {
		return records.size() == 1 ? Optional.of(records.get(0)) : Optional.empty();
	}
}
