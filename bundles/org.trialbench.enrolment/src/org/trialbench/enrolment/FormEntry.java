package org.trialbench.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.clinical.MissingCode;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.validation.Finding;
import org.trialbench.model.validation.TrialDiagnostics;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialTransaction;

/**
 * Data entry on one form record, rendered from the protocol's form definition: values are typed as text, and
 * after every keystroke the record is validated by the model's {@link TrialDiagnostics} (types, ranges, code
 * lists, required items and the protocol's edit checks) and its derived items recomputed by {@link Derivations},
 * so findings and derived values are current while the user types. Derived items are never typed. A value that
 * was saved before may only change with a reason (21 CFR Part 11). Works on a working copy from a
 * {@link TrialTransaction}; nothing is stored until {@link #save}.
 */
public final class FormEntry {

	/** What was saved for an item: its value and missing code. */
	private record Saved(String value, MissingCode missing) {
	}

	private final FormRecord form;
	private final Map<ItemDefinition, Saved> saved = new LinkedHashMap<>();
	private final Derivations derivations = new Derivations();
	private final TrialDiagnostics diagnostics = new TrialDiagnostics();
	private List<Finding> findings = List.of();
	private final Map<ItemDefinition, List<Finding>> byItem = new LinkedHashMap<>();

	public FormEntry(FormRecord workingCopy) {
		this.form = workingCopy;
		for (ItemValue value : workingCopy.getItemValues()) {
			if (value.getDefinition() != null) {
				saved.put(value.getDefinition(), new Saved(value.getValue(), missingOf(value)));
			}
		}
		validate();
	}

	/**
	 * Starts a form on a subject's working copy: the visit of that definition (made, dated and marked done when the
	 * subject has none yet) and a new record of the form, the next occurrence when the form repeats.
	 */
	public static FormRecord start(Subject subject, VisitDefinition visitDefinition, FormDefinition formDefinition,
			LocalDate visitDate) {
		if (!visitDefinition.getForms().contains(formDefinition)) {
			throw new IllegalArgumentException("The protocol's visit " + visitDefinition.getName()
					+ " does not collect the form " + formDefinition.getName());
		}
		Visit visit = subject.getVisits().stream().filter(v -> v.getDefinition() == visitDefinition).findFirst()
				.orElse(null);
		if (visit == null) {
			visit = ClinicalFactory.eINSTANCE.createVisit();
			visit.setId(org.trialbench.model.identity.ObjectIds.next());
			visit.setDefinition(visitDefinition);
			visit.setOccurrence(1);
			visit.setDate(visitDate);
			visit.setStatus(visitDate == null ? VisitStatus.PLANNED : VisitStatus.DONE);
			subject.getVisits().add(visit);
		}
		long existing = visit.getForms().stream().filter(f -> f.getDefinition() == formDefinition).count();
		if (existing > 0 && !formDefinition.isRepeating()) {
			throw new IllegalArgumentException("Subject " + subject.getScreeningNumber() + " already has the form "
					+ formDefinition.getName() + " at " + visitDefinition.getName() + "; open that one");
		}
		FormRecord form = ClinicalFactory.eINSTANCE.createFormRecord();
		form.setId(org.trialbench.model.identity.ObjectIds.next());
		form.setDefinition(formDefinition);
		form.setOccurrence((int) existing + 1);
		form.setStatus(FormStatus.NOT_STARTED);
		visit.getForms().add(form);
		return form;
	}

	public FormRecord form() {
		return form;
	}

	/** The form's items in the order the protocol lists them. */
	public List<ItemDefinition> items() {
		return form.getDefinition() == null ? List.of() : List.copyOf(form.getDefinition().getItems());
	}

	public boolean editable(ItemDefinition item) {
		return !item.isDerived() && form.getStatus() != FormStatus.LOCKED && form.getStatus() != FormStatus.SIGNED;
	}

	/** The item's current value as canonical text, "" when none. */
	public String text(ItemDefinition item) {
		ItemValue value = valueOf(item);
		return value == null || value.getValue() == null ? "" : value.getValue();
	}

	public MissingCode missing(ItemDefinition item) {
		ItemValue value = valueOf(item);
		return value == null ? MissingCode.NONE : missingOf(value);
	}

	/**
	 * Takes what the user typed (blank clears the value) and re-validates. Decimal commas become points; the rest
	 * is kept as typed so that a wrong value shows as a finding instead of disappearing. Returns the item's
	 * findings.
	 */
	public List<Finding> enter(ItemDefinition item, String typed) {
		requireEditable(item);
		String text = typed == null ? "" : typed.strip();
		if (item.getDataType() == ItemDataType.DECIMAL) {
			text = text.replace(',', '.');
		}
		ItemValue value = valueOf(item);
		if (text.isEmpty()) {
			if (value != null) {
				value.setValue(null);
			}
		} else {
			value = value != null ? value : create(item);
			value.setValue(text);
			value.setMissingCode(MissingCode.NONE); // a value replaces a missing-data code
		}
		validate();
		return findings(item);
	}

	/** Records why a value is missing (not done, not applicable, unknown); clears the value. */
	public List<Finding> markMissing(ItemDefinition item, MissingCode code) {
		requireEditable(item);
		ItemValue value = valueOf(item);
		if (code == null || code == MissingCode.NONE) {
			if (value != null) {
				value.setMissingCode(MissingCode.NONE);
			}
		} else {
			value = value != null ? value : create(item);
			value.setValue(null);
			value.setMissingCode(code);
		}
		validate();
		return findings(item);
	}

