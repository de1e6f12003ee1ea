package org.trialbench.demo.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;

/** Small readers over a generated trial, so that tests say what they check rather than how they walk. */
final class Records {
	private Records() {
	}

	static List<Subject> subjects(Trial trial) {
		List<Subject> subjects = new ArrayList<>();
		for (Site site : trial.getSites()) {
			subjects.addAll(site.getSubjects());
		}
		return subjects;
	}

	static List<Subject> randomized(Trial trial) {
		return subjects(trial).stream().filter(s -> s.getAllocation() != null).toList();
	}

	static List<Visit> done(Subject subject, String visitOid) {
		return subject.getVisits().stream().filter(v -> v.getStatus() == VisitStatus.DONE
				&& v.getDefinition().getOid().equals(visitOid)).toList();
	}

	static Visit doneOnce(Subject subject, String visitOid) {
		List<Visit> visits = done(subject, visitOid);
		return visits.isEmpty() ? null : visits.get(0);
	}

	static FormRecord form(Visit visit, String formOid) {
		for (FormRecord form : visit.getForms()) {
			if (form.getDefinition().getOid().equals(formOid)) {
				return form;
			}
		}
		return null;
	}

	static ItemValue item(FormRecord form, String itemOid) {
		for (ItemValue value : form.getItemValues()) {
			if (value.getDefinition().getOid().equals(itemOid)) {
				return value;
			}
		}
		return null;
	}

	/** The value of an item in the first form of the visit that has it, or null. */
	static String value(Visit visit, String itemOid) {
		for (FormRecord form : visit.getForms()) {
			ItemValue value = item(form, itemOid);
			if (value != null) {
				return value.getValue();
			}
		}
		return null;
	}

	static List<FormRecord> forms(Trial trial, String formOid) {
		List<FormRecord> forms = new ArrayList<>();
		for (Subject subject : subjects(trial)) {
			for (Visit visit : subject.getVisits()) {
				FormRecord form = form(visit, formOid);
				if (form != null) {
					forms.add(form);
				}
			}
		}
		return forms;
	}

	static List<ItemValue> itemValues(Trial trial) {
		List<ItemValue> values = new ArrayList<>();
		for (Subject subject : subjects(trial)) {
			for (Visit visit : subject.getVisits()) {
				for (FormRecord form : visit.getForms()) {
					values.addAll(form.getItemValues());
				}
			}
		}
		return values;
	}

	/** The earliest rescue date the subject's re-intervention forms report, or null. */
	static LocalDate firstRescue(Subject subject) {
		LocalDate first = null;
		for (Visit visit : subject.getVisits()) {
			FormRecord form = form(visit, "F.REINTERVENTION");
			if (form != null && "true".equals(item(form, "IT.RI.RESCUE").getValue())) {
				LocalDate date = LocalDate.parse(item(form, "IT.RI.DATE").getValue());
				first = first == null || date.isBefore(first) ? date : first;
			}
		}
		return first;
	}

	/** The trial as XMI text, next to the protocol it refers to. */
	static String xmi(Trial trial) {
		ResourceSet set = trial.getProtocol().eResource().getResourceSet();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("clinical", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("demo/trial.clinical"));
		resource.getContents().add(trial);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
