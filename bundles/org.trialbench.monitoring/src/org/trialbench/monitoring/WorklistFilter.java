package org.trialbench.monitoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.trialbench.clinical.SdvState;

/**
 * Which worklist rows to show: a subject (screening number containing the text; null or blank = any), a visit and a
 * form (protocol OIDs; null = any) and SDV states (empty = any). The site is chosen when the worklist is loaded.
 */
public record WorklistFilter(String subject, String visitOid, String formOid, Set<SdvState> states)
		implements Predicate<WorklistRow> {

	public static WorklistFilter any() {
		return new WorklistFilter(null, null, null, Set.of());
	}

	/** What still needs the monitor: pending and changed after verification. */
	public static WorklistFilter open() {
		return new WorklistFilter(null, null, null,
				EnumSet.of(SdvState.PENDING, SdvState.CHANGED_SINCE_VERIFICATION));
	}

	@Override
	public boolean test(WorklistRow row) {
		if (subject != null && !subject.isBlank()) {
			String number = row.value().screeningNumber();
			if (number == null || !number.toLowerCase(Locale.ROOT).contains(subject.strip().toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		if (visitOid != null && !visitOid.equals(row.value().visitOid())) {
			return false;
		}
		if (formOid != null && !formOid.equals(row.value().formOid())) {
			return false;
		}
		return states.isEmpty() || states.contains(row.state());
	}

	public List<WorklistRow> apply(List<WorklistRow> rows) {
		return rows.stream().filter(this).toList();
	}
}