	/** All findings of the record as it is now. */
	public List<Finding> findings() {
		return findings;
	}

	/** The findings that name this item (an edit check comparing two items names both). */
	public List<Finding> findings(ItemDefinition item) {
		return byItem.getOrDefault(item, List.of());
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
	}

	/** Entered items whose saved value or missing code the user changed: each needs the reason for change. */
	public List<ItemDefinition> changedSavedValues() {
		List<ItemDefinition> changed = new ArrayList<>();
		for (Map.Entry<ItemDefinition, Saved> entry : saved.entrySet()) {
			ItemDefinition item = entry.getKey();
			Saved before = entry.getValue();
			boolean wasSaved = before.value() != null || before.missing() != MissingCode.NONE;
			if (!item.isDerived() && wasSaved
					&& (!Objects.equals(before.value(), valueOrNull(item)) || before.missing() != missing(item))) {
				changed.add(item);
			}
		}
		return changed;
	}

	/** Whether saving needs a reason for change. */
	public boolean needsReason() {
		return !changedSavedValues().isEmpty();
	}

	/**
	 * Saves the record through the transaction it came from. A reason is required when saved values changed; a
	 * first entry is recorded as such.
	 *
	 * @throws ReasonRequiredException when saved values changed and no reason is given; nothing is stored
	 */
	public CommitInfo save(TrialTransaction transaction, String reason) throws StoreException {
		boolean blank = reason == null || reason.isBlank();
		if (blank && needsReason()) {
			throw new ReasonRequiredException(changedSavedValues());
		}
		if (form.getStatus() == null || form.getStatus() == FormStatus.NOT_STARTED) {
			form.setStatus(FormStatus.IN_PROGRESS);
		}
		// Derived values recomputed from new entries change saved rows too; the store wants a reason for that.
		CommitInfo info = transaction.commit(blank ? "initial entry" : reason.strip());
		saved.clear();
		for (ItemValue value : form.getItemValues()) {
			if (value.getDefinition() != null) {
				saved.put(value.getDefinition(), new Saved(value.getValue(), missingOf(value)));
			}
		}
		return info;
	}

	/** Saving changed values that were saved before, without a reason. */
	public static final class ReasonRequiredException extends StoreException {
		private static final long serialVersionUID = 1L;
		private final transient List<ItemDefinition> items;

		ReasonRequiredException(List<ItemDefinition> items) {
			super("A reason for change is required: " + items.size() + " saved value(s) changed ("
					+ String.join(", ", items.stream().map(ItemDefinition::getOid).toList()) + "); nothing was saved");
			this.items = List.copyOf(items);
		}

		public List<ItemDefinition> items() {
			return items;
		}
	}

	private String valueOrNull(ItemDefinition item) {
		ItemValue value = valueOf(item);
		return value == null ? null : value.getValue();
	}

	private void requireEditable(ItemDefinition item) {
		if (item.isDerived()) {
			throw new IllegalArgumentException(item.getOid() + " is derived by the protocol and never typed");
		}
		if (!editable(item)) {
			throw new IllegalArgumentException("The form is " + form.getStatus().getLiteral() + "; it cannot be edited");
		}
	}

	private ItemValue valueOf(ItemDefinition item) {
		for (ItemValue value : form.getItemValues()) {
			if (value.getDefinition() == item) {
				return value;
			}
		}
		return null;
	}

	private ItemValue create(ItemDefinition item) {
		ItemValue value = ClinicalFactory.eINSTANCE.createItemValue();
		value.setId(org.trialbench.model.identity.ObjectIds.next()); // every clinical object has its identity before it is stored
		value.setDefinition(item);
		value.setMissingCode(MissingCode.NONE);
		form.getItemValues().add(value);
		return value;
	}

	private static MissingCode missingOf(ItemValue value) {
		return value.getMissingCode() == null ? MissingCode.NONE : value.getMissingCode();
	}

	private void validate() {
		derivations.apply(form);
		Diagnostic root = diagnostics.diagnose(form);
		findings = TrialDiagnostics.findings(root);
		byItem.clear();
		collect(root);
	}

	private void collect(Diagnostic diagnostic) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.OK) {
				return;
			}
			Finding finding = TrialDiagnostics.findings(wrap(diagnostic)).get(0);
			Set<ItemDefinition> items = new LinkedHashSet<>();
			for (Object datum : diagnostic.getData()) {
				if (datum instanceof ItemValue value && value.getDefinition() != null) {
					items.add(value.getDefinition());
				} else if (datum instanceof ItemDefinition item) {
					items.add(item);
				} else if (datum instanceof ComparisonCheck check && check.getAssertion() != null) {
					// a comparison is about both of its items: show it next to each
					items.add(check.getAssertion().getItem());
					if (check.getAssertion().getOtherItem() != null) {
						items.add(check.getAssertion().getOtherItem());
					}
				} else if (datum instanceof ConditionalRequiredCheck check) {
					items.addAll(check.getRequiredItems());
				}
			}
			items.remove(null);
			for (ItemDefinition item : items) {
				byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(finding);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child);
		}
	}

	/** One diagnostic under a root, so that {@link TrialDiagnostics#findings} turns it into a finding. */
	private static Diagnostic wrap(Diagnostic leaf) {
		org.eclipse.emf.common.util.BasicDiagnostic root = new org.eclipse.emf.common.util.BasicDiagnostic();
		root.add(leaf);
		return root;
	}
}
