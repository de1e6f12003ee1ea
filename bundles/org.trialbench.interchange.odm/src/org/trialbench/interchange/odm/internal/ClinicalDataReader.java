package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * Reads ClinicalData one SubjectData at a time into detached records on the trial's protocol, checking as it goes
 * that every OID names what the protocol defines and every value fits its item's data type and code list. Problems
 * carry the line and column of the element they are about.
 */
public final class ClinicalDataReader implements ExtensionCodec.Targets {
	private static final ClinicalFactory C = ClinicalFactory.eINSTANCE;

	/** Receives each subject once it has been read whole. */
	public interface Sink {
		void accept(IncomingSubject subject) throws OdmSyntaxException;
	}

	private final OdmCursor cursor;
	private final List<OdmProblem> problems;
	private final Map<String, ProtocolElement> protocol;
	private final Map<String, User> users = new HashMap<>();
	private final Map<String, String> siteCodes = new HashMap<>();
	private final Map<String, String> fileItemGroups;

	public ClinicalDataReader(OdmCursor cursor, List<OdmProblem> problems, Study study, Trial trial,
			Map<String, String> fileItemGroups) {
		this.cursor = cursor;
		this.problems = problems;
		this.protocol = ExtensionCodec.index(study);
		this.fileItemGroups = fileItemGroups;
		for (User user : trial.getUsers()) {
			users.put(user.getUsername(), user);
		}
		for (Site site : trial.getSites()) {
			siteCodes.put(ClinicalDataWriter.locationOid(site.getCode()), site.getCode());
			siteCodes.put(site.getCode(), site.getCode());
			siteCodes.put(site.getId(), site.getCode());
			if (site.getName() != null) {
				siteCodes.putIfAbsent(site.getName().toLowerCase(), site.getCode());
			}
		}
	}

