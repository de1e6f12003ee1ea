package org.trialbench.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.ItemLabel;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * Where a finding is, in the words a site uses: subject (screening number), visit (name and occurrence), form, item
 * (OID and name). For protocol findings the form part names the protocol and the item part the element. Absent parts
 * are null.
 */
public record RecordLocation(String subject, String visit, String form, String item) {

	/** The location of a clinical or protocol object. */
	public static RecordLocation of(EObject target) {
		return switch (target) {
		case null -> new RecordLocation(null, null, null, null);
		case ItemValue value -> of(value.getForm())
				.withItem(value.getDefinition());
		case FormRecord record -> {
			RecordLocation visit = of(record.getVisit());
			yield new RecordLocation(visit.subject(), visit.visit(), formLabel(record), null);
		}
		case Visit visit -> new RecordLocation(subjectId(visit.getSubject()), visitLabel(visit), null, null);
		case AdverseEvent event -> new RecordLocation(subjectId(event.getSubject()), null, aeLabel(event), null);
		case Allocation allocation -> new RecordLocation(subjectId(allocation.getSubject()), null, "Allocation", null);
		case Subject subject -> new RecordLocation(subjectId(subject), null, null, null);
		case ItemDefinition item -> new RecordLocation(null, null,
				protocolLabel(item) + (item.getForm() != null ? ", " + formLabel(item.getForm()) : ""),
				ItemLabel.of(item));
		case Study study -> new RecordLocation(null, null, protocolLabel(study), null);
		case ProtocolElement element -> new RecordLocation(null, null, protocolLabel(element), elementLabel(element));
		default -> target.eContainer() != null ? of(target.eContainer()) : new RecordLocation(null, null, null, null);
		};
	}

	/** The same place, narrowed to one item (for a finding about an item that has no value object). */
	public RecordLocation withItem(ItemDefinition itemDefinition) {
		return new RecordLocation(subject, visit, form, itemDefinition == null ? item : ItemLabel.of(itemDefinition));
	}

	/** "Subject 01-003, Month 3 (1), Eckardt form, IT.ECK.DYSPHAGIA (Dysphagia)". */
	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		if (subject != null) {
			parts.add("Subject " + subject);
		}
		if (visit != null) {
			parts.add(visit);
		}
		if (form != null) {
			parts.add(form);
		}
		if (item != null) {
			parts.add(item);
		}
		return String.join(", ", parts);
	}

	static String subjectId(Subject subject) {
		if (subject == null) {
			return null;
		}
		return subject.getScreeningNumber() != null ? subject.getScreeningNumber() : subject.getId();
	}

	static String visitLabel(Visit visit) {
		if (visit == null) {
			return null;
		}
		return visitName(visit.getDefinition()) + " (" + visit.getOccurrence() + ")";
	}

	static String visitName(VisitDefinition definition) {
		if (definition == null) {
			return "Unknown visit";
		}
		return definition.getName() != null ? definition.getName() : definition.getOid();
	}

	private static String formLabel(FormRecord record) {
		String label = formLabel(record.getDefinition());
		boolean repeating = record.getDefinition() != null && record.getDefinition().isRepeating();
		return repeating || record.getOccurrence() > 1 ? label + " (" + record.getOccurrence() + ")" : label;
	}

	static String formLabel(FormDefinition form) {
		if (form == null) {
			return "Unknown form";
		}
		String name = form.getName() != null ? form.getName() : form.getOid();
		return name.toLowerCase().endsWith("form") ? name : name + " form";
	}

	private static String aeLabel(AdverseEvent event) {
		String term = event.getVerbatimTerm() != null ? "'" + event.getVerbatimTerm() + "'" : event.getId();
		return "Adverse event " + term + (event.getOnsetDate() != null ? " from " + event.getOnsetDate() : "");
	}

	private static String protocolLabel(EObject element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		if (root instanceof Study study) {
			String name = study.getAcronym() != null ? study.getAcronym() : study.getOid();
			return "Protocol " + name;
		}
		return "Protocol";
	}

	private static String elementLabel(ProtocolElement element) {
		String kind = element.eClass().getName();
		String oid = element.getOid() != null ? element.getOid() : "(no OID)";
		return element.getName() != null && !element.getName().equals(oid) ? kind + " " + oid + " (" + element.getName() + ")"
				: kind + " " + oid;
	}
}
