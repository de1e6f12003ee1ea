package org.trialbench.ui.forms;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.ui.labels.StatusWords;
import org.trialbench.ui.labels.ValueText;

/**
 * What the form view shows of one form record: a row per item in the order the form definition lists them,
 * then any values whose item is not on the form; and the findings of EMF validation of the record. Whatever
 * validators are registered for the model ({@link org.eclipse.emf.ecore.EValidator.Registry}) decide the findings;
 * each is put on the row of the item value or item definition its data names (or an object inside an item value,
 * such as a query), and otherwise on the form.
 */
public final class FormRows {
	private final FormRecord form;
	private final List<ItemRow> rows;
	private final List<Finding> formFindings;

	private FormRows(FormRecord form, List<ItemRow> rows, List<Finding> formFindings) {
		this.form = form;
		this.rows = rows;
		this.formFindings = formFindings;
	}

	public static FormRows read(FormRecord form, ValueText values) {
		Map<ItemDefinition, ItemValue> byItem = new LinkedHashMap<>();
		List<ItemValue> unplaced = new ArrayList<>();
		FormDefinition definition = form.getDefinition();
		List<ItemDefinition> items = definition == null ? List.of() : definition.getItems();
		for (ItemValue value : form.getItemValues()) {
			if (value.getDefinition() != null && items.contains(value.getDefinition())
					&& !byItem.containsKey(value.getDefinition())) {
				byItem.put(value.getDefinition(), value);
			} else {
				unplaced.add(value);
			}
		}

		Map<Object, List<Finding>> findings = new IdentityHashMap<>();
		List<Finding> formFindings = new ArrayList<>();
		for (Diagnostic diagnostic : leaves(validate(form))) {
			Object target = target(diagnostic, form);
			Finding finding = new Finding(diagnostic.getSeverity(), diagnostic.getMessage());
			if (target == null) {
				formFindings.add(finding);
			} else {
				findings.computeIfAbsent(target, k -> new ArrayList<>()).add(finding);
			}
		}

		List<ItemRow> rows = new ArrayList<>();
		for (ItemDefinition item : items) {
			rows.add(row(item, byItem.get(item), findings, values));
		}
		for (ItemValue value : unplaced) {
			rows.add(row(value.getDefinition(), value, findings, values));
		}
		return new FormRows(form, List.copyOf(rows), List.copyOf(formFindings));
	}

	private static ItemRow row(ItemDefinition item, ItemValue value, Map<Object, List<Finding>> findings,
			ValueText values) {
		List<Finding> mine = new ArrayList<>();
		if (value != null) {
			mine.addAll(findings.getOrDefault(value, List.of()));
		}
		if (item != null) {
			mine.addAll(findings.getOrDefault(item, List.of()));
		}
		int openQueries = value == null ? 0
				: (int) value.getQueries().stream().filter(q -> q.getStatus() != QueryStatus.CLOSED).count();
		return new ItemRow(item, value, question(item), value == null ? "" : values.format(item, value.getValue()),
				item == null || item.getUnit() == null ? "" : item.getUnit(),
				value == null ? "" : StatusWords.of(value.getMissingCode()),
				value == null ? "" : StatusWords.of(value.getSdvState()), openQueries, item != null && item.isDerived(),
				List.copyOf(mine));
	}

	/** The item's short name ("Prior PPI"): questions repeat their openings and do not fit a column. */
	private static String question(ItemDefinition item) {
		if (item == null) {
			return "(item not in the protocol)";
		}
		return name(item);
	}

	static String name(ProtocolElement element) {
		if (element == null) {
			return "";
		}
		return element.getName() != null && !element.getName().isBlank() ? element.getName() : element.getOid();
	}

	private static Diagnostic validate(FormRecord form) {
		try {
			return Diagnostician.INSTANCE.validate(form);
		} catch (RuntimeException e) {
			// A broken validator must not hide the data: show the form and say that checking it failed.
			String message = "Validation of form " + form.getId() + " failed: " + e;
			ILog.of(FormRows.class).error(message, e);
			BasicDiagnostic failed = new BasicDiagnostic(Diagnostic.OK, FormRows.class.getName(), 0, "", null);
			failed.add(new BasicDiagnostic(Diagnostic.WARNING, FormRows.class.getName(), 0, message, null));
			return failed;
		}
	}