	/** Reads the ClinicalData element the cursor is on. */
	public void read(Sink sink) throws OdmSyntaxException {
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("SubjectData")) {
				IncomingSubject subject = subject();
				if (subject != null) {
					sink.accept(subject);
				}
			}
		}
	}

	private IncomingSubject subject() throws OdmSyntaxException {
		int line = cursor.line();
		int column = cursor.column();
		Subject subject = C.createSubject();
		String key = cursor.attr("SubjectKey");
		if (key == null) {
			problems.add(cursor.error("SubjectData has no SubjectKey"));
		}
		if ("Remove".equals(cursor.attr("TransactionType"))) {
			problems.add(cursor.error("SubjectData " + key + " would remove a subject; clinical records are never "
					+ "removed by an import (withdraw the subject instead)"));
		}
		ExtensionCodec.readFeatures(cursor, subject, this, problems);
		subject.setScreeningNumber(key);
		String site = site(cursor.attr(Odm.REDCAP, "DataAccessGroup"));
		Set<String> removed = new java.util.HashSet<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("SiteRef")) {
				String location = cursor.attr("LocationOID");
				site = site(location);
				if (site == null) {
					problems.add(cursor.error("SiteRef names the location " + location
							+ ", which is not a site of this trial"));
				}
			} else if (cursor.isOdm("StudyEventData")) {
				visit(subject, removed);
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, subject, this, problems);
			}
		}
		return new IncomingSubject(subject, site, removed, line, column);
	}

	private String site(String name) {
		if (name == null) {
			return null;
		}
		String code = siteCodes.get(name);
		return code != null ? code : siteCodes.get(name.toLowerCase());
	}

	private void visit(Subject subject, Set<String> removed) throws OdmSyntaxException {
		String oid = cursor.attr("StudyEventOID");
		Visit visit = C.createVisit();
		ExtensionCodec.readFeatures(cursor, visit, this, problems);
		if (!(protocol.get(oid) instanceof VisitDefinition definition)) {
			problems.add(cursor.error("StudyEventData names StudyEventOID " + oid
					+ ", which the protocol does not define"));
			return;
		}
		visit.setDefinition(definition);
		visit.setOccurrence(repeatKey("StudyEventRepeatKey"));
		removeCheck("StudyEventData " + oid);
		subject.getVisits().add(visit);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("FormData")) {
				form(visit, removed);
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, visit, this, problems);
			}
		}
	}

	private void form(Visit visit, Set<String> removed) throws OdmSyntaxException {
		String oid = cursor.attr("FormOID");
		FormRecord form = C.createFormRecord();
		ExtensionCodec.readFeatures(cursor, form, this, problems);
		if (!(protocol.get(oid) instanceof FormDefinition definition)) {
			problems.add(cursor.error("FormData names FormOID " + oid + ", which the protocol does not define"));
			return;
		}
		if (!visit.getDefinition().getForms().contains(definition)) {
			problems.add(cursor.warning("form " + oid + " is not scheduled at visit " + visit.getDefinition().getOid()));
		}
		form.setDefinition(definition);
		form.setOccurrence(repeatKey("FormRepeatKey"));
		removeCheck("FormData " + oid);
		visit.getForms().add(form);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("ItemGroupData")) {
				String group = cursor.attr("ItemGroupOID");
				if (group != null && !group.equals(MetadataWriter.itemGroupOid(definition))
						&& !oid.equals(fileItemGroups.get(group))) {
					problems.add(cursor.warning("ItemGroupOID " + group + " is not an item group of form " + oid));
				}
				int d = cursor.depth();
				while (cursor.child(d)) {
					if (cursor.isOdm("ItemData")) {
						item(form, removed);
					}
				}
			} else if (cursor.isOdm("Signature")) {
				org.trialbench.clinical.Signature signature = C.createSignature();
				ExtensionCodec.readFeatures(cursor, signature, this, problems);
				if (cursor.hasTbAttributes()) {
					form.setSignature(signature);
				} else {
					problems.add(cursor.warning("the signature of form " + oid + " comes from another system and "
							+ "cannot be bound to a Trialbench user; not imported"));
				}
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, form, this, problems);
			}
		}
	}

	private void item(FormRecord form, Set<String> removed) throws OdmSyntaxException {
		String oid = cursor.attr("ItemOID");
		if (!(protocol.get(oid) instanceof ItemDefinition definition)) {
			problems.add(cursor.error("ItemData names ItemOID " + oid + ", which the protocol does not define"));
			return;
		}
		if (definition.getForm() != form.getDefinition()) {
			problems.add(cursor.error("item " + oid + " is not on form " + form.getDefinition().getOid()));
			return;
		}
		ItemValue value = C.createItemValue();
		value.setDefinition(definition);
		String raw = cursor.attr("Value");
		String canonical = null;
		if (raw != null && !"Yes".equals(cursor.attr("IsNull"))) {
			ValueCheck.Result result = ValueCheck.check(definition, raw);
			if (result.error() != null) {
				problems.add(cursor.error(result.error()));
			} else if (result.warning() != null) {
				problems.add(cursor.warning(result.warning()));
			}
			canonical = result.canonical();
		}
		ExtensionCodec.readFeatures(cursor, value, this, problems);
		value.setDefinition(definition);
		value.setValue(canonical);
		form.getItemValues().add(value);
		if ("Remove".equals(cursor.attr("TransactionType"))) {
			removed.add(RecordMerge.path(value));
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, value, this, problems);
			}
		}
	}

	private int repeatKey(String attribute) {
		String key = cursor.attr(attribute);
		if (key == null) {
			return 1;
		}
		try {
			int occurrence = Integer.parseInt(key.strip());
			if (occurrence >= 1) {
				return occurrence;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		problems.add(cursor.error(attribute + " '" + ExtensionCodec.shorten(key)
				+ "' is not a positive whole number, which Trialbench needs to number repeats"));
		return 1;
	}

	private void removeCheck(String what) {
		if ("Remove".equals(cursor.attr("TransactionType"))) {
			problems.add(cursor.error(what + " would remove a record; clinical records are never removed by an "
					+ "import"));
		}
	}

	@Override
	public ProtocolElement protocolElement(String oid) {
		return protocol.get(oid);
	}

	@Override
	public User user(String username) {
		return users.get(username);
	}

	/** Problems of the file's Study element, when the file has no clinical data to check them against. */
	public static List<OdmProblem> none() {
		return new ArrayList<>();
	}
}