	/** The diagnostics that say something themselves; the root and grouping diagnostics only collect them. */
	private static List<Diagnostic> leaves(Diagnostic root) {
		List<Diagnostic> leaves = new ArrayList<>();
		for (Diagnostic child : root.getChildren()) {
			collect(child, leaves);
		}
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, leaves);
		}
	}

	/** The item value or item definition a diagnostic is about, or null for the form as a whole. */
	private static Object target(Diagnostic diagnostic, FormRecord form) {
		for (Object data : diagnostic.getData()) {
			if (data instanceof ItemDefinition item) {
				return item;
			}
			if (data instanceof EObject object) {
				for (EObject at = object; at != null && at != form; at = at.eContainer()) {
					if (at instanceof ItemValue value) {
						return value;
					}
				}
			}
		}
		return null;
	}

	public FormRecord form() {
		return form;
	}

	public List<ItemRow> rows() {
		return rows;
	}

	/** Findings about the form that name no item. */
	public List<Finding> formFindings() {
		return formFindings;
	}

	/** All findings, the form's and the items'. */
	public List<Finding> allFindings() {
		List<Finding> all = new ArrayList<>(formFindings);
		rows.forEach(r -> all.addAll(r.findings()));
		return all;
	}

	/** The form's name, e.g. "Eckardt score". */
	public String title() {
		return title(form);
	}

	/** A form record's name, e.g. "Eckardt score", "Adverse event #2". */
	public static String title(FormRecord form) {
		String name = name(form.getDefinition());
		return form.getOccurrence() > 1 ? name + " #" + form.getOccurrence() : name;
	}

	/**
	 * Subject, form and visit in a few words, for tabs: "01-0003 Eckardt score, Month 3" (the visit tells apart the
	 * same form at two visits, which would otherwise be two tabs of one name).
	 */
	public static String shortLabel(FormRecord form) {
		Visit visit = form.getVisit();
		Subject subject = visit == null ? null : visit.getSubject();
		String label = subject == null ? title(form) : subject.getScreeningNumber() + " " + title(form);
		if (visit != null && visit.getDefinition() != null) {
			String visitName = name(visit.getDefinition());
			label += ", " + (visit.getOccurrence() > 1 ? visitName + " #" + visit.getOccurrence() : visitName);
		}
		return label;
	}

	/**
	 * A tab's label, short enough not to be cut off on a narrow tab: the subject number, the form's name up to its
	 * first bracket or "and" ("Quality of life", "Demographics"), and the visit in brief ("M3") when the protocol
	 * schedules the form at more than one visit, e.g. "01-0003 Eckardt score M3". The tab's tooltip says it all
	 * ({@link #shortLabel}).
	 */
	public static String tabLabel(FormRecord form) {
		Visit visit = form.getVisit();
		Subject subject = visit == null ? null : visit.getSubject();
		String name = name(form.getDefinition());
		for (String cut : new String[] { " (", " and " }) {
			int at = name.indexOf(cut);
			if (at > 0) {
				name = name.substring(0, at);
			}
		}
		StringBuilder label = new StringBuilder(subject == null ? "" : subject.getScreeningNumber() + " ").append(name);
		if (form.getOccurrence() > 1) {
			label.append(" #").append(form.getOccurrence());
		}
		if (visit != null && visit.getDefinition() != null && scheduledAtSeveralVisits(form.getDefinition())) {
			label.append(' ').append(visitInBrief(name(visit.getDefinition())));
			if (visit.getOccurrence() > 1) {
				label.append(" #").append(visit.getOccurrence());
			}
		}
		return label.toString();
	}

	/** "Month 12" is "M12"; a name without a number stays as it is ("Screening", "End of study"). */
	static String visitInBrief(String visitName) {
		String[] words = visitName.trim().split("\\s+");
		if (words.length < 2 || !words[words.length - 1].matches("\\d+")) {
			return visitName;
		}
		StringBuilder brief = new StringBuilder();
		for (int i = 0; i < words.length - 1; i++) {
			brief.append(Character.toUpperCase(words[i].charAt(0)));
		}
		return brief.append(words[words.length - 1]).toString();
	}

	private static boolean scheduledAtSeveralVisits(FormDefinition definition) {
		if (definition == null || !(definition.eContainer() instanceof org.trialbench.protocol.Study study)) {
			return true; // not known: the visit tells the tabs apart
		}
		return study.getVisits().stream().filter(v -> v.getForms().stream()
				.anyMatch(f -> f.getOid().equals(definition.getOid()))).count() > 1;
	}

	/** Subject, visit and status, e.g. "Subject 01-0003, Screening 2026-01-12, in progress". */
	public String details() {
		List<String> parts = new ArrayList<>();
		Visit visit = form.getVisit();
		Subject subject = visit == null ? null : visit.getSubject();
		if (subject != null) {
			parts.add("Subject " + subject.getScreeningNumber());
		}
		if (visit != null) {
			String visitName = name(visit.getDefinition());
			if (visit.getOccurrence() > 1) {
				visitName += " #" + visit.getOccurrence();
			}
			parts.add(visit.getDate() == null ? visitName : visitName + " " + visit.getDate());
		}
		String status = StatusWords.of(form.getStatus());
		if (!status.isEmpty()) {
			parts.add(status);
		}
		return String.join(", ", parts);
	}

	/** "No validation findings", or e.g. "2 errors, 1 warning". */
	public String summary() {
		List<Finding> all = allFindings();
		long errors = all.stream().filter(f -> f.severity() >= Diagnostic.ERROR).count();
		long warnings = all.stream().filter(f -> f.severity() == Diagnostic.WARNING).count();
		long infos = all.stream().filter(f -> f.severity() == Diagnostic.INFO).count();
		if (errors + warnings + infos == 0) {
			return "No validation findings";
		}
		List<String> parts = new ArrayList<>();
		if (errors > 0) {
			parts.add(errors + (errors == 1 ? " error" : " errors"));
		}
		if (warnings > 0) {
			parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
		}
		if (infos > 0) {
			parts.add(infos + (infos == 1 ? " note" : " notes"));
		}
		return String.join(", ", parts);
	}
}
